// Scale benchmark for outlet reliability (figures: RESULTS-scale.md).
//   pnpm exec tsx packages/bench/reliability/reliability-scale.ts [--sizes 100000,1000000] [--outlets 10000]
//     [--runs 3] [--no-db] [--engine-runs N] [--no-exports] [--no-engine] [--database NAME]
// --database: an existing database on the server already loaded for that size (kept; no load).
// (a) engine: the pure ledger → scores computation in-process on synthetic data;
// (a') refresh: the engine's end state kept, one write (an outlet files a claim on an event), and
//     the incremental refresh of the affected objects timed (and, up to 10^6, compared with a
//     full recomputation);
// (b) PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test): a scratch database
//     is created, bulk-loaded with set-based SQL, scored through the real snapshot service, exported
//     (reliability.csv, assertions.csv) into a counting sink, and dropped.
// Every measured phase runs in a fresh child process, so its peak RSS (getrusage maxrss) is its own.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { ExportKind } from "@kroscek/api/bench";
import {
  computeOutletReliability,
  estimateReliability,
  estimateReliabilityWithState,
  type LedgerAssertion,
  type LedgerOutlet,
  ledgerRowsToTruthInput,
  ledgerToTruthInput,
  PACKED_COLUMNS,
  type PackedRows,
  packedRows,
  refreshReliability,
} from "@kroscek/core";
import { seededRandom } from "@kroscek/core/bench-internals";
import type { ClaimValue } from "@kroscek/schema";

const self = fileURLToPath(import.meta.url);
// Loaded only by the phases that use the database, so the engine phases' peak RSS stays their own.
const loadSupport = () => import("./snapshot-support");
const loadScan = () => import("./scan-support");
const BENCH_WORKSPACE = "00000000-0000-7000-8000-00000000be0c";

const { values: opt } = parseArgs({
  options: {
    phase: { type: "string" },
    n: { type: "string" },
    sizes: { type: "string", default: "100000,1000000" },
    outlets: { type: "string", default: "10000" },
    runs: { type: "string", default: "3" },
    "engine-runs": { type: "string" },
    "no-db": { type: "boolean", default: false },
    "no-exports": { type: "boolean", default: false },
    /** Skip the in-process engine and refresh phases. */
    "no-engine": { type: "boolean", default: false },
    /** A database already loaded by this benchmark for the (one) size: not loaded, not dropped. */
    database: { type: "string" },
    /** Directory for CPU profiles of the snapshot phase's process (`--cpu-prof`). */
    profile: { type: "string" },
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

/**
 * Same distribution as the SQL loader (snapshot-support.ts), from a seeded JS generator, packed as the
 * snapshot service packs the rows it reads: a string table and typed-array columns.
 */
function synthetic(n: number, outletCount: number) {
  const rand = seededRandom(42);
  const events = Math.max(1, Math.floor(n / 10));
  const outlets: LedgerOutlet[] = Array.from({ length: outletCount }, (_, o) => ({
    id: `o${o}`,
    name: `Outlet ${o}`,
    kind: "news",
  }));
  const strings: string[] = [];
  const index = new Map<string, number>();
  const ref = (x: string) => {
    let i = index.get(x);
    if (i === undefined) {
      i = strings.length;
      strings.push(x);
      index.set(x, i);
    }
    return i;
  };
  const values = Array.from({ length: 5 * 300 }, (_, k) => ref(JSON.stringify(day(k))));
  const wires = ["Reuters", "AP", "AFP", "Antara", "Xinhua"].map(ref);
  const article = ref("");
  const asserts = ref("asserts");
  const kinds = ["none", "anonymous", "named_person"].map(ref);
  const outletRefs = outlets.map((o) => ref(o.id));
  const refs = new Int32Array(n * PACKED_COLUMNS);
  const eventRef = new Int32Array(events).fill(-1);
  for (let i = 0; i < n; i++) {
    const o = Math.floor(rand() * outletCount);
    const e = Math.floor(rand() * events);
    const k = rand() < 0.5 + (0.45 * (o % 10)) / 9 ? 0 : 1 + Math.floor(rand() * 4);
    const r3 = rand();
    if (eventRef[e] === -1) eventRef[e] = ref(`e${e}`);
    const at = i * PACKED_COLUMNS;
    refs[at] = article;
    refs[at + 1] = outletRefs[o] as number;
    refs[at + 2] = eventRef[e] as number;
    refs[at + 3] = asserts;
    refs[at + 4] = (r3 < 0.2 ? kinds[0] : r3 < 0.3 ? kinds[1] : kinds[2]) as number;
    refs[at + 5] = r3 > 0.95 ? (wires[i % 5] as number) : -1;
    refs[at + 6] = -1;
    refs[at + 7] = values[(e % 300) + k * 2] as number;
  }
  const table: PackedRows = { count: n, strings, refs, publishedAt: new Float64Array(n).fill(Number.NaN) };
  return { outlets, table };
}

/** The assertions of one event, as objects (what a write's refresh reads back for the event). */
function eventAssertions(table: PackedRows, eventId: string): LedgerAssertion[] {
  const e = table.strings.indexOf(eventId);
  const rows = packedRows(table);
  const out: LedgerAssertion[] = [];
  for (let i = 0; i < table.count; i++)
    if (table.refs[i * PACKED_COLUMNS + 2] === e) out.push({ ...rows.at(i) });
  return out;
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
  const s = name === "engine" || name === "refresh" ? null : await loadSupport();
  const scan = name === "scan" ? await loadScan() : null;
  const t0 = performance.now();
  let extra: Record<string, unknown> = {};
  if (name === "refresh") {
    const data = synthetic(n, outlets);
    const rows = packedRows(data.table);
    const t1 = performance.now();
    const { input } = ledgerRowsToTruthInput(data.outlets, rows, []);
    const { result: before, state } = estimateReliabilityWithState({ ...input, detail: "sources" });
    const t2 = performance.now();
    // One write: outlet o3 files a claim on event e7 with the value of the first other outlet there.
    const onEvent = eventAssertions(data.table, "e7");
    const t3 = performance.now();
    const other = onEvent.find((a) => a.outletId !== "o3");
    if (!other) throw new Error("no assertion on e7");
    const written = [...onEvent, { ...other, outletId: "o3", articleId: "written" }];
    const t4 = performance.now();
    const mini = ledgerToTruthInput(data.outlets, written, []).input;
    const refreshed = refreshReliability(state, {
      objects: [...new Set(mini.claims.map((c) => c.object))],
      claims: mini.claims,
      valueKey: input.valueKey,
      ...(input.similarity ? { similarity: input.similarity } : {}),
      ...(input.contains ? { contains: input.contains } : {}),
      ...(input.width ? { width: input.width } : {}),
    });
    const refreshMs = performance.now() - t4;
    let gap: number | null = null;
    if (n <= 1_000_000) {
      // Full recomputation after the write, for the gap.
      const table = data.table;
      const all = packedRows(table);
      const extra = { ...written[written.length - 1] } as LedgerAssertion;
      const plusOne = {
        count: all.count + 1,
        at: (i: number) => (i < all.count ? all.at(i) : extra),
      };
      const full = estimateReliability({
        ...ledgerRowsToTruthInput(data.outlets, plusOne, []).input,
        detail: "sources",
      });
      const byFull = new Map(full.sources.map((x) => [x.source, x.accuracy]));
      gap = 0;
      for (const x of refreshed.result.sources)
        gap = Math.max(gap, Math.abs(x.accuracy - (byFull.get(x.source) ?? Number.NaN)));
    }
    extra = {
      fullMs: t2 - t1,
      eventReadMs: t3 - t2,
      ms: refreshMs,
      rounds: refreshed.result.rounds,
      converged: refreshed.result.converged,
      fullRounds: before.rounds,
      eventAssertions: onEvent.length,
      gap,
    };
  } else if (name === "engine") {
    const data = synthetic(n, outlets);
    const t1 = performance.now();
    const run = computeOutletReliability(data.outlets, packedRows(data.table), []);
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
    if (name === "scan" && scan) {
      // The baseline: one sequential scan of the assertions table, in a process of its own just
      // before the snapshot's, so its million rows are no garbage of the snapshot's process.
      const baseline = await scan.scanAssertions(url, BENCH_WORKSPACE);
      extra = { ms: baseline.ms, rows: baseline.rows };
    }
    if (name === "snapshot") {
      const t = performance.now();
      const snap = await s.runSnapshot(url);
      const ms = performance.now() - t;
      extra = {
        snapshotMs: ms,
        ms,
        summary: snap.summary,
        loopDelayMaxMs: snap.loopDelayMaxMs,
        loopDelayP99Ms: snap.loopDelayP99Ms,
        holds: snap.holds,
      };
    }
    if (name === "export")
      extra = await s.streamExport(url, (opt.kind ?? "") as ExportKind, opt.format ?? "csv");
    if (name !== "scan") extra = { ms: performance.now() - t0, ...extra };
  }
  clearInterval(sampler);
  console.log(JSON.stringify({ ...extra, maxRssMB: mb(), heapPeakMB: Math.round(heapPeak / 2 ** 20) }));
}

// biome-ignore lint/suspicious/noExplicitAny: a child's JSON line, read field by field for the table
function child(args: string[]): Record<string, any> {
  const out = execFileSync(
    process.execPath,
    [
      "--max-old-space-size=12000",
      ...(opt.profile && args.includes("snapshot") ? ["--cpu-prof", `--cpu-prof-dir=${opt.profile}`] : []),
      "--import",
      "tsx",
      self,
      ...args,
    ],
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
    const engineRuns = opt["no-engine"] ? 0 : Number(opt["engine-runs"] ?? runs);
    const eng = Array.from({ length: engineRuns }, () =>
      child(["--phase", "engine", "--n", String(n), "--outlets", outlets]),
    );
    const e0 = eng[0] ?? {};
    if (engineRuns > 0)
      rows.push(
        `| ${n} | engine (in-process) | ${fmt(median(eng.map((r) => r.ms)))} | ${median(eng.map((r) => r.maxRssMB))} MB | heap ${median(eng.map((r) => r.heapPeakMB))} MB; ${e0.objects} objects, ${e0.rounds} rounds, converged ${e0.converged}, ${e0.dependences} dependent pairs; runs ${engineRuns} |`,
      );
    console.error(rows.at(-1));
    const ref = Array.from({ length: engineRuns }, () =>
      child(["--phase", "refresh", "--n", String(n), "--outlets", outlets]),
    );
    const r0 = ref[0] ?? {};
    if (engineRuns > 0)
      rows.push(
        `| ${n} | incremental refresh after one write | ${fmt(median(ref.map((r) => r.ms)))} | ${median(ref.map((r) => r.maxRssMB))} MB | ${r0.eventAssertions} assertions on the event re-mapped, ${r0.rounds} rounds, converged ${r0.converged}; max accuracy gap to a full recomputation ${r0.gap === null ? "not computed" : Number(r0.gap).toExponential(1)}; full run with state ${fmt(median(ref.map((r) => r.fullMs)))} (${r0.fullRounds} rounds); runs ${engineRuns} |`,
      );
    console.error(rows.at(-1));
    if (opt["no-db"]) continue;
    const s = await loadSupport();
    const name = opt.database ?? `bench_reliability_${n}`;
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    if (!opt.database) await s.createScratch(url, name);
    try {
      const load = opt.database
        ? null
        : child(["--phase", "load", "--n", String(n), "--outlets", outlets, "--url", dbUrl.toString()]);
      if (load) {
        rows.push(`| ${n} | bulk load (SQL) | ${fmt(load.ms)} | ${load.maxRssMB} MB | one run |`);
        console.error(rows.at(-1));
      }
      // Each run: the sequential scan, then the snapshot, each in a fresh process; the ratio is
      // the snapshot's time over the scan's just before it.
      // biome-ignore lint/suspicious/noExplicitAny: children's JSON lines, read field by field
      const snaps: Record<string, any>[] = Array.from({ length: runs }, () => {
        const scan = child(["--phase", "scan", "--url", dbUrl.toString()]);
        const snap = child(["--phase", "snapshot", "--url", dbUrl.toString()]);
        return { ...snap, scanMs: scan.ms, scanRows: scan.rows, ratio: snap.ms / scan.ms };
      });
      for (const r of snaps)
        console.error(
          JSON.stringify({
            scanMs: Math.round(r.scanMs),
            snapshotMs: Math.round(r.ms),
            ratio: Number(r.ratio.toFixed(2)),
            loopDelayMaxMs: r.loopDelayMaxMs,
            loopDelayP99Ms: r.loopDelayP99Ms,
            holds: r.holds,
            timings: r.summary?.timings,
            maxRssMB: r.maxRssMB,
          }),
        );
      rows.push(
        `| ${n} | sequential scan of assertions (own process, just before the snapshot) | ${fmt(median(snaps.map((r) => r.scanMs)))} | – | ${snaps[0]?.scanRows} rows through a cursor; runs ${runs} |`,
      );
      rows.push(
        `| ${n} | snapshot via service | ${fmt(median(snaps.map((r) => r.ms)))} | ${median(snaps.map((r) => r.maxRssMB))} MB | ${median(snaps.map((r) => r.ratio)).toFixed(1)}× the scan (per-run ratios ${snaps.map((r) => Number(r.ratio).toFixed(1)).join(", ")}); reading the ledger ${fmt(median(snaps.map((r) => r.summary?.timings?.readMs ?? 0)))}, engine in its worker ${fmt(median(snaps.map((r) => r.summary?.timings?.engineMs ?? 0)))}, ${snaps[0]?.summary?.rounds} rounds; heap ${median(snaps.map((r) => r.heapPeakMB))} MB; event loop held up at most ${fmt(median(snaps.map((r) => r.loopDelayMaxMs)))} (max over runs ${fmt(Math.max(...snaps.map((r) => r.loopDelayMaxMs)))}, p99 ${fmt(median(snaps.map((r) => r.loopDelayP99Ms)))}); runs ${runs} |`,
      );
      console.error(rows.at(-1));
      if (opt["no-exports"]) continue;
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
      if (!opt.database) await s.dropScratch(url, name);
    }
  }
  console.log(
    `| assertions | phase | median time | peak RSS | notes |\n|---|---|---|---|---|\n${rows.join("\n")}`,
  );
}

if (opt.phase) await phase(opt.phase);
else await main();
