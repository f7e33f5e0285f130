// Throughput of the built server on PostgreSQL against its framework floor, in one run:
//   GET …/articles, GET …/events/{id}/matrix and GET …/reports/contradictions?eventId=… at 50
//   connections, served by the product (apps/api/dist, NODE_ENV=production, with 1 and with 2
//   worker processes, and with 1 without its read cache) and by minimal-server.ts (Hono + postgres.js running the SQL the
//   product ran for the same request); then mixed writes (assertion create with detection, outlet
//   create) at 50 connections on the product.
//
//   pnpm --filter @kroscek/api build
//   node --import tsx packages/bench/api/throughput.ts [--assertions 10000] [--seconds 8]
//
// Options: --assertions n (synthetic corpus size, default 10000) · --seconds n (per measurement,
// default 8, after 2 s of warm-up) · --connections n (default 50) · --workers a,b (default 1,2)
// · --no-uncached (leave out the product process without the read cache) · --skip-writes
// · --skip-reads (the mixed writes and the detection figure only) · --keep
// · --cpu-prof DIR (the product processes write V8 CPU profiles into DIR,
// summarised by cpu-profile.ts). The corpus goes into a scratch database `bench_<random>` on
// DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), dropped afterwards.
// Prints progress on stderr, then markdown tables and a JSON line on stdout.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { API_PACKAGE_DIR, createApp, detectAfterAssertionWrite } from "@kroscek/api/bench";
import { type DatabaseHandle, queryRows } from "@kroscek/db";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import type { Recorded } from "./minimal-server";
import { handleOver, type ScratchCorpus, withScratchCorpus } from "./scratch-corpus";
import { copiedQuoteBody, copiedQuoteProbes } from "./write-probes";

const { values: args } = parseArgs({
  options: {
    assertions: { type: "string", default: "10000" },
    seconds: { type: "string", default: "8" },
    connections: { type: "string", default: "50" },
    workers: { type: "string", default: "1,2" },
    "skip-writes": { type: "boolean", default: false },
    "skip-reads": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    "cpu-prof": { type: "string" },
    "no-uncached": { type: "boolean", default: false },
  },
});
const baseUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const seconds = Number(args.seconds);
const connections = Number(args.connections);
const workerCounts = (args.workers ?? "1").split(",").map(Number);
const minimalServer = fileURLToPath(new URL("./minimal-server.ts", import.meta.url));
const log = (msg: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${msg}`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

interface Measured {
  target: string;
  endpoint: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
  load: string;
  /** Answers by status code, e.g. { "201": 812, "409": 3 }. */
  statuses?: Record<string, number>;
  /** Refused requests by status, error code and message, e.g. { "409 conflict: …": 3 }. */
  refusals?: Record<string, number>;
}

/** Starts a server process and resolves its base URL from the line announcing it. */
function start(
  command: string[],
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess }> {
  const [bin, ...rest] = command;
  const child = spawn(bin ?? process.execPath, rest, {
    cwd: API_PACKAGE_DIR,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  return new Promise((resolve, reject) => {
    child.stderr?.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.once("exit", (code) => reject(new Error(`${command.join(" ")} exited (${code}): ${err}`)));
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/[\d.:]+)/.exec(out);
      if (m?.[1]) resolve({ url: m[1], child });
    });
  });
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

async function cannon(
  url: string,
  opts: Partial<autocannon.Options>,
  duration: number,
): Promise<autocannon.Result> {
  return autocannon({ url, connections, duration, ...opts });
}

async function measure(target: string, endpoint: string, url: string, headers: Record<string, string>) {
  await cannon(url, { headers }, 2);
  const r = await cannon(url, { headers }, seconds);
  const m: Measured = {
    target,
    endpoint,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    requests: r.requests.total,
    load: load(),
  };
  log(
    `${target} ${endpoint}: ${m.rps.toFixed(0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms, ` +
      `${m.errors} errors, ${m.non2xx} non-2xx (load ${m.load})`,
  );
  return m;
}

async function main() {
  const children: ChildProcess[] = [];
  await withScratchCorpus(
    { serverUrl: baseUrl, assertions: Number(args.assertions), title: "Throughput", keep: args.keep, log },
    async (scratch) => {
      try {
        await measureAll(scratch, children);
      } finally {
        for (const c of children) await stop(c);
      }
    },
  );
}

/** Every line of the benchmark on the scratch corpus; the servers started go into `children`. */
async function measureAll(scratch: ScratchCorpus, children: ChildProcess[]) {
  const { name, url, token } = scratch;
  const db = scratch.handle.db;
  const workspace = { id: scratch.workspaceId };
  const corpus = { stats: scratch.stats };
  const [busiest] = await queryRows<{ event_id: string }>(
    db,
    sql`select event_id from contradictions where workspace_id = ${workspace.id}::uuid and active
           group by event_id order by count(*) desc, event_id limit 1`,
  );
  if (!busiest) throw new Error("the corpus has no contradiction");
  const ws = "/api/v1/workspaces/bench";
  const endpoints: Record<string, string> = {
    "GET …/articles": `${ws}/articles`,
    "GET …/events/{id}/matrix": `${ws}/events/${busiest.event_id}/matrix`,
    "GET …/reports/contradictions": `${ws}/reports/contradictions?eventId=${busiest.event_id}`,
  };

  // The product's SQL for each request, recorded from the app in this process (second request:
  // what a warm server runs), for the minimal server to run.
  let recording: { query: string; params: unknown[] }[] | null = null;
  const client = postgres(url, {
    max: 2,
    onnotice: () => {},
    debug: (_c, query, params) => {
      recording?.push({ query, params: params as unknown[] });
    },
  });
  const recorder = createApp({
    handle: handleOver(client, name),
    // The statements the read itself runs, not a cache hit's snapshot check.
    readCacheBytes: 0,
  });
  const recorded: Recorded = {};
  const auth = { authorization: `Bearer ${token}` };
  for (const path of Object.values(endpoints)) {
    await recorder.request(path, { headers: auth });
    recording = [];
    const res = await recorder.request(path, { headers: auth });
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    recorded[path] = recording;
    recording = null;
  }
  await client.end({ timeout: 1 });
  const recordedFile = join(tmpdir(), `${name}-recorded.json`);
  writeFileSync(recordedFile, JSON.stringify(recorded));
  for (const [label, path] of Object.entries(endpoints))
    log(`${label}: the product runs ${recorded[path]?.length} statements per request`);

  const results: Measured[] = [];
  const minimal = await start([process.execPath, "--import", "tsx", minimalServer, recordedFile, url], {});
  children.push(minimal.child);
  const products: { label: string; url: string; child: ChildProcess }[] = [];
  // Each worker count with the read cache (the default), and one process without it.
  const setups = [
    ...workerCounts.map((workers) => ({ workers, cacheMb: "64", label: `product ×${workers}` })),
    ...(args["no-uncached"] ? [] : [{ workers: 1, cacheMb: "0", label: "product ×1, no read cache" }]),
  ];
  for (const { workers, cacheMb, label } of setups) {
    const p = await start(
      [
        process.execPath,
        ...(args["cpu-prof"] ? ["--cpu-prof", "--cpu-prof-dir", args["cpu-prof"]] : []),
        "dist/main.js",
        "serve",
        "--port",
        "0",
        ...(workers > 1 ? ["--workers", String(workers)] : []),
      ],
      { DATABASE_URL: url, NODE_ENV: "production", KROSCEK_DEMO: "off", KROSCEK_READ_CACHE_MB: cacheMb },
    );
    children.push(p.child);
    products.push({ label, ...p });
  }
  // Interleaved per endpoint, so every target sees the same machine load.
  for (const [label, path] of args["skip-reads"] ? [] : Object.entries(endpoints)) {
    results.push(await measure("minimal", label, `${minimal.url}${path}`, auth));
    for (const p of products) {
      results.push(await measure(p.label, label, `${p.url}${path}`, auth));
    }
  }

  // Mixed writes (assertion create with detection, outlet create) on each worker count.
  const writes: Measured[] = [];
  if (!args["skip-writes"]) {
    for (const p of products.filter((q) => !q.label.includes("no read cache"))) {
      writes.push(...(await mixedWrites(db, workspace.id, p.url, token, p.label)));
    }
  }

  // What detection costs per write at this corpus size: the detection an assertion write runs
  // (its event and its article), timed alone, 100 times in a row, with nothing else running.
  const detectMs: number[] = [];
  const sample = await queryRows<{ article_id: string; event_id: string }>(
    db,
    sql`select a.article_id, c.event_id from assertions a
            join claims c on c.workspace_id = a.workspace_id and c.id = a.claim_id
           where a.workspace_id = ${workspace.id}::uuid order by md5(a.id::text) limit 100`,
  );
  for (const p of sample) {
    const t0 = performance.now();
    await db.transaction((tx) =>
      detectAfterAssertionWrite(tx, workspace.id, { articleIds: [p.article_id], eventIds: [p.event_id] }),
    );
    detectMs.push(performance.now() - t0);
  }
  detectMs.sort((a, b) => a - b);
  const pct = (q: number) => detectMs[Math.min(detectMs.length - 1, Math.ceil(q * detectMs.length) - 1)] ?? 0;
  const detection = { p50: pct(0.5), p95: pct(0.95), p99: pct(0.99) };
  log(`detection per write: p50 ${detection.p50.toFixed(1)} ms, p95 ${detection.p95.toFixed(1)} ms`);

  const table = [
    "| endpoint | server | requests/s | p50 ms | p99 ms | errors | non-2xx | vs minimal | load avg (1/5/15 min) |",
    "|---|---|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const r of results) {
    const floor = results.find((m) => m.target === "minimal" && m.endpoint === r.endpoint);
    const ratio = floor && r.target !== "minimal" ? `${((100 * r.rps) / floor.rps).toFixed(0)} %` : "";
    table.push(
      `| ${r.endpoint} | ${r.target} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${ratio} | ${r.load} |`,
    );
  }
  for (const w of writes) {
    table.push(
      `| ${w.endpoint} | ${w.target} | ${w.rps.toFixed(0)} | ${w.p50} | ${w.p99} | ${w.errors} | ${w.non2xx} | | ${w.load} |`,
    );
  }
  console.log(
    [
      `${corpus.stats.assertions} assertions, ${corpus.stats.articles} articles, ${connections} connections, ` +
        `${seconds} s per line after 2 s warm-up; ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}`,
      "",
      ...table,
      "",
      `Detection per assertion write, alone (100 sequential, in-process): p50 ${detection.p50.toFixed(1)} ms, ` +
        `p95 ${detection.p95.toFixed(1)} ms, p99 ${detection.p99.toFixed(1)} ms`,
    ].join("\n"),
  );
  console.log(JSON.stringify({ assertions: corpus.stats.assertions, results, writes, detection }));
}

/** Waits (up to 30 s) until no other session of this database is running a statement or a transaction. */
async function settle(db: DatabaseHandle["db"]) {
  for (let i = 0; i < 300; i++) {
    const [busy] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from pg_stat_activity
           where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'`,
    );
    if (!busy?.n) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  log("the database did not settle within 30 s");
}

/**
 * Mixed writes at the benchmark's connection count: every other request creates an assertion
 * (which runs detection for its event and its article), the rest create outlets.
 */
async function mixedWrites(
  db: DatabaseHandle["db"],
  workspaceId: string,
  base: string,
  token: string,
  target: string,
) {
  // Requests still in flight when the previous line stopped commit afterwards: once they have,
  // the quotes not yet asserted are chosen, so no write repeats an earlier one (a 409).
  await settle(db);
  const probes = await copiedQuoteProbes(db, workspaceId, 6000);
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  let n = 0;
  const assertionBody = () => {
    const p = probes[n++ % probes.length];
    if (!p) throw new Error("no assertion to copy");
    return copiedQuoteBody(p);
  };
  const run = async (label: string, list: autocannon.Request[]) => {
    // Why requests were refused: each non-2xx answer's status, error code and message, counted.
    const refusals: Record<string, number> = {};
    const requests = list.map((q) => ({
      ...q,
      onResponse: (status: number, body: string) => {
        if (status < 300) return;
        let why = "";
        try {
          const e = (JSON.parse(body) as { error?: { code?: string; message?: string } }).error;
          // Quoted values blanked, so one reason counts once.
          why = `${e?.code}: ${e?.message?.replace(/\('[^']*'\)|"[^"]*"/g, "…")}`;
        } catch {
          why = body.slice(0, 80);
        }
        const key = `${status} ${why}`;
        refusals[key] = (refusals[key] ?? 0) + 1;
      },
    }));
    await cannon(`${base}/`, { requests }, 2);
    for (const k of Object.keys(refusals)) delete refusals[k];
    const r = await cannon(`${base}/`, { requests }, seconds);
    const m: Measured = {
      target,
      endpoint: label,
      rps: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      errors: r.errors + r.timeouts,
      non2xx: r.non2xx,
      requests: r.requests.total,
      load: load(),
      statuses: Object.fromEntries(
        Object.entries(
          (r as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {},
        ).map(([code, v]) => [code, v.count]),
      ),
      refusals: { ...refusals },
    };
    log(
      `${target} ${label}: ${m.rps.toFixed(0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms, ${m.non2xx} non-2xx ` +
        `(statuses ${JSON.stringify(m.statuses)}; ${JSON.stringify(m.refusals)})`,
    );
    return m;
  };
  const assertion: autocannon.Request = {
    method: "POST",
    path: "/api/v1/workspaces/bench/assertions",
    headers,
    setupRequest: (req) => ({ ...req, body: assertionBody() }),
  };
  const outlet: autocannon.Request = {
    method: "POST",
    path: "/api/v1/workspaces/bench/outlets",
    headers,
    setupRequest: (req) => ({
      ...req,
      body: JSON.stringify({ name: `Outlet ${randomBytes(6).toString("hex")}` }),
    }),
  };
  return [
    await run("POST assertions + POST outlets (alternating)", [assertion, outlet]),
    await run("POST assertions only", [assertion]),
  ];
}

await main();
