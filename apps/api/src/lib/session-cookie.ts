import type { Db } from "@kroscek/db";
import type { Session } from "@kroscek/schema";
import type { Context } from "hono";
import { setCookie } from "hono/cookie";
import { describeSession, openSession } from "../services/sessions";
import { SESSION_COOKIE } from "./auth";
import { isHttps } from "./client-address";
import type { AppEnv } from "./context";

/** Opens a session for the user, sets its cookie on the answer and returns the session to send. */
export async function signInAs(c: Context<AppEnv>, db: Db, userId: string): Promise<Session> {
  const session = await openSession(db, userId);
  setCookie(c, SESSION_COOKIE, session.cookie, {
    httpOnly: true,
    sameSite: "Lax",
    secure: isHttps(c, c.get("deps").publicUrl, c.get("deps").trustProxy ?? 0),
    path: "/",
    expires: session.expiresAt,
  });
  return describeSession(db, userId, session.csrfToken);
}
