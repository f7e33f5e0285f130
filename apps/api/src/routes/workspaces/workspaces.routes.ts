import { createRoute, z } from "@hono/zod-openapi";
import {
  WorkspaceCreateSchema,
  WorkspaceListQuerySchema,
  WorkspaceSchema,
  WorkspaceUpdateSchema,
} from "@kroscek/schema";
import { requireCaller, requirePerson } from "../../lib/auth";
import { ERROR_RESPONSES, jsonBody, jsonResponse, WsParams, workspaceRoute } from "../../lib/define-route";

const tags = ["Workspaces"];
const security: Array<Record<string, string[]>> = [{ bearer: [] }, { session: [] }];

export const createWorkspaceRoute = createRoute({
  middleware: [requirePerson] as const,
  method: "post",
  path: "/api/v1/workspaces",
  tags,
  security: [{ session: [] }],
  summary: "Create a workspace (an investigation or a newsroom); you become its admin",
  description:
    "Any signed-in user may create one. Slugs are lower-case letters, digits and hyphens (2–63), unique, and not one of the product's reserved names. API tokens belong to one workspace and cannot create others (403).",
  request: { body: jsonBody(WorkspaceCreateSchema) },
  responses: { ...ERROR_RESPONSES, 201: jsonResponse(WorkspaceSchema, "The new workspace, with your role") },
});

export const listWorkspacesRoute = createRoute({
  middleware: [requireCaller] as const,
  method: "get",
  path: "/api/v1/workspaces",
  tags,
  security,
  summary: "The caller's workspaces with their role (archived ones with ?archived=true)",
  request: { query: WorkspaceListQuerySchema },
  responses: {
    ...ERROR_RESPONSES,
    200: jsonResponse(z.object({ items: z.array(WorkspaceSchema) }), "Your workspaces"),
  },
});

export const getWorkspaceRoute = workspaceRoute({
  method: "get",
  path: "/api/v1/workspaces/{workspace}",
  tags,
  summary: "One workspace and the caller's role in it",
  permission: "read",
  request: { params: WsParams },
  responses: { 200: jsonResponse(WorkspaceSchema, "The workspace") },
});

export const updateWorkspaceRoute = workspaceRoute({
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
