// Used by reliability-scale.ts: bulk-loads a synthetic ledger into PostgreSQL with set-based SQL,
// then drives the real snapshot service and export streams.
import { monitorEventLoopDelay } from "node:perf_hooks";
import {
  type ExportKind,
  planExport,
  startSnapshot,
  systemActor,
  waitForSnapshots,
} from "@kroscek/api/bench";
import { migrate, openDatabase, queryRows } from "@kroscek/db";
import { sql } from "drizzle-orm";

/** Runs statements one by one on a single connection (temp tables live per connection). */
async function onOneConnection(
  url: string,
  statements: (run: (q: string) => Promise<unknown>) => Promise<void>,
) {
  const handle = await openDatabase({ url, maxConnections: 1 });
  try {
    await statements((q) => handle.db.execute(sql.raw(q)));
  } finally {
    await handle.close();
  }
}

export const createScratch = (url: string, name: string) =>
  onOneConnection(url, async (run) => {
    await run(`drop database if exists ${name} with (force)`);
    await run(`create database ${name}`);
  });

export const dropScratch = (url: string, name: string) =>
  onOneConnection(url, async (run) => {
    await run(`drop database if exists ${name} with (force)`);
  });

export const WORKSPACE_ID = "00000000-0000-7000-8000-00000000be0c";

/**
 * N assertions by O outlets over N/10 events (one date slot each, five candidate days). Outlet o
 * has accuracy 0.5 + 0.45·(o mod 10)/9; 20% of assertions are unsourced, 10% anonymous, 5% of
 * articles credit one of five wires. Seeded, so every run loads the same ledger.
 */
export async function bulkLoad(url: string, n: number, outletCount: number) {
  const handle = await openDatabase({ url, maxConnections: 1 });
  await migrate(handle);
  await handle.close();
  const events = Math.max(1, Math.floor(n / 10));
  await onOneConnection(url, async (run) => {
    await run(`insert into workspaces (id, slug, name) values ('${WORKSPACE_ID}', 'bench', 'Bench')`);
    await run(`select setseed(0.42)`);
    await run(`insert into outlets (workspace_id, id, name, kind)
      select '${WORKSPACE_ID}', md5('o' || o)::uuid, 'Outlet ' || o, 'news' from generate_series(0, ${outletCount - 1}) o`);
    await run(`insert into events (workspace_id, id, kind, title)
      select '${WORKSPACE_ID}', md5('e' || e)::uuid, 'meeting', 'Event ' || e from generate_series(0, ${events - 1}) e`);
    await run(`insert into claims (workspace_id, id, event_id, slot, value, summary, date_start, date_end, date_precision)
      select '${WORKSPACE_ID}', md5('c' || e || '-' || k)::uuid, md5('e' || e)::uuid, 'date',
        jsonb_build_object('slot', 'date', 'interval', jsonb_build_object(
          'start', to_char(d, 'YYYY-MM-DD"T"00:00:00.000"Z"'), 'end', to_char(d + 1, 'YYYY-MM-DD"T"00:00:00.000"Z"'),
          'precision', 'day')),
        'Event ' || e || ' on ' || d, d::timestamptz, (d + 1)::timestamptz, 'day'
      from generate_series(0, ${events - 1}) e, generate_series(0, 4) k,
        lateral (select date '2024-01-01' + (e % 300) + k * 2 as d) x`);
    await run(`create temp table gen as
      select i, floor(random() * ${outletCount})::int as o, floor(random() * ${events})::int as e,
        random() as r1, random() as r2, random() as r3
      from generate_series(1, ${n}) i`);
    await run(`insert into articles (workspace_id, id, outlet_id, url, title, published_at, published_precision,
        language, body, body_sha256, wire_credit)
      select '${WORKSPACE_ID}', md5('a' || i)::uuid, md5('o' || o)::uuid, 'https://news.example/' || i, 'Artikel ' || i,
        timestamptz '2024-01-01' + (i % 365) * interval '1 day', 'day', 'id',
        'Artikel ' || i || ' mengutip pejabat.', encode(sha256(convert_to('Artikel ' || i || ' mengutip pejabat.', 'UTF8')), 'hex'),
        case when r3 > 0.95 then (array['Reuters','AP','AFP','Antara','Xinhua'])[1 + (i % 5)] end
      from gen`);
    await run(`insert into assertions (workspace_id, id, article_id, claim_id, stance, quote_exact,
        position_start, position_end, attribution_kind)
      select '${WORKSPACE_ID}', md5('s' || i)::uuid, md5('a' || i)::uuid,
        md5('c' || e || '-' || (case when r1 < 0.5 + 0.45 * (o % 10) / 9.0 then 0 else 1 + floor(r2 * 4)::int end))::uuid,
        'asserts', 'Artikel ' || i, 0, length('Artikel ' || i),
        (case when r3 < 0.2 then 'none' when r3 < 0.3 then 'anonymous' else 'named_person' end)::attribution_kind
      from gen`);
    await run("analyze");
  });
}

/** Runs one snapshot through the real service; resolves with its id once it is done. */
export async function runSnapshot(url: string) {
  const handle = await openDatabase({ url, maxConnections: 2 });
  try {
    // How long the process's event loop (the API's, in the server) is held up while it computes.
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    // When the longer holds happen: a 10 ms timer's lateness over 40 ms, with its time into the run.
    const t0 = performance.now();
    const holds: { atMs: number; ms: number }[] = [];
    let last = t0;
    const ticker = setInterval(() => {
      const now = performance.now();
      if (now - last - 10 > 40) holds.push({ atMs: Math.round(last - t0), ms: Math.round(now - last - 10) });
      last = now;
    }, 10);
    const row = await startSnapshot(handle.db, systemActor(WORKSPACE_ID), { params: {} });
    await waitForSnapshots();
    clearInterval(ticker);
    loop.disable();
    const [snap] = await queryRows<{ status: string; error: string | null; summary: unknown }>(
      handle.db,
      sql`select status, error, summary from reliability_snapshots where id = ${row.id}`,
    );
    if (snap?.status !== "done") throw new Error(`snapshot ${snap?.status}: ${snap?.error}`);
    return {
      id: row.id,
      summary: snap.summary,
      loopDelayMaxMs: loop.max / 1e6,
      loopDelayP99Ms: loop.percentile(99) / 1e6,
      holds,
    };
  } finally {
    await handle.close();
  }
}

/** Streams an export into a counting sink: rows (CRLF or JSON lines) and bytes. */
export async function streamExport(url: string, kind: ExportKind, format: string) {
  const handle = await openDatabase({ url, maxConnections: 1 });
  try {
    const plan = await planExport(handle.db, WORKSPACE_ID, kind, format);
    let bytes = 0;
    let lines = 0;
    for await (const chunk of plan.body) {
      bytes += chunk.length;
      for (let i = chunk.indexOf("\n"); i >= 0; i = chunk.indexOf("\n", i + 1)) lines++;
    }
    return { bytes, lines };
  } finally {
    await handle.close();
  }
}
