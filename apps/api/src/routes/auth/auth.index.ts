import { users } from "@kroscek/schema/tables";
import { eq } from "drizzle-orm";
import { deleteCookie, setCookie } from "hono/cookie";
import { ApiError } from "../../lib/api-error";
import { requirePrincipal, SESSION_COOKIE } from "../../lib/auth";
import { clientAddress, isHttps } from "../../lib/client-address";
import type { SignInLimit } from "../../lib/context";
import { createRouter } from "../../lib/router";
import { BackoffThrottle, FailureThrottle } from "../../lib/throttle";
import { verifyPassword } from "../../services/passwords";
import { closeSession, describeSession, openSession } from "../../services/sessions";
import { sessionRoute, signInRoute, signOutRoute } from "./auth.routes";

// A fixed argon2id hash so unknown e-mails cost as much as wrong passwords (no timing oracle).
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$Yo0bD0KpGLMAsx0yRCMJ/Q$KL/x/O+KlB3NhfQqU/4sMatKk7FFOHrKRUr72UdSU1M";

/** 5 free failures per pair, back-off up to 15 min; 200 failures per address in 15 min. */
export const DEFAULT_SIGN_IN_LIMIT = { attempts: 5, windowMs: 15 * 60_000, addressCeiling: 200 } as const;

/**
 * Sign-in throttling that a stranger cannot turn against a user: failures back off per (account,
 * address) pair, so guessing someone's password from elsewhere never locks them out; a ceiling
 * per address, far above a newsroom's use behind one NAT, stops spraying many accounts.
 */
export function authRoutes(limit: SignInLimit = DEFAULT_SIGN_IN_LIMIT, trustedProxies = 0) {
  const byPair = new BackoffThrottle(limit.attempts, limit.windowMs);
  const ceiling = limit.addressCeiling ?? DEFAULT_SIGN_IN_LIMIT.addressCeiling;
  const byAddress = new FailureThrottle(ceiling, limit.windowMs);
  return createRouter()
    .openapi(signInRoute, async (c) => {
      const { email, password } = c.req.valid("json");
      const address = clientAddress(c, trustedProxies);
      const pair = `${email}\n${address}`;
      const wait = Math.max(byPair.retryAfter(pair), byAddress.retryAfter(address));
      if (wait > 0) {
        throw new ApiError("rate_limited", `Too many failed sign-ins; try again in ${wait} s`, undefined, {
          "Retry-After": String(wait),
        });
      }
      const { db } = c.get("deps").handle;
      const [user] = await db.select().from(users).where(eq(users.email, email));
      const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
      if (!user?.passwordHash || !ok) {
        byPair.fail(pair);
        byAddress.fail(address);
        throw new ApiError("unauthorized", "Wrong e-mail or password");
      }
      byPair.reset(pair);
      const session = await openSession(db, user.id);
      setCookie(c, SESSION_COOKIE, session.cookie, {
        httpOnly: true,
        sameSite: "Lax",
        secure: isHttps(c, c.get("deps").publicUrl, trustedProxies),
        path: "/",
        expires: session.expiresAt,
      });
      return c.json(await describeSession(db, user.id, session.csrfToken), 200);
    })
    .openapi(signOutRoute, async (c) => {
      const principal = c.get("principal");
      if (principal?.kind === "user") await closeSession(c.get("deps").handle.db, principal.sessionHash);
      deleteCookie(c, SESSION_COOKIE, { path: "/" });
      return c.body(null, 204);
    })
    .openapi(sessionRoute, async (c) => {
      const principal = requirePrincipal(c.get("principal"));
      if (principal.kind !== "user")
        throw new ApiError("unauthorized", "A session needs a signed-in user, not a token");
      return c.json(
        await describeSession(c.get("deps").handle.db, principal.userId, principal.csrfToken),
        200,
      );
    });
}
