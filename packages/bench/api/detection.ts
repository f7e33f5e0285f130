// Detection benchmark on PostgreSQL: full re-detection, per-write detection latency and the
// contradiction report's latency over HTTP, at several corpus sizes, with precision and recall
// against the injected conflicts (exits non-zero unless both are 1.0).
//
//   pnpm exec tsx packages/bench/api/detection.ts --sizes 10000,100000,1000000
//
// Options: --sizes a,b,c (assertions) · --seed n · --writes n (default 200) · --requests n (200)
// · --legacy-max n (also time the event-by-event loop up to this size; default 100000) · --keep
// · --without-event-index (drop contradictions_event_idx after migrating, to measure its effect).
// Each size runs in a scratch database `bench_<random>` on DATABASE_URL
// (default postgres://postgres@127.0.0.1:5432/test), dropped afterwards unless --keep.
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { cpus, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { serve } from "@hono/node-server";
import {
  ApiError,
  createApiToken,
  createApp,
  createAssertion,
  detectAfterAssertionWrite,
  detectArticle,
  detectEvent,
  ensureWorkspace,
  redetectWorkspace,
  systemActor,
} from "@kroscek/api/bench";
import { type DatabaseHandle, type Db, migrate, openDatabase, queryRows } from "@kroscek/db";
import { AssertionOfClaimSchema } from "@kroscek/schema";
import { articles, events } from "@kroscek/schema/tables";
import { eq, sql } from "drizzle-orm";
import { generateCorpus } from "./synthetic";
import { detectedKeys, insertBatch, score } from "./synthetic-db";

const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "10000,100000" },
    seed: { type: "string", default: "20240116" },
    writes: { type: "string", default: "200" },
    requests: { type: "string", default: "200" },
    "legacy-max": { type: "string", default: "100000" },
    keep: { type: "boolean", default: false },
    "without-event-index": { type: "boolean", default: false },
  },
});
const baseUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const sizes = (args.sizes ?? "").split(",").map((s) => Number(s.trim()));
const writes = Number(args.writes);
const requests = Number(args.requests);
const legacyMax = Number(args["legacy-max"]);

const log = (msg: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${msg}`);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms = (v: number) => `${v.toFixed(1)} ms`;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const result = await fn();
  return [result, performance.now() - t0];
}

/** A fresh migrated database on the server; `drop` removes it. */
async function scratchDatabase(): Promise<{
  handle: DatabaseHandle;
  name: string;
  drop: () => Promise<void>;
}> {
  const name = `bench_${randomBytes(5).toString("hex")}`;
  const admin = await openDatabase({ url: baseUrl, maxConnections: 1 });
  await admin.db.execute(sql.raw(`create database ${name}`));
  await admin.close();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), maxConnections: 6 });
  await migrate(handle);
  // For comparison only: how the per-write path and the report behave without migration 0005.
  if (args["without-event-index"]) await handle.db.execute(sql.raw("drop index contradictions_event_idx"));
  return {
    handle,
    name,
    drop: async () => {
      await handle.close();
      if (args.keep) return log(`kept database ${name}`);
      const a = await openDatabase({ url: baseUrl, maxConnections: 1 });
      await a.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await a.close();
    },
  };
}

/** Full re-detection the way it ran before batching: `detectEvent` per event, `detectArticle` per article. */
async function legacyRedetect(tx: Db, workspaceId: string) {
  for (const e of await tx.select({ id: events.id }).from(events).where(eq(events.workspaceId, workspaceId)))
    await detectEvent(tx, workspaceId, e.id);
  for (const a of await tx
    .select({ id: articles.id })
    .from(articles)
    .where(eq(articles.workspaceId, workspaceId)))
    await detectArticle(tx, workspaceId, a.id);
}

interface Result {
  size: number;
  assertions: number;
  events: number;
  articles: number;
  claims: number;
  expected: number;
  found: number;
  precision: number;
  recall: number;
  loadMs: number;
  redetectMs: number;
  rerunMs: number;
  legacyMs: number | null;
  writeP50: number;
  writeP95: number;
  detectP50: number;
  detectP95: number;
  reportP50: number;
  reportP95: number;
  reportItemsMedian: number;
  listP50: number;
  listP95: number;
  contradictionsRows: number;
  flagsRows: number;
}

async function runSize(size: number): Promise<Result> {
  const { handle, name, drop } = await scratchDatabase();
  log(`size ${size}: database ${name}`);
  try {
    const db = handle.db;
    const slug = "bench";
    const { workspace } = await ensureWorkspace(db, slug, `Benchmark ${size}`);
    const actor = systemActor(workspace.id);
    const { token } = await createApiToken(db, actor, { name: "bench", role: "editor" });

    const [corpus, loadMs] = await timed(() =>
      generateCorpus(workspace.id, { assertions: size, seed: Number(args.seed) }, (b) => insertBatch(db, b)),
    );
    await db.execute(sql`analyze`);
    const st = corpus.stats;
    log(
      `generated and loaded in ${secs(loadMs)}: ${st.assertions} assertions, ${st.events} events, ` +
        `${st.articles} articles, ${st.claims} claims, ${corpus.expected.size} expected findings`,
    );

    const [, redetectMs] = await timed(() => db.transaction((tx) => redetectWorkspace(tx, workspace.id)));
    log(`full re-detection (first run, inserts): ${secs(redetectMs)}`);
    await db.execute(sql`analyze contradictions`);
    await db.execute(sql`analyze flags`);
    let quality = score(corpus.expected, await detectedKeys(db, workspace.id));
    log(`precision ${quality.precision} recall ${quality.recall} (${quality.found}/${quality.expected})`);
    if (quality.falsePositives.length + quality.falseNegatives.length > 0)
      log(
        `false positives ${quality.falsePositives.join(" ")} · false negatives ${quality.falseNegatives.join(" ")}`,
      );

    const [, rerunMs] = await timed(() => db.transaction((tx) => redetectWorkspace(tx, workspace.id)));
    log(`full re-detection (re-run, updates): ${secs(rerunMs)}`);
    let legacyMs: number | null = null;
    if (size <= legacyMax) {
      [, legacyMs] = await timed(() => db.transaction((tx) => legacyRedetect(tx, workspace.id)));
      log(`event-by-event loop (re-run): ${secs(legacyMs)}`);
    }

    // Per write: an assertion created through the service, in its own transaction, which runs
    // detection for its event and its article. `reports_unconfirmed` never conflicts, so the
    // expected set stays valid. The quote is an existing one, asserted of another claim of the same
    // event and another slot, which the article does not assert yet (the same quote for the same
    // claim is refused as a duplicate); a quote whose words contradict that claim is refused (422)
    // and counted, not timed.
    const probes = await queryRows<{
      article_id: string;
      claim_id: string;
      event_id: string;
      quote_exact: string;
      position_start: number;
      position_end: number;
    }>(
      db,
      sql`select distinct on (a.id) a.article_id, c2.id as claim_id, c.event_id, a.quote_exact,
                 a.position_start, a.position_end
            from assertions a
            join claims c on c.workspace_id = a.workspace_id and c.id = a.claim_id
            join claims c2 on c2.workspace_id = c.workspace_id and c2.event_id = c.event_id
                          and c2.slot <> c.slot
           where a.workspace_id = ${workspace.id}::uuid
             and not exists (select 1 from assertions x
                              where x.workspace_id = a.workspace_id and x.article_id = a.article_id
                                and x.claim_id = c2.id)
           order by a.id, md5(a.id::text || c2.id::text) limit ${writes * 2}`,
    );
    const writeMs: number[] = [];
    const detectMs: number[] = [];
    let refused = 0;
    for (const p of probes) {
      if (writeMs.length >= writes) break;
      const input = AssertionOfClaimSchema.parse({
        articleId: p.article_id,
        claimId: p.claim_id,
        stance: "reports_unconfirmed",
        quote: { exact: p.quote_exact },
        position: { start: p.position_start, end: p.position_end },
        attribution: { kind: "named_person", text: "kata juru bicara" },
      });
      let w: number;
      try {
        [, w] = await timed(() => db.transaction((tx) => createAssertion(tx, actor, input)));
      } catch (e) {
        if (e instanceof ApiError && e.status === 422) {
          refused++;
          continue;
        }
        throw e;
      }
      writeMs.push(w);
      const touched = { articleIds: [p.article_id], eventIds: [p.event_id] };
      const [, d] = await timed(() =>
        db.transaction((tx) => detectAfterAssertionWrite(tx, workspace.id, touched)),
      );
      detectMs.push(d);
    }
    log(
      `per write (${writeMs.length} timed, ${refused} quotes refused as contradicting the claim): p50 ${ms(percentile(writeMs, 50))} p95 ${ms(percentile(writeMs, 95))}; detection alone ` +
        `p50 ${ms(percentile(detectMs, 50))} p95 ${ms(percentile(detectMs, 95))}`,
    );
    const after = score(corpus.expected, await detectedKeys(db, workspace.id));
    if (after.precision !== 1 || after.recall !== 1) quality = after;

    // The report and the list over real HTTP.
    const app = createApp({ handle });
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(s));
    });
    const { port } = server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}/api/v1/workspaces/${slug}`;
    const get = async (path: string) => {
      const t0 = performance.now();
      const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
      const body = (await res.json()) as Record<string, unknown>;
      const elapsed = performance.now() - t0;
      if (res.status !== 200)
        throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
      return { body, elapsed };
    };
    const eventIds = (
      await queryRows<{ event_id: string }>(
        db,
        sql`select event_id from (select distinct event_id from contradictions
              where workspace_id = ${workspace.id}::uuid and active) e order by md5(event_id::text)
            limit ${requests}`,
      )
    ).map((r) => r.event_id);
    const reportMs: number[] = [];
    const reportItems: number[] = [];
    for (let i = 0; i < 10; i++)
      await get(`/reports/contradictions?eventId=${eventIds[i % eventIds.length]}`);
    for (let i = 0; i < requests; i++) {
      const { body, elapsed } = await get(`/reports/contradictions?eventId=${eventIds[i % eventIds.length]}`);
      reportMs.push(elapsed);
      const evs = body.events as Array<{ slots: Array<{ findings: unknown[] }> }>;
      reportItems.push(evs.reduce((n, e) => n + e.slots.reduce((m, slot) => m + slot.findings.length, 0), 0));
    }
    const listMs: number[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 10 + requests; i++) {
      // Walks 20 pages deep, then starts again from the newest.
      const path: string = `/contradictions?limit=50${cursor && i % 20 !== 0 ? `&cursor=${cursor}` : ""}`;
      const { body, elapsed } = await get(path);
      cursor = (body.nextCursor as string | null) ?? null;
      if (i >= 10) listMs.push(elapsed);
    }
    await new Promise<void>((r) => server.close(() => r()));
    log(
      `report by event: p50 ${ms(percentile(reportMs, 50))} p95 ${ms(percentile(reportMs, 95))}; ` +
        `list page of 50: p50 ${ms(percentile(listMs, 50))} p95 ${ms(percentile(listMs, 95))}`,
    );
    const [counts] = await queryRows<{ c: number; f: number }>(
      db,
      sql`select (select count(*) from contradictions)::int as c, (select count(*) from flags)::int as f`,
    );
    return {
      size,
      assertions: st.assertions,
      events: st.events,
      articles: st.articles,
      claims: st.claims,
      expected: quality.expected,
      found: quality.found,
      precision: quality.precision,
      recall: quality.recall,
      loadMs,
      redetectMs,
      rerunMs,
      legacyMs,
      writeP50: percentile(writeMs, 50),
      writeP95: percentile(writeMs, 95),
      detectP50: percentile(detectMs, 50),
      detectP95: percentile(detectMs, 95),
      reportP50: percentile(reportMs, 50),
      reportP95: percentile(reportMs, 95),
      reportItemsMedian: percentile(reportItems, 50),
      listP50: percentile(listMs, 50),
      listP95: percentile(listMs, 95),
      contradictionsRows: counts?.c ?? 0,
      flagsRows: counts?.f ?? 0,
    };
  } finally {
    await drop();
  }
}

const results: Result[] = [];
log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`,
);
for (const size of sizes) results.push(await runSize(size));

const rows = [
  "| assertions | events | articles | load | full re-detection | re-run | event-by-event loop | write p50 / p95 | detection p50 / p95 | report (1 event) p50 / p95 | list (50) p50 / p95 | expected | precision | recall |",
  "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...results.map(
    (r) =>
      `| ${r.assertions.toLocaleString("en-US")} | ${r.events.toLocaleString("en-US")} | ${r.articles.toLocaleString("en-US")} | ` +
      `${secs(r.loadMs)} | ${secs(r.redetectMs)} | ${secs(r.rerunMs)} | ${r.legacyMs === null ? "—" : secs(r.legacyMs)} | ` +
      `${ms(r.writeP50)} / ${ms(r.writeP95)} | ${ms(r.detectP50)} / ${ms(r.detectP95)} | ` +
      `${ms(r.reportP50)} / ${ms(r.reportP95)} | ${ms(r.listP50)} / ${ms(r.listP95)} | ` +
      `${r.expected.toLocaleString("en-US")} | ${r.precision.toFixed(3)} | ${r.recall.toFixed(3)} |`,
  ),
];
console.log(rows.join("\n"));
console.log(JSON.stringify(results));
const failed = results.filter((r) => r.precision !== 1 || r.recall !== 1);
if (failed.length > 0) {
  console.error(`precision/recall below 1.0 at ${failed.map((r) => r.size).join(", ")}`);
  process.exit(1);
}
process.exit(0);
