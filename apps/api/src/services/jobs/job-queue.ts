import { asParameter, type DatabaseHandle, type Db } from "@kroscek/db";
import { type SQL, sql } from "drizzle-orm";
import PgBoss from "pg-boss";
import { registerJobs, withJobs } from "./job-scope";

/** The schema pg-boss keeps its tables in. */
export const JOB_SCHEMA = "pgboss";

/** How a kind of job is retried and how long one run may take before it counts as lost. */
export interface JobKind<T extends object> {
  name: string;
  /** Further runs after the first failure, each later than the last (exponential back-off). */
  retryLimit: number;
  /** Seconds before the first retry; doubled each time. */
  retryDelaySeconds: number;
  /** A run still active after this long (its process died) is failed and retried. */
  expireInSeconds: number;
  /** How many of these run at once in this process. */
  concurrency?: number;
  /** A job of this kind waits this long after it is queued before its first run. */
  startAfterSeconds?: number;
  /** Queued on this cron schedule (once across processes, by pg-boss's scheduler). */
  cron?: string;
  /** Seconds between looks for new work of this kind (pg-boss's default for the queue otherwise). */
  pollingIntervalSeconds?: number;
  /**
   * `stately`: per singleton key at most one job waiting and one running, so work sent while one
   * waits joins it (coalescing). Default: every job sent runs.
   */
  policy?: "standard" | "stately";
  /** What it returns is kept as the job's output. */
  handler: (data: T, job: { id: string; retryCount: number }) => Promise<unknown>;
}

export interface JobLook {
  state: string;
  retryCount: number;
  startAfter: Date;
  output: unknown;
}

export interface SendOptions {
  startAfter?: Date | number;
  /** Write the job in this transaction: it exists exactly when the change that caused it commits. */
  tx?: Db;
  /** With a `stately` kind: the key its jobs coalesce on. */
  singletonKey?: string;
}

/** Lets pg-boss run its statements inside a drizzle transaction (both drivers). */
function transactionExecutor(tx: Db): PgBoss.Db {
  return {
    executeSql: async (text: string, values: unknown[]) => {
      const parts = text.split(/\$(\d+)/);
      const chunks: SQL[] = [];
      parts.forEach((part, i) => {
        chunks.push(i % 2 === 0 ? sql.raw(part) : sql`${asParameter(values[Number(part) - 1] ?? null)}`);
      });
      const result = await tx.execute(sql.join(chunks));
      const rows = Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? []);
      return { rows: rows as unknown[] };
    },
  };
}

/**
 * The one job system: pg-boss over the app's own database connection, the same on PostgreSQL and
 * on the embedded PGlite database (pg-boss only needs a SQL executor). Jobs are rows: they survive
 * restarts, and a run whose process died is retried after its expiry.
 */
export class JobQueue {
  readonly boss: PgBoss;
  private readonly kinds = new Map<string, JobKind<object>>();
  private started = false;

  constructor(
    private readonly handle: DatabaseHandle,
    options: { maintenanceIntervalSeconds?: number; pollingIntervalSeconds?: number } = {},
  ) {
    this.pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
    this.boss = new PgBoss({
      db: { executeSql: (text: string, values: unknown[]) => handle.executeSql(text, values) },
      schema: JOB_SCHEMA,
      // Finished jobs stay visible for a week, then are archived and deleted after a month.
      archiveCompletedAfterSeconds: 7 * 24 * 3600,
      archiveFailedAfterSeconds: 14 * 24 * 3600,
      deleteAfterDays: 30,
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
    } as PgBoss.ConstructorOptions);
    this.boss.on("error", (error) => console.error(`jobs: ${(error as Error).message}`));
  }

  private readonly pollingIntervalSeconds: number;

  /** Whether this queue runs a kind of job. */
  has(name: string): boolean {
    return this.kinds.has(name);
  }

  /** Registers a kind of job; its handler runs once `start` has been called. */
  define<T extends object>(kind: JobKind<T>): void {
    this.kinds.set(kind.name, kind as unknown as JobKind<object>);
  }

  /**
   * Creates pg-boss's tables if needed and starts working. On the embedded database only one
   * process runs, so whatever is still active was cut off by an earlier process: it is failed
   * now (and so retried) rather than after its expiry.
   */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.boss.start();
    registerJobs(this.handle.db, this);
    for (const kind of this.kinds.values()) {
      await this.boss.createQueue(kind.name, {
        name: kind.name,
        retryLimit: kind.retryLimit,
        retryDelay: kind.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: kind.expireInSeconds,
        ...(kind.policy ? { policy: kind.policy } : {}),
      });
      if (kind.cron) await this.boss.schedule(kind.name, kind.cron, {});
    }
    if (this.handle.kind === "pglite") await this.failInterrupted();
    for (const kind of this.kinds.values()) {
      for (let i = 0; i < (kind.concurrency ?? 1); i++)
        await this.boss.work<object>(
          kind.name,
          {
            pollingIntervalSeconds: Math.min(
              kind.pollingIntervalSeconds ?? this.pollingIntervalSeconds,
              this.pollingIntervalSeconds,
            ),
            batchSize: 1,
            includeMetadata: true,
          },
          async (jobs) => {
            let output: unknown;
            for (const job of jobs)
              output = await withJobs(this, () =>
                kind.handler(job.data, { id: job.id, retryCount: job.retryCount }),
              );
            return output;
          },
        );
    }
  }

  private async failInterrupted(): Promise<void> {
    const { rows } = await this.handle.executeSql(
      `select id, name from ${JOB_SCHEMA}.job where state = 'active'`,
    );
    for (const r of rows as { id: string; name: string }[])
      await this.boss.fail(r.name, r.id, { message: "the process running this job stopped" });
  }

  /** Where one job stands: its state, the runs that failed so far, its next run and its output. */
  async look(name: string, id: string): Promise<JobLook | null> {
    const { rows } = await this.handle.executeSql(
      `select state::text as state, retry_count, start_after, output from ${JOB_SCHEMA}.job
        where name = $1 and id = $2`,
      [name, id],
    );
    const r = rows[0] as
      | { state: string; retry_count: number; start_after: Date | string; output: unknown }
      | undefined;
    if (!r) return null;
    const output = typeof r.output === "string" ? JSON.parse(r.output) : r.output;
    return {
      state: r.state,
      retryCount: r.retry_count,
      startAfter: new Date(r.start_after),
      output: output ?? null,
    };
  }

  /** Makes the failure a running job is about to report its last: it is not retried. */
  async noMoreRetries(name: string, id: string): Promise<void> {
    await this.handle.executeSql(
      `update ${JOB_SCHEMA}.job set retry_limit = retry_count where name = $1 and id = $2`,
      [name, id],
    );
  }

  /** Queues a job; with `tx`, inside that transaction. Null when a singleton is already queued. */
  async send<T extends object>(name: string, data: T, options: SendOptions = {}): Promise<string | null> {
    const kind = this.kinds.get(name);
    if (!kind) throw new Error(`no job kind '${name}'`);
    const { tx } = options;
    const startAfter =
      options.startAfter ??
      (kind.startAfterSeconds ? new Date(Date.now() + kind.startAfterSeconds * 1000) : undefined);
    return this.boss.send(name, data, {
      ...(startAfter === undefined
        ? {}
        : { startAfter: startAfter instanceof Date ? startAfter : new Date(startAfter) }),
      retryLimit: kind.retryLimit,
      retryDelay: kind.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: kind.expireInSeconds,
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      ...(tx ? { db: transactionExecutor(tx) } : {}),
    });
  }

  /** Stops taking work; a run in progress gets a few seconds, then is left to expire and retry. */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, timeout: 5000, wait: true, close: false });
  }
}
