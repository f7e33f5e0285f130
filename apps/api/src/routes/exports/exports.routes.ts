import { z } from "@hono/zod-openapi";
import type { Permission } from "@kroscek/schema";
import { WsParams, workspaceRoute } from "../../lib/define-route";

const base = "/api/v1/workspaces/{workspace}/exports";
const tags = ["Exports"];

const file = (type: string, description: string) => ({
  200: { description, content: { [type]: { schema: z.string() } } },
});

const exportRoute = <P extends string>(
  name: P,
  permission: Permission,
  type: string,
  summary: string,
  query = z.object({}),
) =>
  workspaceRoute({
    method: "get",
    path: `${base}/${name}`,
    tags,
    summary,
    permission,
    request: { params: WsParams, query },
    responses: file(type, `${summary} (streamed)`),
  });

const snapshotQuery = z.object({
  snapshot: z.uuid().optional().openapi({ description: "Snapshot id; default the newest finished one" }),
});

export const reliabilityCsvRoute = exportRoute(
  "reliability.csv",
  "reliability.manage",
  "text/csv",
  "Outlet reliability, CSV (RFC 4180, formula-injection safe)",
  snapshotQuery,
);
export const reliabilityJsonRoute = exportRoute(
  "reliability.json",
  "reliability.manage",
  "application/json",
  "Outlet reliability, JSON",
  snapshotQuery,
);
export const claimReviewRoute = exportRoute(
  "claimreview.jsonld",
  "read",
  "application/ld+json",
  "Published verdicts as schema.org ClaimReview",
);
export const assertionsCsvRoute = exportRoute(
  "assertions.csv",
  "read",
  "text/csv",
  "Assertions (outlet, article, claim, stance, quote, attribution), CSV",
);
export const annotationsRoute = exportRoute(
  "annotations.jsonld",
  "read",
  "application/ld+json",
  "Assertions as W3C Web Annotations with quote selectors",
);
