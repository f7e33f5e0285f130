import { createRoute } from "@hono/zod-openapi";
import { SessionSchema, SignInSchema } from "@kroscek/schema";
import { ERROR_RESPONSES, jsonBody, jsonResponse } from "../../lib/define-route";

const tags = ["Sign-in"];

export const signInRoute = createRoute({
  method: "post",
  path: "/api/v1/auth/sign-in",
  tags,
  summary: "Sign in with e-mail and password; sets the session cookie",
  description:
    "Answers the session with a `csrfToken`: send it as `X-CSRF-Token` on every cookie-authenticated write. Repeated failures answer 429 with Retry-After.",
  request: { body: jsonBody(SignInSchema) },
  responses: { ...ERROR_RESPONSES, 200: jsonResponse(SessionSchema, "Signed in") },
});

export const signOutRoute = createRoute({
  method: "post",
  path: "/api/v1/auth/sign-out",
  tags,
  summary: "Sign out: ends the session and clears the cookie",
  responses: { ...ERROR_RESPONSES, 204: { description: "Signed out" } },
});

export const sessionRoute = createRoute({
  method: "get",
  path: "/api/v1/auth/session",
  tags,
  summary: "The signed-in user and their workspaces",
  responses: { ...ERROR_RESPONSES, 200: jsonResponse(SessionSchema, "The current session") },
});
