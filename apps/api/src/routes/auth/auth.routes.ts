import { SessionSchema, SignInSchema } from "@kroscek/schema";
import { accountRoute, jsonBody, jsonResponse } from "../../lib/define-route";

const tags = ["Sign-in"];

export const signInRoute = accountRoute({
  operationId: "signIn",
  auth: "none",
  method: "post",
  path: "/api/v1/auth/sign-in",
  tags,
  summary: "Sign in with e-mail and password; sets the session cookie",
  description:
    "Answers the session with a `csrfToken`: send it as `X-CSRF-Token` on every cookie-authenticated write. Repeated failures answer 429 with Retry-After.",
  request: { body: jsonBody(SignInSchema) },
  answers: {
    401: "Wrong e-mail or password",
    429: "Too many failed attempts for this account or address; `Retry-After` says when to try again",
  },
  responses: { 200: jsonResponse(SessionSchema, "Signed in") },
});

export const signOutRoute = accountRoute({
  operationId: "signOut",
  auth: "optional",
  method: "post",
  path: "/api/v1/auth/sign-out",
  tags,
  summary: "Sign out: ends the session and clears the cookie",
  responses: { 204: { description: "Signed out" } },
});

export const sessionRoute = accountRoute({
  operationId: "getSession",
  auth: "session",
  method: "get",
  path: "/api/v1/auth/session",
  tags,
  summary: "The signed-in user and their workspaces",
  responses: { 200: jsonResponse(SessionSchema, "The current session") },
});
