import { BULK_IMPORT_MAX_BYTES } from "@kroscek/schema";
import { decodeCursor } from "../../lib/pagination";
import { createRouter } from "../../lib/router";
import { createArticle, getArticle, listArticles, updateArticle } from "../../services/article-store";
import { importNdjson } from "../../services/bulk-import";
import { DEFAULT_LIMITS } from "../../services/fetch/safe-fetch";
import { ARCHIVE_JOB, archiveThroughJob } from "../../services/ingest/archive-job";
import { archiveFromUrl } from "../../services/ingest/archive-url";
import { readBounded } from "./articles.bulk";
import {
  articleFromUrlRoute,
  bulkImportRoute,
  createArticleRoute,
  getArticleRoute,
  listArticlesRoute,
  updateArticleRoute,
} from "./articles.routes";

export const articleRoutes = createRouter()
  .openapi(listArticlesRoute, async (c) => {
    const q = c.req.valid("query");
    const page = await listArticles(c.get("deps").handle.db, c.get("actor").workspaceId, {
      ...q,
      after: decodeCursor(q.cursor),
    });
    return c.json(page, 200);
  })
  .openapi(createArticleRoute, async (c) => {
    const body = c.req.valid("json");
    const result = await c.get("deps").handle.db.transaction((tx) => createArticle(tx, c.get("actor"), body));
    if (result.status === "created")
      return c.json({ status: "created" as const, article: result.article }, 201);
    return c.json({ status: "duplicate" as const, article: result.article }, 200);
  })
  .openapi(articleFromUrlRoute, async (c) => {
    const { handle, fetchLimits, jobs } = c.get("deps");
    const limits = fetchLimits ?? DEFAULT_LIMITS;
    // With a job system the archive is a job (retried in the background); without one, done here.
    const result = jobs?.has(ARCHIVE_JOB)
      ? await archiveThroughJob(handle.db, limits, jobs, c.get("actor"), c.req.valid("json"))
      : await archiveFromUrl(handle.db, limits, c.get("actor"), c.req.valid("json"), jobs);
    if (result.status === "created") return c.json(result, 201);
    return c.json(result, 200);
  })
  .openapi(bulkImportRoute, async (c) => {
    // The whole body is read (bounded) before any line is imported, so a 413 imports nothing.
    const bytes = await readBounded(c.req.raw, BULK_IMPORT_MAX_BYTES);
    const { handle } = c.get("deps");
    return c.json(await importNdjson(handle.db, c.get("actor"), bytes, handle.yieldToOthers), 200);
  })
  .openapi(getArticleRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await getArticle(c.get("deps").handle.db, c.get("actor").workspaceId, id), 200);
  })
  .openapi(updateArticleRoute, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const article = await c
      .get("deps")
      .handle.db.transaction((tx) => updateArticle(tx, c.get("actor"), id, body));
    return c.json(article, 200);
  });
