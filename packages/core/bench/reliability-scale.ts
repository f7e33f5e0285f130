// Scale benchmark for outlet reliability (figures: RESULTS-scale.md).
//   pnpm exec tsx packages/core/bench/reliability-scale.ts [--sizes 100000,1000000] [--outlets 10000]
//     [--runs 3] [--no-db] [--engine-runs N]
// (a) engine: the pure ledger → scores computation in-process on synthetic data;
// (b) PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test): a scratch database
//     is created, bulk-loaded with set-based SQL, scored through the real snapshot service, exported
//     (reliability.csv, assertions.csv) into a counting sink, and dropped.
// Every measured phase runs in a fresh child process, so its peak RSS (getrusage maxrss) is its own.
import { execFileSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { ClaimValue } from "@kroscek/schema";
import { computeOutletReliability, type LedgerAssertion, type LedgerOutlet } from "../src/reliability";
import { seededRandom } from "../src/truth/test-fixtures";

const self = fileURLToPath(import.meta.url);
const support = pathToFileURL(
  fileURLToPath(new URL("../../../apps/api/src/services/exports/bench-support.ts", import.meta.url)),
).href;

interface Support {
  createScratch(url: string, name: string): Promise<void>;
  dropScratch(url: string, name: string): Promise<void>;
  bulkLoad(url: string, n: number, outlets: number): Promise<void>;
  runSnapshot(
    url: string,
  ): Promise<{ id: string; summary: unknown; loopDelayMaxMs: number; loopDelayP99Ms: number }>;
  streamExport(url: string, kind: string, format: string): Promise<{ bytes: number; lines: number }>;
}
const loadSupport = async () => (await import(support)) as Support;

const { values: opt } = parseArgs({
  options: {
    phase: { type: "string" },
    n: { type: "string" },
    sizes: { type: "string", default: "100000,1000000" },
    outlets: { type: "string", default: "10000" },
    runs: { type: "string", default: "3" },
    "engine-runs": { type: "string" },
    "no-db": { type: "boolean", default: false },
    url: { type: "string" },
    kind: { type: "string" },
    format: { type: "string" },
  },
});

const day = (d: number): ClaimValue => {
  const start = Date.UTC(2024, 0, 1) + d * 86_400_000;
  return {
    slot: "date",
    interval: {
      start: new Date(start).toISOString(),
      end: new Date(start + 86_400_000).toISOString(),
      precision: "day",
    },
  };
};

/** Same distribution as the SQL loader (bench-support.ts), from a seeded JS generator. */
function synthetic(n: number, outletCount: number) {
  const rand = seededRandom(42);
  const events = Math.max(1, Math.floor(n / 10));
  const outlets: LedgerOutlet[] = Array.from({ length: outletCount }, (_, o) => ({
    id: `o${o}`,
    name: `Outlet ${o}`,
    kind: "news",
  }));
  const values = Array.from({ length: 5 * 300 }, (_, k) => day(k));
  const wires = ["Reuters", "AP", "AFP", "Antara", "Xinhua"];
  const assertions: LedgerAssertion[] = [];
  for (let i = 0; i < n; i++) {
    const o = Math.floor(rand() * outletCount);
    const e = Math.floor(rand() * events);
    const k = rand() < 0.5 + (0.45 * (o % 10)) / 9 ? 0 : 1 + Math.floor(rand() * 4);
    const r3 = rand();
    assertions.push({
      articleId: `a${i}`,
      outletId: `o${o}`,
      eventId: `e${e}`,
      value: values[(e % 300) + k * 2] as ClaimValue,
      stance: "asserts",
      attributionKind: r3 < 0.2 ? "none" : r3 < 0.3 ? "anonymous" : "named_person",
      wireCredit: r3 > 0.95 ? (wires[i % 5] as string) : null,
      copyGroupId: null,
      publishedAt: null,
    });
  }
  return { outlets, assertions };
}

const mb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** Child side: one phase, one JSON line on stdout. */
async function phase(name: string) {
  const n = Number(opt.n);
  const outlets = Number(opt.outlets);
  const url = opt.url ?? "";
  let heapPeak = 0;
  const sampler = setInterval(() => {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }, 20);
  // The API modules are loaded before the clock starts: module compilation is not export work.
  const s = name === "engine" ? null : await loadSupport();
  const t0 = performance.now();
  let extra: Record<string, unknown> = {};
  if (name === "engine") {
    const data = synthetic(n, outlets);
    const t1 = performance.now();
    const run = computeOutletReliability(data.outlets, data.assertions, []);
    extra = {
      generateMs: t1 - t0,
      ms: performance.now() - t1,
      rounds: run.summary.rounds,
      converged: run.summary.converged,
      objects: run.summary.objects,
      dependences: run.summary.dependences,
    };
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  } else if (s) {
    if (name === "load") await s.bulkLoad(url, n, outlets);
    if (name === "snapshot") {
      const snap = await s.runSnapshot(url);
      extra = {
        summary: snap.summary,
        loopDelayMaxMs: snap.loopDelayMaxMs,
        loopDelayP99Ms: snap.loopDelayP99Ms,
      };
    }
    if (name === "export") extra = await s.streamExport(url, opt.kind ?? "", opt.format ?? "csv");
    extra = { ms: performance.now() - t0, ...extra };
  }
  clearInterval(sampler);
  console.log(JSON.stringify({ ...extra, maxRssMB: mb(), heapPeakMB: Math.round(heapPeak / 2 ** 20) }));
}

// biome-ignore lint/suspicious/noExplicitAny: a child's JSON line, read field by field for the table
function child(args: string[]): Record<string, any> {
  const out = execFileSync(
    process.execPath,
    ["--max-old-space-size=12000", "--import", "tsx", self, ...args],
    {
      encoding: "utf8",
      maxBuffer: 1 << 26,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return JSON.parse(out.trim().split("\n").pop() ?? "{}");
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

async function main() {
  const sizes = (opt.sizes ?? "").split(",").map(Number);
  const outlets = opt.outlets ?? "10000";
  const runs = Number(opt.runs);
  const url = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const rows: string[] = [];
  for (const n of sizes) {
    const engineRuns = Number(opt["engine-runs"] ?? runs);
    const eng = Array.from({ length: engineRuns }, () =>
      child(["--phase", "engine", "--n", String(n), "--outlets", outlets]),
    );
    const e0 = eng[0] ?? {};
    rows.push(
      `| ${n} | engine (in-process) | ${fmt(median(eng.map((r) => r.ms)))} | ${median(eng.map((r) => r.maxRssMB))} MB | heap ${median(eng.map((r) => r.heapPeakMB))} MB; ${e0.objects} objects, ${e0.rounds} rounds, converged ${e0.converged}, ${e0.dependences} dependent pairs; runs ${engineRuns} |`,
    );
    console.error(rows.at(-1));
    if (opt["no-db"]) continue;
    const s = await loadSupport();
    const name = `bench_reliability_${n}`;
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    await s.createScratch(url, name);
    try {
      const load = child([
        "--phase",
        "load",
        "--n",
        String(n),
        "--outlets",
        outlets,
        "--url",
        dbUrl.toString(),
      ]);
      rows.push(`| ${n} | bulk load (SQL) | ${fmt(load.ms)} | ${load.maxRssMB} MB | one run |`);
      console.error(rows.at(-1));
      const snaps = Array.from({ length: runs }, () =>
        child(["--phase", "snapshot", "--url", dbUrl.toString()]),
      );
      rows.push(
        `| ${n} | snapshot via service | ${fmt(median(snaps.map((r) => r.ms)))} | ${median(snaps.map((r) => r.maxRssMB))} MB | heap ${median(snaps.map((r) => r.heapPeakMB))} MB; event loop held up at most ${fmt(median(snaps.map((r) => r.loopDelayMaxMs)))} (p99 ${fmt(median(snaps.map((r) => r.loopDelayP99Ms)))}); runs ${runs} |`,
      );
      console.error(rows.at(-1));
      for (const [kind, format] of [
        ["reliability", "csv"],
        ["assertions", "csv"],
      ] as const) {
        const ex = Array.from({ length: runs }, () =>
          child(["--phase", "export", "--kind", kind, "--format", format, "--url", dbUrl.toString()]),
        );
        const lines = (ex[0]?.lines ?? 1) - 1;
        const ms = median(ex.map((r) => r.ms));
        rows.push(
          `| ${n} | export ${kind}.${format} | ${fmt(ms)} | ${median(ex.map((r) => r.maxRssMB))} MB | ${lines} rows, ${Math.round(lines / (ms / 1000))} rows/s, ${((ex[0]?.bytes ?? 0) / 2 ** 20).toFixed(1)} MiB; runs ${runs} |`,
        );
        console.error(rows.at(-1));
      }
    } finally {
      await s.dropScratch(url, name);
    }
  }
  console.log(
    `| assertions | phase | median time | peak RSS | notes |\n|---|---|---|---|---|\n${rows.join("\n")}`,
  );
}

if (opt.phase) await phase(opt.phase);
else await main();
