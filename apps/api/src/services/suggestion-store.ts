// Suggestions of assisted extraction (packages/core/src/extraction), stored per article: computed
// inside the import transaction, recomputed on request, read without recomputing. Positions are
// stored in code points, like assertion quotes; accepting one is in suggestion-accept.ts.
import { codePointOffsets, EXTRACTOR_VERSION, type Extraction, extractArticle } from "@kroscek/core";
import type { Db } from "@kroscek/db";
import {
  type ArticleSuggestions,
  type Assertion,
  StoredSuggestionDetailsSchema,
  type Suggestion,
  type SuggestionKind,
} from "@kroscek/schema";
import { articleSuggestions, articles } from "@kroscek/schema/tables";
import { and, asc, eq } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import { notFound } from "../lib/api-error";
import { iso, isoOrNull } from "../lib/serialize";
import type { Actor } from "./actor";
import { audit } from "./audit";
import { detectArticle } from "./detection";
import { recomputeEventSuggestions } from "./event-suggestion-store";
import { anchorOf, workspaceAliases } from "./reading-context";

type Row = typeof articleSuggestions.$inferSelect;
type NewRow = typeof articleSuggestions.$inferInsert;
type Position = { start: number; end: number };

/** Rows per INSERT: 15 columns each stays far below PostgreSQL's 65,535 parameters. */
const INSERT_CHUNK = 500;

/** A stored row's kind and details: a field the row lacks (stored before it existed) takes its fallback. */
export const detailsOf = (row: Row) =>
  StoredSuggestionDetailsSchema.parse({ kind: row.kind, details: row.details ?? {} });

/** A stored row as the contract serves it; details stored before a field existed get its fallback. */
export const toSuggestion = (r: Row): Suggestion => ({
  id: r.id,
  articleId: r.articleId,
  ...detailsOf(r),
  status: r.status as Suggestion["status"],
  quote: r.quote,
  position: { start: r.positionStart, end: r.positionEnd },
  confidence: r.confidence,
  extractorVersion: r.extractorVersion,
  assertionId: r.assertionId,
  acceptedAt: isoOrNull(r.acceptedAt),
  createdAt: iso(r.createdAt),
});

const round = (n: number) => Math.round(n * 1000) / 1000;

/** The extraction as suggestion rows, positions converted to code points. */
function rowsOf(workspaceId: string, articleId: string, body: string, x: Extraction): NewRow[] {
  const cp = codePointOffsets(body);
  const pos = (s: { start: number; end: number }): Position => ({ start: cp(s.start), end: cp(s.end) });
  const rows: NewRow[] = [];
  const add = (
    kind: SuggestionKind,
    span: { start: number; end: number },
    confidence: number,
    details: object,
  ) =>
    rows.push({
      workspaceId,
      id: uuidv7(),
      articleId,
      kind,
      positionStart: cp(span.start),
      positionEnd: cp(span.end),
      quote: body.slice(span.start, span.end),
      confidence: round(confidence),
      details,
      extractorVersion: EXTRACTOR_VERSION,
    });
  const dateDetails = (d: Extraction["dates"][number]) => ({
    text: d.text,
    position: pos(d),
    status: d.status,
    interval: d.interval,
    precision: d.precision,
    relative: d.relative,
    explanation: d.explanation,
    furniture: d.furniture,
  });
  const attributionDetails = (a: Extraction["attributions"][number]) => ({
    attributionKind: a.kind,
    text: a.text,
    position: pos(a),
    cue: a.cue.text,
    speaker: a.speaker ? { text: a.speaker.text, position: pos(a.speaker) } : null,
    entityId: a.entityId,
    proposedName: a.proposedName,
    furniture: a.furniture,
  });
  for (const c of x.claims) {
    add("claim", c, c.confidence, {
      eventKind: c.kind,
      cues: c.cues,
      participants: c.participants.map((p) => ({
        entityId: p.entityId,
        name: p.name,
        position: pos(p.span),
      })),
      place: c.place
        ? {
            entityId: c.place.entityId,
            name: c.place.name,
            position: pos(c.place.span),
            gazetteerId: c.place.gazetteerId ?? null,
          }
        : null,
      date: c.date ? dateDetails(c.date) : null,
      attribution: c.attribution ? attributionDetails(c.attribution) : null,
    });
  }
  for (const d of x.dates) add("date", d, d.status === "resolved" ? 0.9 : 0.6, dateDetails(d));
  for (const a of x.attributions) add("attribution", a, a.confidence, attributionDetails(a));
  for (const m of x.entities)
    add("entity", m, m.confidence, { entityId: m.entityId, via: m.via, furniture: m.furniture });
  for (const p of x.proposedEntities) {
    const first = p.mentions[0];
    if (!first) continue;
    add("new_entity", first, p.confidence, {
      name: p.name,
      entityKind: p.kind,
      mentions: p.mentions.map((s) => ({ text: s.text, position: pos(s) })),
    });
  }
  for (const s of x.spam) add("spam", s, 0.8, { reason: s.reason });
  for (const f of x.furniture) add("furniture", f, 0.8, { reason: f.reason, label: f.label });
  return rows;
}

async function loadArticle(db: Db, workspaceId: string, articleId: string) {
  const [article] = await db
    .select({
      body: articles.body,
      language: articles.language,
      publishedAt: articles.publishedAt,
      publishedPrecision: articles.publishedPrecision,
      timeZone: articles.timeZone,
      wireCredit: articles.wireCredit,
    })
    .from(articles)
    .where(and(eq(articles.workspaceId, workspaceId), eq(articles.id, articleId)));
  if (!article) throw notFound("Article");
  return article;
}

/**
 * Computes an article's suggestions and stores them; open ones are replaced, accepted ones kept
 * (a fresh suggestion at the same place and of the same kind as an accepted one is not added again).
 * Returns how many open suggestions were replaced.
 */
export async function computeSuggestions(tx: Db, workspaceId: string, articleId: string): Promise<number> {
  const article = await loadArticle(tx, workspaceId, articleId);
  const extraction = extractArticle(article.body, {
    publishedAt: anchorOf(article.publishedAt, article.publishedPrecision, article.timeZone),
    timeZone: article.timeZone,
    wireCredit: article.wireCredit,
    language: article.language,
    aliases: await workspaceAliases(tx, workspaceId),
  });
  const scope = and(
    eq(articleSuggestions.workspaceId, workspaceId),
    eq(articleSuggestions.articleId, articleId),
  );
  const replaced = await tx
    .delete(articleSuggestions)
    .where(and(scope, eq(articleSuggestions.status, "open")))
    .returning({ id: articleSuggestions.id });
  const accepted = await tx
    .select({
      kind: articleSuggestions.kind,
      start: articleSuggestions.positionStart,
      end: articleSuggestions.positionEnd,
    })
    .from(articleSuggestions)
    .where(scope);
  const keep = new Set(accepted.map((a) => `${a.kind}:${a.start}:${a.end}`));
  const rows = rowsOf(workspaceId, articleId, article.body, extraction).filter(
    (r) => !keep.has(`${r.kind}:${r.positionStart}:${r.positionEnd}`),
  );
  for (let i = 0; i < rows.length; i += INSERT_CHUNK)
    await tx.insert(articleSuggestions).values(rows.slice(i, i + INSERT_CHUNK));
  return replaced.length;
}

/**
 * Called by importArticle inside its transaction: a stored article always comes with suggestions,
 * and the same-event suggestions are recomputed with them unless the caller (a bulk import) does
 * that once at the end.
 */
export async function suggestAfterImport(
  tx: Db,
  workspaceId: string,
  articleId: string,
  options: { groupEvents?: boolean } = {},
): Promise<void> {
  await computeSuggestions(tx, workspaceId, articleId);
  if (options.groupEvents ?? true) await recomputeEventSuggestions(tx, workspaceId);
}

/** An article's stored suggestions, in text order (404 when the article is not in the workspace). */
export async function listSuggestions(
  db: Db,
  workspaceId: string,
  articleId: string,
  filter: { kind?: SuggestionKind | undefined; status?: Suggestion["status"] | undefined } = {},
): Promise<ArticleSuggestions> {
  const article = await loadArticle(db, workspaceId, articleId);
  const where = [
    eq(articleSuggestions.workspaceId, workspaceId),
    eq(articleSuggestions.articleId, articleId),
  ];
  if (filter.kind) where.push(eq(articleSuggestions.kind, filter.kind));
  if (filter.status) where.push(eq(articleSuggestions.status, filter.status));
  const rows = await db
    .select()
    .from(articleSuggestions)
    .where(and(...where))
    .orderBy(asc(articleSuggestions.positionStart), asc(articleSuggestions.kind), asc(articleSuggestions.id));
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  return { articleId, language: article.language, counts, items: rows.map(toSuggestion) };
}

/** Recomputes an article's suggestions (e.g. after entities were added), audited. */
export async function refreshSuggestions(tx: Db, actor: Actor, articleId: string) {
  const replaced = await computeSuggestions(tx, actor.workspaceId, articleId);
  await detectArticle(tx, actor.workspaceId, articleId);
  await recomputeEventSuggestions(tx, actor.workspaceId);
  const result = await listSuggestions(tx, actor.workspaceId, articleId);
  await audit(tx, actor, {
    action: "suggestions.refresh",
    targetType: "article",
    targetId: articleId,
    after: { replaced, counts: result.counts, extractorVersion: EXTRACTOR_VERSION },
  });
  return { ...result, replaced };
}

/** The attribution a suggestion carries, as the assertion contract takes it. */
export function suggestedAttribution(row: Row): Assertion["attribution"] | { kind: "none" } {
  const s = detailsOf(row);
  const a = s.kind === "attribution" ? s.details : s.kind === "claim" ? s.details.attribution : null;
  if (!a) return { kind: "none" };
  return { kind: a.attributionKind, text: a.text || null, entityId: a.entityId };
}
