import { z } from "@hono/zod-openapi";
import {
  ArticleCreatedSchema,
  ArticleDuplicateSchema,
  ArticleFromUrlCreatedSchema,
  ArticleFromUrlDuplicateSchema,
  ArticleFromUrlInputSchema,
  ArticleInputSchema,
  ArticleListQuerySchema,
  ArticlePatchSchema,
  ArticleSchema,
  ArticleSummarySchema,
  BULK_IMPORT_MAX_BYTES,
  BulkImportReportSchema,
  pageOf,
} from "@kroscek/schema";
import { jsonBody, jsonResponse, WsIdParams, WsParams, workspaceRoute } from "../../lib/define-route";

const base = "/api/v1/workspaces/{workspace}/articles";
const tags = ["Articles"];

export const listArticlesRoute = workspaceRoute({
  operationId: "listArticles",
  method: "get",
  path: base,
  tags,
  summary: "List articles (without bodies)",
  description: "Newest import first. Filters combine with AND.",
  permission: "read",
  request: { params: WsParams, query: ArticleListQuerySchema },
  responses: { 200: jsonResponse(pageOf(ArticleSummarySchema), "A page of article summaries") },
});

export const createArticleRoute = workspaceRoute({
  operationId: "createArticle",
  method: "post",
  path: base,
  tags,
  summary: "Archive an article",
  description:
    "The body is stored byte for byte. Sending a body already stored in this workspace changes nothing " +
    "and answers 200 with `status: duplicate` and the stored article. Name the outlet by `outletId` " +
    "or by `outlet` (found by name or created); neither means the workspace's unknown outlet.",
  permission: "ledger.write",
  request: { params: WsParams, body: jsonBody(ArticleInputSchema) },
  responses: {
    201: jsonResponse(ArticleCreatedSchema, "The new article"),
    200: jsonResponse(ArticleDuplicateSchema, "The same text was already stored: that article"),
  },
});

export const bulkImportRoute = workspaceRoute({
  operationId: "importArticles",
  method: "post",
  path: `${base}/bulk`,
  tags,
  summary: "Import articles from NDJSON",
  description:
    "One JSON object per line, each shaped like the body of `POST …/articles`; blank lines are skipped. " +
    `The body may be at most ${BULK_IMPORT_MAX_BYTES} bytes (20 MiB); larger answers 413 and imports nothing. ` +
    "Each line is imported in its own transaction and reported in order as created, duplicate or " +
    "rejected (with the reason and field paths), so one bad line loses nothing else. Answers 200 even " +
    "when lines were rejected: read `totals`.",
  permission: "ledger.write",
  request: {
    params: WsParams,
    body: {
      required: true,
      content: {
        "application/x-ndjson": {
          schema: z.string().openapi({ example: '{"outlet":"Antara","body":"…"}\n' }),
        },
      },
    },
  },
  responses: { 200: jsonResponse(BulkImportReportSchema, "One result per non-blank line, with totals") },
});

export const getArticleRoute = workspaceRoute({
  operationId: "getArticle",
  method: "get",
  path: `${base}/{id}`,
  tags,
  summary: "One article, with its body",
  permission: "read",
  request: { params: WsIdParams },
  responses: { 200: jsonResponse(ArticleSchema, "The article") },
});

export const updateArticleRoute = workspaceRoute({
  operationId: "updateArticle",
  method: "patch",
  path: `${base}/{id}`,
  tags,
  summary: "Edit an article's metadata (send the version you read)",
  description:
    "Title, byline, url and wire credit only. The body is immutable (quotes are anchored into it): " +
    "a `body` field, or any unknown field, answers 422. A stale version answers 409 with the current one.",
  permission: "ledger.write",
  request: { params: WsIdParams, body: jsonBody(ArticlePatchSchema) },
  responses: { 200: jsonResponse(ArticleSchema, "The updated article") },
});

export const articleFromUrlRoute = workspaceRoute({
  operationId: "createArticleFromUrl",
  method: "post",
  path: `${base}/from-url`,
  tags,
  summary: "Archive an article from its URL",
  description:
    "Fetches the page (http or https only; private, loopback, link-local and metadata addresses refused " +
    "after name resolution and on each of at most 5 redirects; bounded size and time), reads its readable " +
    "text and its metadata (JSON-LD NewsArticle, Open Graph, meta), finds the outlet by the page's domain " +
    "or creates it, and stores the article with the raw page (sha256, fetch time, final URL, status). " +
    "A URL or canonical URL already archived, or the same text, answers 200 with `status: duplicate` and " +
    "`duplicateOf`. A page that cannot be archived answers 422 with `details.reason`: `not_html`, " +
    "`too_large`, `timeout`, `http_status`, `blocked_address`, `no_readable_text`, `too_many_redirects` " +
    "or `unreachable`. The archive runs as an `article.archive` job the request waits for; when the reason " +
    "may pass (`timeout`, `unreachable`, HTTP 5xx or 429) `details.retry` gives `jobId`, `attempt` (runs so " +
    "far) and `nextAttemptAt`: the job tries again with back-off and archives the article if a retry succeeds.",
  permission: "ledger.write",
  request: { params: WsParams, body: jsonBody(ArticleFromUrlInputSchema) },
  responses: {
    201: jsonResponse(ArticleFromUrlCreatedSchema, "The new article and its archived page"),
    200: jsonResponse(ArticleFromUrlDuplicateSchema, "Already stored: that article"),
  },
});
