import { valueKey } from "@kroscek/core";
import type { Db } from "@kroscek/db";
import type { Claim, ClaimCreateSchema, ClaimUpdateSchema, ClaimValue } from "@kroscek/schema";
import { claims } from "@kroscek/schema/tables";
import { and, asc, desc, eq, lt, type SQL, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import type { z } from "zod";
import { notFound } from "../lib/api-error";
import { pageFrom } from "../lib/pagination";
import { iso } from "../lib/serialize";
import type { Actor } from "./actor";
import { audit } from "./audit";
import { claimSentences, type KnownEvents, loadSentenceWorld, type SentenceWorld } from "./claim-sentences";
import { detectAfterClaimWrite } from "./detection";
import { requireEntities } from "./entity-store";
import { requireEvent } from "./event-store";
import { queueRefresh } from "./snapshots/refresh";
import { failStaleOrMissing } from "./versioned";

type ClaimRow = typeof claims.$inferSelect;

/** Maps a stored claim row onto the Claim contract, with its sentence in both languages. */
export const toClaim = (r: ClaimRow, world: SentenceWorld): Claim => ({
  id: r.id,
  eventId: r.eventId,
  slot: r.slot,
  value: r.value as ClaimValue,
  summary: r.summary,
  sentence: claimSentences(world, r),
  sentenceOverride: { id: r.sentenceId, en: r.sentenceEn },
  version: r.version,
  createdAt: iso(r.createdAt),
});

/** Claim rows as contracts, their sentences generated from one load of their events and entities. */
export async function toClaims(
  db: Db,
  workspaceId: string,
  rows: ClaimRow[],
  known?: KnownEvents,
): Promise<Claim[]> {
  const world = await loadSentenceWorld(db, workspaceId, rows, known);
  return rows.map((r) => toClaim(r, world));
}

export async function toOneClaim(db: Db, workspaceId: string, row: ClaimRow): Promise<Claim> {
  const [claim] = await toClaims(db, workspaceId, [row]);
  if (!claim) throw new Error("claim mapping returned nothing");
  return claim;
}

/** Entity ids inside a claim value, with the body path that names each (for 422 details). */
function entityRefs(value: ClaimValue): Array<{ path: string; id: string }> {
  if (value.slot === "place" || value.slot === "actor")
    return [{ path: "value.entityId", id: value.entityId }];
  if (value.slot === "participants")
    return value.entityIds.map((id, i) => ({ path: `value.entityIds.${i}`, id }));
  return [];
}

const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const MONTH_FORMAT = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const HALF_DAY = 12 * 3600_000;

/**
 * Formats an interval at its precision. Intervals are local days/months in UTC instants (16 Jan in
 * Jakarta starts 15 Jan 17:00Z), so each bound is read 12 hours inside the interval: that lands on
 * the intended local date for any UTC offset within ±12 hours.
 */
function formatInterval(interval: Extract<ClaimValue, { slot: "date" }>["interval"]): string {
  const first = new Date(Date.parse(interval.start) + HALF_DAY);
  const last = new Date(Date.parse(interval.end) - HALF_DAY);
  const fmt = (d: Date) =>
    interval.precision === "year"
      ? String(d.getUTCFullYear())
      : interval.precision === "month"
        ? MONTH_FORMAT.format(d)
        : DAY_FORMAT.format(d);
  const a = fmt(first);
  const b = fmt(last);
  const span = interval.precision === "week" ? `week of ${a}` : a === b || last < first ? a : `${a} – ${b}`;
  return `${span} (${interval.precision})`;
}

/** A readable one-line summary of a claim value, e.g. "participants: Putin, Choe Son Hui". */
export function summarize(value: ClaimValue, names: Map<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  switch (value.slot) {
    case "date":
      return `date: ${formatInterval(value.interval)}`;
    case "place":
      return `place: ${name(value.entityId)}`;
    case "actor":
      return `actor: ${name(value.entityId)}`;
    case "participants":
      return `participants: ${value.entityIds.map(name).join(", ")}`;
    case "quantity":
      return `quantity: ${value.amount} ${value.unit}${value.tolerance ? ` (±${value.tolerance * 100}%)` : ""}`;
    case "occurred":
      return `occurred: ${value.occurred ? "yes" : "no"}`;
    case "statement":
      return `statement: ${value.text.length > 300 ? `${value.text.slice(0, 299)}…` : value.text}`;
  }
}

/** Column values derived from the typed value: the slot and, for dates, the indexed interval. */
function valueColumns(value: ClaimValue) {
  const date = value.slot === "date" ? value.interval : null;
  return {
    slot: value.slot,
    value,
    dateStart: date ? new Date(date.start) : null,
    dateEnd: date ? new Date(date.end) : null,
    datePrecision: date ? date.precision : null,
  };
}

/** Records a claim about an event; entity ids in the value must exist in the workspace. */
export async function createClaim(
  tx: Db,
  actor: Actor,
  input: z.output<typeof ClaimCreateSchema>,
): Promise<Claim> {
  await requireEvent(tx, actor.workspaceId, input.eventId, "eventId");
  const names = await requireEntities(tx, actor.workspaceId, entityRefs(input.value));
  const [row] = await tx
    .insert(claims)
    .values({
      workspaceId: actor.workspaceId,
      id: uuidv7(),
      eventId: input.eventId,
      summary: input.summary ?? summarize(input.value, names),
      ...valueColumns(input.value),
    })
    .returning();
  if (!row) throw new Error("claim insert returned nothing");
  await audit(tx, actor, { action: "claim.create", targetType: "claim", targetId: row.id, after: row });
  return toOneClaim(tx, actor.workspaceId, row);
}

/** One claim, or 404. */
export async function getClaim(db: Db, workspaceId: string, id: string): Promise<Claim> {
  return toOneClaim(db, workspaceId, await getClaimRow(db, workspaceId, id));
}

async function getClaimRow(db: Db, workspaceId: string, id: string): Promise<ClaimRow> {
  const [row] = await db
    .select()
    .from(claims)
    .where(and(eq(claims.workspaceId, workspaceId), eq(claims.id, id)));
  if (!row) throw notFound("Claim");
  return row;
}

/** A page of claims, newest first, filtered by event and slot. */
export async function listClaims(
  db: Db,
  workspaceId: string,
  q: { cursor: string | null; limit: number; eventId?: string | undefined; slot?: string | undefined },
) {
  const where: SQL[] = [eq(claims.workspaceId, workspaceId)];
  if (q.cursor) where.push(lt(claims.id, q.cursor));
  if (q.eventId) where.push(eq(claims.eventId, q.eventId));
  if (q.slot) where.push(sql`${claims.slot}::text = ${q.slot}`);
  const rows = await db
    .select()
    .from(claims)
    .where(and(...where))
    .orderBy(desc(claims.id))
    .limit(q.limit + 1);
  const world = await loadSentenceWorld(db, workspaceId, rows);
  return pageFrom(rows, q.limit, (r) => toClaim(r, world));
}

/**
 * Edits a claim. A new value without a new summary regenerates the summary only when the stored
 * one was generated (a summary a person wrote is kept).
 */
export async function updateClaim(
  tx: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof ClaimUpdateSchema>,
): Promise<Claim> {
  const { version, value, summary } = input;
  const before = await getClaimRow(tx, actor.workspaceId, id);
  const patch: Partial<typeof claims.$inferInsert> = {};
  if (value) {
    const names = await requireEntities(tx, actor.workspaceId, entityRefs(value));
    const oldValue = before.value as ClaimValue;
    const oldNames = await requireEntities(tx, actor.workspaceId, entityRefs(oldValue)).catch(() => names);
    const generated = before.summary === summarize(oldValue, oldNames);
    Object.assign(patch, valueColumns(value));
    if (!summary && generated) patch.summary = summarize(value, names);
  }
  if (summary) patch.summary = summary;
  // The wording per language is versioned with the claim; null returns to the generated sentence.
  if (input.sentence?.id !== undefined) patch.sentenceId = input.sentence.id;
  if (input.sentence?.en !== undefined) patch.sentenceEn = input.sentence.en;
  const [row] = await tx
    .update(claims)
    .set({ ...patch, version: sql`${claims.version} + 1` })
    .where(and(eq(claims.workspaceId, actor.workspaceId), eq(claims.id, id), eq(claims.version, version)))
    .returning();
  if (!row) return failStaleOrMissing(tx, claims, actor.workspaceId, id, "Claim", version);
  await audit(tx, actor, { action: "claim.update", targetType: "claim", targetId: id, before, after: row });
  if (value) {
    await detectAfterClaimWrite(tx, actor.workspaceId, row.id, row.eventId);
    await queueRefresh(tx, actor.workspaceId, [row.eventId]);
  }
  return toOneClaim(tx, actor.workspaceId, row);
}

/**
 * The claim of an event slot with exactly this value (values compared by `valueKey`: equal values
 * share one claim), created when there is none. Creation is serialised per event slot by a
 * transaction advisory lock, so two concurrent requests with one value make one claim.
 */
export async function findOrCreateClaim(
  tx: Db,
  actor: Actor,
  eventId: string,
  value: ClaimValue,
): Promise<{ claim: Claim; created: boolean }> {
  await requireEvent(tx, actor.workspaceId, eventId, "eventId");
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`claim:${actor.workspaceId}:${eventId}:${value.slot}`}))`,
  );
  const key = valueKey(value);
  const rows = await tx
    .select()
    .from(claims)
    .where(
      and(
        eq(claims.workspaceId, actor.workspaceId),
        eq(claims.eventId, eventId),
        sql`${claims.slot}::text = ${value.slot}`,
      ),
    )
    .orderBy(asc(claims.id));
  const same = rows.find((r) => valueKey(r.value as ClaimValue) === key);
  if (same) return { claim: await toOneClaim(tx, actor.workspaceId, same), created: false };
  return { claim: await createClaim(tx, actor, { eventId, value }), created: true };
}
