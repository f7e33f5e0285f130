import { normalizeName } from "@kroscek/core";
import type { Db } from "@kroscek/db";
import type { Entity, EntityCreateSchema, EntityUpdateSchema } from "@kroscek/schema";
import { entities, entityAliases } from "@kroscek/schema/tables";
import { and, asc, desc, eq, exists, ilike, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import type { z } from "zod";
import { ApiError, notFound } from "../lib/api-error";
import { pageFrom } from "../lib/pagination";
import { iso } from "../lib/serialize";
import type { Actor } from "./actor";
import { audit } from "./audit";
import { failStaleOrMissing } from "./versioned";

type EntityRow = typeof entities.$inferSelect;

/**
 * A referenced id in a request body that is not in this workspace. Ids in paths answer 404; ids
 * inside bodies answer 422 naming the field, like any other invalid field (and never reveal
 * whether the id exists in another workspace).
 */
export const unknownReference = (path: string, what: string) =>
  new ApiError("validation_failed", `${what} not found in this workspace`, {
    issues: [{ path, message: `${what} not found in this workspace`, code: "unknown_reference" }],
  });

/** Checks that every referenced entity id exists in the workspace; 422 naming the first bad path. */
export async function requireEntities(
  db: Db,
  workspaceId: string,
  refs: Array<{ path: string; id: string }>,
): Promise<Map<string, string>> {
  const ids = [...new Set(refs.map((r) => r.id))];
  const rows = ids.length
    ? await db
        .select({ id: entities.id, name: entities.canonicalName })
        .from(entities)
        .where(and(eq(entities.workspaceId, workspaceId), inArray(entities.id, ids)))
    : [];
  const names = new Map(rows.map((r) => [r.id, r.name]));
  const missing = refs.find((r) => !names.has(r.id));
  if (missing) throw unknownReference(missing.path, "Entity");
  return names;
}

/** Canonical name first (it is always an alias), then unique aliases by normalised form. */
function aliasSet(canonicalName: string, aliases: readonly string[]) {
  const byNormalized = new Map<string, string>();
  const all = [canonicalName, ...aliases];
  for (const [i, alias] of all.entries()) {
    const normalized = normalizeName(alias);
    if (!normalized) {
      const path = i === 0 ? "canonicalName" : `aliases.${i - 1}`;
      throw new ApiError("validation_failed", "A name must contain letters or digits", {
        issues: [{ path, message: "has no letters or digits to match on", code: "invalid_name" }],
      });
    }
    if (!byNormalized.has(normalized)) byNormalized.set(normalized, alias);
  }
  return [...byNormalized].map(([normalized, alias]) => ({ normalized, alias }));
}

async function aliasesOf(db: Db, workspaceId: string, ids: string[]) {
  const out = new Map<string, Array<{ alias: string; normalized: string }>>();
  if (!ids.length) return out;
  const rows = await db
    .select({
      entityId: entityAliases.entityId,
      alias: entityAliases.alias,
      normalized: entityAliases.normalized,
    })
    .from(entityAliases)
    .where(and(eq(entityAliases.workspaceId, workspaceId), inArray(entityAliases.entityId, ids)))
    .orderBy(asc(entityAliases.normalized));
  for (const r of rows) out.set(r.entityId, [...(out.get(r.entityId) ?? []), r]);
  return out;
}

function toEntity(r: EntityRow, aliases: Array<{ alias: string; normalized: string }>): Entity {
  // Canonical name's alias first so clients can show "name (also: …)" without sorting.
  const canonical = normalizeName(r.canonicalName);
  const rank = (a: { normalized: string }) => (a.normalized === canonical ? "" : a.normalized);
  const sorted = [...aliases].sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0));
  return {
    id: r.id,
    canonicalName: r.canonicalName,
    kind: r.kind,
    wikidataId: r.wikidataId,
    aliases: sorted.map((a) => a.alias),
    version: r.version,
    createdAt: iso(r.createdAt),
  };
}

async function withAliases(db: Db, workspaceId: string, rows: EntityRow[]): Promise<Entity[]> {
  const aliases = await aliasesOf(
    db,
    workspaceId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toEntity(r, aliases.get(r.id) ?? []));
}

async function replaceAliases(
  tx: Db,
  workspaceId: string,
  entityId: string,
  set: ReturnType<typeof aliasSet>,
) {
  await tx
    .delete(entityAliases)
    .where(and(eq(entityAliases.workspaceId, workspaceId), eq(entityAliases.entityId, entityId)));
  await tx.insert(entityAliases).values(set.map((a) => ({ workspaceId, entityId, ...a })));
}

/** Records an entity with its aliases (the canonical name is always one of them). */
export async function createEntity(
  tx: Db,
  actor: Actor,
  input: z.output<typeof EntityCreateSchema>,
): Promise<Entity> {
  const set = aliasSet(input.canonicalName, input.aliases);
  const [row] = await tx
    .insert(entities)
    .values({
      workspaceId: actor.workspaceId,
      id: uuidv7(),
      canonicalName: input.canonicalName,
      kind: input.kind,
      wikidataId: input.wikidataId ?? null,
    })
    .returning();
  if (!row) throw new Error("entity insert returned nothing");
  await replaceAliases(tx, actor.workspaceId, row.id, set);
  const entity = toEntity(row, set);
  await audit(tx, actor, { action: "entity.create", targetType: "entity", targetId: row.id, after: entity });
  return entity;
}

/** One entity with its aliases, or 404. */
export async function getEntity(db: Db, workspaceId: string, id: string): Promise<Entity> {
  const [row] = await db
    .select()
    .from(entities)
    .where(and(eq(entities.workspaceId, workspaceId), eq(entities.id, id)));
  if (!row) throw notFound("Entity");
  const [entity] = await withAliases(db, workspaceId, [row]);
  return entity as Entity;
}

/** A page of entities, newest first; `text` matches the canonical name or any alias. */
export async function listEntities(
  db: Db,
  workspaceId: string,
  q: { cursor: string | null; limit: number; kind?: string | undefined; text?: string | undefined },
) {
  const where: SQL[] = [eq(entities.workspaceId, workspaceId)];
  if (q.cursor) where.push(lt(entities.id, q.cursor));
  if (q.kind) where.push(sql`${entities.kind}::text = ${q.kind}`);
  if (q.text) {
    const folded = normalizeName(q.text);
    const nameMatch = ilike(entities.canonicalName, `%${q.text.replace(/[%_\\]/g, "\\$&")}%`);
    const aliasMatch = exists(
      db
        .select({ one: sql`1` })
        .from(entityAliases)
        .where(
          and(
            eq(entityAliases.workspaceId, entities.workspaceId),
            eq(entityAliases.entityId, entities.id),
            sql`${entityAliases.normalized} like ${`%${folded.replace(/[%_\\]/g, "\\$&")}%`}`,
          ),
        ),
    );
    where.push(folded ? (or(nameMatch, aliasMatch) as SQL) : nameMatch);
  }
  const rows = await db
    .select()
    .from(entities)
    .where(and(...where))
    .orderBy(desc(entities.id))
    .limit(q.limit + 1);
  const page = pageFrom(rows, q.limit, (r) => r);
  return { items: await withAliases(db, workspaceId, page.items), nextCursor: page.nextCursor };
}

/** Entities with an alias that normalises like `name` ("Kim Jong-un" finds "Kim Jong Un"). */
export async function resolveEntities(db: Db, workspaceId: string, name: string) {
  const normalized = normalizeName(name);
  if (!normalized) return { name, normalized, items: [] };
  const rows = await db
    .selectDistinct({ entity: entities })
    .from(entities)
    .innerJoin(
      entityAliases,
      and(eq(entityAliases.workspaceId, entities.workspaceId), eq(entityAliases.entityId, entities.id)),
    )
    .where(and(eq(entities.workspaceId, workspaceId), eq(entityAliases.normalized, normalized)))
    .orderBy(asc(entities.id));
  return {
    name,
    normalized,
    items: await withAliases(
      db,
      workspaceId,
      rows.map((r) => r.entity),
    ),
  };
}

/** Edits an entity; `aliases`, when sent, replaces the whole set (canonical name kept in it). */
export async function updateEntity(
  tx: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof EntityUpdateSchema>,
): Promise<Entity> {
  const { version, aliases, ...patch } = input;
  const before = await getEntity(tx, actor.workspaceId, id);
  const canonicalName = patch.canonicalName ?? before.canonicalName;
  // Without a new alias list the old aliases stay, and a renamed entity also keeps its new name.
  const set = aliasSet(canonicalName, aliases ?? before.aliases);
  const [row] = await tx
    .update(entities)
    .set({ ...patch, version: sql`${entities.version} + 1` })
    .where(
      and(eq(entities.workspaceId, actor.workspaceId), eq(entities.id, id), eq(entities.version, version)),
    )
    .returning();
  if (!row) return failStaleOrMissing(tx, entities, actor.workspaceId, id, "Entity", version);
  await replaceAliases(tx, actor.workspaceId, id, set);
  const after = toEntity(row, set);
  await audit(tx, actor, { action: "entity.update", targetType: "entity", targetId: id, before, after });
  return after;
}
