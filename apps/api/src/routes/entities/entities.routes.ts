import { z } from "@hono/zod-openapi";
import {
  ENTITY_KINDS,
  EntityCreateSchema,
  EntityResolutionSchema,
  EntitySchema,
  EntityUpdateSchema,
  PageQuerySchema,
  pageOf,
  TextSchema,
} from "@kroscek/schema";
import { jsonBody, jsonResponse, WsIdParams, WsParams, workspaceRoute } from "../../lib/define-route";

const base = "/api/v1/workspaces/{workspace}/entities";
const tags = ["Entities"];

export const listEntitiesRoute = workspaceRoute({
  operationId: "listEntities",
  method: "get",
  path: base,
  tags,
  summary: "List entities (people, organisations, places, countries)",
  permission: "read",
  request: {
    params: WsParams,
    query: PageQuerySchema.extend({
      kind: z.enum(ENTITY_KINDS).optional(),
      q: TextSchema.max(200).optional().describe("Part of the canonical name or of any alias"),
    }),
  },
  responses: { 200: jsonResponse(pageOf(EntitySchema), "A page of entities, newest first") },
});

export const resolveEntitiesRoute = workspaceRoute({
  operationId: "resolveEntities",
  method: "get",
  path: `${base}/resolve`,
  tags,
  summary: "Find entities by name, matching aliases after normalisation (case, diacritics, hyphens)",
  permission: "read",
  request: { params: WsParams, query: z.object({ name: TextSchema.min(1).max(300) }) },
  responses: { 200: jsonResponse(EntityResolutionSchema, "Matching entities; empty when none") },
});

export const createEntityRoute = workspaceRoute({
  operationId: "createEntity",
  method: "post",
  path: base,
  tags,
  summary: "Record an entity with its aliases (the canonical name is always an alias)",
  permission: "ledger.write",
  request: { params: WsParams, body: jsonBody(EntityCreateSchema) },
  responses: { 201: jsonResponse(EntitySchema, "The new entity") },
});

export const getEntityRoute = workspaceRoute({
  operationId: "getEntity",
  method: "get",
  path: `${base}/{id}`,
  tags,
  summary: "One entity with its aliases",
  permission: "read",
  request: { params: WsIdParams },
  responses: { 200: jsonResponse(EntitySchema, "The entity") },
});

export const updateEntityRoute = workspaceRoute({
  operationId: "updateEntity",
  method: "patch",
  path: `${base}/{id}`,
  tags,
  summary: "Edit an entity; `aliases` replaces the alias set (send the version you read)",
  permission: "ledger.write",
  request: { params: WsIdParams, body: jsonBody(EntityUpdateSchema) },
  responses: { 200: jsonResponse(EntitySchema, "The updated entity") },
});
