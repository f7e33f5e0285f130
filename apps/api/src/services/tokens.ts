import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@kroscek/db";
import type { Role } from "@kroscek/schema";
import { apiTokens } from "@kroscek/schema/tables";
import { and, desc, eq, isNull, lt } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import { notFound } from "../lib/api-error";
import { encodeCursor } from "../lib/pagination";
import { iso, isoOrNull } from "../lib/serialize";
import type { Actor } from "./actor";
import { audit } from "./audit";

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

type TokenRow = typeof apiTokens.$inferSelect;
export const toApiToken = (r: TokenRow) => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  role: r.role,
  createdAt: iso(r.createdAt),
  lastUsedAt: isoOrNull(r.lastUsedAt),
  revokedAt: isoOrNull(r.revokedAt),
});

export async function listTokens(db: Db, workspaceId: string, q: { cursor: string | null; limit: number }) {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.workspaceId, workspaceId), q.cursor ? lt(apiTokens.id, q.cursor) : undefined))
    .orderBy(desc(apiTokens.id))
    .limit(q.limit + 1);
  const more = rows.length > q.limit;
  const page = more ? rows.slice(0, q.limit) : rows;
  return {
    items: page.map(toApiToken),
    nextCursor: more ? encodeCursor(page[page.length - 1]?.id ?? "") : null,
  };
}

/** Revokes a token at once; revoking twice is harmless. */
export async function revokeToken(tx: Db, actor: Actor, id: string) {
  const [before] = await tx
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.workspaceId, actor.workspaceId), eq(apiTokens.id, id)));
  if (!before) throw notFound("API token");
  const [row] = await tx
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(
      and(eq(apiTokens.workspaceId, actor.workspaceId), eq(apiTokens.id, id), isNull(apiTokens.revokedAt)),
    )
    .returning();
  const after = row ?? before;
  await audit(tx, actor, {
    action: "token.revoke",
    targetType: "api_token",
    targetId: id,
    before: toApiToken(before),
    after: toApiToken(after),
  });
  return toApiToken(after);
}
