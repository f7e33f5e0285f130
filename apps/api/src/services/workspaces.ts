import type { Db } from "@kroscek/db";
import type { Role, Workspace, WorkspaceCreate, WorkspaceUpdate } from "@kroscek/schema";
import { memberships, workspaces } from "@kroscek/schema/tables";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import { ApiError, notFound } from "../lib/api-error";
import { iso, isoOrNull } from "../lib/serialize";
import type { Actor } from "./actor";
import { audit } from "./audit";

export type WorkspaceRow = typeof workspaces.$inferSelect;

export async function findWorkspace(db: Db, slug: string): Promise<WorkspaceRow | undefined> {
  const rows = await db.select().from(workspaces).where(eq(workspaces.slug, slug)).limit(1);
  return rows[0];
}

export async function findWorkspaceById(db: Db, id: string): Promise<WorkspaceRow | undefined> {
  const rows = await db.select().from(workspaces).where(eq(workspaces.id, id)).limit(1);
  return rows[0];
}

/** Creates the workspace if it does not exist; `created` tells whether this call made it. */
export async function ensureWorkspace(
  db: Db,
  slug: string,
  name: string,
): Promise<{ workspace: WorkspaceRow; created: boolean }> {
  const inserted = await db
    .insert(workspaces)
    .values({ id: uuidv7(), slug, name })
    .onConflictDoNothing()
    .returning();
  if (inserted[0]) return { workspace: inserted[0], created: true };
  const existing = await findWorkspace(db, slug);
  if (!existing) throw new Error(`workspace ${slug} vanished`);
  return { workspace: existing, created: false };
}

/** The workspace as its member sees it, with their role. */
export function toWorkspace(row: WorkspaceRow, role: Role): Workspace {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    role,
    language: row.language === "en" ? "en" : "id",
    timeZone: row.timeZone,
    publisher: { name: row.publisherName, url: row.publisherUrl, logoUrl: row.publisherLogoUrl },
    archived: row.archivedAt !== null,
    archivedAt: isoOrNull(row.archivedAt),
    version: row.version,
    createdAt: iso(row.createdAt),
  };
}

/**
 * Creates a workspace and makes `adminUserId` (when given) its admin, in the caller's transaction.
 * A taken slug answers 409.
 */
export async function createWorkspace(
  tx: Db,
  input: WorkspaceCreate,
  adminUserId: string | null,
  requestId: string | null = null,
): Promise<WorkspaceRow> {
  const [row] = await tx
    .insert(workspaces)
    .values({
      id: uuidv7(),
      slug: input.slug,
      name: input.name,
      ...(input.language ? { language: input.language } : {}),
      ...(input.timeZone ? { timeZone: input.timeZone } : {}),
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new ApiError("conflict", `The workspace name '${input.slug}' is taken; choose another`);
  const actor: Actor = { workspaceId: row.id, role: "admin", userId: adminUserId, tokenId: null, requestId };
  if (adminUserId) {
    await tx.insert(memberships).values({ workspaceId: row.id, userId: adminUserId, role: "admin" });
  }
  await audit(tx, actor, {
    action: "workspace.create",
    targetType: "workspace",
    targetId: row.id,
    after: row,
  });
  if (adminUserId) {
    await audit(tx, actor, {
      action: "member.add",
      targetType: "membership",
      targetId: adminUserId,
      after: { workspaceId: row.id, userId: adminUserId, role: "admin" },
    });
  }
  return row;
}

/** The workspaces a user belongs to, with their role; archived ones only when asked. */
export async function listUserWorkspaces(
  db: Db,
  userId: string,
  opts: { archived?: boolean } = {},
): Promise<Workspace[]> {
  const rows = await db
    .select({ ws: workspaces, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(and(eq(memberships.userId, userId), opts.archived ? undefined : isNull(workspaces.archivedAt)))
    .orderBy(asc(workspaces.slug));
  return rows.map((r) => toWorkspace(r.ws, r.role));
}

/** Edits a workspace with optimistic concurrency; archiving and restoring are audited as such. */
export async function updateWorkspace(tx: Db, actor: Actor, input: WorkspaceUpdate): Promise<Workspace> {
  const [before] = await tx.select().from(workspaces).where(eq(workspaces.id, actor.workspaceId));
  if (!before) throw notFound("Workspace");
  const archive =
    input.archived === undefined || input.archived === (before.archivedAt !== null)
      ? {}
      : { archivedAt: input.archived ? new Date() : null };
  const p = input.publisher;
  const [row] = await tx
    .update(workspaces)
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.language !== undefined ? { language: input.language } : {}),
      ...(input.timeZone !== undefined ? { timeZone: input.timeZone } : {}),
      ...(p?.name !== undefined ? { publisherName: p.name } : {}),
      ...(p?.url !== undefined ? { publisherUrl: p.url } : {}),
      ...(p?.logoUrl !== undefined ? { publisherLogoUrl: p.logoUrl } : {}),
      ...archive,
      version: sql`${workspaces.version} + 1`,
    })
    .where(and(eq(workspaces.id, actor.workspaceId), eq(workspaces.version, input.version)))
    .returning();
  if (!row) {
    throw new ApiError(
      "conflict",
      `Workspace was changed by someone else (you sent version ${input.version}, current is ${before.version}); reload and retry`,
      { currentVersion: before.version },
    );
  }
  const action =
    "archivedAt" in archive
      ? archive.archivedAt
        ? "workspace.archive"
        : "workspace.restore"
      : "workspace.update";
  await audit(tx, actor, { action, targetType: "workspace", targetId: row.id, before, after: row });
  return toWorkspace(row, actor.role);
}
