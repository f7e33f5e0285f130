import { z } from "@hono/zod-openapi";
import type { Permission } from "@kroscek/schema";
import { type Answers, WsParams, workspaceRoute } from "../../lib/define-route";

const base = "/api/v1/workspaces/{workspace}/exports";
const tags = ["Exports"];

const file = (type: string, description: string) => ({
  200: { description, content: { [type]: { schema: z.string() } } },
});

const exportRoute = <P extends string>(
  operationId: string,
  name: P,
  permission: Permission,
  type: string,
  summary: string,
  query = z.object({}),
  answers: Answers = {},
) =>
  workspaceRoute({
    operationId,
    method: "get",
    path: `${base}/${name}`,
    tags,
    summary,
    permission,
    request: { params: WsParams, query },
    answers,
    responses: file(type, `${summary} (streamed)`),
  });

const snapshotAnswers: Answers = {
  409: "The snapshot named is still running or failed; export it once it is done",
};
const snapshotQuery = z.object({
  snapshot: z.uuid().optional().openapi({
    description:
      "Snapshot id: that snapshot's rows as computed. Default: the current scores, i.e. the newest finished snapshot with each outlet re-estimated by a refresh since then in place (refreshed_at set)",
  }),
});

export const reliabilityCsvRoute = exportRoute(
  "exportReliabilityCsv",
  "reliability.csv",
  "reliability.manage",
  "text/csv",
  "Outlet reliability, CSV (RFC 4180, formula-injection safe)",
  snapshotQuery,
  snapshotAnswers,
);
export const reliabilityJsonRoute = exportRoute(
  "exportReliabilityJson",
  "reliability.json",
  "reliability.manage",
  "application/json",
  "Outlet reliability, JSON",
  snapshotQuery,
  snapshotAnswers,
);
export const claimReviewRoute = exportRoute(
  "exportClaimReview",
  "claimreview.jsonld",
  "read",
  "application/ld+json",
  "Published verdicts as schema.org ClaimReview",
);
export const assertionsCsvRoute = exportRoute(
  "exportAssertionsCsv",
  "assertions.csv",
  "read",
  "text/csv",
  "Assertions (outlet, article, claim, stance, quote, attribution), CSV",
);
export const annotationsRoute = exportRoute(
  "exportAnnotations",
  "annotations.jsonld",
  "read",
  "application/ld+json",
  "Assertions as W3C Web Annotations with quote selectors",
);
