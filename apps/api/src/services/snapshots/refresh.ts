// Current scores after a write, without a full snapshot. A write that changes what the engine
// reads (an assertion, a claim's value, a published or retracted verdict) queues its events in
// reliability_refresh_queue and a `reliability.refresh` job for the workspace, in its own
// transaction; the job (at most one waiting and one running per workspace, so a burst of writes
// is refreshed together) re-estimates only those events' slots, warm-started from the stored
// state of the last full snapshot and the refreshes since (reliability_states), and stores the
// re-estimated outlets' rows in reliability_refreshed_scores. Readers of current scores take
// those rows over the last snapshot's (`refreshedAt` says which a row is).
import {
  attachState,
  detachState,
  type LedgerAssertion,
  type LedgerOutlet,
  ledgerToTruthInput,
  type ObjectClaims,
  type OutletCounts,
  outletRowBuilder,
  RELIABILITY_VERSION,
  type ReliabilityRun,
  refreshReliability,
  type ScoreWeights,
} from "@kroscek/core";
import type { Db } from "@kroscek/db";
import { type Database, queryRows } from "@kroscek/db";
import { type ClaimValue, SnapshotCreateSchema } from "@kroscek/schema";
import {
  assertions,
  claims,
  outlets,
  reliabilityRefreshedScores,
  reliabilityScores,
  reliabilitySnapshots,
  reliabilityStateParts,
  reliabilityStates,
} from "@kroscek/schema/tables";
import { and, eq, inArray, sql } from "drizzle-orm";
import { systemActor } from "../actor";
import type { JobKind } from "../jobs/job-queue";
import { jobsInScope } from "../jobs/job-scope";
import { loadVerdicts, selectLedgerRows } from "./ledger";
import { startSnapshot } from "./runner";
import { compareIds, decodePart, decodeState, encodePart, encodeState, type StoredPart } from "./state-parts";

export const REFRESH_JOB = "reliability.refresh";
/** Events taken per pass of a refresh job. */
const EVENTS_PER_PASS = 500;
/**
 * Bytes of stored parts per insert: postgres.js hex-encodes a bytea parameter on the calling
 * thread in one go, so a 10^6-assertion state (~25 MB) is written in inserts this small, and the
 * API's event loop is never held for more than a few milliseconds by one.
 */
const PART_BATCH_BYTES = 512 * 1024;
/**
 * Bytes of the stored state per statement, for the same reason: the state (about 2.5 MB deflated
 * at 10^6 assertions) is written as its first slice, then appended to slice by slice (a 2 MB slice,
 * 4 MB of hex text, still held the API thread for about 50 ms with its copies).
 */
export const STATE_SLICE_BYTES = 512 * 1024;

/** Consecutive runs of parts of at most `PART_BATCH_BYTES` together (at least one part each). */
export function partBatches<T extends { claims: Uint8Array }>(parts: readonly T[]): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let bytes = 0;
  for (const part of parts) {
    if (batch.length > 0 && bytes + part.claims.byteLength > PART_BATCH_BYTES) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(part);
    bytes += part.claims.byteLength;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * Queues the events a write touched for the workspace's refresh, in the write's transaction.
 * Nothing is queued while the workspace has no stored state (no full snapshot yet).
 */
export async function queueRefresh(tx: Db, workspaceId: string, eventIds: readonly string[]): Promise<void> {
  const ids = [...new Set(eventIds)];
  if (ids.length === 0) return;
  await afterQueued(tx, workspaceId, await tx.execute(queueRefreshStatement(workspaceId, ids)));
}

/**
 * The statement of `queueRefresh` for events given (at least one, no repeats), not yet sent: a
 * write sends it beside its other statements, then hands its result to `afterQueued`.
 */
export function queueRefreshStatement(workspaceId: string, eventIds: readonly string[]) {
  // One statement: queued only when the workspace holds a state.
  return sql`insert into reliability_refresh_queue as q (workspace_id, event_id)
        select ${workspaceId}::uuid, e.id from unnest(${uuids(eventIds)}) e(id)
         where exists (select 1 from reliability_states s where s.workspace_id = ${workspaceId}::uuid)
        on conflict (workspace_id, event_id) do update set requested_at = now()
        returning 1 as queued`;
}

/** After the queue statement: the workspace's refresh job, when something was queued. */
export async function afterQueued(tx: Db, workspaceId: string, result: unknown): Promise<void> {
  const queued = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
  if (queued.length === 0) return;
  const jobs = jobsInScope();
  if (jobs?.has(REFRESH_JOB))
    await jobs.send(REFRESH_JOB, { workspaceId }, { tx, singletonKey: workspaceId });
}

/**
 * Below this many engine claims a write is followed by a full snapshot instead of a refresh: a
 * full computation takes well under a second there, and one write among a few hundred claims
 * moves what a refresh holds (the fitted priors and number of false values) by more than 0.01.
 */
export const REFRESH_MIN_CLAIMS = 20_000;

/** The refresh job: one per workspace waiting and one running; each takes every queued event. */
export function refreshKind(
  db: Database,
  options: { minClaims?: number } = {},
): JobKind<{ workspaceId: string }> {
  return {
    name: REFRESH_JOB,
    policy: "stately",
    retryLimit: 3,
    retryDelaySeconds: 5,
    expireInSeconds: 10 * 60,
    handler: ({ workspaceId }) => refreshWorkspace(db, workspaceId, options.minClaims ?? REFRESH_MIN_CLAIMS),
  };
}

/**
 * Makes a full snapshot's end state the one refreshes start from (in the transaction storing the
 * snapshot's scores); the refreshed scores of the earlier state go. Snapshots of one workspace that
 * finish together store their states one after the other (an advisory lock per workspace), and a
 * state never replaces one of a snapshot queued after it (snapshot ids are time-ordered UUIDv7).
 */
export async function storeRefreshState(
  tx: Db,
  workspaceId: string,
  snapshotId: string,
  algorithmVersion: string,
  parameters: ReliabilityRun["parameters"],
  state: Uint8Array,
  parts: StoredPart[],
): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`reliability-state:${workspaceId}`}))`);
  const [held] = await tx
    .select({ snapshotId: reliabilityStates.snapshotId })
    .from(reliabilityStates)
    .where(eq(reliabilityStates.workspaceId, workspaceId));
  if (held && compareIds(held.snapshotId, snapshotId) > 0) return;
  await tx.delete(reliabilityRefreshedScores).where(eq(reliabilityRefreshedScores.workspaceId, workspaceId));
  await tx.delete(reliabilityStateParts).where(eq(reliabilityStateParts.workspaceId, workspaceId));
  await tx.delete(reliabilityStates).where(eq(reliabilityStates.workspaceId, workspaceId));
  // The state in slices, appended: one parameter never holds more than a slice's bytes.
  await tx.insert(reliabilityStates).values({
    workspaceId,
    snapshotId,
    algorithmVersion,
    parameters,
    state: state.subarray(0, STATE_SLICE_BYTES),
  });
  for (let at = STATE_SLICE_BYTES; at < state.byteLength; at += STATE_SLICE_BYTES)
    await tx
      .update(reliabilityStates)
      .set({
        state: sql`${reliabilityStates.state} || ${sql.param(state.subarray(at, at + STATE_SLICE_BYTES), reliabilityStates.state)}`,
      })
      .where(eq(reliabilityStates.workspaceId, workspaceId));
  for (const batch of partBatches(parts))
    await tx.insert(reliabilityStateParts).values(batch.map((p) => ({ workspaceId, snapshotId, ...p })));
}

export interface RefreshReport {
  events: number;
  objects: number;
  outlets: number;
  /** Why nothing was refreshed, when nothing was. */
  skipped?: string;
}

/** Refreshes every queued event of the workspace; passes until the queue is empty. */
export async function refreshWorkspace(
  db: Database,
  workspaceId: string,
  minClaims = REFRESH_MIN_CLAIMS,
): Promise<RefreshReport> {
  const total: RefreshReport = { events: 0, objects: 0, outlets: 0 };
  for (;;) {
    const pass = await refreshPass(db, workspaceId, minClaims);
    if (!pass) return total;
    if (pass.skipped) return { ...total, skipped: pass.skipped };
    total.events += pass.events;
    total.objects += pass.objects;
    total.outlets += pass.outlets;
  }
}

async function refreshPass(
  db: Database,
  workspaceId: string,
  minClaims: number,
): Promise<RefreshReport | null> {
  // Times as text: a JS date would drop the microseconds the delete below compares.
  const pending = await queryRows<{ event_id: string; requested_at: string }>(
    db,
    sql`select event_id, requested_at::text as requested_at from reliability_refresh_queue
         where workspace_id = ${workspaceId} order by requested_at limit ${EVENTS_PER_PASS}`,
  );
  if (pending.length === 0) return null;
  const done = (tx: Db) =>
    // Only the requests read here: an event queued again meanwhile stays for the next pass.
    tx.execute(sql`delete from reliability_refresh_queue q
      using (select * from unnest(${uuids(pending.map((p) => p.event_id))},
               array[${sql.join(
                 pending.map((p) => sql`${p.requested_at}`),
                 sql`, `,
               )}]::timestamptz[]) as t(event_id, requested_at)) t
      where q.workspace_id = ${workspaceId} and q.event_id = t.event_id and q.requested_at = t.requested_at`);
  const [stored] = await db
    .select()
    .from(reliabilityStates)
    .where(eq(reliabilityStates.workspaceId, workspaceId));
  if (!stored || stored.algorithmVersion !== RELIABILITY_VERSION) {
    // No state to start from (or one of another engine version): the next full snapshot counts them.
    await done(db);
    return { events: pending.length, objects: 0, outlets: 0, skipped: "a full snapshot is needed" };
  }
  const eventIds = pending.map((p) => p.event_id);
  const detached = decodeState(stored.state);
  let engineClaims = 0;
  for (const c of detached.claimsPerSource) engineClaims += c;
  if (engineClaims < minClaims) {
    // A small workspace: recomputed in full with the last snapshot's requested parameters, unless
    // a snapshot is already waiting or running (it reads the ledger after these writes).
    const [open] = await db
      .select({ id: reliabilitySnapshots.id })
      .from(reliabilitySnapshots)
      .where(
        and(eq(reliabilitySnapshots.workspaceId, workspaceId), eq(reliabilitySnapshots.status, "queued")),
      )
      .limit(1);
    if (!open) {
      const [last] = await db
        .select({ parameters: reliabilitySnapshots.parameters })
        .from(reliabilitySnapshots)
        .where(
          and(
            eq(reliabilitySnapshots.workspaceId, workspaceId),
            eq(reliabilitySnapshots.id, stored.snapshotId),
          ),
        );
      const requested = SnapshotCreateSchema.safeParse(
        (last?.parameters as { requested?: unknown })?.requested ?? {},
      );
      await startSnapshot(
        db,
        systemActor(workspaceId),
        requested.success ? requested.data : SnapshotCreateSchema.parse({}),
      );
    }
    await done(db);
    return {
      events: pending.length,
      objects: 0,
      outlets: 0,
      skipped: "recomputed in full (small workspace)",
    };
  }

  // The parts holding these events' slots (ids `eventId/slot`, consecutive in code-unit order).
  const partRows = await queryRows<{ first_object: string; last_object: string; claims: Uint8Array }>(
    db,
    sql`select p.first_object, p.last_object, p.claims from reliability_state_parts p
         where p.workspace_id = ${workspaceId} and p.snapshot_id = ${stored.snapshotId}
           and exists (select 1 from unnest(${uuids(eventIds)}::text[]) e(id)
                        where p.first_object collate "C" <= e.id || '/~' and p.last_object collate "C" >= e.id || '/')`,
  );
  const parts = new Map<string, Map<string, ObjectClaims>>();
  for (const r of partRows) parts.set(r.first_object, decodePart(r.claims));
  const prefixes = eventIds.map((e) => `${e}/`);
  const ofEvents = (id: string) => prefixes.some((p) => id.startsWith(p));
  const old = new Map<string, ObjectClaims>();
  for (const part of parts.values()) for (const [id, c] of part) if (ofEvents(id)) old.set(id, c);

  // The events' claims now, mapped as a full run maps the ledger.
  const outletRows: LedgerOutlet[] = await db
    .select({ id: outlets.id, name: outlets.name, kind: outlets.kind })
    .from(outlets)
    .where(eq(outlets.workspaceId, workspaceId));
  const rows = await eventAssertions(db, workspaceId, eventIds);
  const events = new Set(eventIds);
  const verdicts = (await loadVerdicts(db, workspaceId)).filter((v) => events.has(v.eventId));
  const { input } = ledgerToTruthInput(outletRows, rows, verdicts, detached.params);
  const objects = [
    ...new Set([
      ...old.keys(),
      ...input.claims.map((c) => c.object),
      ...(input.fixed ?? []).map((f) => f.object),
    ]),
  ];
  const before = new Map(detached.result.sources.map((s) => [s.source, s]));
  const { result, state } = refreshReliability(attachState(detached, old), {
    objects,
    claims: input.claims,
    ...(input.fixed ? { fixed: input.fixed } : {}),
    valueKey: input.valueKey,
    ...(input.similarity ? { similarity: input.similarity } : {}),
    ...(input.contains ? { contains: input.contains } : {}),
    ...(input.width ? { width: input.width } : {}),
  });
  // Outlets re-estimated (sources of unnamed articles and virtual wires have no row).
  const byId = new Map(outletRows.map((o) => [o.id, o]));
  const changed = result.sources.filter((s) => before.get(s.source) !== s && byId.has(s.source));

  // The changed slots' claims go back into their parts; a new slot joins the part whose range
  // would hold it.
  const fresh = (state as { blocks: Map<string, ObjectClaims> }).blocks;
  const firsts = [...parts.keys()].sort(compareIds);
  const missing = objects.filter((id) => fresh.has(id) && !firsts.some((f) => parts.get(f)?.has(id)));
  for (const id of missing) {
    const [row] = await queryRows<{ first_object: string; claims: Uint8Array }>(
      db,
      sql`select first_object, claims from reliability_state_parts
           where workspace_id = ${workspaceId} and snapshot_id = ${stored.snapshotId}
           order by (first_object collate "C" <= ${id}) desc,
                    case when first_object collate "C" <= ${id} then first_object end collate "C" desc,
                    first_object collate "C"
           limit 1`,
    );
    if (row && !parts.has(row.first_object)) parts.set(row.first_object, decodePart(row.claims));
    const key = row?.first_object ?? "";
    if (!parts.has(key)) parts.set(key, new Map());
    parts.get(key)?.set(id, fresh.get(id) as ObjectClaims);
  }
  for (const part of parts.values())
    for (const id of objects) {
      if (!part.has(id)) continue;
      const now = fresh.get(id);
      if (now) part.set(id, now);
      else part.delete(id);
    }

  const params = stored.parameters as ReliabilityRun["parameters"];
  const counts = await outletCounts(
    db,
    workspaceId,
    changed.map((s) => s.source),
  );
  const copied = await heldCopiedObjects(
    db,
    workspaceId,
    stored.snapshotId,
    changed.map((s) => s.source),
  );
  const rowOf = outletRowBuilder(
    { params: detached.params, priors: detached.priors },
    params.weights as ScoreWeights,
    params.minEvidence,
  );
  const refreshedAt = new Date();
  const newRows = changed.map((s) =>
    rowOf(
      byId.get(s.source) as LedgerOutlet,
      s,
      counts.get(s.source) ?? NO_COUNTS,
      copied.get(s.source) ?? 0,
    ),
  );

  const applied = await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ snapshotId: reliabilityStates.snapshotId, refreshes: reliabilityStates.refreshes })
      .from(reliabilityStates)
      .where(eq(reliabilityStates.workspaceId, workspaceId))
      .for("update");
    // A full snapshot finished meanwhile: this pass is dropped and the events refreshed from it.
    if (!current || current.snapshotId !== stored.snapshotId || current.refreshes !== stored.refreshes)
      return false;
    for (const row of newRows)
      await tx
        .insert(reliabilityRefreshedScores)
        .values({ workspaceId, snapshotId: stored.snapshotId, refreshedAt, ...row })
        .onConflictDoUpdate({
          target: [reliabilityRefreshedScores.workspaceId, reliabilityRefreshedScores.outletId],
          set: { snapshotId: stored.snapshotId, refreshedAt, ...row },
        });
    await tx
      .update(reliabilityStates)
      .set({ state: encodeState(detachState(state)), refreshes: current.refreshes + 1, refreshedAt })
      .where(eq(reliabilityStates.workspaceId, workspaceId));
    for (const [first, part] of parts) {
      if (first !== "")
        await tx
          .delete(reliabilityStateParts)
          .where(
            and(
              eq(reliabilityStateParts.workspaceId, workspaceId),
              eq(reliabilityStateParts.firstObject, first),
            ),
          );
      const entries = [...part].sort((x, y) => compareIds(x[0], y[0]));
      if (entries.length > 0)
        await tx
          .insert(reliabilityStateParts)
          .values({ workspaceId, snapshotId: stored.snapshotId, ...encodePart(entries) });
    }
    await done(tx);
    return true;
  });
  if (!applied) return { events: 0, objects: 0, outlets: 0 };
  return { events: pending.length, objects: objects.length, outlets: newRows.length };
}

/** A uuid[] literal of parameters. */
const uuids = (ids: readonly string[]) =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;

const NO_COUNTS: OutletCounts = {
  assertions: 0,
  unsourced: 0,
  anonymous: 0,
  denied: 0,
  unconfirmed: 0,
  wire: 0,
  articles: 0,
};

/** The assertions on these events, as the ledger read gives them. */
async function eventAssertions(db: Db, workspaceId: string, eventIds: string[]): Promise<LedgerAssertion[]> {
  const rows = await selectLedgerRows(db, {}).where(
    and(eq(assertions.workspaceId, workspaceId), inArray(claims.eventId, eventIds)),
  );
  return rows.map((r) => ({
    ...r,
    value: r.value as ClaimValue,
    publishedAt: r.publishedAt ? r.publishedAt.getTime() : null,
  }));
}

/** The outlets' counts over the whole ledger (cheap per outlet: one grouped query). */
async function outletCounts(
  db: Db,
  workspaceId: string,
  outletIds: string[],
): Promise<Map<string, OutletCounts>> {
  if (outletIds.length === 0) return new Map();
  const rows = await queryRows<{
    outlet_id: string;
    assertions: number;
    unsourced: number;
    anonymous: number;
    denied: number;
    unconfirmed: number;
    wire: number;
  }>(
    db,
    sql`select ar.outlet_id, count(*)::int as assertions,
               count(*) filter (where a.attribution_kind = 'none')::int as unsourced,
               count(*) filter (where a.attribution_kind = 'anonymous')::int as anonymous,
               count(*) filter (where a.stance = 'denies')::int as denied,
               count(*) filter (where a.stance = 'reports_unconfirmed')::int as unconfirmed,
               count(*) filter (where btrim(coalesce(ar.wire_credit, '')) <> '')::int as wire
          from assertions a
          join articles ar on ar.workspace_id = a.workspace_id and ar.id = a.article_id
         where a.workspace_id = ${workspaceId} and ar.outlet_id = any(${uuids(outletIds)})
         group by ar.outlet_id`,
  );
  return new Map(rows.map((r) => [r.outlet_id, { ...r, articles: 0 }]));
}

/**
 * Event slots a wire outlet holds only through copies: held from its current row (the last
 * refresh's, else the snapshot's) until the next full snapshot.
 */
async function heldCopiedObjects(
  db: Db,
  workspaceId: string,
  snapshotId: string,
  outletIds: string[],
): Promise<Map<string, number>> {
  if (outletIds.length === 0) return new Map();
  const out = new Map<string, number>();
  const snap = await db
    .select({ outletId: reliabilityScores.outletId, components: reliabilityScores.components })
    .from(reliabilityScores)
    .where(
      and(
        eq(reliabilityScores.workspaceId, workspaceId),
        eq(reliabilityScores.snapshotId, snapshotId),
        inArray(reliabilityScores.outletId, outletIds),
      ),
    );
  const refreshed = await db
    .select({
      outletId: reliabilityRefreshedScores.outletId,
      components: reliabilityRefreshedScores.components,
    })
    .from(reliabilityRefreshedScores)
    .where(
      and(
        eq(reliabilityRefreshedScores.workspaceId, workspaceId),
        inArray(reliabilityRefreshedScores.outletId, outletIds),
      ),
    );
  for (const r of [...snap, ...refreshed])
    out.set(r.outletId, Number((r.components as { copiedObjects?: number }).copiedObjects ?? 0));
  return out;
}
