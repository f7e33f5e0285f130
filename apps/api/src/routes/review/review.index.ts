import { decodeCursor } from "../../lib/pagination";
import { createRouter } from "../../lib/router";
import { listFlags, reviewFlag } from "../../services/flag-store";
import { buildReport } from "../../services/report";
import { getContradiction, listContradictions, reviewContradiction } from "../../services/review-store";
import { renderReport } from "./report";
import { reportLanguage, reportQuery } from "./report-query";
import {
  contradictionReportHtmlRoute,
  contradictionReportRoute,
  getContradictionRoute,
  listContradictionsRoute,
  listFlagsRoute,
  reviewContradictionRoute,
  reviewFlagRoute,
} from "./review.routes";

export const reviewRoutes = createRouter()
  .openapi(listContradictionsRoute, async (c) => {
    const { cursor, limit, ...filter } = c.req.valid("query");
    const page = await listContradictions(c.get("deps").handle.db, c.get("actor").workspaceId, {
      ...filter,
      cursor: decodeCursor(cursor),
      limit,
    });
    return c.json(page, 200);
  })
  .openapi(getContradictionRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await getContradiction(c.get("deps").handle.db, c.get("actor").workspaceId, id), 200);
  })
  .openapi(reviewContradictionRoute, async (c) => {
    const { id } = c.req.valid("param");
    const decision = c.req.valid("json");
    const view = await c
      .get("deps")
      .handle.db.transaction((tx) => reviewContradiction(tx, c.get("actor"), id, decision));
    return c.json(view, 200);
  })
  .openapi(listFlagsRoute, async (c) => {
    const { cursor, limit, ...filter } = c.req.valid("query");
    const page = await listFlags(c.get("deps").handle.db, c.get("actor").workspaceId, {
      ...filter,
      cursor: decodeCursor(cursor),
      limit,
    });
    return c.json(page, 200);
  })
  .openapi(reviewFlagRoute, async (c) => {
    const { id } = c.req.valid("param");
    const decision = c.req.valid("json");
    const view = await c
      .get("deps")
      .handle.db.transaction((tx) => reviewFlag(tx, c.get("actor"), id, decision));
    return c.json(view, 200);
  })
  .openapi(contradictionReportHtmlRoute, async (c) => {
    const query = reportQuery(c.req.valid("query"));
    const lang = reportLanguage(query.lang, c.req.header("accept-language"));
    const report = await buildReport(c.get("deps").handle.db, c.get("actor").workspaceId, query, lang);
    c.header("content-language", report.lang);
    return c.html(renderReport(report), 200);
  })
  .openapi(contradictionReportRoute, async (c) => {
    const query = reportQuery(c.req.valid("query"));
    const lang = reportLanguage(query.lang, c.req.header("accept-language"));
    const report = await buildReport(c.get("deps").handle.db, c.get("actor").workspaceId, query, lang);
    c.header("content-language", report.lang);
    return c.json(report, 200);
  });
