import { randomBytes } from "node:crypto";
import type { Db } from "@kroscek/db";
import type { Session } from "@kroscek/schema";
import { sessions, users } from "@kroscek/schema/tables";
import { eq } from "drizzle-orm";
import { hashToken } from "./tokens";
import { listUserWorkspaces } from "./workspaces";

export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

/** Opens a session; the cookie value is returned once and only its hash is stored. */
export async function openSession(
  db: Db,
  userId: string,
): Promise<{ cookie: string; csrfToken: string; expiresAt: Date }> {
  const cookie = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.insert(sessions).values({ tokenHash: hashToken(cookie), userId, csrfToken, expiresAt });
  return { cookie, csrfToken, expiresAt };
}

export async function closeSession(db: Db, sessionHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, sessionHash));
}

/** The signed-in user with every workspace they belong to and their role there. */
export async function describeSession(db: Db, userId: string, csrfToken?: string): Promise<Session> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new Error("session user vanished");
  return {
    user: { id: user.id, email: user.email, displayName: user.displayName },
    workspaces: await listUserWorkspaces(db, userId),
    ...(csrfToken ? { csrfToken } : {}),
  };
}
