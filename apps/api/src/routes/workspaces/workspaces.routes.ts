import { z } from "@hono/zod-openapi";
import {
  WorkspaceCreateSchema,
  WorkspaceListQuerySchema,
  WorkspaceSchema,
  WorkspaceUpdateSchema,
} from "@kroscek/schema";
import { accountRoute, jsonBody, jsonResponse, WsParams, workspaceRoute } from "../../lib/define-route";

const tags = ["Workspaces"];

export const createWorkspaceRoute = accountRoute({
  operationId: "createWorkspace",
  auth: "person",
  answers: { 409: "The slug is taken" },
  method: "post",
  path: "/api/v1/workspaces",
  tags,
  summary: "Create a workspace (an investigation or a newsroom); you become its admin",
  description:
    "Any signed-in user may create one. Slugs are lower-case letters, digits and hyphens (2–63), unique, and not one of the product's reserved names. API tokens belong to one workspace and cannot create others (403).",
  request: { body: jsonBody(WorkspaceCreateSchema) },
  responses: { 201: jsonResponse(WorkspaceSchema, "The new workspace, with your role") },
});

export const listWorkspacesRoute = accountRoute({
  operationId: "listWorkspaces",
  auth: "caller",
  method: "get",
  path: "/api/v1/workspaces",
  tags,
  summary: "The caller's workspaces with their role (archived ones with ?archived=true)",
  request: { query: WorkspaceListQuerySchema },
  responses: {
    200: jsonResponse(
      z.object({ items: z.array(WorkspaceSchema) }).openapi("WorkspaceList"),
      "Your workspaces",
    ),
  },
});

export const getWorkspaceRoute = workspaceRoute({
  operationId: "getWorkspace",
  method: "get",
  path: "/api/v1/workspaces/{workspace}",
  tags,
  summary: "One workspace and the caller's role in it",
  permission: "read",
  request: { params: WsParams },
  responses: { 200: jsonResponse(WorkspaceSchema, "The workspace") },
});

export const updateWorkspaceRoute = workspaceRoute({
  operationId: "updateWorkspace",
  method: "patch",
  path: "/api/v1/workspaces/{workspace}",
  tags,
  summary: "Edit name, default language and time zone, the export publisher; archive or restore",
  description:
    "Send the `version` you read; a stale one answers 409. `archived: true` makes the workspace read-only (writes answer 409 `workspace_archived`) and hides it from lists; `archived: false` restores it. Nothing is deleted.",
  permission: "workspace.admin",
  request: { params: WsParams, body: jsonBody(WorkspaceUpdateSchema) },
  responses: { 200: jsonResponse(WorkspaceSchema, "The workspace as saved") },
});
