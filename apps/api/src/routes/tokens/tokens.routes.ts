import {
  ApiTokenCreatedSchema,
  ApiTokenCreateSchema,
  ApiTokenSchema,
  PageQuerySchema,
  pageOf,
} from "@kroscek/schema";
import { jsonBody, jsonResponse, WsIdParams, WsParams, workspaceRoute } from "../../lib/define-route";

const base = "/api/v1/workspaces/{workspace}/tokens";
const tags = ["Members and tokens"];

export const listTokensRoute = workspaceRoute({
  operationId: "listTokens",
  method: "get",
  path: base,
  tags,
  summary: "List API tokens (never their secrets)",
  permission: "workspace.admin",
  request: { params: WsParams, query: PageQuerySchema },
  responses: { 200: jsonResponse(pageOf(ApiTokenSchema), "A page of tokens") },
});

export const createTokenRoute = workspaceRoute({
  operationId: "createToken",
  method: "post",
  path: base,
  tags,
  summary: "Create an API token bound to this workspace and a role",
  description: "The secret is in `token` of this response only; the server keeps its SHA-256.",
  permission: "workspace.admin",
  request: { params: WsParams, body: jsonBody(ApiTokenCreateSchema) },
  responses: { 201: jsonResponse(ApiTokenCreatedSchema, "The new token, with its secret") },
});

export const revokeTokenRoute = workspaceRoute({
  operationId: "revokeToken",
  method: "delete",
  path: `${base}/{id}`,
  tags,
  summary: "Revoke a token at once",
  permission: "workspace.admin",
  request: { params: WsIdParams },
  responses: { 200: jsonResponse(ApiTokenSchema, "The revoked token") },
});
