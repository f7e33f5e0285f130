import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type DatabaseHandle, migrate, openDatabase } from "@kroscek/db";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProbeTable, probeKind } from "../../test/job-probe";
import { JobQueue } from "./job-queue";

/** A database a second process can open too: a scratch database on DATABASE_URL's server, else a PGlite directory. */
async function sharedDatabase(): Promise<{
  where: string;
  open: () => Promise<DatabaseHandle>;
  drop: () => Promise<void>;
}> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `t_jobs_${randomBytes(5).toString("hex")}`;
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
  const dir = mkdtempSync(join(tmpdir(), "kroscek-jobs-"));
  return {
    where: dir,
    open: () => openDatabase({ dataDir: dir, exclusive: true }),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

const workerScript = fileURLToPath(new URL("../../test/job-worker-process.ts", import.meta.url));

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

const until = async (check: () => Promise<boolean>, ms = 30_000) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 200));
  }
};

describe("job queue", () => {
  let shared: Awaited<ReturnType<typeof sharedDatabase>>;
  beforeAll(async () => {
    shared = await sharedDatabase();
    const handle = await shared.open();
    await migrate(handle);
    await createProbeTable(handle.db);
    // pg-boss creates its tables on first start.
    const q = new JobQueue(handle);
    await q.start();
    await q.stop();
    await handle.close();
  }, 120_000);
  afterAll(async () => {
    await shared?.drop();
  });

  it("completes once a job whose process was killed with SIGKILL mid-run", async () => {
    let handle = await shared.open();
    const sender = new JobQueue(handle);
    sender.define(probeKind(handle.db, async () => {}));
    await sender.boss.start();
    await sender.boss.createQueue("test.probe", {
      name: "test.probe",
      retryLimit: 3,
      retryDelay: 1,
      retryBackoff: true,
      expireInSeconds: 2,
    });
    const id = await sender.send("test.probe", { label: "killed" });
    await sender.boss.stop({ graceful: false, close: false, wait: true });
    // The embedded database admits one process: the worker takes it over.
    if (handle.kind === "pglite") await handle.close();

    const worker = startWorker(shared.where);
    await worker.started;
    const exited = new Promise((r) => worker.child.once("exit", r));
    worker.child.kill("SIGKILL");
    await exited;

    if (handle.kind === "pglite") handle = await shared.open();
    const queue = new JobQueue(handle, { maintenanceIntervalSeconds: 1, pollingIntervalSeconds: 0.5 });
    queue.define(probeKind(handle.db, async () => {}));
    await queue.start();
    const phases = async () =>
      (await handle.db.execute(
        sql`select phase from job_probe where label = 'killed' order by at`,
      )) as unknown as { phase: string }[] | { rows: { phase: string }[] };
    const list = async () => {
      const r = await phases();
      return (Array.isArray(r) ? r : r.rows).map((x) => x.phase);
    };
    await until(async () => (await list()).includes("finished"));
    // Some time for a second, wrong, run to show up.
    await new Promise((r) => setTimeout(r, 2500));
    expect(await list()).toEqual(["started", "started", "finished"]);
    const job = await queue.boss.getJobById("test.probe", id as string);
    expect(job?.state).toBe("completed");
    expect(job?.retryCount).toBe(1);
    await queue.stop();
    await handle.close();
  }, 90_000);

  it("writes a job inside a transaction only when the transaction commits", async () => {
    const handle = await shared.open();
    const queue = new JobQueue(handle);
    const ran: string[] = [];
    queue.define({ ...probeKind(handle.db, async () => {}), name: "test.tx" });
    await queue.boss.start();
    await queue.boss.createQueue("test.tx", { name: "test.tx" });
    const committed = await handle.db.transaction(async (tx) =>
      queue.send("test.tx", { label: "kept" }, { tx }),
    );
    let rolledBack: string | null = null;
    await handle.db
      .transaction(async (tx) => {
        rolledBack = await queue.send("test.tx", { label: "lost" }, { tx });
        throw new Error("roll back");
      })
      .catch(() => {});
    expect(rolledBack).toBeTruthy();
    expect((await queue.boss.getJobById("test.tx", committed as string))?.data).toEqual({ label: "kept" });
    expect(await queue.boss.getJobById("test.tx", rolledBack as unknown as string)).toBeNull();
    expect(ran).toEqual([]);
    await queue.boss.stop({ graceful: false, close: false, wait: true });
    await handle.close();
  }, 60_000);
});
