// What reading a quote needs from the database: the article's publication date and time zone and
// the workspace's entity names. Shared by suggestions (extraction) and assertions (reading values).
import {
  type EntityAlias,
  findPlaces,
  type PlaceFinder,
  type ReadContext,
  siteNameForms,
} from "@kroscek/core";
import type { Db } from "@kroscek/db";
import { localDateOf, type Stance } from "@kroscek/schema";
import { articles, entities, entityAliases } from "@kroscek/schema/tables";
import { and, eq } from "drizzle-orm";

/**
 * Places beyond the workspace's entities: the gazetteer of countries, capitals and major cities
 * (Indonesian and English names) and the cue patterns ("Kosmodrom X", "Istana X"). A hit becomes
 * a place entity named in English with the names in both languages as aliases, so "Moskow" and
 * "Moscow" from two outlets name one place.
 */
export const placeFinder: PlaceFinder = (text) =>
  // A country counts as a place only where something happens there ("di Rusia"), not as a party.
  findPlaces(text)
    .filter((p) => p.locative || p.kind !== "country")
    .map((p) => {
      const name = p.names.en ?? p.names.id ?? p.text;
      // A site's name in the other language too ("Gunung Ruang" / "Mount Ruang").
      const aliases = [
        ...new Set(
          [p.text, p.names.id, p.names.en, ...siteNameForms(p.text)].filter(
            (n): n is string => !!n && n !== name,
          ),
        ),
      ];
      return { start: p.start, end: p.end, text: p.text, entityId: null, name, aliases };
    });

/** The workspace's entity names as extraction aliases (the canonical name is always an alias). */
export async function workspaceAliases(db: Db, workspaceId: string): Promise<EntityAlias[]> {
  return db
    .select({ entityId: entityAliases.entityId, alias: entityAliases.alias, kind: entities.kind })
    .from(entityAliases)
    .innerJoin(
      entities,
      and(eq(entities.workspaceId, entityAliases.workspaceId), eq(entities.id, entityAliases.entityId)),
    )
    .where(eq(entityAliases.workspaceId, workspaceId));
}

/** What the date resolver counts from: the local day for day precision or finer, else nothing. */
export function anchorOf(
  publishedAt: Date | null,
  precision: string | null,
  timeZone: string,
): string | null {
  if (!publishedAt || (precision !== "minute" && precision !== "day")) return null;
  if (precision === "minute") return publishedAt.toISOString();
  // localDateOf also takes fixed-offset zones ("+10:00"), which Node 20's Intl refuses.
  return localDateOf(publishedAt, timeZone);
}

export interface ReadableArticle {
  id: string;
  body: string;
  outletId: string;
  language: string;
  publishedAt: Date | null;
  publishedPrecision: string | null;
  timeZone: string;
}

/** The article a quote is read in (404 naming the field when it is not in the workspace). */
export async function loadReadableArticle(
  db: Db,
  workspaceId: string,
  articleId: string,
): Promise<ReadableArticle | null> {
  const [row] = await db
    .select({
      id: articles.id,
      body: articles.body,
      outletId: articles.outletId,
      language: articles.language,
      publishedAt: articles.publishedAt,
      publishedPrecision: articles.publishedPrecision,
      timeZone: articles.timeZone,
    })
    .from(articles)
    .where(and(eq(articles.workspaceId, workspaceId), eq(articles.id, articleId)));
  return row ?? null;
}

/** The reading context of a quote in an article. */
export const readContextOf = (
  article: ReadableArticle,
  aliases: readonly EntityAlias[],
  stance?: Stance,
): ReadContext => ({
  publishedAt: anchorOf(article.publishedAt, article.publishedPrecision, article.timeZone),
  timeZone: article.timeZone,
  language: article.language,
  aliases,
  stance,
  findQuotePlaces: placeFinder,
});
