import { createHash } from "node:crypto";
import { detectLanguage } from "@kroscek/core";
import type { Db } from "@kroscek/db";
import {
  type ArticleInput,
  ArticleInputSchema,
  DEFAULT_TIME_ZONE,
  fixedOffsetMinutes,
  offsetZoneOf,
  zoneOffsetMinutes,
} from "@kroscek/schema";
import { articles, workspaces } from "@kroscek/schema/tables";
import { and, eq } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import type { Actor } from "./actor";
import { audit } from "./audit";
import { detectAfterImport } from "./detection";
import { findOrCreateOutlet, requireOutlet } from "./outlet-store";
import { parsePublishedAt } from "./published-at";
import { suggestAfterImport } from "./suggestion-store";

export type ArticleRow = typeof articles.$inferSelect;

/** The zone of an article given none: the stamp's offset, unless the default zone has it then. */
export function zoneOfStamp(publishedAt: string | null | undefined, defaultZone = DEFAULT_TIME_ZONE): string {
  const offset = offsetZoneOf(publishedAt);
  if (!offset || !publishedAt) return defaultZone;
  const instant = new Date(publishedAt);
  if (Number.isNaN(instant.getTime())) return defaultZone;
  return zoneOffsetMinutes(instant, defaultZone) === fixedOffsetMinutes(offset) ? defaultZone : offset;
}
export interface ImportResult {
  status: "created" | "duplicate";
  article: ArticleRow;
}

async function workspaceTimeZone(tx: Db, workspaceId: string): Promise<string> {
  const [ws] = await tx
    .select({ timeZone: workspaces.timeZone })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  return ws?.timeZone ?? DEFAULT_TIME_ZONE;
}

export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * Stores an article unless the same body is already in the workspace (then reports the existing
 * one as a duplicate). Run it inside a transaction: outlet creation, the article and its audit
 * row commit together.
 */
export async function importArticle(
  tx: Db,
  actor: Actor,
  input: ArticleInput,
  options: { groupEvents?: boolean } = {},
): Promise<ImportResult> {
  const data = ArticleInputSchema.parse(input);
  const bodySha256 = sha256(data.body);
  const existing = await findBySha(tx, actor.workspaceId, bodySha256);
  if (existing) return { status: "duplicate", article: existing };

  // A stamp that gives only an offset ("…T07:45:00+10:00") keeps that offset as its zone, so its
  // relative dates resolve in its own local day; otherwise the workspace's default zone.
  const timeZone =
    data.timeZone ?? zoneOfStamp(data.publishedAt, await workspaceTimeZone(tx, actor.workspaceId));
  const { publishedAt, publishedPrecision } = parsePublishedAt(data.publishedAt, timeZone);
  let outletId: string;
  if (data.outletId) {
    await requireOutlet(tx, actor.workspaceId, data.outletId);
    outletId = data.outletId;
  } else {
    outletId = await findOrCreateOutlet(tx, actor, data.outlet);
  }
  const detected = detectLanguage(data.body);
  const row = {
    workspaceId: actor.workspaceId,
    id: uuidv7(),
    outletId,
    url: data.url ?? null,
    title: data.title ?? null,
    byline: data.byline ?? null,
    publishedAt,
    publishedPrecision,
    timeZone,
    language: data.language ?? detected,
    body: data.body,
    bodySha256,
    wireCredit: data.wireCredit ?? null,
    importedBy: actor.userId,
  };
  const inserted = await tx.insert(articles).values(row).onConflictDoNothing().returning();
  if (!inserted[0]) {
    const raced = await findBySha(tx, actor.workspaceId, bodySha256);
    if (raced) return { status: "duplicate", article: raced };
    throw new Error("article insert conflicted but no duplicate was found");
  }
  const { body: _body, ...auditable } = inserted[0];
  await audit(tx, actor, {
    action: "article.create",
    targetType: "article",
    targetId: row.id,
    after: auditable,
  });
  // Suggestions first: the flags read the unnamed sources the extractor found.
  await suggestAfterImport(tx, actor.workspaceId, row.id, options);
  await detectAfterImport(tx, actor.workspaceId, row.id);
  return { status: "created", article: inserted[0] };
}

async function findBySha(tx: Db, workspaceId: string, bodySha256: string): Promise<ArticleRow | undefined> {
  const rows = await tx
    .select()
    .from(articles)
    .where(and(eq(articles.workspaceId, workspaceId), eq(articles.bodySha256, bodySha256)))
    .limit(1);
  return rows[0];
}
