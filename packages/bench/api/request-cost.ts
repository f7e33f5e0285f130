// What one request costs the server, in-process: CPU time, wall time and SQL statements per
// request, sent one after another through the app (no HTTP, nothing else running, the read cache
// off), so the figures are the request's own work and not queueing; and the mean CPU time per
// request of this process and of the PostgreSQL backends serving it (from /proc, when the server
// runs on this machine; the server's shared processes, such as the WAL writer, are not counted).
//   --request assertion (default): `POST …/assertions`, an existing quote asserted of another claim
//     of its event (as in throughput.ts), which runs detection for its event and its article;
//   --request outlet: `POST …/outlets`; --request articles | matrix | report: the reads of
//     throughput.ts (the matrix and the report of the event with the most contradictions).
//
//   node --import tsx packages/bench/api/request-cost.ts [--request assertion] [--assertions 10000] [--requests 300]
//   … --statements                # lists the SQL statements of the last request
//   … --profile FILE.cpuprofile   # a V8 CPU profile of the measured requests only; read it with cpu-profile.ts
//
// The corpus (scratch-corpus.ts) goes into a scratch database `bench_<random>` on DATABASE_URL
// (default postgres://postgres@127.0.0.1:5432/test), dropped afterwards.
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { parseArgs } from "node:util";
import { createApp } from "@kroscek/api/bench";
import { type DatabaseHandle, queryRows } from "@kroscek/db";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { handleOver, type ScratchCorpus, withScratchCorpus } from "./scratch-corpus";
import { copiedQuoteBody, copiedQuoteProbes } from "./write-probes";

const { values: args } = parseArgs({
  options: {
    assertions: { type: "string", default: "10000" },
    requests: { type: "string", default: "300" },
    request: { type: "string", default: "assertion" },
    profile: { type: "string" },
    statements: { type: "boolean", default: false },
  },
});
const baseUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const log = (msg: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${msg}`);

/**
 * CPU time (ms) so far of the given PostgreSQL backend processes, from /proc: the database
 * server's share of the requests when it runs on this machine (null where /proc is not readable).
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
    { serverUrl: baseUrl, assertions: Number(args.assertions), title: "Request cost", log },
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

const WARM_UP = 50;

/** The requests to send: a path under the workspace and, for a write, its JSON body. */
async function requestsOf(
  kind: string,
  db: DatabaseHandle["db"],
  workspaceId: string,
  count: number,
): Promise<Array<{ path: string; body?: string }>> {
  if (kind === "assertion")
    return (await copiedQuoteProbes(db, workspaceId, count)).map((p) => ({
      path: "assertions",
      body: copiedQuoteBody(p),
    }));
  if (kind === "outlet")
    return Array.from({ length: count }, (_, i) => ({
      path: "outlets",
      body: JSON.stringify({ name: `Outlet ${i} ${randomBytes(4).toString("hex")}` }),
    }));
  const [busiest] = await queryRows<{ event_id: string }>(
    db,
    sql`select event_id from contradictions where workspace_id = ${workspaceId}::uuid and active
         group by event_id order by count(*) desc, event_id limit 1`,
  );
  const paths: Record<string, string> = {
    articles: "articles",
    matrix: `events/${busiest?.event_id}/matrix`,
    report: `reports/contradictions?eventId=${busiest?.event_id}`,
  };
  const path = paths[kind];
  if (!path) throw new Error(`--request ${kind}: one of assertion, outlet, articles, matrix, report`);
  return Array.from({ length: count }, () => ({ path }));
}

async function measure(scratch: ScratchCorpus, { sql: client, counter }: ReturnType<typeof postgresClient>) {
  const { name, token } = scratch;
  const db = scratch.handle.db;
  const workspace = { id: scratch.workspaceId };
  const corpus = { stats: scratch.stats };
  const app = createApp({
    handle: handleOver(client, name),
    // Every read computes its answer.
    readCacheBytes: 0,
  });
  const count = Number(args.requests) + WARM_UP;
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const requests = await requestsOf(args.request ?? "assertion", db, workspace.id, count);
  const statuses: Record<string, number> = {};
  const cpu: number[] = [];
  const wall: number[] = [];
  const stmts: number[] = [];
  const session = args.profile ? new Session() : null;
  let pgCpu0: number | null = null;
  let backends: number[] = [];
  let appCpu0 = process.cpuUsage();
  for (let i = 0; i < requests.length; i++) {
    const request = requests[i];
    if (!request) break;
    if (i === WARM_UP) {
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
    if (session && i === WARM_UP) {
      session.connect();
      await session.post("Profiler.enable");
      await session.post("Profiler.start");
    }
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const s0 = counter.statements;
    counter.trace = [];
    const res = await app.request(`/api/v1/workspaces/bench/${request.path}`, {
      method: request.body ? "POST" : "GET",
      headers,
      ...(request.body ? { body: request.body } : {}),
    });
    await res.arrayBuffer();
    const c = process.cpuUsage(c0);
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    if (i < WARM_UP || res.status >= 300) continue; // warm-up, and only the requests answered
    wall.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
    stmts.push(counter.statements - s0);
  }
  const pgCpu1 = backendCpuMs(backends);
  const appCpu = process.cpuUsage(appCpu0);
  const sent = requests.length - WARM_UP;
  if (session && args.profile) {
    const { profile } = await session.post("Profiler.stop");
    writeFileSync(args.profile, JSON.stringify(profile));
    session.disconnect();
  }
  if (args.statements) console.log(["The last request's statements:", ...counter.trace, ""].join("\n"));
  const row = (label: string, xs: number[], digits = 2) =>
    `| ${label} | ${quantile(xs, 0.5).toFixed(digits)} | ${quantile(xs, 0.95).toFixed(digits)} | ${quantile(xs, 0.99).toFixed(digits)} |`;
  console.log(
    [
      `${corpus.stats.assertions} assertions; ${cpu.length} ${args.request} requests measured after ${WARM_UP} of warm-up; statuses ${JSON.stringify(statuses)}`,
      "",
      "| per request | p50 | p95 | p99 |",
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
