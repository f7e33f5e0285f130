import { z } from "@hono/zod-openapi";
import {
  OUTLET_KINDS,
  OutletCreateSchema,
  OutletSchema,
  OutletUpdateSchema,
  PageQuerySchema,
  pageOf,
  TextSchema,
} from "@kroscek/schema";
import { jsonBody, jsonResponse, WsIdParams, WsParams, workspaceRoute } from "../../lib/define-route";

const base = "/api/v1/workspaces/{workspace}/outlets";
const tags = ["Outlets"];

export const listOutletsRoute = workspaceRoute({
  operationId: "listOutlets",
  method: "get",
  path: base,
  tags,
  summary: "List outlets",
  permission: "read",
  request: {
    params: WsParams,
    query: PageQuerySchema.extend({
      kind: z.enum(OUTLET_KINDS).optional(),
      q: TextSchema.max(200).optional(),
    }),
  },
  responses: { 200: jsonResponse(pageOf(OutletSchema), "A page of outlets, newest first") },
});

export const createOutletRoute = workspaceRoute({
  operationId: "createOutlet",
  method: "post",
  path: base,
  tags,
  summary: "Record an outlet",
  permission: "ledger.write",
  request: { params: WsParams, body: jsonBody(OutletCreateSchema) },
  responses: { 201: jsonResponse(OutletSchema, "The new outlet") },
});

export const getOutletRoute = workspaceRoute({
  operationId: "getOutlet",
  method: "get",
  path: `${base}/{id}`,
  tags,
  summary: "One outlet",
  permission: "read",
  request: { params: WsIdParams },
  responses: { 200: jsonResponse(OutletSchema, "The outlet") },
});

export const updateOutletRoute = workspaceRoute({
  operationId: "updateOutlet",
  method: "patch",
  path: `${base}/{id}`,
  tags,
  summary: "Edit an outlet (send the version you read)",
  permission: "ledger.write",
  request: { params: WsIdParams, body: jsonBody(OutletUpdateSchema) },
  responses: { 200: jsonResponse(OutletSchema, "The updated outlet") },
});
