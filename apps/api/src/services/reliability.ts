// Reliability snapshots: one computation of every outlet's score, stored with its parameters and
// algorithm version. POST records a queued snapshot and its `reliability.snapshot` job in one
// transaction and answers 202; the job system runs the job, whose handler claims the row, reports
// `progress` on it, and runs the engine in a worker thread.

import { hostname } from "node:os";
import { type LedgerAssertion, RELIABILITY_VERSION } from "@kroscek/core";
import { type Database, type Db, loggableError, queryRows, safeMessage } from "@kroscek/db";
import { type ClaimValue, type ReliabilitySnapshotView, SnapshotCreateSchema } from "@kroscek/schema";
import {
  articles,
  assertions,
  claims,
  outlets,
  reliabilityScores,
  reliabilitySnapshots,
} from "@kroscek/schema/tables";
import { and, asc, count, eq, gt, inArray, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import type { z } from "zod";
import { iso, isoOrNull } from "../lib/serialize";
import { yieldToEventLoop } from "../lib/yield";
import type { Actor } from "./actor";
import { JOB_SCHEMA, type JobKind, type JobQueue } from "./jobs/job-queue";
import { jobsInScope, jobsOfDatabase } from "./jobs/job-scope";
import { publishedVerdicts } from "./published-verdicts";
import { engineShare, runEngineInWorker } from "./snapshots/engine";
import { LedgerPacker, type PackedLedger } from "./snapshots/packed-ledger";
import { emitEvent } from "./webhooks/outbox";

/** Rows read per query while loading the ledger: bounded memory per round trip. */
export const LEDGER_PAGE = 5000;
const SCORE_BATCH = 100;
/** Rows packed between two yields to the event loop. */
const PACK_SLICE = 1000;
/** Claims read per query when resolving the verdicts' claims. */
const CLAIM_BATCH = 1000;

type SnapshotRow = typeof reliabilitySnapshots.$inferSelect;
type SnapshotInput = z.output<typeof SnapshotCreateSchema>;

export const toSnapshotView = (r: SnapshotRow): ReliabilitySnapshotView => ({
  id: r.id,
  algorithm: r.algorithm,
  algorithmVersion: r.algorithmVersion,
  parameters: r.parameters as Record<string, unknown>,
  status: r.status,
  progress: r.progress,
  createdAt: iso(r.createdAt),
  finishedAt: isoOrNull(r.finishedAt),
  summary: (r.summary as Record<string, unknown> | null) ?? null,
  error: r.error,
});

/** A snapshot's lease: renewed while it is computed; a job whose lease ran out is taken over. */
export const SNAPSHOT_LEASE_SECONDS = 120;
const HEARTBEAT_MS = 20_000;
/** A snapshot whose computation was cut off this many times is marked failed. */
export const SNAPSHOT_MAX_ATTEMPTS = 3;

/** This process, as recorded in `claimed_by`. */
export const RUNNER_ID = `${hostname()}:${process.pid}:${uuidv7().slice(-8)}`;

class LostLease extends Error {}

interface SnapshotJob {
  workspaceId: string;
  id: string;
  parameters: unknown;
  attempts: number;
}

/**
 * Claims and computes snapshots from the table itself. In a server, the `reliability.snapshot`
 * job of each snapshot calls `runQueued`. Without a running job system (one-shot commands,
 * benchmarks), `poke` works through the queue: a snapshot is claimed with `FOR UPDATE SKIP LOCKED`,
 * its lease is renewed while it runs, and an expired lease (the process died mid-way) is taken
 * over. Nothing is kept only in memory.
 */
export class SnapshotRunner {
  private active: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly runnerId: string = RUNNER_ID,
    /** On the embedded database the ledger is read in keyset pages, so other requests get it between pages. */
    private readonly embedded = false,
  ) {}

  /** Works through the queue now; resolves when it is empty. */
  poke(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.again = true;
    if (!this.active) {
      this.active = this.drain().finally(() => {
        this.active = null;
      });
      inFlight.add(this.active);
      const done = this.active;
      void done.finally(() => inFlight.delete(done));
    }
    return this.active;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.again = false;
    // A computation in progress is not waited for past a few seconds: its lease runs out and the
    // next process takes it over.
    await Promise.race([this.active, new Promise((r) => setTimeout(r, 5000).unref())]);
  }

  private async drain(): Promise<void> {
    while (this.again && !this.stopped) {
      this.again = false;
      while (!this.stopped) {
        const job = await this.claim().catch((error: Error) => {
          console.error(`reliability snapshots: could not claim work: ${loggableError(error)}`);
          return null;
        });
        if (!job) break;
        await this.run(job);
      }
      // Another pass if poked meanwhile: a snapshot queued while the last claim query ran.
    }
  }

  private async claim(): Promise<{
    workspaceId: string;
    id: string;
    parameters: unknown;
    attempts: number;
  } | null> {
    const rows = await queryRows<{ workspace_id: string; id: string; parameters: unknown; attempts: number }>(
      this.db,
      sql`update reliability_snapshots s
             set status = 'running', claimed_by = ${this.runnerId}, attempts = s.attempts + 1,
                 lease_until = now() + make_interval(secs => ${SNAPSHOT_LEASE_SECONDS})
           where (s.workspace_id, s.id) = (
             select workspace_id, id from reliability_snapshots
              where status = 'queued' or (status = 'running' and (lease_until is null or lease_until < now()))
              order by created_at
              limit 1
              for update skip locked)
          returning s.workspace_id, s.id, s.parameters, s.attempts`,
    );
    const r = rows[0];
    return r
      ? { workspaceId: r.workspace_id, id: r.id, parameters: r.parameters, attempts: r.attempts }
      : null;
  }

  private async run(job: { workspaceId: string; id: string; parameters: unknown; attempts: number }) {
    const { workspaceId, id } = job;
    if (job.attempts > SNAPSHOT_MAX_ATTEMPTS) {
      await this.fail(
        workspaceId,
        id,
        `computation was interrupted ${SNAPSHOT_MAX_ATTEMPTS} times (the process computing it stopped); start a new snapshot`,
      );
      return;
    }
    const requested = (job.parameters as { requested?: unknown } | null)?.requested;
    const parsed = SnapshotCreateSchema.safeParse(requested ?? {});
    const heartbeat = setInterval(() => void this.renew(workspaceId, id).catch(() => {}), HEARTBEAT_MS);
    heartbeat.unref();
    try {
      if (!parsed.success) throw new Error(`stored parameters are invalid: ${parsed.error.message}`);
      await computeSnapshot(
        this.db,
        workspaceId,
        id,
        parsed.data,
        (tx, set) => this.finish(tx, workspaceId, id, set),
        { streamed: !this.embedded },
      );
    } catch (error) {
      if (error instanceof LostLease) return;
      await this.fail(workspaceId, id, safeMessage(error).slice(0, 2000));
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** Marks the snapshot failed and reports it, in one transaction (nothing if the lease was lost). */
  private fail(workspaceId: string, id: string, error: string): Promise<void> {
    return this.db
      .transaction(async (tx) => {
        await this.finish(tx, workspaceId, id, { status: "failed", error, finishedAt: new Date() });
        await reportFinished(tx, this.db, workspaceId, id);
      })
      .catch(() => {});
  }

  /**
   * Claims one snapshot for its job, unless it is finished (null: nothing to do). The job system
   * runs a job in one place at a time; when it retries a run whose process died, the new claim
   * replaces the old one, and the old run, if it was only slow, writes nothing more (LostLease).
   */
  async claimQueued(workspaceId: string, id: string): Promise<SnapshotJob | null> {
    const rows = await queryRows<{ parameters: unknown; attempts: number }>(
      this.db,
      sql`update reliability_snapshots s
             set status = 'running', claimed_by = ${this.runnerId}, attempts = s.attempts + 1,
                 lease_until = now() + make_interval(secs => ${SNAPSHOT_LEASE_SECONDS})
           where s.workspace_id = ${workspaceId} and s.id = ${id} and s.status in ('queued', 'running')
          returning s.parameters, s.attempts`,
    );
    const r = rows[0];
    return r ? { workspaceId, id, parameters: r.parameters, attempts: r.attempts } : null;
  }

  /** Computes one snapshot for its job (see `claimQueued`). */
  async runQueued(workspaceId: string, id: string): Promise<void> {
    const job = await this.claimQueued(workspaceId, id);
    if (!job) return;
    const run = this.run(job);
    inFlight.add(run);
    try {
      await run;
    } finally {
      inFlight.delete(run);
    }
  }

  private renew(workspaceId: string, id: string) {
    return this.finish(this.db, workspaceId, id, {
      leaseUntil: sql`now() + make_interval(secs => ${SNAPSHOT_LEASE_SECONDS})` as unknown as Date,
    });
  }

  /** Updates the snapshot only while this runner still holds it; otherwise throws LostLease. */
  private async finish(db: Db, workspaceId: string, id: string, set: Partial<SnapshotRow>): Promise<void> {
    const done = set.status === "done" || set.status === "failed";
    const updated = await db
      .update(reliabilitySnapshots)
      .set(done ? { ...set, claimedBy: null, leaseUntil: null } : set)
      .where(
        and(
          eq(reliabilitySnapshots.workspaceId, workspaceId),
          eq(reliabilitySnapshots.id, id),
          eq(reliabilitySnapshots.status, "running"),
          eq(reliabilitySnapshots.claimedBy, this.runnerId),
        ),
      )
      .returning({ id: reliabilitySnapshots.id });
    if (updated.length === 0) throw new LostLease(`snapshot ${id} is no longer held by ${this.runnerId}`);
  }
}

const runners = new WeakMap<Database, SnapshotRunner>();
const inFlight = new Set<Promise<void>>();

/** The runner of this process for a database. */
export function snapshotRunner(db: Database): SnapshotRunner {
  let r = runners.get(db);
  if (!r) {
    r = new SnapshotRunner(db);
    runners.set(db, r);
  }
  return r;
}

/** Waits until this process has no snapshot work in progress (tests, the CLI, benchmarks). */
export const waitForSnapshots = async () => {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
};

export const SNAPSHOT_JOB = "reliability.snapshot";

/** How soon a snapshot job is retried and counted as lost (shorter in tests). */
export interface SnapshotJobTiming {
  retryDelaySeconds?: number;
  expireInSeconds?: number;
  /** The database is the embedded one: its ledger is read in pages (see `SnapshotRunner`). */
  embedded?: boolean;
}

/**
 * The snapshot job: one per snapshot, carrying its workspace and id. A run cut off (`kill -9`) is
 * retried after its expiry and takes over the row once its lease has run out; a retry that finds
 * the snapshot finished does nothing, so each snapshot is computed and stored once.
 */
export function snapshotKind(
  db: Database,
  timing: SnapshotJobTiming = {},
): JobKind<{ workspaceId: string; snapshotId: string }> {
  return {
    name: SNAPSHOT_JOB,
    // Interruptions are also counted on the row, which gives up after SNAPSHOT_MAX_ATTEMPTS.
    retryLimit: SNAPSHOT_MAX_ATTEMPTS,
    retryDelaySeconds: timing.retryDelaySeconds ?? 10,
    // Longer than any computation: a run still active after this long is taken to have died.
    expireInSeconds: timing.expireInSeconds ?? 30 * 60,
    // Each run claims the row under its own name, so a run the job system gave up on (expired
    // while only slow) loses the row to its retry even in the same process.
    handler: ({ workspaceId, snapshotId }, job) =>
      new SnapshotRunner(db, `${RUNNER_ID}/${job.id}#${job.retryCount}`, timing.embedded).runQueued(
        workspaceId,
        snapshotId,
      ),
  };
}

/**
 * On the embedded database only one process runs, so a snapshot marked running was cut off by an
 * earlier process: its lease is released so the retried job takes it over at once.
 */
export async function releaseInterruptedSnapshots(db: Database): Promise<void> {
  await db
    .update(reliabilitySnapshots)
    .set({ leaseUntil: null })
    .where(eq(reliabilitySnapshots.status, "running"));
}

/**
 * Gives a job to every unfinished snapshot that has none (recorded by a one-shot command that
 * stopped before computing it): the server's start leaves no snapshot without a way to finish.
 */
export async function adoptOrphanSnapshots(db: Database, jobs: JobQueue): Promise<number> {
  const rows = await queryRows<{ workspace_id: string; id: string }>(
    db,
    sql`select s.workspace_id, s.id from reliability_snapshots s
         where s.status in ('queued', 'running')
           and not exists (select 1 from ${sql.raw(JOB_SCHEMA)}.job j
                            where j.name = ${SNAPSHOT_JOB} and j.data->>'snapshotId' = s.id::text
                              and j.state in ('created', 'retry', 'active'))`,
  );
  for (const r of rows) await jobs.send(SNAPSHOT_JOB, { workspaceId: r.workspace_id, snapshotId: r.id });
  return rows.length;
}

/** Waits until a snapshot is done or failed (the demo's first snapshot, one-shot commands). */
export async function waitForSnapshotRow(
  db: Database,
  workspaceId: string,
  id: string,
): Promise<SnapshotRow> {
  for (;;) {
    const [row] = await db
      .select()
      .from(reliabilitySnapshots)
      .where(and(eq(reliabilitySnapshots.workspaceId, workspaceId), eq(reliabilitySnapshots.id, id)));
    if (!row) throw new Error(`snapshot ${id} does not exist`);
    if (row.status === "done" || row.status === "failed") return row;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Records a queued snapshot. With the job system running (a request or job in progress, or the
 * server's queue), its job is written in the same transaction; without one (one-shot commands,
 * benchmarks) this process's runner computes it.
 */
export async function startSnapshot(
  db: Database,
  actor: Actor,
  input: SnapshotInput,
  jobs: JobQueue | undefined = jobsInScope() ?? jobsOfDatabase(db),
): Promise<SnapshotRow> {
  const queue = jobs?.has(SNAPSHOT_JOB) ? jobs : undefined;
  const row = await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(reliabilitySnapshots)
      .values({
        workspaceId: actor.workspaceId,
        id: uuidv7(),
        algorithm: input.params.detectCopying === false ? "accu-sim" : "accu-sim-copy",
        algorithmVersion: RELIABILITY_VERSION,
        // The request's overrides; the run replaces them with the full, resolved parameter set.
        parameters: { requested: input },
        createdBy: actor.userId,
      })
      .returning();
    if (!inserted) throw new Error("snapshot insert returned nothing");
    if (queue)
      await queue.send(SNAPSHOT_JOB, { workspaceId: actor.workspaceId, snapshotId: inserted.id }, { tx });
    return inserted;
  });
  if (queue) return row;
  // After the caller's response is on its way; counted as work in progress from now on.
  const kick = new Promise<void>((resolve) => setImmediate(resolve)).then(() => snapshotRunner(db).poke());
  inFlight.add(kick);
  void kick.finally(() => inFlight.delete(kick));
  return row;
}

type Update = (db: Db, set: Partial<SnapshotRow>) => Promise<void>;

/** `snapshot.finished` with the snapshot as stored, in the transaction that finished it. */
async function reportFinished(tx: Db, db: Database, workspaceId: string, id: string): Promise<void> {
  const [row] = await tx
    .select()
    .from(reliabilitySnapshots)
    .where(and(eq(reliabilitySnapshots.workspaceId, workspaceId), eq(reliabilitySnapshots.id, id)));
  if (row)
    await emitEvent(tx, jobsOfDatabase(db), workspaceId, "snapshot.finished", {
      snapshot: toSnapshotView(row),
    });
}

/** Computes one claimed snapshot: reads the ledger, runs the engine in a worker, stores the scores. */
export async function computeSnapshot(
  db: Database,
  workspaceId: string,
  id: string,
  input: SnapshotInput,
  update: Update,
  read: { streamed: boolean } = { streamed: true },
) {
  await update(db, { progress: 0.01 });
  const t0 = performance.now();
  const progress = (p: number) => update(db, { progress: 0.05 + 0.55 * p });
  const ledger = read.streamed
    ? await streamLedger(db, workspaceId, progress)
    : await loadLedger(db, workspaceId, progress);
  await update(db, { progress: 0.6 });
  const t1 = performance.now();
  // Engine rounds move progress from 60% to 90%, written at most every two seconds.
  let share = 0;
  let written = 0;
  const run = await runEngineInWorker(
    ledger,
    {
      params: input.params,
      ...(input.weights ? { weights: input.weights } : {}),
      ...(input.minEvidence ? { minEvidence: input.minEvidence } : {}),
    },
    (round) => {
      share = engineShare(round, share);
      if (Date.now() - written < 2000) return;
      written = Date.now();
      void update(db, { progress: 0.6 + 0.3 * share }).catch(() => {});
    },
  );
  await update(db, { progress: 0.9 });
  const t2 = performance.now();
  await db.transaction(async (tx) => {
    // Claimed first, so a runner that lost its lease writes nothing.
    await update(tx, {
      status: "done",
      progress: 1,
      algorithm: run.algorithm,
      parameters: { ...run.parameters, requested: input },
      // How long reading the ledger and the engine (in its worker, start-up included) took.
      summary: { ...run.summary, timings: { readMs: Math.round(t1 - t0), engineMs: Math.round(t2 - t1) } },
      finishedAt: new Date(),
    });
    for (let i = 0; i < run.outlets.length; i += SCORE_BATCH) {
      await tx
        .insert(reliabilityScores)
        .values(run.outlets.slice(i, i + SCORE_BATCH).map((o) => ({ workspaceId, snapshotId: id, ...o })));
    }
    await reportFinished(tx, db, workspaceId, id);
  });
}

/** Outlets and the packer the ledger's rows go into. */
async function ledgerPacker(db: Db, workspaceId: string) {
  const outletRows = await db
    .select({ id: outlets.id, name: outlets.name, kind: outlets.kind })
    .from(outlets)
    .where(eq(outlets.workspaceId, workspaceId));
  const [total] = await db
    .select({ n: count() })
    .from(assertions)
    .where(eq(assertions.workspaceId, workspaceId));
  // Packed as the rows arrive: each distinct id and value is held once, no object per assertion.
  // Article ids matter only for outlets with no printed name and for copy groups (ledger.ts).
  const unknown = new Set(outletRows.filter((o) => o.kind === "unknown").map((o) => o.id));
  const packer = new LedgerPacker(total?.n ?? 0, (a) => a.copyGroupId !== null || unknown.has(a.outletId));
  return { outletRows, packer, total: total?.n ?? 0 };
}

interface StreamedRow extends Record<string, unknown> {
  /** Null where the mapping does not need it (see the packer). */
  article_id: string | null;
  outlet_id: string;
  event_id: string;
  value: string;
  stance: LedgerAssertion["stance"];
  attribution_kind: LedgerAssertion["attributionKind"];
  wire_credit: string | null;
  copy_group_id: string | null;
  published_ms: number | null;
}

/**
 * Reads the ledger as one query streamed through a server-side cursor, LEDGER_PAGE rows per fetch,
 * in one transaction (a consistent read): the database joins the three tables once (hash joins
 * over sequential scans) instead of once per page, and the rows are packed as they arrive, values
 * kept as the JSON text PostgreSQL sends. Used on PostgreSQL; the embedded database is read in
 * keyset pages (`loadLedger`) so other requests get it between pages.
 */
export async function streamLedger(
  db: Database,
  workspaceId: string,
  progress: (share: number) => Promise<unknown> = async () => {},
): Promise<PackedLedger> {
  const { outletRows, packer, total } = await ledgerPacker(db, workspaceId);
  await db.transaction(async (tx) => {
    await tx.execute(sql`declare ledger_rows no scroll cursor for
      select case when needed then ar.id end as article_id, ar.outlet_id, c.event_id,
             c.value::text as value, a.stance, a.attribution_kind, ar.wire_credit, ar.copy_group_id,
             case when needed then (extract(epoch from ar.published_at) * 1000)::float8 end as published_ms
        from assertions a
        join articles ar on ar.workspace_id = a.workspace_id and ar.id = a.article_id
        join outlets o on o.workspace_id = ar.workspace_id and o.id = ar.outlet_id
        join claims c on c.workspace_id = a.workspace_id and c.id = a.claim_id
        cross join lateral (select ar.copy_group_id is not null or o.kind = 'unknown' as needed) n
       where a.workspace_id = ${workspaceId}`);
    for (;;) {
      const page = await queryRows<StreamedRow>(tx, sql.raw(`fetch ${LEDGER_PAGE} from ledger_rows`));
      for (let i = 0; i < page.length; i++) {
        const r = page[i] as StreamedRow;
        // The API goes on answering while a page is packed.
        if (i > 0 && i % PACK_SLICE === 0) await yieldToEventLoop();
        packer.addJson(
          {
            articleId: r.article_id ?? "",
            outletId: r.outlet_id,
            eventId: r.event_id,
            stance: r.stance,
            attributionKind: r.attribution_kind,
            wireCredit: r.wire_credit,
            copyGroupId: r.copy_group_id,
            publishedAt: r.published_ms === null ? null : Number(r.published_ms),
          },
          r.value,
        );
      }
      // Not awaited: the progress write goes through another connection (on the embedded
      // database it waits for this transaction), and a lost lease shows at the next awaited write.
      void progress(total > 0 ? packer.count / total : 1).catch(() => {});
      if (page.length < LEDGER_PAGE) break;
      await yieldToEventLoop();
    }
    await tx.execute(sql`close ledger_rows`);
  });
  return packer.pack(outletRows, await loadVerdicts(db, workspaceId));
}

/** Reads the workspace's ledger in keyset-paginated chunks, packed; `progress` gets the share read so far. */
export async function loadLedger(
  db: Db,
  workspaceId: string,
  progress: (share: number) => Promise<unknown> = async () => {},
): Promise<PackedLedger> {
  const { outletRows, packer, total } = await ledgerPacker(db, workspaceId);
  let after: string | null = null;
  for (;;) {
    const page = await db
      .select({
        id: assertions.id,
        articleId: articles.id,
        outletId: articles.outletId,
        eventId: claims.eventId,
        value: claims.value,
        stance: assertions.stance,
        attributionKind: assertions.attributionKind,
        wireCredit: articles.wireCredit,
        copyGroupId: articles.copyGroupId,
        publishedAt: articles.publishedAt,
      })
      .from(assertions)
      .innerJoin(
        articles,
        and(eq(articles.workspaceId, assertions.workspaceId), eq(articles.id, assertions.articleId)),
      )
      .innerJoin(
        claims,
        and(eq(claims.workspaceId, assertions.workspaceId), eq(claims.id, assertions.claimId)),
      )
      .where(and(eq(assertions.workspaceId, workspaceId), after ? gt(assertions.id, after) : undefined))
      .orderBy(asc(assertions.id))
      .limit(LEDGER_PAGE);
    for (let i = 0; i < page.length; i++) {
      const r = page[i] as (typeof page)[number];
      // The API goes on answering while a page is packed.
      if (i > 0 && i % PACK_SLICE === 0) await yieldToEventLoop();
      packer.add({
        articleId: r.articleId,
        outletId: r.outletId,
        eventId: r.eventId,
        value: r.value as ClaimValue,
        stance: r.stance,
        attributionKind: r.attributionKind,
        wireCredit: r.wireCredit,
        copyGroupId: r.copyGroupId,
        publishedAt: r.publishedAt ? r.publishedAt.getTime() : null,
      });
    }
    await progress(total > 0 ? packer.count / total : 1);
    if (page.length < LEDGER_PAGE) break;
    // Requests waiting for the embedded database get it between pages.
    await yieldToEventLoop();
    after = page[page.length - 1]?.id ?? null;
  }
  return packer.pack(outletRows, await loadVerdicts(db, workspaceId));
}

/**
 * The gold: every published verdict (never a draft or a retracted one), as the public sees it; an
 * event-level verdict counts for each claim it rates.
 */
async function loadVerdicts(db: Db, workspaceId: string) {
  const published = await publishedVerdicts(db, workspaceId);
  const rated = [...new Set(published.flatMap((v) => v.claimIds))];
  const ratedClaims = new Map<string, { eventId: string; value: unknown }>();
  for (let i = 0; i < rated.length; i += CLAIM_BATCH) {
    const rows = await db
      .select({ id: claims.id, eventId: claims.eventId, value: claims.value })
      .from(claims)
      .where(and(eq(claims.workspaceId, workspaceId), inArray(claims.id, rated.slice(i, i + CLAIM_BATCH))));
    for (const r of rows) ratedClaims.set(r.id, r);
  }
  return published.flatMap((v) =>
    v.claimIds.flatMap((claimId) => {
      const claim = ratedClaims.get(claimId);
      return claim
        ? [{ claimId, eventId: claim.eventId, value: claim.value as ClaimValue, ratingValue: v.ratingValue }]
        : [];
    }),
  );
}
