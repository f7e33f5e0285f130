import type { Db } from "@kroscek/db";
import type { OutletKind } from "@kroscek/schema";
import { UNKNOWN_OUTLET_NAME } from "@kroscek/schema";
import { outlets } from "@kroscek/schema/tables";
import { and, eq, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import { notFound } from "../lib/api-error";
import type { Actor } from "./actor";
import { audit } from "./audit";

/** Name of the explicit outlet that articles with no printed outlet belong to. */
export const UNKNOWN_OUTLET = UNKNOWN_OUTLET_NAME;

/** Finds an outlet by name (case-insensitive) or creates it; a missing name means the unknown outlet. */
export async function findOrCreateOutlet(
  tx: Db,
  actor: Actor,
  name: string | null | undefined,
  defaults: { kind?: OutletKind; domain?: string | null; language?: string | null } = {},
): Promise<string> {
  const outletName = name?.trim() || UNKNOWN_OUTLET;
  const kind: OutletKind = name?.trim() ? (defaults.kind ?? "news") : "unknown";
  const existing = await tx
    .select({ id: outlets.id })
    .from(outlets)
    .where(
      and(eq(outlets.workspaceId, actor.workspaceId), sql`lower(${outlets.name}) = lower(${outletName})`),
    )
    .limit(1);
  if (existing[0]) return existing[0].id;
  const row = {
    workspaceId: actor.workspaceId,
    id: uuidv7(),
    name: outletName,
    kind,
    domain: defaults.domain ?? null,
    language: defaults.language ?? null,
  };
  const inserted = await tx.insert(outlets).values(row).onConflictDoNothing().returning();
  if (!inserted[0]) {
    // A concurrent import created it between our read and write.
    const again = await tx
      .select({ id: outlets.id })
      .from(outlets)
      .where(
        and(eq(outlets.workspaceId, actor.workspaceId), sql`lower(${outlets.name}) = lower(${outletName})`),
      )
      .limit(1);
    if (!again[0]) throw notFound(`Outlet '${outletName}'`);
    return again[0].id;
  }
  await audit(tx, actor, {
    action: "outlet.create",
    targetType: "outlet",
    targetId: row.id,
    after: inserted[0],
  });
  return row.id;
}

export async function requireOutlet(tx: Db, workspaceId: string, id: string): Promise<void> {
  const rows = await tx
    .select({ id: outlets.id })
    .from(outlets)
    .where(and(eq(outlets.workspaceId, workspaceId), eq(outlets.id, id)));
  if (!rows[0]) throw notFound("Outlet");
}
