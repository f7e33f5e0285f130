import type { Db } from "@kroscek/db";
import type { Member, Role } from "@kroscek/schema";
import { memberships, users } from "@kroscek/schema/tables";
import { and, asc, eq, gt, ne, sql } from "drizzle-orm";
import { ApiError, notFound } from "../lib/api-error";
import { encodeCursor } from "../lib/pagination";
import { iso } from "../lib/serialize";
import type { Actor } from "./actor";
import { audit } from "./audit";

const memberColumns = {
  userId: memberships.userId,
  email: users.email,
  displayName: users.displayName,
  role: memberships.role,
  version: memberships.version,
  createdAt: memberships.createdAt,
};

type MemberRow = {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  version: number;
  createdAt: Date;
};
const toMember = (r: MemberRow): Member => ({ ...r, createdAt: iso(r.createdAt) });

/** Members of the workspace in the order their accounts were created. */
export async function listMembers(db: Db, workspaceId: string, q: { cursor: string | null; limit: number }) {
  const rows = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(eq(memberships.workspaceId, workspaceId), q.cursor ? gt(memberships.userId, q.cursor) : undefined),
    )
    .orderBy(asc(memberships.userId))
    .limit(q.limit + 1);
  const more = rows.length > q.limit;
  const items = (more ? rows.slice(0, q.limit) : rows).map(toMember);
  return { items, nextCursor: more ? encodeCursor(items[items.length - 1]?.userId ?? "") : null };
}

export async function getMember(db: Db, workspaceId: string, userId: string): Promise<Member> {
  const [row] = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  if (!row) throw notFound("Member");
  return toMember(row);
}

async function assertAnotherAdmin(tx: Db, workspaceId: string, userId: string): Promise<void> {
  const [other] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(
      and(
        eq(memberships.workspaceId, workspaceId),
        eq(memberships.role, "admin"),
        ne(memberships.userId, userId),
      ),
    );
  if (!other || other.n === 0) throw new ApiError("conflict", "A workspace keeps at least one admin");
}

/** Changes a member's role (optimistic concurrency); the last admin cannot be demoted. */
export async function changeRole(
  tx: Db,
  actor: Actor,
  userId: string,
  role: Role,
  version: number,
): Promise<Member> {
  const before = await getMember(tx, actor.workspaceId, userId);
  if (before.role === "admin" && role !== "admin") await assertAnotherAdmin(tx, actor.workspaceId, userId);
  const [row] = await tx
    .update(memberships)
    .set({ role, version: sql`${memberships.version} + 1` })
    .where(
      and(
        eq(memberships.workspaceId, actor.workspaceId),
        eq(memberships.userId, userId),
        eq(memberships.version, version),
      ),
    )
    .returning();
  if (!row) {
    const current = await getMember(tx, actor.workspaceId, userId);
    throw new ApiError(
      "conflict",
      `Member was changed by someone else (you sent version ${version}, current is ${current.version}); reload and retry`,
      { currentVersion: current.version },
    );
  }
  const after = await getMember(tx, actor.workspaceId, userId);
  await audit(tx, actor, {
    action: "member.update",
    targetType: "membership",
    targetId: userId,
    before,
    after,
  });
  return after;
}

/** Removes a member from the workspace (their account stays); the last admin cannot leave. */
export async function removeMember(tx: Db, actor: Actor, userId: string): Promise<void> {
  const before = await getMember(tx, actor.workspaceId, userId);
  if (before.role === "admin") await assertAnotherAdmin(tx, actor.workspaceId, userId);
  await tx
    .delete(memberships)
    .where(and(eq(memberships.workspaceId, actor.workspaceId), eq(memberships.userId, userId)));
  await audit(tx, actor, { action: "member.remove", targetType: "membership", targetId: userId, before });
}
