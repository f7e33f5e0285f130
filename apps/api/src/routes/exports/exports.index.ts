import { loggableError } from "@kroscek/db";
import type { Context } from "hono";
import { stream } from "hono/streaming";
import type { AppEnv } from "../../lib/context";
import { createRouter } from "../../lib/router";
import { type ExportKind, planExport } from "../../services/exports";
import {
  annotationsRoute,
  assertionsCsvRoute,
  claimReviewRoute,
  reliabilityCsvRoute,
  reliabilityJsonRoute,
} from "./exports.routes";

/**
 * Streams an export: the plan is made first (a missing snapshot is still a 404 with the JSON
 * envelope), then chunks are written as the database pages arrive, awaiting each write so a slow
 * client slows the reads down instead of filling memory.
 */
async function send(c: Context<AppEnv>, kind: ExportKind, format: string, snapshot?: string) {
  const plan = await planExport(c.get("deps").handle.db, c.get("actor").workspaceId, kind, format, snapshot);
  c.header("Content-Type", plan.contentType);
  c.header("Content-Disposition", `attachment; filename="${plan.filename}"`);
  c.header("Cache-Control", "no-store");
  return stream(
    c,
    async (s) => {
      for await (const chunk of plan.body) await s.write(chunk);
    },
    async (error, s) => {
      // Headers are gone; all that can be done is to cut the body short so the client sees an error.
      console.error(`export ${kind} failed mid-stream: ${loggableError(error)}`);
      s.abort();
    },
  );
}

export const exportRoutes = createRouter()
  .openapi(reliabilityCsvRoute, (c) => send(c, "reliability", "csv", c.req.valid("query").snapshot))
  .openapi(reliabilityJsonRoute, (c) => send(c, "reliability", "json", c.req.valid("query").snapshot))
  .openapi(claimReviewRoute, (c) => send(c, "claimreview", "jsonld"))
  .openapi(assertionsCsvRoute, (c) => send(c, "assertions", "csv"))
  .openapi(annotationsRoute, (c) => send(c, "annotations", "jsonld"));
