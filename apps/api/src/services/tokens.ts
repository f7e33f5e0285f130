import { createHash, randomBytes } from "node:crypto";
import type { Role } from "@kroscek/schema";
import { apiTokens } from "@kroscek/schema/tables";
import { v7 as uuidv7 } from "uuid";
import type { Actor } from "./actor";
import { audit, type Db } from "./audit";

const TOKEN_PREFIX = "ksk_";

/**
 * API tokens carry 256 random bits, so a fast SHA-256 is the right hash: it is not guessable by
 * brute force, and lookup by hash stays one index probe (passwords use argon2id instead).
 */
export const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** Creates a token and returns its secret once; only the hash is stored. */
export async function createApiToken(
  tx: Db,
  actor: Actor,
  input: { name: string; role: Role },
): Promise<{ id: string; token: string; row: typeof apiTokens.$inferSelect }> {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const id = uuidv7();
  const [row] = await tx
    .insert(apiTokens)
    .values({
      workspaceId: actor.workspaceId,
      id,
      name: input.name,
      tokenHash: hashToken(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      role: input.role,
      createdBy: actor.userId,
    })
    .returning();
  if (!row) throw new Error("token insert returned nothing");
  const { tokenHash: _hash, ...safe } = row;
  await audit(tx, actor, { action: "token.create", targetType: "api_token", targetId: id, after: safe });
  return { id, token, row };
}
