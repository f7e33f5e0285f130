// Reliability snapshots: one computation of every outlet's score, stored with its parameters and
// algorithm version. POST records a queued snapshot and its `reliability.snapshot` job in one
// transaction and answers 202; the job system runs the job, whose handler claims the row, reports
// `progress` on it, and runs the engine in a worker thread.

import { hostname } from "node:os";
import { RELIABILITY_VERSION } from "@kroscek/core";
import { type Database, type Db, loggableError, postgresUrlOf, queryRows, safeMessage } from "@kroscek/db";
import { SnapshotCreateSchema } from "@kroscek/schema";
import { reliabilitySnapshots } from "@kroscek/schema/tables";
import { and, eq, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import type { z } from "zod";
import type { Actor } from "../actor";
import { JOB_SCHEMA, type JobKind, type JobQueue } from "../jobs/job-queue";
import { jobsInScope, jobsOfDatabase } from "../jobs/job-scope";
import { emitEvent } from "../webhooks/outbox";
import { engineShare, type LedgerSource, runEngineInWorker } from "./engine";
import { assertionCount, loadLedger, streamLedger } from "./ledger";
import { type SnapshotRow, toSnapshotView } from "./read";
import { storeRefreshState } from "./refresh";

/**
 * From this many assertions on, the worker reads the ledger itself: below it, reading takes less
 * than the worker's own database connection and modules take to start.
 */
export const WORKER_READ_MIN = 50_000;

type SnapshotInput = z.output<typeof SnapshotCreateSchema>;

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
 * job of each snapshot calls `computeForJob`. Without a running job system (one-shot commands,
 * benchmarks), `workThroughQueue` works through the queue: a snapshot is claimed with `FOR UPDATE SKIP LOCKED`,
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
  workThroughQueue(): Promise<void> {
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
        const job = await this.claimOldest().catch((error: Error) => {
          console.error(`reliability snapshots: could not claim work: ${loggableError(error)}`);
          return null;
        });
        if (!job) break;
        await this.compute(job);
      }
      // Another pass if asked again meanwhile: a snapshot queued while the last claim query ran.
    }
  }

  private async claimOldest(): Promise<{
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

  private async compute(job: { workspaceId: string; id: string; parameters: unknown; attempts: number }) {
    const { workspaceId, id } = job;
    if (job.attempts > SNAPSHOT_MAX_ATTEMPTS) {
      await this.markFailed(
        workspaceId,
        id,
        `computation was interrupted ${SNAPSHOT_MAX_ATTEMPTS} times (the process computing it stopped); start a new snapshot`,
      );
      return;
    }
    const requested = (job.parameters as { requested?: unknown } | null)?.requested;
    const parsed = SnapshotCreateSchema.safeParse(requested ?? {});
    const heartbeat = setInterval(() => void this.renewLease(workspaceId, id).catch(() => {}), HEARTBEAT_MS);
    heartbeat.unref();
    try {
      if (!parsed.success) throw new Error(`stored parameters are invalid: ${parsed.error.message}`);
      await computeSnapshot(
        this.db,
        workspaceId,
        id,
        parsed.data,
        (tx, set) => this.updateIfHeld(tx, workspaceId, id, set),
        { streamed: !this.embedded },
      );
    } catch (error) {
      if (error instanceof LostLease) return;
      await this.markFailed(workspaceId, id, safeMessage(error).slice(0, 2000));
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** Marks the snapshot failed and reports it, in one transaction (nothing if the lease was lost). */
  private markFailed(workspaceId: string, id: string, error: string): Promise<void> {
    return this.db
      .transaction(async (tx) => {
        await this.updateIfHeld(tx, workspaceId, id, { status: "failed", error, finishedAt: new Date() });
        await reportFinished(tx, this.db, workspaceId, id);
      })
      .catch(() => {});
  }

  /**
   * Claims one snapshot for its job, unless it is finished (null: nothing to do). The job system
   * runs a job in one place at a time; when it retries a run whose process died, the new claim
   * replaces the old one, and the old run, if it was only slow, writes nothing more (LostLease).
   */
  async claimForJob(workspaceId: string, id: string): Promise<SnapshotJob | null> {
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

  /** Computes one snapshot for its job (see `claimForJob`). */
  async computeForJob(workspaceId: string, id: string): Promise<void> {
    const job = await this.claimForJob(workspaceId, id);
    if (!job) return;
    const run = this.compute(job);
    inFlight.add(run);
    try {
      await run;
    } finally {
      inFlight.delete(run);
    }
  }

  private renewLease(workspaceId: string, id: string) {
    return this.updateIfHeld(this.db, workspaceId, id, {
      leaseUntil: sql`now() + make_interval(secs => ${SNAPSHOT_LEASE_SECONDS})` as unknown as Date,
    });
  }

  /**
   * Writes to the snapshot row (progress, a renewed lease, the final status) only while this
   * runner still holds it; otherwise throws LostLease.
   */
  private async updateIfHeld(
    db: Db,
    workspaceId: string,
    id: string,
    set: Partial<SnapshotRow>,
  ): Promise<void> {
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
      new SnapshotRunner(db, `${RUNNER_ID}/${job.id}#${job.retryCount}`, timing.embedded).computeForJob(
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
  const kick = new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
    snapshotRunner(db).workThroughQueue(),
  );
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

/**
 * Computes one claimed snapshot: reads the ledger, runs the engine in a worker, stores the scores.
 * On PostgreSQL the worker reads the ledger itself on a connection of its own (the rows and their
 * packing never touch this event loop); on the embedded database, which lives on this thread,
 * the ledger is read here in keyset pages and handed to the worker.
 */
export async function computeSnapshot(
  db: Database,
  workspaceId: string,
  id: string,
  input: SnapshotInput,
  update: Update,
  read: { streamed: boolean; workerReadMin?: number } = { streamed: true },
) {
  await update(db, { progress: 0.01 });
  const t0 = performance.now();
  const progress = (p: number) => update(db, { progress: 0.05 + 0.55 * p });
  const url = postgresUrlOf(db);
  const source: LedgerSource =
    read.streamed && url && (await assertionCount(db, workspaceId)) >= (read.workerReadMin ?? WORKER_READ_MIN)
      ? { read: { url, workspaceId } }
      : {
          ledger: read.streamed
            ? await streamLedger(db, workspaceId, progress)
            : await loadLedger(db, workspaceId, progress),
        };
  const tPacked = performance.now();
  // Reading moves progress from 5% to 60%, engine rounds from 60% to 90%; written at most every
  // two seconds while the worker works.
  let share = 0;
  let written = 0;
  const throttled = (p: number) => {
    if (Date.now() - written < 2000) return;
    written = Date.now();
    void update(db, { progress: p }).catch(() => {});
  };
  const { run, scoreRows, readMs, stored } = await runEngineInWorker(
    source,
    {
      params: input.params,
      ...(input.weights ? { weights: input.weights } : {}),
      ...(input.minEvidence ? { minEvidence: input.minEvidence } : {}),
    },
    {
      onReading: (p) => throttled(0.05 + 0.55 * p),
      onRound: (round) => {
        share = engineShare(round, share);
        throttled(0.6 + 0.3 * share);
      },
    },
  );
  const t1 = readMs === null ? tPacked : t0 + readMs;
  await update(db, { progress: 0.9 });
  const t2 = performance.now();
  await db.transaction(async (tx) => {
    // Claimed first, so a runner that lost its lease writes nothing.
    await update(tx, {
      status: "done",
      progress: 1,
      algorithm: run.algorithm,
      parameters: { ...run.parameters, requested: input },
      // How long reading the ledger and the engine (in its worker, start-up included) took; when
      // the worker reads the ledger, its start-up counts in reading.
      summary: { ...run.summary, timings: { readMs: Math.round(t1 - t0), engineMs: Math.round(t2 - t1) } },
      finishedAt: new Date(),
    });
    // The rows arrive as JSON made in the worker, decoded one slice at a time: each is sent on
    // as one parameter, and this thread holds one slice's string at a time.
    for (const json of scoreRows)
      await tx.execute(sql`insert into reliability_scores (workspace_id, snapshot_id, outlet_id, status, basis,
          score, accuracy, accuracy_low, accuracy_high, assertion_count, claim_count, unsourced_count,
          anonymous_count, components)
        select ${workspaceId}, ${id}, r.outlet_id, r.status, r.basis, r.score, r.accuracy, r.accuracy_low,
               r.accuracy_high, r.assertion_count, r.claim_count, r.unsourced_count, r.anonymous_count,
               r.components
          from json_populate_recordset(null::reliability_scores, ${json}::json) r`);
    // The new full computation is what refreshes start from now; earlier refreshed scores go.
    if (stored)
      await storeRefreshState(
        tx,
        workspaceId,
        id,
        RELIABILITY_VERSION,
        run.parameters,
        stored.state,
        stored.parts,
      );
    await reportFinished(tx, db, workspaceId, id);
  });
}
