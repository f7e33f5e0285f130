import { z } from "@hono/zod-openapi";
import {
  CLAIM_SLOTS,
  ClaimAssertionsSchema,
  ClaimCreateSchema,
  ClaimSchema,
  ClaimUpdateSchema,
  IdSchema,
  PageQuerySchema,
  pageOf,
} from "@kroscek/schema";
import { jsonBody, jsonResponse, WsIdParams, WsParams, workspaceRoute } from "../../lib/define-route";

const base = "/api/v1/workspaces/{workspace}/claims";
const tags = ["Claims"];

export const listClaimsRoute = workspaceRoute({
  operationId: "listClaims",
  method: "get",
  path: base,
  tags,
  summary: "List claims",
  permission: "read",
  request: {
    params: WsParams,
    query: PageQuerySchema.extend({ eventId: IdSchema.optional(), slot: z.enum(CLAIM_SLOTS).optional() }),
  },
  responses: { 200: jsonResponse(pageOf(ClaimSchema), "A page of claims, newest first") },
});

export const createClaimRoute = workspaceRoute({
  operationId: "createClaim",
  method: "post",
  path: base,
  tags,
  summary: "Record a claim about one slot of an event (summary generated when omitted)",
  permission: "ledger.write",
  request: { params: WsParams, body: jsonBody(ClaimCreateSchema) },
  responses: { 201: jsonResponse(ClaimSchema, "The new claim") },
});

export const getClaimRoute = workspaceRoute({
  operationId: "getClaim",
  method: "get",
  path: `${base}/{id}`,
  tags,
  summary: "One claim",
  permission: "read",
  request: { params: WsIdParams },
  responses: { 200: jsonResponse(ClaimSchema, "The claim") },
});

export const updateClaimRoute = workspaceRoute({
  operationId: "updateClaim",
  method: "patch",
  path: `${base}/{id}`,
  tags,
  summary: "Edit a claim's value or summary (send the version you read)",
  permission: "ledger.write",
  request: { params: WsIdParams, body: jsonBody(ClaimUpdateSchema) },
  responses: { 200: jsonResponse(ClaimSchema, "The updated claim") },
});

export const claimAssertionsRoute = workspaceRoute({
  operationId: "getClaimAssertions",
  method: "get",
  path: `${base}/{id}/assertions`,
  tags,
  summary: "A claim with every article asserting it: outlet, article, quote, stance, attribution",
  permission: "read",
  request: { params: WsIdParams },
  responses: { 200: jsonResponse(ClaimAssertionsSchema, "The claim and its asserting articles") },
});
