import { randomBytes } from "node:crypto";
import type { Db } from "@kroscek/db";
import type { Invitation, ReceivedInvitation, Role, Workspace } from "@kroscek/schema";
import { invitations, memberships, users, workspaces } from "@kroscek/schema/tables";
import { and, desc, eq, gt, isNull, lt } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import { ApiError, notFound } from "../lib/api-error";
import { encodeCursor } from "../lib/pagination";
import { iso } from "../lib/serialize";
import type { Actor } from "./actor";
import { audit } from "./audit";
import { verifyPassword } from "./passwords";
import { hashToken } from "./tokens";
import { createAccount, findUserById, type PasswordAttempt } from "./users";
import { findWorkspaceById, toWorkspace } from "./workspaces";

export const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

type InvitationRow = typeof invitations.$inferSelect;

function statusOf(r: InvitationRow, now = new Date()): Invitation["status"] {
  if (r.acceptedAt) return "accepted";
  if (r.revokedAt) return "revoked";
  return r.expiresAt <= now ? "expired" : "pending";
}

const toInvitation = (r: InvitationRow): Invitation => ({
  id: r.id,
  email: r.email,
  role: r.role,
  status: statusOf(r),
  createdAt: iso(r.createdAt),
  expiresAt: iso(r.expiresAt),
});

/**
 * Invites an e-mail with a role. The answer never depends on whether the e-mail has an account,
 * so an admin learns nothing about people outside the workspace; a pending invitation for the
 * same e-mail is replaced. Only a member already in this workspace is refused (409).
 */
export async function invite(
  tx: Db,
  actor: Actor,
  input: { email: string; role: Role },
): Promise<{ invitation: Invitation; token: string }> {
  const [member] = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, actor.workspaceId), eq(users.email, input.email)));
  if (member) throw new ApiError("conflict", `${input.email} is already a member of this workspace`);
  await tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(invitations.workspaceId, actor.workspaceId),
        eq(invitations.email, input.email),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    );
  const token = `inv_${randomBytes(32).toString("base64url")}`;
  const [row] = await tx
    .insert(invitations)
    .values({
      workspaceId: actor.workspaceId,
      id: uuidv7(),
      email: input.email,
      role: input.role,
      tokenHash: hashToken(token),
      createdBy: actor.userId,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
    })
    .returning();
  if (!row) throw new Error("invitation insert returned nothing");
  const invitation = toInvitation(row);
  await audit(tx, actor, {
    action: "member.invite",
    targetType: "invitation",
    targetId: row.id,
    after: invitation,
  });
  return { invitation, token };
}

export async function listInvitations(
  db: Db,
  workspaceId: string,
  q: { cursor: string | null; limit: number },
) {
  const rows = await db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.workspaceId, workspaceId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
        q.cursor ? lt(invitations.id, q.cursor) : undefined,
      ),
    )
    .orderBy(desc(invitations.id))
    .limit(q.limit + 1);
  const more = rows.length > q.limit;
  const page = more ? rows.slice(0, q.limit) : rows;
  return {
    items: page.map(toInvitation),
    nextCursor: more ? encodeCursor(page[page.length - 1]?.id ?? "") : null,
  };
}

export async function revokeInvitation(tx: Db, actor: Actor, id: string): Promise<void> {
  const [row] = await tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(invitations.workspaceId, actor.workspaceId),
        eq(invitations.id, id),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .returning();
  if (!row) throw notFound("Pending invitation");
  await audit(tx, actor, {
    action: "member.uninvite",
    targetType: "invitation",
    targetId: id,
    after: toInvitation(row),
  });
}

const received = (r: { inv: InvitationRow; slug: string; name: string }): ReceivedInvitation => ({
  id: r.inv.id,
  workspace: { slug: r.slug, name: r.name },
  email: r.inv.email,
  role: r.inv.role,
  expiresAt: iso(r.inv.expiresAt),
});

const receivedColumns = { inv: invitations, slug: workspaces.slug, name: workspaces.name };

/** Pending invitations addressed to a signed-in user's e-mail. */
export async function invitationsFor(db: Db, email: string): Promise<ReceivedInvitation[]> {
  const rows = await db
    .select(receivedColumns)
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .where(
      and(
        eq(invitations.email, email),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
        isNull(workspaces.archivedAt),
      ),
    )
    .orderBy(desc(invitations.id));
  return rows.map(received);
}

/** The invitation behind a link: 404 if unknown, 410 once accepted, revoked or expired. */
export async function invitationByToken(
  db: Db,
  token: string,
): Promise<{ row: InvitationRow; view: ReceivedInvitation }> {
  const [r] = await db
    .select(receivedColumns)
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  if (!r) throw new ApiError("not_found", "Unknown invitation link");
  if (statusOf(r.inv) !== "pending")
    throw new ApiError("gone", "This invitation was already used, withdrawn or has expired");
  return { row: r.inv, view: received(r) };
}

async function join(tx: Db, row: InvitationRow, userId: string): Promise<void> {
  // Joining is a write to the workspace, and an archived workspace is read-only to everyone.
  const [ws] = await tx
    .select({ slug: workspaces.slug, archivedAt: workspaces.archivedAt })
    .from(workspaces)
    .where(eq(workspaces.id, row.workspaceId));
  if (ws?.archivedAt) {
    throw new ApiError(
      "workspace_archived",
      `Workspace '${ws.slug}' is archived and read-only; it can be joined once an admin restores it`,
    );
  }
  const [claimed] = await tx
    .update(invitations)
    .set({ acceptedAt: new Date() })
    .where(
      and(
        eq(invitations.workspaceId, row.workspaceId),
        eq(invitations.id, row.id),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .returning();
  if (!claimed) throw new ApiError("gone", "This invitation was already used or withdrawn");
  await tx
    .insert(memberships)
    .values({ workspaceId: row.workspaceId, userId, role: row.role })
    .onConflictDoNothing();
  const actor: Actor = {
    workspaceId: row.workspaceId,
    role: row.role,
    userId,
    tokenId: null,
    requestId: null,
  };
  await audit(tx, actor, {
    action: "member.join",
    targetType: "membership",
    targetId: userId,
    after: { userId, role: row.role, invitationId: row.id },
  });
}

/** A signed-in user accepts an invitation addressed to their e-mail. */
export async function acceptInvitation(
  tx: Db,
  user: { id: string; email: string },
  id: string,
): Promise<{ workspaceId: string; role: Role }> {
  const [row] = await tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, id), eq(invitations.email, user.email)));
  if (!row || statusOf(row) !== "pending") throw notFound("Pending invitation");
  await join(tx, row, user.id);
  return { workspaceId: row.workspaceId, role: row.role };
}

/** Accepts an invitation for the signed-in user and answers the workspace joined, with its role. */
export async function acceptInvitationAsUser(tx: Db, userId: string, id: string): Promise<Workspace> {
  const user = await findUserById(tx, userId);
  if (!user) throw new ApiError("unauthorized", "Sign in again");
  const { workspaceId, role } = await acceptInvitation(tx, user, id);
  const row = await findWorkspaceById(tx, workspaceId);
  if (!row) throw new ApiError("not_found", "Workspace not found");
  return toWorkspace(row, role);
}

/**
 * Accepts by link: the e-mail's account proves itself with its password; an e-mail without an
 * account gets one with the password and name given. Answers the user id to sign in.
 */
export async function acceptInvitationByToken(
  tx: Db,
  token: string,
  input: { password: string; displayName?: string | undefined },
  attempt: PasswordAttempt = (_account, check) => check(),
): Promise<string> {
  const { row } = await invitationByToken(tx, token);
  const [user] = await tx.select().from(users).where(eq(users.email, row.email));
  if (user) {
    const hash = user.passwordHash;
    if (!hash || !(await attempt(user.email, () => verifyPassword(hash, input.password)))) {
      throw new ApiError("unauthorized", "Wrong password for this e-mail's account");
    }
    await join(tx, row, user.id);
    return user.id;
  }
  if (!input.displayName) {
    throw new ApiError("validation_failed", "A new account needs a name", {
      issues: [{ path: "displayName", message: "required for a new account", code: "too_small" }],
    });
  }
  if (input.password.length < 12) {
    throw new ApiError("validation_failed", "The password is too short", {
      issues: [{ path: "password", message: "at least 12 characters", code: "too_small" }],
    });
  }
  const userId = await createAccount(tx, row.email, input.displayName, input.password);
  await join(tx, row, userId);
  return userId;
}
