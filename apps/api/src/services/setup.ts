import { randomBytes } from "node:crypto";
import type { Db } from "@kroscek/db";
import type { Setup } from "@kroscek/schema";
import { setupTokens, users } from "@kroscek/schema/tables";
import { and, eq, isNull, sql } from "drizzle-orm";
import { ApiError } from "../lib/api-error";
import { hashToken } from "./tokens";
import { createAccount } from "./users";
import { createWorkspace, type WorkspaceRow } from "./workspaces";

export async function hasUsers(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users).limit(1);
  return (row?.n ?? 0) > 0;
}

/**
 * On an installation without any account, mints a one-time setup token (only its hash is kept)
 * and returns it; with accounts it returns null and setup stays closed.
 */
export async function openSetup(db: Db): Promise<string | null> {
  if (await hasUsers(db)) return null;
  const token = randomBytes(24).toString("base64url");
  await db.insert(setupTokens).values({ tokenHash: hashToken(token) });
  return token;
}

/** 404 for a token never issued; 410 once it was used or any account exists. */
export async function checkSetupToken(db: Db, token: string): Promise<void> {
  const [row] = await db
    .select()
    .from(setupTokens)
    .where(eq(setupTokens.tokenHash, hashToken(token)));
  if (!row) throw new ApiError("not_found", "Unknown setup link");
  if (row.usedAt || (await hasUsers(db))) {
    throw new ApiError("gone", "This installation is already set up; sign in instead");
  }
}

/** Creates the first account and its first workspace, and voids the link, in one transaction. */
export async function completeSetup(
  tx: Db,
  input: Setup,
  requestId: string | null,
): Promise<{ userId: string; workspace: WorkspaceRow }> {
  // Serialises two setups racing with two links: only the first finds no user.
  await tx.execute(sql`lock table ${users} in share row exclusive mode`);
  await checkSetupToken(tx, input.token);
  const userId = await createAccount(tx, input.email, input.displayName, input.password);
  const workspace = await createWorkspace(tx, input.workspace, userId, requestId);
  await tx
    .update(setupTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(setupTokens.tokenHash, hashToken(input.token)), isNull(setupTokens.usedAt)));
  return { userId, workspace };
}
