import type { Finding, FlagFinding } from "@kroscek/core";
import type { Db } from "@kroscek/db";
import { queryRows } from "@kroscek/db";
import { type SQL, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import { together } from "../../lib/together";
import { getFlag } from "../flag-store";
import { getContradiction } from "../review-store";
import { emitEvents } from "../webhooks/outbox";
import { fixedSql } from "./fixed-sql";

/** Rows per upsert statement: one JSON parameter each, so the statement size stays bounded. */
const UPSERT_CHUNK = 2_000;

/** A PostgreSQL array literal of uuids (uuids need no quoting), sent as one parameter. */
const uuidArray = (ids: readonly string[]) => `{${ids.join(",")}}`;

/** One query at a time: a transaction runs its statements in sequence anyway. */
async function inOrder<T, R>(list: readonly T[], each: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (const item of list) out.push(await each(item));
  return out;
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** How one findings table is upserted from a JSON recordset `x` (its rows as the callers build them). */
interface FindingSpec {
  table: "contradictions" | "flags";
  /** The column that names the owner (event or article) whose findings are replaced. */
  owner: "event_id" | "article_id";
  /** The recordset's column list, as `jsonb_to_recordset` declares it. */
  recordset: string;
  /**
   * `insert into <table> as c … select … from <rows> x on conflict … do update … where <changed>`
   * (`rows` the recordset's name in the statement, `x` by default).
   */
  insert: (workspaceId: string, rows?: string) => SQL;
  /** The identity of a finding: columns of `x` equal to those of the stored row `t`. */
  same: (t: string) => string;
}

interface FindingTable extends FindingSpec {
  /** The one-chunk statement: rows as JSON, workspace, owners as an array literal. */
  storeOne: (json: string, workspaceId: string, owners: string) => SQL;
}

/**
 * Upserts finding rows chunk by chunk, then marks inactive the owners' active findings not among
 * them; returns how many rows were given and the ids stored for the first time. A stored finding
 * whose explanation, details and state are unchanged is not written again, nor locked (it is left
 * out of the insert, so no conflict locks it; looked up by its key, row by row, so the plan never
 * scans the table), so re-detection after a write touches only what changed. With one chunk (every write's path) the upsert and the
 * retiring of stale findings, matched by their identity, are one statement; after several chunks,
 * one update retires what none of them holds, by id.
 */
async function storeFindings(
  tx: Db,
  workspaceId: string,
  rows: ReadonlyArray<Record<string, unknown>>,
  spec: FindingTable,
  ownerIds: readonly string[],
): Promise<{ count: number; raised: string[] }> {
  const raised: string[] = [];
  const parts = chunks(rows, UPSERT_CHUNK);
  if (parts.length <= 1 && ownerIds.length > 0) {
    // One statement: the upsert, and the owners' active findings not among the rows retired.
    const statement = spec.storeOne(JSON.stringify(parts[0] ?? []), workspaceId, uuidArray(ownerIds));
    for (const r of await queryRows<{ id: string; inserted: boolean }>(tx, statement))
      if (r.inserted) raised.push(r.id);
    return { count: rows.length, raised };
  }
  const table = sql.identifier(spec.table);
  const ofOwners = ownersOf(spec, workspaceId, uuidArray(ownerIds));
  // Several chunks: each one's rows' ids (changed or not) are kept, then one update retires the rest.
  const keep: string[] = [];
  for (const chunk of parts) {
    const statement = sql`with x as (${recordset(spec, JSON.stringify(chunk))}),
        up as (${spec.insert(workspaceId)})
        select coalesce(up.id, t.id) as id, coalesce(up.inserted, false) as inserted
          from x
          left join up on ${sql.raw(spec.same("up"))}
          left join ${table} t on t.workspace_id = ${workspaceId}::uuid and ${sql.raw(spec.same("t"))}`;
    for (const r of await queryRows<{ id: string | null; inserted: boolean }>(tx, statement)) {
      // No id: a concurrent transaction stored the same finding unchanged after this statement's snapshot.
      if (r.id === null) continue;
      keep.push(r.id);
      if (r.inserted) raised.push(r.id);
    }
  }
  if (ownerIds.length > 0)
    await tx.execute(
      sql`update ${table} s set active = false where ${ofOwners} and not (s.id = any(${uuidArray(keep)}::uuid[]))`,
    );
  return { count: rows.length, raised };
}

/** The rows of one chunk, given as one JSON parameter. */
const recordset = (spec: FindingSpec, json: string) =>
  sql`select * from jsonb_to_recordset(${json}::jsonb) as x(${sql.raw(spec.recordset)})`;

/** The owners' active findings (owners as an array literal). */
const ownersOf = (spec: FindingSpec, workspaceId: string, owners: string) =>
  sql`s.workspace_id = ${workspaceId}::uuid
           and s.${sql.identifier(spec.owner)} = any(${owners}::uuid[])
           and s.active`;

/**
 * The one-chunk statement: the upsert, and the owners' active findings not among the rows retired
 * (its text built once).
 */
const storeOneStatement = (spec: FindingSpec) =>
  fixedSql(
    ["value", "value", "value"],
    (json: string, workspaceId: string, owners: string) => sql`with x as (${recordset(spec, json)}),
        up as (${spec.insert(workspaceId)}),
        retired as (
          update ${sql.identifier(spec.table)} s set active = false
           where ${ownersOf(spec, workspaceId, owners)}
             and not exists (select 1 from x where ${sql.raw(spec.same("s"))})
        )
        select id, inserted from up`,
  );

const CONTRADICTION_SPEC: FindingSpec = {
  table: "contradictions",
  owner: "event_id",
  recordset:
    "id uuid, rule_id text, event_id uuid, assertion_a_id uuid, assertion_b_id uuid, explanation text, details jsonb",
  insert: (workspaceId, rows = "x") =>
    sql`insert into contradictions as c
          (workspace_id, id, rule_id, event_id, assertion_a_id, assertion_b_id, explanation, details)
        select ${workspaceId}::uuid, x.id, x.rule_id, x.event_id, x.assertion_a_id, x.assertion_b_id,
               x.explanation, x.details from ${sql.raw(rows)} x
         where (select true from contradictions t
                 where t.workspace_id = ${workspaceId}::uuid and t.rule_id = x.rule_id
                   and t.assertion_a_id = x.assertion_a_id and t.assertion_b_id = x.assertion_b_id
                   and (t.explanation, t.details, t.active, t.event_id)
                       is not distinct from (x.explanation, x.details, true, x.event_id)
                 limit 1) is null
        on conflict (workspace_id, rule_id, assertion_a_id, assertion_b_id) do update
          set explanation = excluded.explanation, details = excluded.details, active = true,
              event_id = excluded.event_id
          where (c.explanation, c.details, c.active, c.event_id)
                is distinct from (excluded.explanation, excluded.details, true, excluded.event_id)
        returning c.id, c.rule_id, c.assertion_a_id, c.assertion_b_id, (c.xmax = 0) as inserted`,
  same: (t) =>
    `${t}.rule_id = x.rule_id and ${t}.assertion_a_id = x.assertion_a_id and ${t}.assertion_b_id = x.assertion_b_id`,
};

const FLAG_SPEC: FindingSpec = {
  table: "flags",
  owner: "article_id",
  recordset:
    "id uuid, kind text, rule_id text, article_id uuid, assertion_id uuid, explanation text, details jsonb",
  insert: (workspaceId, rows = "x") =>
    sql`insert into flags as c
          (workspace_id, id, kind, rule_id, article_id, assertion_id, explanation, details)
        select ${workspaceId}::uuid, x.id, x.kind::flag_kind, x.rule_id, x.article_id, x.assertion_id,
               x.explanation, x.details from ${sql.raw(rows)} x
         where (select true from flags t
                 where t.workspace_id = ${workspaceId}::uuid and t.kind = x.kind::flag_kind
                   and t.article_id = x.article_id and t.assertion_id is not distinct from x.assertion_id
                   and (t.explanation, t.details, t.rule_id, t.active)
                       is not distinct from (x.explanation, x.details, x.rule_id, true)
                 limit 1) is null
        on conflict (workspace_id, kind, article_id, assertion_id) do update
          set explanation = excluded.explanation, details = excluded.details, rule_id = excluded.rule_id,
              active = true
          where (c.explanation, c.details, c.rule_id, c.active)
                is distinct from (excluded.explanation, excluded.details, excluded.rule_id, true)
        returning c.id, c.kind, c.article_id, c.assertion_id, (c.xmax = 0) as inserted`,
  same: (t) =>
    `${t}.kind::text = x.kind and ${t}.article_id = x.article_id and ${t}.assertion_id is not distinct from x.assertion_id`,
};

const CONTRADICTIONS: FindingTable = {
  ...CONTRADICTION_SPEC,
  storeOne: storeOneStatement(CONTRADICTION_SPEC),
};
const FLAGS: FindingTable = { ...FLAG_SPEC, storeOne: storeOneStatement(FLAG_SPEC) };

/** One row per pair and rule; a later finding for the same key wins, as sequential upserts would. */
function contradictionRows(findings: readonly Finding[]): Array<Record<string, unknown>> {
  const unique = new Map<string, Finding>();
  for (const f of findings) unique.set(`${f.ruleId}|${f.assertionAId}|${f.assertionBId}`, f);
  return [...unique.values()].map((f) => ({
    id: uuidv7(),
    rule_id: f.ruleId,
    event_id: f.eventId,
    assertion_a_id: f.assertionAId,
    assertion_b_id: f.assertionBId,
    explanation: f.explanation,
    details: { ...f.details, message: f.message },
  }));
}

/** Only pairs found for the first time are news; a known pair found again is not reported again. */
async function emitContradictions(tx: Db, workspaceId: string, raised: readonly string[]) {
  if (raised.length > 0)
    await emitEvents(tx, undefined, workspaceId, "contradiction.detected", [...raised], (ids) =>
      inOrder(ids, async (id) => ({ contradiction: await getContradiction(tx, workspaceId, id) })),
    );
}

/**
 * Stores the given events' findings idempotently: new pairs are inserted open; known pairs get a
 * fresh explanation and become active again, but their review status is never touched, so a
 * dismissed contradiction stays dismissed; the events' pairs no longer found are kept, marked
 * inactive. Every finding goes in through one `INSERT … SELECT FROM jsonb_to_recordset … ON
 * CONFLICT DO UPDATE` per chunk, which also marks the events' other active pairs inactive when
 * there is one chunk (after several, one update does).
 */
export async function saveContradictions(
  tx: Db,
  workspaceId: string,
  eventIds: readonly string[],
  findings: readonly Finding[],
): Promise<number> {
  const rows = contradictionRows(findings);
  const { count, raised } = await storeFindings(tx, workspaceId, rows, CONTRADICTIONS, eventIds);
  await emitContradictions(tx, workspaceId, raised);
  return count;
}

const flagKey = (f: { kind: string; assertionId: string | null }) => `${f.kind}|${f.assertionId ?? ""}`;

type ArticleFlags = ReadonlyArray<{ articleId: string; findings: readonly FlagFinding[] }>;

/** The first finding of a kind on a target is the one stored. */
function flagRows(perArticle: ArticleFlags): Array<Record<string, unknown>> {
  const rows: Array<Record<string, unknown>> = [];
  for (const { articleId, findings } of perArticle) {
    const unique = new Map<string, FlagFinding>();
    for (const f of findings) if (!unique.has(flagKey(f))) unique.set(flagKey(f), f);
    for (const f of unique.values()) {
      rows.push({
        id: uuidv7(),
        kind: f.kind,
        rule_id: f.ruleId,
        article_id: articleId,
        assertion_id: f.assertionId,
        explanation: f.explanation,
        details: { ...f.details, message: f.message },
      });
    }
  }
  return rows;
}

async function emitFlags(tx: Db, workspaceId: string, raised: readonly string[]) {
  if (raised.length > 0)
    await emitEvents(tx, undefined, workspaceId, "flag.raised", [...raised], (ids) =>
      inOrder(ids, async (id) => ({ flag: await getFlag(tx, workspaceId, id) })),
    );
}

/**
 * Stores the given articles' flags with the same rules as contradictions (status kept, stale ones
 * inactive), in bulk statements.
 */
export async function saveFlags(tx: Db, workspaceId: string, perArticle: ArticleFlags): Promise<number> {
  const rows = flagRows(perArticle);
  const { count, raised } = await storeFindings(
    tx,
    workspaceId,
    rows,
    FLAGS,
    perArticle.map((p) => p.articleId),
  );
  await emitFlags(tx, workspaceId, raised);
  return count;
}

/**
 * Both one-chunk statements of `storeFindings` as one: the contradictions' upsert and retiring,
 * then the flags' (each table's rows as JSON, then the workspace and the owners as array literals).
 */
const storeBothStatement = fixedSql(
  ["value", "value", "value", "value", "value"],
  (contradictionsJson: string, flagsJson: string, workspaceId: string, events: string, articles: string) =>
    sql`with xc as (${recordset(CONTRADICTION_SPEC, contradictionsJson)}),
        upc as (${CONTRADICTION_SPEC.insert(workspaceId, "xc")}),
        retc as (
          update contradictions s set active = false
           where ${ownersOf(CONTRADICTION_SPEC, workspaceId, events)}
             and not exists (select 1 from xc x where ${sql.raw(CONTRADICTION_SPEC.same("s"))})
        ),
        xf as (${recordset(FLAG_SPEC, flagsJson)}),
        upf as (${FLAG_SPEC.insert(workspaceId, "xf")}),
        retf as (
          update flags s set active = false
           where ${ownersOf(FLAG_SPEC, workspaceId, articles)}
             and not exists (select 1 from xf x where ${sql.raw(FLAG_SPEC.same("s"))})
        )
        select true as contradiction, id, inserted from upc
        union all
        select false, id, inserted from upf`,
);

/**
 * `saveContradictions` for the events and `saveFlags` for the articles, with the same result; an
 * assertion write's findings (each table's in one chunk, for at least one event and one article)
 * go in as one statement.
 */
export async function saveFindingsOfWrite(
  tx: Db,
  workspaceId: string,
  eventIds: readonly string[],
  findings: readonly Finding[],
  perArticle: ArticleFlags,
): Promise<void> {
  const articleIds = perArticle.map((p) => p.articleId);
  const contradictions = contradictionRows(findings);
  const flags = flagRows(perArticle);
  if (
    eventIds.length === 0 ||
    articleIds.length === 0 ||
    contradictions.length > UPSERT_CHUNK ||
    flags.length > UPSERT_CHUNK
  ) {
    // Two tables, each replaced for its own owners: the statements go out together.
    await together(
      saveContradictions(tx, workspaceId, eventIds, findings),
      saveFlags(tx, workspaceId, perArticle),
    );
    return;
  }
  const raised = { contradictions: [] as string[], flags: [] as string[] };
  for (const r of await queryRows<{ contradiction: boolean; id: string; inserted: boolean }>(
    tx,
    storeBothStatement(
      JSON.stringify(contradictions),
      JSON.stringify(flags),
      workspaceId,
      uuidArray(eventIds),
      uuidArray(articleIds),
    ),
  ))
    if (r.inserted) (r.contradiction ? raised.contradictions : raised.flags).push(r.id);
  await emitContradictions(tx, workspaceId, raised.contradictions);
  await emitFlags(tx, workspaceId, raised.flags);
}
