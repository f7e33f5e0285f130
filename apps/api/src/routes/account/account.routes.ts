import { createRoute, z } from "@hono/zod-openapi";
import {
  ErrorEnvelopeSchema,
  IdSchema,
  InvitationAcceptSchema,
  PasswordChangeSchema,
  ReceivedInvitationSchema,
  SessionSchema,
  SetupSchema,
  SetupStatusSchema,
  WorkspaceSchema,
} from "@kroscek/schema";
import { requirePerson } from "../../lib/auth";
import { ERROR_RESPONSES, jsonBody, jsonResponse } from "../../lib/define-route";

const GONE = {
  410: {
    description: "Already used, withdrawn or expired",
    content: { "application/json": { schema: ErrorEnvelopeSchema } },
  },
} as const;
const TokenQuery = z.object({ token: z.string().min(1).max(200) });

export const setupStatusRoute = createRoute({
  method: "get",
  path: "/api/v1/setup",
  tags: ["Setup"],
  summary: "Whether a setup link is still valid (the installation has no account yet)",
  request: { query: TokenQuery },
  responses: { ...ERROR_RESPONSES, ...GONE, 200: jsonResponse(SetupStatusSchema, "The link is valid") },
});

export const setupRoute = createRoute({
  method: "post",
  path: "/api/v1/setup",
  tags: ["Setup"],
  summary: "Create the first account and its first workspace with the one-time setup link; signs in",
  description:
    "`kroscek serve` prints the link when the database has no user. It works once: afterwards, or once any account exists, it answers 410.",
  request: { body: jsonBody(SetupSchema) },
  responses: { ...ERROR_RESPONSES, ...GONE, 201: jsonResponse(SessionSchema, "Set up and signed in") },
});

export const changePasswordRoute = createRoute({
  middleware: [requirePerson] as const,
  method: "post",
  path: "/api/v1/auth/password",
  tags: ["Sign-in"],
  security: [{ session: [] }],
  summary: "Change your own password (the current one required); your other sessions end",
  request: { body: jsonBody(PasswordChangeSchema) },
  responses: { ...ERROR_RESPONSES, 204: { description: "Changed" } },
});

export const myInvitationsRoute = createRoute({
  middleware: [requirePerson] as const,
  method: "get",
  path: "/api/v1/invitations",
  tags: ["Invitations"],
  security: [{ session: [] }],
  summary: "Pending invitations to your e-mail",
  responses: {
    ...ERROR_RESPONSES,
    200: jsonResponse(z.object({ items: z.array(ReceivedInvitationSchema) }), "Your invitations"),
  },
});

export const acceptMyInvitationRoute = createRoute({
  middleware: [requirePerson] as const,
  method: "post",
  path: "/api/v1/invitations/{id}/accept",
  tags: ["Invitations"],
  security: [{ session: [] }],
  summary: "Join the workspace of an invitation to your e-mail",
  description: "An archived workspace cannot be joined until it is restored (409 `workspace_archived`).",
  request: { params: z.object({ id: IdSchema }) },
  responses: { ...ERROR_RESPONSES, 200: jsonResponse(WorkspaceSchema, "The workspace you joined") },
});

export const invitationLinkRoute = createRoute({
  method: "get",
  path: "/api/v1/invitations/link",
  tags: ["Invitations"],
  summary: "What an invitation link offers (workspace, role, e-mail)",
  request: { query: TokenQuery },
  responses: { ...ERROR_RESPONSES, ...GONE, 200: jsonResponse(ReceivedInvitationSchema, "The invitation") },
});

export const acceptInvitationLinkRoute = createRoute({
  method: "post",
  path: "/api/v1/invitations/link/accept",
  tags: ["Invitations"],
  summary: "Accept an invitation link and sign in",
  description:
    "If the invited e-mail has an account, send its password; otherwise choose a password (at least 12 characters) and a name to create the account. The link works once. An archived workspace cannot be joined until it is restored (409 `workspace_archived`; the link stays valid).",
  request: { query: TokenQuery, body: jsonBody(InvitationAcceptSchema) },
  responses: { ...ERROR_RESPONSES, ...GONE, 200: jsonResponse(SessionSchema, "Joined and signed in") },
});
