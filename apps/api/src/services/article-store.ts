import { type Db, queryRows } from "@kroscek/db";
import type { Article, ArticleListQuerySchema, ArticlePatchSchema } from "@kroscek/schema";
import { articles, outlets } from "@kroscek/schema/tables";
import { and, eq, getTableColumns, ilike, lt, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import { ApiError, notFound } from "../lib/api-error";
import { pageFrom } from "../lib/pagination";
import { iso, isoOrNull } from "../lib/serialize";
import type { Actor } from "./actor";
import { type ArticleRow, importArticle } from "./article-import";
import { audit } from "./audit";
import { detectArticle } from "./detection";
import { fixedSql } from "./detection/fixed-sql";
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
function publishedBound(value: unknown, op: ">=" | "<=", bareDate: boolean): SQL {
  if (bareDate) {
    // PostgreSQL reads a text zone '+10:00' POSIX-style (west of UTC), so offsets go as intervals.
    const local = sql`case when ${articles.timeZone} ~ '^[+-][0-9]{2}:[0-9]{2}$' then (${articles.publishedAt} at time zone 'UTC') + ${articles.timeZone}::interval else ${articles.publishedAt} at time zone ${articles.timeZone} end`;
    return sql`(${local})::date ${sql.raw(op)} ${value}::date`;
  }
  return sql`${articles.publishedAt} ${sql.raw(op)} ${value}::timestamptz`;
}

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The summary columns of `toSummary`, named as it reads them. */
const SUMMARY_COLUMNS = sql.raw(`articles.id, articles.outlet_id as "outletId", outlets.name as "outletName",
  articles.url, articles.title, articles.byline, articles.published_at as "publishedAt",
  articles.published_precision as "publishedPrecision", articles.time_zone as "timeZone", articles.language,
  articles.body_sha256 as "bodySha256", articles.wire_credit as "wireCredit", articles.imported_at as "importedAt",
  articles.version`);

/** The values of a list statement (the page size too is sent as a parameter). */
type ListValues = Record<string, string | number>;

/**
 * The list statement for the filters given (its shape, e.g. "after,q"): its text built once per
 * shape, each call putting only its values in place.
 */
const articlePages = new Map<string, (values: ListValues) => SQL>();

function articlePage(shape: string): (values: ListValues) => SQL {
  let statement = articlePages.get(shape);
  if (!statement) {
    const has = new Set(shape.split(","));
    statement = fixedSql(["fields"], (values: ListValues) => {
      // Inside the builder every value is the marker of its field, a string.
      const v = (field: string) => (values as Record<string, string>)[field] as string;
      const where: SQL[] = [eq(articles.workspaceId, v("workspaceId"))];
      if (has.has("after")) where.push(lt(articles.id, v("after")));
      if (has.has("outletId")) where.push(eq(articles.outletId, v("outletId")));
      if (has.has("language"))
        where.push(or(eq(articles.language, v("language")), ilike(articles.language, v("tagPrefix"))) as SQL);
      if (has.has("fromDay")) where.push(publishedBound(v("publishedFrom"), ">=", true));
      if (has.has("from")) where.push(publishedBound(v("publishedFrom"), ">=", false));
      if (has.has("toDay")) where.push(publishedBound(v("publishedTo"), "<=", true));
      if (has.has("to")) where.push(publishedBound(v("publishedTo"), "<=", false));
      if (has.has("q"))
        where.push(or(ilike(articles.title, v("pattern")), ilike(articles.body, v("pattern"))) as SQL);
      return sql`select ${SUMMARY_COLUMNS}
          from ${articles}
          join ${outlets} on outlets.workspace_id = articles.workspace_id and outlets.id = articles.outlet_id
         where ${and(...where)}
         order by articles.id desc
         limit ${v("limit")}`;
    });
    articlePages.set(shape, statement);
  }
  return statement;
}

/** A row of the list statement: instants as text from the driver (as drizzle reads them). */
type SummaryRow = Omit<Joined, "publishedAt" | "importedAt" | "body"> & {
  publishedAt: string | Date | null;
  importedAt: string | Date;
};

/** As `toSummary` gives it, field for field; an instant read as drizzle maps a timestamptz column. */
const toSummaryOfRow = (r: SummaryRow) => ({
  id: r.id,
  outletId: r.outletId,
  outletName: r.outletName,
  url: r.url,
  title: r.title,
  byline: r.byline,
  publishedAt: r.publishedAt === null ? null : new Date(r.publishedAt).toISOString(),
  publishedPrecision: r.publishedPrecision,
  timeZone: r.timeZone,
  language: r.language,
  bodySha256: r.bodySha256,
  wireCredit: r.wireCredit,
  importedAt: new Date(r.importedAt).toISOString(),
  version: r.version,
});

/** A page of article summaries (no body), newest import first. */
export async function listArticles(
  db: Db,
  workspaceId: string,
  q: ArticleListQuery & { after: string | null },
) {
  const parts: string[] = [];
  const values: ListValues = { workspaceId, limit: q.limit + 1 };
  if (q.after) {
    parts.push("after");
    values.after = q.after;
  }
  if (q.outletId) {
    parts.push("outletId");
    values.outletId = q.outletId;
  }
  if (q.language) {
    parts.push("language");
    values.language = q.language;
    values.tagPrefix = `${q.language.replace(/[%_\\]/g, "\\$&")}-%`;
  }
  if (q.publishedFrom) {
    parts.push(BARE_DATE.test(q.publishedFrom) ? "fromDay" : "from");
    values.publishedFrom = q.publishedFrom;
  }
  if (q.publishedTo) {
    parts.push(BARE_DATE.test(q.publishedTo) ? "toDay" : "to");
    values.publishedTo = q.publishedTo;
  }
  if (q.q) {
    parts.push("q");
    values.pattern = likePattern(q.q);
  }
  const rows = await queryRows<SummaryRow>(db, articlePage(parts.join(","))(values));
  return pageFrom(rows, q.limit, toSummaryOfRow);
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
