// What one assertion write costs the server, in-process: CPU time, wall time and SQL statements
// per `POST …/assertions` (an existing quote asserted of another claim of its event, as in
// throughput.ts), sent one after another through the app (no HTTP, nothing else running), so the
// figures are the write's own work and not queueing; and the mean CPU time per write of this
// process and of the PostgreSQL backends serving it (from /proc, when the server runs on this
// machine; the server's shared processes, such as the WAL writer, are not counted).
//
//   node --import tsx packages/bench/api/write-cost.ts [--assertions 10000] [--writes 300]
//   … --statements                # lists the SQL statements of the last write
//   … --profile FILE.cpuprofile   # a V8 CPU profile of the measured writes only; read it with cpu-profile.ts
//
// The corpus (scratch-corpus.ts) goes into a scratch database `bench_<random>` on DATABASE_URL
// (default postgres://postgres@127.0.0.1:5432/test), dropped afterwards.
import { readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { parseArgs } from "node:util";
import { createApp } from "@kroscek/api/bench";
import { type DatabaseHandle, postgresExecutor, queryRows } from "@kroscek/db";
import * as tables from "@kroscek/schema/tables";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { type ScratchCorpus, withScratchCorpus } from "./scratch-corpus";
import { copiedQuoteBody, copiedQuoteProbes } from "./write-probes";

const { values: args } = parseArgs({
  options: {
    assertions: { type: "string", default: "10000" },
    writes: { type: "string", default: "300" },
    profile: { type: "string" },
    statements: { type: "boolean", default: false },
  },
});
const baseUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const log = (msg: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${msg}`);

/**
 * CPU time (ms) so far of the given PostgreSQL backend processes, from /proc: the database
 * server's share of the writes when it runs on this machine (null where /proc is not readable).
 */
function backendCpuMs(pids: readonly number[]): number | null {
  try {
    let ticks = 0;
    for (const pid of pids) {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    }
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? 0;
};

async function main() {
  await withScratchCorpus(
    { serverUrl: baseUrl, assertions: Number(args.assertions), title: "Write cost", log },
    async (scratch) => {
      const client = postgresClient(scratch.url);
      try {
        await measure(scratch, client);
      } finally {
        await client.sql.end({ timeout: 1 });
      }
    },
  );
}

/** The app's own connection pool, counting (and, with --statements, listing) what it sends. */
function postgresClient(url: string) {
  const counter = { statements: 0, trace: [] as string[] };
  const sql = postgres(url, {
    max: 10,
    onnotice: () => {},
    debug: (_c, query, params) => {
      counter.statements++;
      if (args.statements) {
        const bytes = JSON.stringify(params ?? []).length;
        counter.trace.push(
          `${String(bytes).padStart(8)} B params · ${query.replace(/\s+/g, " ").slice(0, 150)}`,
        );
      }
    },
  });
  return { sql, counter };
}

async function measure(scratch: ScratchCorpus, { sql: client, counter }: ReturnType<typeof postgresClient>) {
  const { name, token } = scratch;
  const db = scratch.handle.db;
  const workspace = { id: scratch.workspaceId };
  const corpus = { stats: scratch.stats };
  const app = createApp({
    handle: {
      db: drizzle(client, { schema: tables }) as unknown as DatabaseHandle["db"],
      kind: "postgres",
      driver: "postgres-js",
      location: name,
      yieldToOthers: async () => {},
      executeSql: postgresExecutor(client),
      close: async () => {},
    },
  });
  const writes = Number(args.writes);
  const probes = await copiedQuoteProbes(db, workspace.id, writes + 50);
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const statuses: Record<string, number> = {};
  const cpu: number[] = [];
  const wall: number[] = [];
  const stmts: number[] = [];
  const session = args.profile ? new Session() : null;
  let pgCpu0: number | null = null;
  let backends: number[] = [];
  let appCpu0 = process.cpuUsage();
  for (let i = 0; i < probes.length; i++) {
    const probe = probes[i];
    if (!probe) break;
    if (i === 50) {
      // The backends serving the app's pool by now (sequential requests keep reusing them).
      backends = (
        await queryRows<{ pid: number }>(
          db,
          sql`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
        )
      ).map((r) => r.pid);
      pgCpu0 = backendCpuMs(backends);
      appCpu0 = process.cpuUsage();
    }
    if (session && i === 50) {
      session.connect();
      await session.post("Profiler.enable");
      await session.post("Profiler.start");
    }
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const s0 = counter.statements;
    counter.trace = [];
    const res = await app.request("/api/v1/workspaces/bench/assertions", {
      method: "POST",
      headers,
      body: copiedQuoteBody(probe),
    });
    await res.arrayBuffer();
    const c = process.cpuUsage(c0);
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    if (i < 50 || res.status !== 201) continue; // warm-up, and only the writes that wrote
    wall.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
    stmts.push(counter.statements - s0);
  }
  const pgCpu1 = backendCpuMs(backends);
  const appCpu = process.cpuUsage(appCpu0);
  const sent = probes.length - 50;
  if (session && args.profile) {
    const { profile } = await session.post("Profiler.stop");
    writeFileSync(args.profile, JSON.stringify(profile));
    session.disconnect();
  }
  if (args.statements) console.log(["The last write's statements:", ...counter.trace, ""].join("\n"));
  const row = (label: string, xs: number[], digits = 2) =>
    `| ${label} | ${quantile(xs, 0.5).toFixed(digits)} | ${quantile(xs, 0.95).toFixed(digits)} | ${quantile(xs, 0.99).toFixed(digits)} |`;
  console.log(
    [
      `${corpus.stats.assertions} assertions; ${cpu.length} writes measured after 50 of warm-up; statuses ${JSON.stringify(statuses)}`,
      "",
      "| per write | p50 | p95 | p99 |",
      "|---|---:|---:|---:|",
      row("CPU ms (this process)", cpu),
      row("wall ms", wall),
      row("SQL statements", stmts, 0),
      "",
      `Mean CPU per request over the ${sent} requests after warm-up: this process ` +
        `${((appCpu.user + appCpu.system) / 1000 / sent).toFixed(2)} ms, its PostgreSQL backends ` +
        (pgCpu0 !== null && pgCpu1 !== null ? `${((pgCpu1 - pgCpu0) / sent).toFixed(2)} ms` : "not readable"),
    ].join("\n"),
  );
}

await main();
