import { z } from "@hono/zod-openapi";
import {
  OutletCopyGroupSchema,
  PageQuerySchema,
  pageOf,
  ReliabilityCurrentSchema,
  ReliabilityHistoryEntrySchema,
  ReliabilitySnapshotDetailSchema,
  ReliabilitySnapshotViewSchema,
  SnapshotCreateSchema,
} from "@kroscek/schema";
import { jsonResponse, WsIdParams, WsParams, workspaceRoute } from "../../lib/define-route";

const ws = "/api/v1/workspaces/{workspace}";
const tags = ["Reliability"];

export const createSnapshotRoute = workspaceRoute({
  operationId: "createReliabilitySnapshot",
  method: "post",
  path: `${ws}/reliability/snapshots`,
  tags,
  summary: "Recompute every outlet's reliability (runs in the background; poll the snapshot)",
  permission: "reliability.manage",
  request: {
    params: WsParams,
    body: {
      required: false,
      description:
        "Optional engine parameter and score weight overrides, and `minEvidence` (fewest event slots for a score; default alpha + beta)",
      content: { "application/json": { schema: SnapshotCreateSchema } },
    },
  },
  responses: { 202: jsonResponse(ReliabilitySnapshotViewSchema, "The queued snapshot") },
});

export const listSnapshotsRoute = workspaceRoute({
  operationId: "listReliabilitySnapshots",
  method: "get",
  path: `${ws}/reliability/snapshots`,
  tags,
  summary: "Reliability snapshots, newest first",
  permission: "read",
  request: { params: WsParams, query: PageQuerySchema },
  responses: { 200: jsonResponse(pageOf(ReliabilitySnapshotViewSchema), "A page of snapshots") },
});

export const getSnapshotRoute = workspaceRoute({
  operationId: "getReliabilitySnapshot",
  method: "get",
  path: `${ws}/reliability/snapshots/{id}`,
  tags,
  summary:
    "One snapshot: status, progress and (once done) every outlet's row, best score first, unscored (insufficient evidence, no outlet) last",
  permission: "read",
  request: { params: WsIdParams },
  responses: { 200: jsonResponse(ReliabilitySnapshotDetailSchema, "The snapshot") },
});

export const currentScoresRoute = workspaceRoute({
  operationId: "getCurrentReliability",
  method: "get",
  path: `${ws}/reliability/current`,
  tags,
  summary:
    "Every outlet's current score: the last finished snapshot's, or (refreshedAt set) the outlet's score refreshed incrementally after a write since",
  permission: "read",
  request: { params: WsParams },
  responses: { 200: jsonResponse(ReliabilityCurrentSchema, "The current scores") },
});

export const outletHistoryRoute = workspaceRoute({
  operationId: "getOutletReliabilityHistory",
  method: "get",
  path: `${ws}/outlets/{id}/reliability-history`,
  tags,
  summary: "An outlet's reliability over time (finished snapshots, newest first)",
  permission: "read",
  request: { params: WsIdParams, query: PageQuerySchema },
  responses: { 200: jsonResponse(pageOf(ReliabilityHistoryEntrySchema), "A page of scores") },
});

export const outletCopyGroupsRoute = workspaceRoute({
  operationId: "listOutletCopyGroups",
  method: "get",
  path: `${ws}/outlets/{id}/copy-groups`,
  tags,
  summary: "Copy groups (near-identical texts) holding the outlet's articles, with every member",
  permission: "read",
  request: { params: WsIdParams, query: PageQuerySchema },
  responses: { 200: jsonResponse(pageOf(OutletCopyGroupSchema), "A page of copy groups") },
});

export const SnapshotQuery = z.object({ snapshot: z.uuid().optional() });
