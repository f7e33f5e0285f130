import { workspaces } from "@kroscek/schema/tables";
import { eq } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import type { Db } from "./audit";

export type WorkspaceRow = typeof workspaces.$inferSelect;

export async function findWorkspace(db: Db, slug: string): Promise<WorkspaceRow | undefined> {
  const rows = await db.select().from(workspaces).where(eq(workspaces.slug, slug)).limit(1);
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
