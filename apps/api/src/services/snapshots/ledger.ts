// Reading a workspace's ledger for the engine, packed as it arrives (packed-ledger.ts): in the
// engine's worker on PostgreSQL two COPY streams decoded from their bytes, on the API thread one
// query streamed through a cursor (small ledgers), on the embedded database keyset pages.

import type { Readable } from "node:stream";
import type { LedgerAssertion } from "@kroscek/core";
import type { Db } from "@kroscek/db";
import { type Database, queryRows } from "@kroscek/db";
import type { ClaimValue } from "@kroscek/schema";
import { articles, assertions, claims, outlets } from "@kroscek/schema/tables";
import { and, asc, count, eq, gt, inArray, sql } from "drizzle-orm";
import postgres from "postgres";
import { yieldToEventLoop } from "../../lib/yield";
import { articleOfAssertion, claimOfAssertion } from "../joins";
import { publishedVerdicts } from "../published-verdicts";
import { CopyLedgerPacker, LedgerPacker, type PackedLedger } from "./packed-ledger";

/** Rows read per query while loading the ledger: bounded memory per round trip. */
export const LEDGER_PAGE = 5000;
/** Rows packed between two yields to the event loop. */
const PACK_SLICE = 1000;
/** Claims read per query when resolving the verdicts' claims. */
const CLAIM_BATCH = 1000;

/** How many assertions the workspace's ledger holds. */
export async function assertionCount(db: Db, workspaceId: string): Promise<number> {
  const [total] = await db
    .select({ n: count() })
    .from(assertions)
    .where(eq(assertions.workspaceId, workspaceId));
  return total?.n ?? 0;
}

/** Outlets and the packer the ledger's rows go into. */
async function ledgerPacker(db: Db, workspaceId: string) {
  const outletRows = await db
    .select({ id: outlets.id, name: outlets.name, kind: outlets.kind })
    .from(outlets)
    .where(eq(outlets.workspaceId, workspaceId));
  const total = await assertionCount(db, workspaceId);
  // Packed as the rows arrive: each distinct id and value is held once, no object per assertion.
  // Article ids matter only for outlets with no printed name and for copy groups (ledger.ts).
  const unknown = new Set(outletRows.filter((o) => o.kind === "unknown").map((o) => o.id));
  const packer = new LedgerPacker(total, (a) => a.copyGroupId !== null || unknown.has(a.outletId));
  return { outletRows, packer, total };
}

interface StreamedRow extends Record<string, unknown> {
  /** Null where the mapping does not need it (see the packer). */
  article_id: string | null;
  outlet_id: string;
  event_id: string;
  value: string;
  stance: LedgerAssertion["stance"];
  attribution_kind: LedgerAssertion["attributionKind"];
  wire_credit: string | null;
  copy_group_id: string | null;
  published_ms: number | null;
}

/**
 * Reads the ledger as one query streamed through a server-side cursor, LEDGER_PAGE rows per fetch,
 * in one transaction (a consistent read): the database joins the three tables once (hash joins
 * over sequential scans) instead of once per page, and the rows are packed as they arrive, values
 * kept as the JSON text PostgreSQL sends. Used on PostgreSQL; the embedded database is read in
 * keyset pages (`loadLedger`) so other requests get it between pages.
 */
export async function streamLedger(
  db: Database,
  workspaceId: string,
  progress: (share: number) => Promise<unknown> = async () => {},
): Promise<PackedLedger> {
  const { outletRows, packer, total } = await ledgerPacker(db, workspaceId);
  await db.transaction(async (tx) => {
    // The whole result is read: plan for all of it (hash joins over sequential scans). With the
    // default (plan for the first 10% of the rows) PostgreSQL picks index nested loops over random
    // ids, about 4× slower at 10^6 assertions.
    await tx.execute(sql`set local cursor_tuple_fraction = 1.0`);
    await tx.execute(sql`declare ledger_rows no scroll cursor for
      select case when needed then ar.id end as article_id, ar.outlet_id, c.event_id,
             c.value::text as value, a.stance, a.attribution_kind, ar.wire_credit, ar.copy_group_id,
             case when needed then (extract(epoch from ar.published_at) * 1000)::float8 end as published_ms
        from assertions a
        join articles ar on ar.workspace_id = a.workspace_id and ar.id = a.article_id
        join outlets o on o.workspace_id = ar.workspace_id and o.id = ar.outlet_id
        join claims c on c.workspace_id = a.workspace_id and c.id = a.claim_id
        cross join lateral (select ar.copy_group_id is not null or o.kind = 'unknown' as needed) n
       where a.workspace_id = ${workspaceId}`);
    for (;;) {
      const page = await queryRows<StreamedRow>(tx, sql.raw(`fetch ${LEDGER_PAGE} from ledger_rows`));
      for (let i = 0; i < page.length; i++) {
        const r = page[i] as StreamedRow;
        // The API goes on answering while a page is packed.
        if (i > 0 && i % PACK_SLICE === 0) await yieldToEventLoop();
        packer.addJson(
          {
            articleId: r.article_id ?? "",
            outletId: r.outlet_id,
            eventId: r.event_id,
            stance: r.stance,
            attributionKind: r.attribution_kind,
            wireCredit: r.wire_credit,
            copyGroupId: r.copy_group_id,
            publishedAt: r.published_ms === null ? null : Number(r.published_ms),
          },
          r.value,
        );
      }
      // Not awaited: the progress write goes through another connection (on the embedded
      // database it waits for this transaction), and a lost lease shows at the next awaited write.
      void progress(total > 0 ? packer.count / total : 1).catch(() => {});
      if (page.length < LEDGER_PAGE) break;
      await yieldToEventLoop();
    }
    await tx.execute(sql`close ledger_rows`);
  });
  return packer.pack(outletRows, await loadVerdicts(db, workspaceId));
}

/** A uuid as a SQL literal (COPY takes no parameters), after checking it is one. */
function uuidLiteral(id: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    throw new Error(`not a uuid: ${id}`);
  return `'${id}'::uuid`;
}

/**
 * Hands each chunk of a COPY stream to `chunk` as it arrives, in flowing mode: each is consumed
 * at once, so the stream never holds chunks back (postgres.js can leave its socket paused when a
 * COPY ends while its stream is full, and the connection's next statement would never complete).
 * The socket's own flow control still applies while `chunk` runs.
 */
function eachChunk(stream: Readable, chunk: (bytes: Uint8Array) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.on("data", (bytes: Uint8Array) => {
      try {
        chunk(bytes);
      } catch (error) {
        stream.destroy(error as Error);
      }
    });
    stream.once("error", reject);
    stream.once("end", resolve);
  });
}

/**
 * Reads the ledger as two COPY streams at once, on two connections sharing one snapshot (a
 * consistent read): the workspace's claims, and its assertions joined to their articles. The bytes
 * are decoded straight into the packed columns (`CopyLedgerPacker`): no row object, and a string
 * only for each distinct id or value. PostgreSQL joins assertions to articles and scans the claims
 * on two backends while this thread decodes; each assertion's event and value come from its claim
 * by id here, which spares the database the join of a million assertions to half a million claims.
 * The assertions are read without parallel workers, so their rows come in the same order every
 * time. Used by the engine's worker on PostgreSQL.
 */
export async function copyLedger(
  db: Database,
  url: string,
  workspaceId: string,
  progress: (share: number) => void = () => {},
): Promise<PackedLedger> {
  const outletRows = await db
    .select({ id: outlets.id, name: outlets.name, kind: outlets.kind })
    .from(outlets)
    .where(eq(outlets.workspaceId, workspaceId));
  const total = await assertionCount(db, workspaceId);
  const ws = uuidLiteral(workspaceId);
  // Article ids and times only where the mapping needs them (see `ledgerPacker`).
  const unknown = outletRows.filter((o) => o.kind === "unknown").map((o) => uuidLiteral(o.id));
  const needed = `(ar.copy_group_id is not null${unknown.length > 0 ? ` or ar.outlet_id in (${unknown.join(", ")})` : ""})`;
  const assertionsCopy = `copy (
      select case when ${needed} then ar.id end, ar.outlet_id, a.claim_id, a.stance, a.attribution_kind,
             ar.wire_credit, ar.copy_group_id,
             case when ${needed} then (extract(epoch from ar.published_at) * 1000)::float8 end
        from assertions a
        join articles ar on ar.workspace_id = a.workspace_id and ar.id = a.article_id
       where a.workspace_id = ${ws}) to stdout`;
  const claimsCopy = `copy (select c.id, c.event_id, c.value::text from claims c where c.workspace_id = ${ws}) to stdout`;
  const packer = new CopyLedgerPacker(total);
  const client = postgres(url, { max: 2, onnotice: () => {} });
  try {
    let exported: (id: string) => void = () => {};
    let failed: (error: unknown) => void = () => {};
    const snapshot = new Promise<string>((resolve, reject) => {
      exported = resolve;
      failed = reject;
    });
    let imported: () => void = () => {};
    const importedOrFailed = new Promise<void>((resolve) => {
      imported = resolve;
    });
    let reported = 0;
    const assertionsRead = client
      .begin("isolation level repeatable read read only", async (tx) => {
        const [row] = await tx.unsafe<{ id: string }[]>("select pg_export_snapshot() as id");
        exported(row?.id ?? "");
        // The exported snapshot lives as long as this transaction: kept until the claims' imports it.
        await importedOrFailed;
        await tx.unsafe("set local max_parallel_workers_per_gather = 0");
        await eachChunk(await tx.unsafe(assertionsCopy).readable(), (bytes) => {
          packer.assertionRows.push(bytes);
          if (total > 0 && packer.count - reported >= 50_000) {
            reported = packer.count;
            progress(packer.count / total);
          }
        });
      })
      .catch((error: unknown) => {
        failed(error);
        throw error;
      });
    const claimsRead = client
      .begin("isolation level repeatable read read only", async (tx) => {
        try {
          await tx.unsafe(`set transaction snapshot '${(await snapshot).replace(/'/g, "")}'`);
        } finally {
          imported();
        }
        await eachChunk(await tx.unsafe(claimsCopy).readable(), (bytes) => packer.claimRows.push(bytes));
      })
      .finally(() => imported());
    await Promise.all([assertionsRead, claimsRead]);
  } finally {
    await client.end({ timeout: 5 });
  }
  progress(1);
  return packer.pack(outletRows, await loadVerdicts(db, workspaceId));
}

/** The columns of an assertion the engine reads, with its article's and claim's. */
const LEDGER_COLUMNS = {
  articleId: articles.id,
  outletId: articles.outletId,
  eventId: claims.eventId,
  value: claims.value,
  stance: assertions.stance,
  attributionKind: assertions.attributionKind,
  wireCredit: articles.wireCredit,
  copyGroupId: articles.copyGroupId,
  publishedAt: articles.publishedAt,
};

/** Assertions joined to their article and claim, selecting the ledger columns (and `extra`). */
export function selectLedgerRows<E extends Record<string, typeof assertions.id>>(db: Db, extra: E) {
  return db
    .select({ ...extra, ...LEDGER_COLUMNS })
    .from(assertions)
    .innerJoin(articles, articleOfAssertion)
    .innerJoin(claims, claimOfAssertion);
}

/** Reads the workspace's ledger in keyset-paginated chunks, packed; `progress` gets the share read so far. */
export async function loadLedger(
  db: Db,
  workspaceId: string,
  progress: (share: number) => Promise<unknown> = async () => {},
): Promise<PackedLedger> {
  const { outletRows, packer, total } = await ledgerPacker(db, workspaceId);
  let after: string | null = null;
  for (;;) {
    const page = await selectLedgerRows(db, { id: assertions.id })
      .where(and(eq(assertions.workspaceId, workspaceId), after ? gt(assertions.id, after) : undefined))
      .orderBy(asc(assertions.id))
      .limit(LEDGER_PAGE);
    for (let i = 0; i < page.length; i++) {
      const r = page[i] as (typeof page)[number];
      // The API goes on answering while a page is packed.
      if (i > 0 && i % PACK_SLICE === 0) await yieldToEventLoop();
      packer.add({
        articleId: r.articleId,
        outletId: r.outletId,
        eventId: r.eventId,
        value: r.value as ClaimValue,
        stance: r.stance,
        attributionKind: r.attributionKind,
        wireCredit: r.wireCredit,
        copyGroupId: r.copyGroupId,
        publishedAt: r.publishedAt ? r.publishedAt.getTime() : null,
      });
    }
    await progress(total > 0 ? packer.count / total : 1);
    if (page.length < LEDGER_PAGE) break;
    // Requests waiting for the embedded database get it between pages.
    await yieldToEventLoop();
    after = page[page.length - 1]?.id ?? null;
  }
  return packer.pack(outletRows, await loadVerdicts(db, workspaceId));
}

/**
 * The gold: every published verdict (never a draft or a retracted one), as the public sees it; an
 * event-level verdict counts for each claim it rates.
 */
export async function loadVerdicts(db: Db, workspaceId: string) {
  const published = await publishedVerdicts(db, workspaceId);
  const rated = [...new Set(published.flatMap((v) => v.claimIds))];
  const ratedClaims = new Map<string, { eventId: string; value: unknown }>();
  for (let i = 0; i < rated.length; i += CLAIM_BATCH) {
    const rows = await db
      .select({ id: claims.id, eventId: claims.eventId, value: claims.value })
      .from(claims)
      .where(and(eq(claims.workspaceId, workspaceId), inArray(claims.id, rated.slice(i, i + CLAIM_BATCH))));
    for (const r of rows) ratedClaims.set(r.id, r);
  }
  return published.flatMap((v) =>
    v.claimIds.flatMap((claimId) => {
      const claim = ratedClaims.get(claimId);
      return claim
        ? [{ claimId, eventId: claim.eventId, value: claim.value as ClaimValue, ratingValue: v.ratingValue }]
        : [];
    }),
  );
}
