import { randomBytes } from "node:crypto";
import type { Role } from "@kroscek/schema";
import { memberships, users } from "@kroscek/schema/tables";
import { eq } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import type { Actor } from "./actor";
import { audit, type Db } from "./audit";
import { hashPassword } from "./passwords";

/** A readable random password (about 120 bits), for accounts created without one. */
export function generatePassword(): string {
  return randomBytes(20).toString("base64url");
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
    userId = uuidv7();
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    await tx.insert(users).values({ id: userId, email, displayName: input.displayName, passwordHash });
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
