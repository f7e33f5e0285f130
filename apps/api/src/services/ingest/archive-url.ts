import { createHash } from "node:crypto";
import type { Database, Db } from "@kroscek/db";
import {
  type ArticleArchive,
  type ArticleFromUrlInput,
  ArticleFromUrlInputSchema,
  type ArticleFromUrlResult,
  type FetchFailureReason,
  LanguageSchema,
} from "@kroscek/schema";
import { articleArchives, articles, outlets } from "@kroscek/schema/tables";
import { and, eq, or, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import { ApiError } from "../../lib/api-error";
import { iso } from "../../lib/serialize";
import type { Actor } from "../actor";
import { importArticle } from "../article-import";
import { getArticle } from "../article-store";
import { audit } from "../audit";
import { FetchError, type FetchLimits, type FetchResult, safeFetch } from "../fetch/safe-fetch";
import type { JobQueue } from "../jobs/job-queue";
import { findOrCreateOutlet } from "../outlet-store";
import { emitEvent } from "../webhooks/outbox";
import { decodePage } from "./decode-page";
import { type ReadPage, readPage } from "./read-page";

/** Fewer readable characters than this and the page is a login wall, an index or an app shell. */
export const MIN_READABLE_CHARS = 200;

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

/** A 422 whose `details.reason` says why the URL could not be archived. */
export function archiveFailure(reason: FetchFailureReason, message: string, extra: object = {}): ApiError {
  return new ApiError("validation_failed", message, { reason, ...extra });
}

/** The page as fetched and read, before anything is stored. */
export interface FetchedPage {
  requestedUrl: string;
  response: FetchResult;
  charset: string;
  page: ReadPage;
  canonicalUrl: string;
}

/** Fetches and reads a page; throws the 422 of `archiveFailure` when it cannot be archived. */
export async function fetchPage(url: string, limits: FetchLimits): Promise<FetchedPage> {
  let response: FetchResult;
  try {
    response = await safeFetch(url, limits, {
      headers: { accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1" },
    });
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    const reason = error.reason === "bad_url" ? "blocked_address" : error.reason;
    throw archiveFailure(reason, `Could not fetch ${error.url}: ${error.message}`, { url: error.url });
  }
  if (response.status < 200 || response.status > 299)
    throw archiveFailure("http_status", `${response.url} answered HTTP ${response.status}`, {
      status: response.status,
      url: response.url,
    });
  const contentType = header(response, "content-type");
  const looksHtml = /^\s*(<!doctype html|<html|<head|<meta)/i.test(
    response.body.subarray(0, 512).toString("latin1"),
  );
  if (contentType ? !HTML_TYPES.test(contentType) : !looksHtml)
    throw archiveFailure("not_html", `${response.url} is ${contentType ?? "not HTML"}, not a web page`, {
      contentType: contentType ?? null,
    });
  const { text: html, charset } = decodePage(response.body, contentType);
  const page = readPage(html, response.url);
  if (page.text.length < MIN_READABLE_CHARS)
    throw archiveFailure("no_readable_text", `${response.url} has no readable article text`, {
      characters: page.text.length,
    });
  const canonical = new URL(page.canonicalUrl ?? response.url);
  canonical.hash = "";
  return { requestedUrl: url, response, charset, page, canonicalUrl: canonical.toString() };
}

const header = (r: FetchResult, name: string): string | undefined => {
  const v = r.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/** An article already archived from this URL: by an archive's canonical URL or an article's URL. */
async function storedFromUrl(db: Db, workspaceId: string, url: string): Promise<string | null> {
  const [archived] = await db
    .select({ articleId: articleArchives.articleId })
    .from(articleArchives)
    .where(
      and(
        eq(articleArchives.workspaceId, workspaceId),
        or(eq(articleArchives.canonicalUrl, url), eq(articleArchives.requestedUrl, url)),
      ),
    )
    .limit(1);
  if (archived) return archived.articleId;
  const [article] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.workspaceId, workspaceId), eq(articles.url, url)))
    .limit(1);
  return article?.id ?? null;
}

const domainOf = (url: string) => new URL(url).hostname.toLowerCase().replace(/^www\./, "");

async function outletFor(
  tx: Db,
  actor: Actor,
  fetched: FetchedPage,
  named: string | undefined,
): Promise<string> {
  const domain = domainOf(fetched.canonicalUrl);
  const [byDomain] = await tx
    .select({ id: outlets.id })
    .from(outlets)
    .where(and(eq(outlets.workspaceId, actor.workspaceId), sql`lower(${outlets.domain}) = ${domain}`))
    .limit(1);
  if (byDomain && !named) return byDomain.id;
  // A named outlet is found by name; the domain goes to a new one unless another outlet has it.
  return findOrCreateOutlet(tx, actor, named ?? fetched.page.siteName ?? domain, {
    domain: byDomain ? null : domain,
  });
}

/** The page's time as ISO 8601 with its offset when it parses, else null (the text keeps it). */
function publishedAtOf(raw: string | null): string | null {
  if (!raw) return null;
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/.test(raw))
    return raw.replace(/([+-]\d{2})(\d{2})$/, "$1:$2").replace(/T(\d{2}:\d{2})(Z|[+-])/, "T$1:00$2");
  const t = new Date(raw);
  return Number.isNaN(t.getTime()) ? null : t.toISOString();
}

function languageOf(input: string | undefined, page: string | null): string | undefined {
  if (input) return input;
  const tag = page?.split(/[-_]/)[0]?.toLowerCase();
  return tag && LanguageSchema.safeParse(tag).success ? tag : undefined;
}

/**
 * Archives a fetched page as an article in one transaction: the outlet (by domain, or created),
 * the article (a duplicate when its canonical URL or its text is already stored) and the raw page.
 */
export async function storeFetchedPage(
  db: Database,
  actor: Actor,
  fetched: FetchedPage,
  input: { outlet?: string | undefined; language?: string | undefined },
  jobs?: JobQueue,
): Promise<ArticleFromUrlResult> {
  return db.transaction(async (tx) => {
    const already =
      (await storedFromUrl(tx, actor.workspaceId, fetched.canonicalUrl)) ??
      (await storedFromUrl(tx, actor.workspaceId, fetched.response.url));
    if (already)
      return {
        status: "duplicate" as const,
        duplicateOf: "canonical_url" as const,
        article: await getArticle(tx, actor.workspaceId, already),
      };
    const { page } = fetched;
    const language = languageOf(input.language, page.language);
    const imported = await importArticle(tx, actor, {
      outletId: await outletFor(tx, actor, fetched, input.outlet),
      url: fetched.canonicalUrl,
      title: page.title?.slice(0, 1000) ?? null,
      byline: page.byline?.slice(0, 500) ?? null,
      publishedAt: publishedAtOf(page.publishedAt),
      ...(language ? { language } : {}),
      body: page.text,
    });
    if (imported.status === "duplicate")
      return {
        status: "duplicate" as const,
        duplicateOf: "text" as const,
        article: await getArticle(tx, actor.workspaceId, imported.article.id),
      };
    const { response } = fetched;
    const row = {
      workspaceId: actor.workspaceId,
      id: uuidv7(),
      articleId: imported.article.id,
      requestedUrl: fetched.requestedUrl,
      finalUrl: response.url,
      canonicalUrl: fetched.canonicalUrl,
      redirects: response.redirects,
      httpStatus: response.status,
      contentType: header(response, "content-type") ?? null,
      charset: fetched.charset,
      html: new Uint8Array(response.body),
      htmlSha256: createHash("sha256").update(response.body).digest("hex"),
      fetchedAt: response.fetchedAt,
      metadata: { ...page, text: undefined },
      createdBy: actor.userId,
    };
    await tx.insert(articleArchives).values(row);
    const archive: ArticleArchive = {
      id: row.id,
      articleId: row.articleId,
      requestedUrl: row.requestedUrl,
      finalUrl: row.finalUrl,
      canonicalUrl: row.canonicalUrl,
      redirects: row.redirects,
      httpStatus: row.httpStatus,
      contentType: row.contentType,
      charset: row.charset,
      htmlSha256: row.htmlSha256,
      htmlBytes: response.body.length,
      fetchedAt: iso(row.fetchedAt),
      metadata: JSON.parse(JSON.stringify(row.metadata)),
    };
    const { html: _html, ...auditable } = row;
    await audit(tx, actor, {
      action: "article.archive",
      targetType: "article",
      targetId: row.articleId,
      after: auditable,
    });
    const article = await getArticle(tx, actor.workspaceId, imported.article.id);
    const { body: _body, ...summary } = article;
    await emitEvent(tx, jobs, actor.workspaceId, "article.archived", { article: summary, archive });
    return { status: "created" as const, article, archive };
  });
}

/** The article already archived from this URL, as the duplicate answer; null when there is none. */
export async function knownArticle(
  db: Db,
  workspaceId: string,
  url: string,
): Promise<ArticleFromUrlResult | null> {
  const known = await storedFromUrl(db, workspaceId, url);
  if (!known) return null;
  return {
    status: "duplicate",
    duplicateOf: "canonical_url",
    article: await getArticle(db, workspaceId, known),
  };
}

/** `POST …/articles/from-url`: a URL already archived is not fetched again. */
export async function archiveFromUrl(
  db: Database,
  limits: FetchLimits,
  actor: Actor,
  raw: ArticleFromUrlInput,
  jobs?: JobQueue,
): Promise<ArticleFromUrlResult> {
  const input = ArticleFromUrlInputSchema.parse(raw);
  const known = await knownArticle(db, actor.workspaceId, input.url);
  if (known) return known;
  const fetched = await fetchPage(input.url, limits);
  return storeFetchedPage(db, actor, fetched, input, jobs);
}
