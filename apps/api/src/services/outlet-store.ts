import type { Db } from "@kroscek/db";
import type { Outlet, OutletCreateSchema, OutletKind, OutletUpdateSchema } from "@kroscek/schema";
import { UNKNOWN_OUTLET_NAME } from "@kroscek/schema";
import { outlets } from "@kroscek/schema/tables";
import { and, desc, eq, ilike, lt, type SQL, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import type { z } from "zod";
import { notFound } from "../lib/api-error";
import { pageFrom } from "../lib/pagination";
import { iso } from "../lib/serialize";
import type { Actor } from "./actor";
import { audit } from "./audit";
import { failStaleOrMissing } from "./versioned";

type OutletRow = typeof outlets.$inferSelect;

export const toOutlet = (r: OutletRow): Outlet => ({
  id: r.id,
  name: r.name,
  domain: r.domain,
  country: r.country,
  language: r.language,
  kind: r.kind,
  version: r.version,
  createdAt: iso(r.createdAt),
});

export async function createOutlet(
  tx: Db,
  actor: Actor,
  input: z.output<typeof OutletCreateSchema>,
): Promise<Outlet> {
  const [row] = await tx
    .insert(outlets)
    .values({
      workspaceId: actor.workspaceId,
      id: uuidv7(),
      name: input.name,
      domain: input.domain ?? null,
      country: input.country ?? null,
      language: input.language ?? null,
      kind: input.kind,
    })
    .returning();
  if (!row) throw new Error("outlet insert returned nothing");
  await audit(tx, actor, { action: "outlet.create", targetType: "outlet", targetId: row.id, after: row });
  return toOutlet(row);
}

export async function getOutlet(db: Db, workspaceId: string, id: string): Promise<Outlet> {
  const [row] = await db
    .select()
    .from(outlets)
    .where(and(eq(outlets.workspaceId, workspaceId), eq(outlets.id, id)));
  if (!row) throw notFound("Outlet");
  return toOutlet(row);
}

export async function listOutlets(
  db: Db,
  workspaceId: string,
  q: { cursor: string | null; limit: number; kind?: string | undefined; text?: string | undefined },
) {
  const where: SQL[] = [eq(outlets.workspaceId, workspaceId)];
  if (q.cursor) where.push(lt(outlets.id, q.cursor));
  if (q.kind) where.push(sql`${outlets.kind}::text = ${q.kind}`);
  if (q.text) where.push(ilike(outlets.name, `%${q.text.replace(/[%_\\]/g, "\\$&")}%`));
  const rows = await db
    .select()
    .from(outlets)
    .where(and(...where))
    .orderBy(desc(outlets.id))
    .limit(q.limit + 1);
  return pageFrom(rows, q.limit, toOutlet);
}

export async function updateOutlet(
  tx: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof OutletUpdateSchema>,
): Promise<Outlet> {
  const { version, ...patch } = input;
  const [before] = await tx
    .select()
    .from(outlets)
    .where(and(eq(outlets.workspaceId, actor.workspaceId), eq(outlets.id, id)));
  if (!before) throw notFound("Outlet");
  const [row] = await tx
    .update(outlets)
    .set({ ...patch, version: sql`${outlets.version} + 1` })
    .where(and(eq(outlets.workspaceId, actor.workspaceId), eq(outlets.id, id), eq(outlets.version, version)))
    .returning();
  if (!row) return failStaleOrMissing(tx, outlets, actor.workspaceId, id, "Outlet", version);
  await audit(tx, actor, { action: "outlet.update", targetType: "outlet", targetId: id, before, after: row });
  return toOutlet(row);
}

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
