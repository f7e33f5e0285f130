import { deleteCookie } from "hono/cookie";
import { ApiError } from "../../lib/api-error";
import { requirePrincipal, SESSION_COOKIE } from "../../lib/auth";
import type { PasswordGuard } from "../../lib/password-guard";
import { createRouter } from "../../lib/router";
import { signInAs } from "../../lib/session-cookie";
import { verifyPassword } from "../../services/passwords";
import { closeSession, describeSession } from "../../services/sessions";
import { findUserByEmail } from "../../services/users";
import { sessionRoute, signInRoute, signOutRoute } from "./auth.routes";

// A fixed argon2id hash so unknown e-mails cost as much as wrong passwords (no timing oracle).
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$Yo0bD0KpGLMAsx0yRCMJ/Q$KL/x/O+KlB3NhfQqU/4sMatKk7FFOHrKRUr72UdSU1M";

/** Sign-in with e-mail and password (throttled by the shared guard), sign-out, the session. */
export function authRoutes(guard: PasswordGuard) {
  return createRouter()
    .openapi(signInRoute, async (c) => {
      const { email, password } = c.req.valid("json");
      const { db } = c.get("deps").handle;
      const user = await findUserByEmail(db, email);
      const ok = await guard.attempt(c, email, () =>
        verifyPassword(user?.passwordHash ?? DUMMY_HASH, password),
      );
      if (!user?.passwordHash || !ok) throw new ApiError("unauthorized", "Wrong e-mail or password");
      return c.json(await signInAs(c, db, user.id), 200);
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
