import { z } from "@hono/zod-openapi";
import {
  IdSchema,
  InvitationAcceptSchema,
  PasswordChangeSchema,
  ReceivedInvitationSchema,
  SessionSchema,
  SetupSchema,
  SetupStatusSchema,
  WorkspaceSchema,
} from "@kroscek/schema";
import { accountRoute, jsonBody, jsonResponse } from "../../lib/define-route";

const SETUP_LINK = {
  404: "Unknown setup link",
  410: "The installation is already set up: the link works once",
} as const;
const INVITATION_LINK = {
  404: "Unknown invitation link",
  410: "The invitation was already used, withdrawn or has expired",
} as const;
const ARCHIVED =
  "The workspace is archived (`workspace_archived`): it can be joined once an admin restores it";
const TokenQuery = z.object({ token: z.string().min(1).max(200) });

export const setupStatusRoute = accountRoute({
  operationId: "getSetupStatus",
  auth: "none",
  answers: SETUP_LINK,
  method: "get",
  path: "/api/v1/setup",
  tags: ["Setup"],
  summary: "Whether a setup link is still valid (the installation has no account yet)",
  request: { query: TokenQuery },
  responses: { 200: jsonResponse(SetupStatusSchema, "The link is valid") },
});

export const setupRoute = accountRoute({
  operationId: "completeSetup",
  auth: "none",
  answers: SETUP_LINK,
  method: "post",
  path: "/api/v1/setup",
  tags: ["Setup"],
  summary: "Create the first account and its first workspace with the one-time setup link; signs in",
  description:
    "`kroscek serve` prints the link when the database has no user. It works once: afterwards, or once any account exists, it answers 410.",
  request: { body: jsonBody(SetupSchema) },
  responses: { 201: jsonResponse(SessionSchema, "Set up and signed in") },
});

export const changePasswordRoute = accountRoute({
  operationId: "changePassword",
  auth: "person",
  answers: {
    429: "Too many wrong current passwords; `Retry-After` says when to try again",
  },
  method: "post",
  path: "/api/v1/auth/password",
  tags: ["Sign-in"],
  summary: "Change your own password (the current one required); your other sessions end",
  request: { body: jsonBody(PasswordChangeSchema) },
  responses: { 204: { description: "Changed" } },
});

export const myInvitationsRoute = accountRoute({
  operationId: "listMyInvitations",
  auth: "person",
  method: "get",
  path: "/api/v1/invitations",
  tags: ["Invitations"],
  summary: "Pending invitations to your e-mail",
  responses: {
    200: jsonResponse(
      z.object({ items: z.array(ReceivedInvitationSchema) }).openapi("ReceivedInvitationList"),
      "Your invitations",
    ),
  },
});

export const acceptMyInvitationRoute = accountRoute({
  operationId: "acceptMyInvitation",
  auth: "person",
  answers: { 409: ARCHIVED, 410: INVITATION_LINK[410] },
  method: "post",
  path: "/api/v1/invitations/{id}/accept",
  tags: ["Invitations"],
  summary: "Join the workspace of an invitation to your e-mail",
  description: "An archived workspace cannot be joined until it is restored (409 `workspace_archived`).",
  request: { params: z.object({ id: IdSchema }) },
  responses: { 200: jsonResponse(WorkspaceSchema, "The workspace you joined") },
});

export const invitationLinkRoute = accountRoute({
  operationId: "getInvitationLink",
  auth: "none",
  answers: INVITATION_LINK,
  method: "get",
  path: "/api/v1/invitations/link",
  tags: ["Invitations"],
  summary: "What an invitation link offers (workspace, role, e-mail)",
  request: { query: TokenQuery },
  responses: { 200: jsonResponse(ReceivedInvitationSchema, "The invitation") },
});

export const acceptInvitationLinkRoute = accountRoute({
  operationId: "acceptInvitationLink",
  auth: "none",
  answers: {
    ...INVITATION_LINK,
    401: "Wrong password for the invited e-mail's account",
    409: ARCHIVED,
    429: "Too many wrong passwords; `Retry-After` says when to try again",
  },
  method: "post",
  path: "/api/v1/invitations/link/accept",
  tags: ["Invitations"],
  summary: "Accept an invitation link and sign in",
  description:
    "If the invited e-mail has an account, send its password; otherwise choose a password (at least 12 characters) and a name to create the account. The link works once. An archived workspace cannot be joined until it is restored (409 `workspace_archived`; the link stays valid).",
  request: { query: TokenQuery, body: jsonBody(InvitationAcceptSchema) },
  responses: { 200: jsonResponse(SessionSchema, "Joined and signed in") },
});
