import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type DatabaseHandle, migrate, openDatabase } from "@kroscek/db";
import { SnapshotCreateSchema } from "@kroscek/schema";
import { reliabilityScores, reliabilitySnapshots } from "@kroscek/schema/tables";
import { and, eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildLedger, LedgerFixture } from "../../test/ledger-fixture";
import { seedWorkspace } from "../../test/seed";
import { systemActor } from "../actor";
import { DEFAULT_LIMITS } from "../fetch/safe-fetch";
import { createAppJobs } from "../jobs/app-jobs";
import { SNAPSHOT_JOB, startSnapshot, waitForSnapshotRow } from "./runner";

/** A database a second process can open too: a scratch database on DATABASE_URL's server, else a PGlite directory. */
async function sharedDatabase() {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `t_snapjob_${randomBytes(5).toString("hex")}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const scratch = new URL(url);
    scratch.pathname = `/${name}`;
    return {
      where: scratch.toString(),
      open: () => openDatabase({ url: scratch.toString(), maxConnections: 4 }),
      drop: async () => {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end({ timeout: 5 });
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "kroscek-snapjob-"));
  return {
    where: dir,
    open: () => openDatabase({ dataDir: dir, exclusive: true }),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

const workerScript = fileURLToPath(new URL("../../test/snapshot-worker-process.ts", import.meta.url));

function startWorker(where: string): { child: ChildProcess; started: Promise<void> } {
  const child = spawn(process.execPath, ["--import", "tsx", workerScript, where], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const started = new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("started")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`worker exited (${code}) before starting the job`)));
  });
  return { child, started };
}

const timing = { retryDelaySeconds: 1, expireInSeconds: 3 };
const appJobs = (handle: DatabaseHandle) =>
  createAppJobs(handle, {
    fetchLimits: DEFAULT_LIMITS,
    maintenanceIntervalSeconds: 1,
    pollingIntervalSeconds: 0.5,
    snapshots: timing,
  });

describe("snapshot jobs", () => {
  let shared: Awaited<ReturnType<typeof sharedDatabase>>;
  let workspaceId: string;
  beforeAll(async () => {
    shared = await sharedDatabase();
    const handle = await shared.open();
    await migrate(handle);
    const ws = await seedWorkspace(handle.db, "snapjob");
    workspaceId = ws.id;
    await buildLedger(new LedgerFixture(handle.db, ws.id));
    // pg-boss creates its tables and queues on first start.
    const q = appJobs(handle);
    await q.start();
    await q.stop();
    await handle.close();
  }, 120_000);
  afterAll(async () => {
    await shared?.drop();
  });

  it("computes a snapshot whose process was killed with SIGKILL mid-run once, after a restart", async () => {
    let handle = await shared.open();
    const sender = appJobs(handle);
    await sender.boss.start();
    const row = await startSnapshot(
      handle.db,
      systemActor(workspaceId),
      SnapshotCreateSchema.parse({}),
      sender,
    );
    expect(row.status).toBe("queued");
    await sender.boss.stop({ graceful: false, close: false, wait: true });
    // The embedded database admits one process: the worker takes it over.
    if (handle.kind === "pglite") await handle.close();

    const worker = startWorker(shared.where);
    await worker.started;
    const exited = new Promise((r) => worker.child.once("exit", r));
    worker.child.kill("SIGKILL");
    await exited;

    if (handle.kind === "pglite") handle = await shared.open();
    const [cut] = await handle.db
      .select()
      .from(reliabilitySnapshots)
      .where(and(eq(reliabilitySnapshots.workspaceId, workspaceId), eq(reliabilitySnapshots.id, row.id)));
    expect(cut).toMatchObject({ status: "running", attempts: 1 });

    const queue = appJobs(handle);
    await queue.start();
    try {
      const done = await waitForSnapshotRow(handle.db, workspaceId, row.id);
      expect(done).toMatchObject({ status: "done", attempts: 2, claimedBy: null, progress: 1 });
      const scores = await handle.db
        .select()
        .from(reliabilityScores)
        .where(and(eq(reliabilityScores.workspaceId, workspaceId), eq(reliabilityScores.snapshotId, row.id)));
      expect(scores.length).toBeGreaterThan(0);
      // Stored once: one row per outlet.
      expect(new Set(scores.map((s) => s.outletId)).size).toBe(scores.length);
      const { rows } = await handle.executeSql(
        "select id from pgboss.job where name = $1 and data->>'snapshotId' = $2",
        [SNAPSHOT_JOB, row.id],
      );
      const jobId = (rows[0] as { id: string }).id;
      let job = await queue.boss.getJobById(SNAPSHOT_JOB, jobId);
      for (let i = 0; i < 20 && job?.state !== "completed"; i++) {
        await new Promise((r) => setTimeout(r, 250));
        job = await queue.boss.getJobById(SNAPSHOT_JOB, jobId);
      }
      expect(job?.state).toBe("completed");
      expect(job?.retryCount).toBe(1);
    } finally {
      await queue.stop();
      await handle.close();
    }
  }, 90_000);
});
