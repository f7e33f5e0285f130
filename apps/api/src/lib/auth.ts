import { apiTokens, sessions } from "@kroscek/schema/tables";
import { and, eq, gt, isNull, lt, or } from "drizzle-orm";
import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { hashToken } from "../services/tokens";
import { ApiError } from "./api-error";
import type { AppEnv, Principal } from "./context";

export const SESSION_COOKIE = "kroscek_session";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Identifies the caller from a bearer token or the session cookie. Cookie-authenticated writes
 * must echo the session's CSRF token in `X-CSRF-Token` (a cross-site form cannot read it).
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const { db } = c.get("deps").handle;
  const header = c.req.header("authorization");
  let principal: Principal | null = null;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw new ApiError("unauthorized", "Authorization must be 'Bearer <token>'");
    const cache = c.get("authCache");
    const hash = hashToken(match[1]);
    let row = cache.tokens.get(hash);
    if (row === undefined) {
      const generation = cache.generation;
      const [found] = await db
        .select({ id: apiTokens.id, workspaceId: apiTokens.workspaceId, role: apiTokens.role })
        .from(apiTokens)
        .where(and(eq(apiTokens.tokenHash, hash), isNull(apiTokens.revokedAt)))
        .limit(1);
      row = found ? { ...found, touchedAt: 0 } : null;
      cache.store(cache.tokens, generation, hash, row);
    }
    if (!row) throw new ApiError("unauthorized", "Unknown or revoked API token");
    // Coarse on purpose: at most one write a minute per token, not one per request.
    const now = Date.now();
    if (now - row.touchedAt >= 60_000) {
      row.touchedAt = now;
      await db
        .update(apiTokens)
        .set({ lastUsedAt: new Date(now) })
        .where(
          and(
            eq(apiTokens.workspaceId, row.workspaceId),
            eq(apiTokens.id, row.id),
            or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, new Date(now - 60_000))),
          ),
        );
    }
    principal = { kind: "token", tokenId: row.id, workspaceId: row.workspaceId, role: row.role };
  } else {
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) {
      const sessionHash = hashToken(cookie);
      const cache = c.get("authCache");
      let row = cache.sessions.get(sessionHash);
      if (row === undefined) {
        const generation = cache.generation;
        const [found] = await db
          .select({ userId: sessions.userId, csrfToken: sessions.csrfToken, expiresAt: sessions.expiresAt })
          .from(sessions)
          .where(and(eq(sessions.tokenHash, sessionHash), gt(sessions.expiresAt, new Date())))
          .limit(1);
        row = found ? { ...found, expiresAt: found.expiresAt.getTime() } : null;
        cache.store(cache.sessions, generation, sessionHash, row);
      }
      if (row && row.expiresAt <= Date.now()) row = null;
      if (row) {
        principal = { kind: "user", userId: row.userId, csrfToken: row.csrfToken, sessionHash };
        if (!SAFE_METHODS.has(c.req.method) && c.req.header("x-csrf-token") !== row.csrfToken) {
          throw new ApiError(
            "forbidden",
            "Missing or wrong X-CSRF-Token header for a cookie-authenticated write",
          );
        }
      }
    }
  }
  c.set("principal", principal);
  await next();
});

export function requirePrincipal(principal: Principal | null): Principal {
  if (!principal) throw new ApiError("unauthorized", "Sign in or send a bearer token");
  return principal;
}

/** Route middleware: 401 without credentials, before the request is validated. */
export const requireCaller = createMiddleware<AppEnv>(async (c, next) => {
  requirePrincipal(c.get("principal"));
  await next();
});

/** Route middleware: a session (401 without credentials, and for an API token: it has no session). */
export const requireSession = createMiddleware<AppEnv>(async (c, next) => {
  if (requirePrincipal(c.get("principal")).kind !== "user") {
    throw new ApiError("unauthorized", "A session needs a signed-in user, not a token");
  }
  await next();
});

/** Route middleware: a signed-in person (401 without credentials, 403 for an API token). */
export const requirePerson = createMiddleware<AppEnv>(async (c, next) => {
  if (requirePrincipal(c.get("principal")).kind !== "user") {
    throw new ApiError("forbidden", "This needs a signed-in person, not an API token");
  }
  await next();
});
