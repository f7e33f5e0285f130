import {
  IdSchema,
  InvitationCreatedSchema,
  InvitationSchema,
  MemberCreateSchema,
  MemberSchema,
  MemberUpdateSchema,
  PageQuerySchema,
  PasswordResetSchema,
  pageOf,
} from "@kroscek/schema";
import { jsonBody, jsonResponse, WsParams, workspaceRoute } from "../../lib/define-route";

const base = "/api/v1/workspaces/{workspace}/members";
const tags = ["Members and tokens"];
const MemberParams = WsParams.extend({ id: IdSchema.describe("the member's user id") });

export const listMembersRoute = workspaceRoute({
  operationId: "listMembers",
  method: "get",
  path: base,
  tags,
  summary: "List members and their roles",
  permission: "workspace.admin",
  request: { params: WsParams, query: PageQuerySchema },
  responses: { 200: jsonResponse(pageOf(MemberSchema), "A page of members") },
});

export const addMemberRoute = workspaceRoute({
  operationId: "addMember",
  method: "post",
  path: base,
  tags,
  summary: "Invite a person by e-mail with a role",
  description:
    "Answers an invitation and its one-time link (`acceptPath`, shown only now): the person opens it to join, creating an account if the e-mail has none, or accepts it from their list once signed in. The answer is the same whether or not the e-mail has an account, and shows nothing about it. An existing member answers 409.",
  permission: "workspace.admin",
  request: { params: WsParams, body: jsonBody(MemberCreateSchema) },
  responses: { 201: jsonResponse(InvitationCreatedSchema, "The invitation and its link, shown once") },
});

export const listInvitationsRoute = workspaceRoute({
  operationId: "listInvitations",
  method: "get",
  path: "/api/v1/workspaces/{workspace}/invitations",
  tags,
  summary: "Pending invitations",
  permission: "workspace.admin",
  request: { params: WsParams, query: PageQuerySchema },
  responses: { 200: jsonResponse(pageOf(InvitationSchema), "A page of pending invitations") },
});

export const revokeInvitationRoute = workspaceRoute({
  operationId: "revokeInvitation",
  method: "delete",
  path: "/api/v1/workspaces/{workspace}/invitations/{id}",
  tags,
  summary: "Withdraw a pending invitation (its link stops working)",
  permission: "workspace.admin",
  request: { params: WsParams.extend({ id: IdSchema }) },
  responses: { 204: { description: "Withdrawn" } },
});

export const resetPasswordRoute = workspaceRoute({
  operationId: "resetMemberPassword",
  method: "post",
  path: `${base}/{id}/password-reset`,
  tags,
  summary: "Set a new generated password for a member (shown once) and end their sessions",
  description:
    "Refused (403) for an account that also belongs to a workspace the caller does not administer: its owner changes it after signing in.",
  permission: "workspace.admin",
  request: { params: MemberParams },
  responses: { 200: jsonResponse(PasswordResetSchema, "The new password, shown only now") },
});

export const updateMemberRoute = workspaceRoute({
  operationId: "updateMember",
  method: "patch",
  path: `${base}/{id}`,
  tags,
  summary: "Change a member's role (send the version you read)",
  permission: "workspace.admin",
  request: { params: MemberParams, body: jsonBody(MemberUpdateSchema) },
  responses: { 200: jsonResponse(MemberSchema, "The member") },
});

export const removeMemberRoute = workspaceRoute({
  operationId: "removeMember",
  method: "delete",
  path: `${base}/{id}`,
  tags,
  summary: "Remove a member from the workspace",
  permission: "workspace.admin",
  request: { params: MemberParams },
  responses: { 204: { description: "Removed" } },
});
