// The synthetic corpus in the database: bulk insert of the generator's batches (one JSON parameter
// per chunk, in foreign-key order), and scoring of what detection found against what was injected.

import { type Db, queryRows } from "@kroscek/db";
import { type SQL, sql } from "drizzle-orm";
import { type Batch, TABLES, type TableName } from "./synthetic";

/** Columns written per table: the same keys the generator puts in its rows. */
const COLUMNS: Record<TableName, string[]> = {
  outlets: ["workspace_id", "id", "name", "domain", "kind"],
  entities: ["workspace_id", "id", "canonical_name", "kind"],
  events: ["workspace_id", "id", "kind", "title"],
  articles: [
    "workspace_id",
    "id",
    "outlet_id",
    "url",
    "title",
    "published_at",
    "published_precision",
    "time_zone",
    "language",
    "body",
    "body_sha256",
    "wire_credit",
    "copy_group_id",
  ],
  claims: [
    "workspace_id",
    "id",
    "event_id",
    "slot",
    "value",
    "summary",
    "date_start",
    "date_end",
    "date_precision",
  ],
  assertions: [
    "workspace_id",
    "id",
    "article_id",
    "claim_id",
    "stance",
    "quote_exact",
    "quote_prefix",
    "quote_suffix",
    "position_start",
    "position_end",
    "attribution_kind",
    "attribution_text",
  ],
};

/** Largest rows per INSERT statement (one JSON parameter each). */
const INSERT_CHUNK = 10_000;

/**
 * Writes a batch with `INSERT … SELECT … FROM jsonb_populate_recordset(…)`, one statement per
 * table and chunk of 10k rows: a single parameter per statement, so it works the same on
 * PostgreSQL and PGlite, and loads hundreds of thousands of rows a minute.
 */
export async function insertBatch(db: Db, batch: Batch): Promise<void> {
  for (const table of TABLES) {
    const rows = batch[table];
    if (!rows || rows.length === 0) continue;
    const cols = sql.raw(COLUMNS[table].join(", "));
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const json = JSON.stringify(rows.slice(i, i + INSERT_CHUNK));
      await db.execute(
        sql`insert into ${sql.raw(table)} (${cols})
            select ${cols} from jsonb_populate_recordset(null::${sql.raw(table)}, ${json}::jsonb)`,
      );
    }
  }
}

/** Active contradictions of a workspace as `rule|a|b` keys. */
export async function detectedKeys(db: Db, workspaceId: string): Promise<Set<string>> {
  const rows = await queryRows<{ k: string }>(
    db,
    sql`select rule_id || '|' || assertion_a_id || '|' || assertion_b_id as k
          from contradictions where workspace_id = ${workspaceId}::uuid and active` as SQL,
  );
  return new Set(rows.map((r) => r.k));
}

/** Precision and recall of `found` against `expected`, with a few examples of each kind of miss. */
export function score(expected: ReadonlySet<string>, found: ReadonlySet<string>) {
  let hits = 0;
  const falsePositives: string[] = [];
  for (const k of found) {
    if (expected.has(k)) hits++;
    else if (falsePositives.length < 5) falsePositives.push(k);
  }
  const falseNegatives: string[] = [];
  for (const k of expected) if (!found.has(k) && falseNegatives.length < 5) falseNegatives.push(k);
  return {
    expected: expected.size,
    found: found.size,
    truePositives: hits,
    precision: found.size === 0 ? (expected.size === 0 ? 1 : 0) : hits / found.size,
    recall: expected.size === 0 ? 1 : hits / expected.size,
    falsePositives,
    falseNegatives,
  };
}
