// What one assertion write costs the server, in-process: CPU time, wall time and SQL statements
// per `POST …/assertions` (an existing quote asserted of another claim of its event, as in
// throughput.ts), sent one after another through the app (no HTTP, nothing else running), so the
// figures are the write's own work and not queueing.
//
//   node --import tsx packages/bench/api/write-cost.ts [--assertions 10000] [--writes 300]
//   … --profile FILE.cpuprofile   # a V8 CPU profile of the measured writes only; read it with cpu-profile.ts
//
// The corpus (synthetic.ts, seed 20240116) goes into a scratch database `bench_<random>` on
// DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), dropped afterwards.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { parseArgs } from "node:util";
import {
  createApiToken,
  createApp,
  ensureWorkspace,
  redetectWorkspace,
  systemActor,
} from "@kroscek/api/bench";
import { type DatabaseHandle, migrate, openDatabase, postgresExecutor } from "@kroscek/db";
import * as tables from "@kroscek/schema/tables";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { generateCorpus } from "./synthetic";
import { insertBatch } from "./synthetic-db";
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
 * CPU time (ms) of every `postgres` process on this machine so far, from /proc: the database
 * server's share of the writes when it runs here (null where /proc is not readable).
 */
function postgresCpuMs(): number | null {
  try {
    let ticks = 0;
    for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      } catch {
        continue; // the process ended meanwhile
      }
      const close = stat.lastIndexOf(")");
      if (stat.slice(stat.indexOf("(") + 1, close) !== "postgres") continue;
      const fields = stat.slice(close + 2).split(" ");
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
  const name = `bench_${randomBytes(5).toString("hex")}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const dbUrl = new URL(baseUrl);
  dbUrl.pathname = `/${name}`;
  const url = dbUrl.toString();
  let handle: DatabaseHandle | null = null;
  let client: postgres.Sql | null = null;
  try {
    handle = await openDatabase({ url, maxConnections: 6 });
    await migrate(handle);
    const db = handle.db;
    const { workspace } = await ensureWorkspace(db, "bench", "Write cost");
    const { token } = await createApiToken(db, systemActor(workspace.id), { name: "bench", role: "editor" });
    const corpus = await generateCorpus(
      workspace.id,
      { assertions: Number(args.assertions), seed: 20240116 },
      (b) => insertBatch(db, b),
    );
    await db.transaction((tx) => redetectWorkspace(tx, workspace.id));
    await db.execute(sql`analyze`);
    log(`corpus: ${corpus.stats.assertions} assertions, ${corpus.stats.events} events in ${name}`);

    let statements = 0;
    let trace: string[] = [];
    client = postgres(url, {
      max: 10,
      onnotice: () => {},
      debug: (_c, query, params) => {
        statements++;
        if (args.statements) {
          const bytes = JSON.stringify(params ?? []).length;
          trace.push(`${String(bytes).padStart(8)} B params · ${query.replace(/\s+/g, " ").slice(0, 150)}`);
        }
      },
    });
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
    let appCpu0 = process.cpuUsage();
    for (let i = 0; i < probes.length; i++) {
      const probe = probes[i];
      if (!probe) break;
      if (i === 50) {
        pgCpu0 = postgresCpuMs();
        appCpu0 = process.cpuUsage();
      }
      if (session && i === 50) {
        session.connect();
        await session.post("Profiler.enable");
        await session.post("Profiler.start");
      }
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const s0 = statements;
      trace = [];
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
      stmts.push(statements - s0);
    }
    const pgCpu1 = postgresCpuMs();
    const appCpu = process.cpuUsage(appCpu0);
    const sent = probes.length - 50;
    if (session && args.profile) {
      const { profile } = await session.post("Profiler.stop");
      writeFileSync(args.profile, JSON.stringify(profile));
      session.disconnect();
    }
    if (args.statements) console.log(["The last write's statements:", ...trace, ""].join("\n"));
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
          `${((appCpu.user + appCpu.system) / 1000 / sent).toFixed(2)} ms, PostgreSQL ` +
          (pgCpu0 !== null && pgCpu1 !== null
            ? `${((pgCpu1 - pgCpu0) / sent).toFixed(2)} ms`
            : "not readable"),
      ].join("\n"),
    );
  } finally {
    await client?.end({ timeout: 1 });
    await handle?.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 1 });
  }
}

await main();
