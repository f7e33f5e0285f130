import { z } from "@hono/zod-openapi";
import {
  IdSchema,
  MemberCreateSchema,
  MemberSchema,
  MemberUpdateSchema,
  PageQuerySchema,
  pageOf,
} from "@kroscek/schema";
import { jsonBody, jsonResponse, WsParams, workspaceRoute } from "../../lib/define-route";

const base = "/api/v1/workspaces/{workspace}/members";
const tags = ["Members and tokens"];
const MemberParams = WsParams.extend({ id: IdSchema.describe("the member's user id") });

export const listMembersRoute = workspaceRoute({
  method: "get",
  path: base,
  tags,
  summary: "List members and their roles",
  permission: "workspace.admin",
  request: { params: WsParams, query: PageQuerySchema },
  responses: { 200: jsonResponse(pageOf(MemberSchema), "A page of members") },
});

export const addMemberRoute = workspaceRoute({
  method: "post",
  path: base,
  tags,
  summary: "Add a person with a role (creates the account if the e-mail is new)",
  description: "A new account without a `password` gets a generated one, returned once as `initialPassword`.",
  permission: "workspace.admin",
  request: { params: WsParams, body: jsonBody(MemberCreateSchema) },
  responses: {
    201: jsonResponse(
      z.object({ member: MemberSchema, initialPassword: z.string().optional() }),
      "The new member",
    ),
  },
});

export const updateMemberRoute = workspaceRoute({
  method: "patch",
  path: `${base}/{id}`,
  tags,
  summary: "Change a member's role (send the version you read)",
  permission: "workspace.admin",
  request: { params: MemberParams, body: jsonBody(MemberUpdateSchema) },
  responses: { 200: jsonResponse(MemberSchema, "The member") },
});

export const removeMemberRoute = workspaceRoute({
  method: "delete",
  path: `${base}/{id}`,
  tags,
  summary: "Remove a member from the workspace",
  permission: "workspace.admin",
  request: { params: MemberParams },
  responses: { 204: { description: "Removed" } },
});
