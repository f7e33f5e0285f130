import type { Db } from "@kroscek/db";
import type { Article, ArticleListQuerySchema, ArticlePatchSchema } from "@kroscek/schema";
import { articles, outlets } from "@kroscek/schema/tables";
import { and, desc, eq, getTableColumns, ilike, lt, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import { ApiError, notFound } from "../lib/api-error";
import { pageFrom } from "../lib/pagination";
import { iso, isoOrNull } from "../lib/serialize";
import type { Actor } from "./actor";
import { type ArticleRow, importArticle } from "./article-import";
import { audit } from "./audit";
import { detectArticle } from "./detection";
import { outletOfArticle } from "./joins";
import { failStaleOrMissing } from "./versioned";

type ArticleListQuery = z.output<typeof ArticleListQuerySchema>;
type ArticlePatch = z.output<typeof ArticlePatchSchema>;
type Joined = ArticleRow & { outletName: string };

const toSummary = (r: Joined) => ({
  id: r.id,
  outletId: r.outletId,
  outletName: r.outletName,
  url: r.url,
  title: r.title,
  byline: r.byline,
  publishedAt: isoOrNull(r.publishedAt),
  publishedPrecision: r.publishedPrecision,
  timeZone: r.timeZone,
  language: r.language,
  bodySha256: r.bodySha256,
  wireCredit: r.wireCredit,
  importedAt: iso(r.importedAt),
  version: r.version,
});
export const toArticle = (r: Joined): Article => ({ ...toSummary(r), body: r.body });

// The body column is left out of list queries: pages of summaries must not drag megabytes along.
const { body: _body, ...summaryColumns } = getTableColumns(articles);
const likePattern = (text: string) => `%${text.replace(/[%_\\]/g, "\\$&")}%`;

/** One article with its body, or 404 when it is not in the workspace. */
export async function getArticle(db: Db, workspaceId: string, id: string): Promise<Article> {
  const [row] = await db
    .select({ ...getTableColumns(articles), outletName: outlets.name })
    .from(articles)
    .innerJoin(outlets, outletOfArticle)
    .where(and(eq(articles.workspaceId, workspaceId), eq(articles.id, id)));
  if (!row) throw notFound("Article");
  return toArticle(row);
}

/** 422 naming `outletId` when it is not an outlet of this workspace (it is a field, not the target). */
export async function requireOutletField(db: Db, workspaceId: string, outletId: string | undefined) {
  if (!outletId) return;
  const [row] = await db
    .select({ id: outlets.id })
    .from(outlets)
    .where(and(eq(outlets.workspaceId, workspaceId), eq(outlets.id, outletId)));
  if (!row)
    throw new ApiError("validation_failed", "No such outlet in this workspace", {
      issues: [{ path: "outletId", message: "no such outlet in this workspace" }],
    });
}

/** Imports one article (idempotent on the body's hash) and answers it in the contract's shape. */
export async function createArticle(tx: Db, actor: Actor, input: Parameters<typeof importArticle>[2]) {
  await requireOutletField(tx, actor.workspaceId, input.outletId);
  const result = await importArticle(tx, actor, input);
  return { status: result.status, article: await getArticle(tx, actor.workspaceId, result.article.id) };
}

/** Bounds of a publication-date filter: a bare date compares with the article's local day. */
function publishedBound(value: string, op: ">=" | "<="): SQL {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    // PostgreSQL reads a text zone '+10:00' POSIX-style (west of UTC), so offsets go as intervals.
    const local = sql`case when ${articles.timeZone} ~ '^[+-][0-9]{2}:[0-9]{2}$' then (${articles.publishedAt} at time zone 'UTC') + ${articles.timeZone}::interval else ${articles.publishedAt} at time zone ${articles.timeZone} end`;
    return sql`(${local})::date ${sql.raw(op)} ${value}::date`;
  }
  return sql`${articles.publishedAt} ${sql.raw(op)} ${value}::timestamptz`;
}

/** A page of article summaries (no body), newest import first. */
export async function listArticles(
  db: Db,
  workspaceId: string,
  q: ArticleListQuery & { after: string | null },
) {
  const where: SQL[] = [eq(articles.workspaceId, workspaceId)];
  if (q.after) where.push(lt(articles.id, q.after));
  if (q.outletId) where.push(eq(articles.outletId, q.outletId));
  if (q.language) {
    const tagPrefix = `${q.language.replace(/[%_\\]/g, "\\$&")}-%`;
    where.push(or(eq(articles.language, q.language), ilike(articles.language, tagPrefix)) as SQL);
  }
  if (q.publishedFrom) where.push(publishedBound(q.publishedFrom, ">="));
  if (q.publishedTo) where.push(publishedBound(q.publishedTo, "<="));
  if (q.q) {
    const pattern = likePattern(q.q);
    where.push(or(ilike(articles.title, pattern), ilike(articles.body, pattern)) as SQL);
  }
  const rows = await db
    .select({ ...summaryColumns, outletName: outlets.name })
    .from(articles)
    .innerJoin(outlets, outletOfArticle)
    .where(and(...where))
    .orderBy(desc(articles.id))
    .limit(q.limit + 1);
  return pageFrom(rows, q.limit, (r) => toSummary(r as Joined));
}

/** Edits an article's metadata under optimistic concurrency; the body is never touched. */
export async function updateArticle(tx: Db, actor: Actor, id: string, input: ArticlePatch): Promise<Article> {
  const { version, body: _ignored, ...patch } = input;
  const scope = and(eq(articles.workspaceId, actor.workspaceId), eq(articles.id, id));
  const [before] = await tx.select(summaryColumns).from(articles).where(scope);
  if (!before) throw notFound("Article");
  const [row] = await tx
    .update(articles)
    .set({ ...patch, version: sql`${articles.version} + 1` })
    .where(and(scope, eq(articles.version, version)))
    .returning(summaryColumns);
  if (!row) return failStaleOrMissing(tx, articles, actor.workspaceId, id, "Article", version);
  await audit(tx, actor, {
    action: "article.update",
    targetType: "article",
    targetId: id,
    before,
    after: row,
  });
  // A wire credit marks a syndicated copy, which the flag rules read.
  if (patch.wireCredit !== undefined && patch.wireCredit !== before.wireCredit) {
    await detectArticle(tx, actor.workspaceId, id);
  }
  return getArticle(tx, actor.workspaceId, id);
}
