import { randomBytes } from "node:crypto";
import type { Db } from "@kroscek/db";
import type { Role } from "@kroscek/schema";
import { memberships, sessions, users } from "@kroscek/schema/tables";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import { ApiError, notFound } from "../lib/api-error";
import type { Actor } from "./actor";
import { audit } from "./audit";
import { hashPassword, verifyPassword } from "./passwords";

/** Runs a password check for an account through the caller's throttle (see PasswordGuard). */
export type PasswordAttempt = (account: string, check: () => Promise<boolean>) => Promise<boolean>;

/** A readable random password (about 120 bits), for accounts created without one. */
export function generatePassword(): string {
  return randomBytes(20).toString("base64url");
}

export type UserRow = typeof users.$inferSelect;

/** The account with this e-mail, if there is one (e-mails are stored lower-case). */
export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return user;
}

/** The account with this id, if there is one. */
export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user;
}

/** Creates an account (no workspace yet); a null password means it cannot sign in until one is set. */
export async function createAccount(
  tx: Db,
  email: string,
  displayName: string,
  password: string | null,
): Promise<string> {
  const id = uuidv7();
  const passwordHash = password ? await hashPassword(password) : null;
  await tx.insert(users).values({ id, email: email.trim().toLowerCase(), displayName, passwordHash });
  return id;
}

/** Adds a person to a workspace with a role, creating the account if the e-mail is new. */
export async function addMember(
  tx: Db,
  actor: Actor,
  input: { email: string; displayName: string; role: Role; password?: string | undefined },
): Promise<{ userId: string; createdAccount: boolean }> {
  const email = input.email.trim().toLowerCase();
  const existing = await tx.select().from(users).where(eq(users.email, email)).limit(1);
  let userId = existing[0]?.id;
  let createdAccount = false;
  if (!userId) {
    userId = await createAccount(tx, email, input.displayName, input.password ?? null);
    createdAccount = true;
  }
  const [membership] = await tx
    .insert(memberships)
    .values({ workspaceId: actor.workspaceId, userId, role: input.role })
    .returning();
  await audit(tx, actor, {
    action: "member.add",
    targetType: "membership",
    targetId: userId,
    after: { ...membership, email },
  });
  return { userId, createdAccount };
}

/** Changes one's own password (the current one required) and ends every other session. */
export async function changePassword(
  tx: Db,
  userId: string,
  input: { currentPassword: string; newPassword: string },
  keepSessionHash: string | null,
  attempt: PasswordAttempt = (_account, check) => check(),
): Promise<void> {
  const [user] = await tx.select().from(users).where(eq(users.id, userId));
  const hash = user?.passwordHash;
  if (!user || !hash || !(await attempt(user.email, () => verifyPassword(hash, input.currentPassword)))) {
    throw new ApiError("validation_failed", "The current password is wrong", {
      issues: [{ path: "currentPassword", message: "wrong password", code: "custom" }],
    });
  }
  await tx
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword), version: sql`${users.version} + 1` })
    .where(eq(users.id, userId));
  await tx
    .delete(sessions)
    .where(
      and(eq(sessions.userId, userId), keepSessionHash ? ne(sessions.tokenHash, keepSessionHash) : undefined),
    );
}

/**
 * An admin sets a new generated password for a member and ends the member's sessions. Refused for
 * an account that also belongs to a workspace the admin does not administer: resetting it would
 * open that other workspace to this admin.
 */
export async function resetMemberPassword(tx: Db, actor: Actor, userId: string): Promise<string> {
  const rows = await tx
    .select({ workspaceId: memberships.workspaceId })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  if (!rows.some((r) => r.workspaceId === actor.workspaceId)) throw notFound("Member");
  const others = rows.map((r) => r.workspaceId).filter((w) => w !== actor.workspaceId);
  if (others.length > 0) {
    const administered = actor.userId
      ? await tx
          .select({ workspaceId: memberships.workspaceId })
          .from(memberships)
          .where(
            and(
              eq(memberships.userId, actor.userId),
              eq(memberships.role, "admin"),
              inArray(memberships.workspaceId, others),
            ),
          )
      : [];
    if (administered.length < others.length) {
      throw new ApiError(
        "forbidden",
        "This account also belongs to other workspaces; its owner can change the password after signing in",
      );
    }
  }
  const password = generatePassword();
  await tx
    .update(users)
    .set({ passwordHash: await hashPassword(password), version: sql`${users.version} + 1` })
    .where(eq(users.id, userId));
  await tx.delete(sessions).where(eq(sessions.userId, userId));
  await audit(tx, actor, { action: "member.password_reset", targetType: "membership", targetId: userId });
  return password;
}
