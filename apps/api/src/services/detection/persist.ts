import type { Finding, FlagFinding } from "@kroscek/core";
import type { Db } from "@kroscek/db";
import { queryRows } from "@kroscek/db";
import { type SQL, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import { getFlag } from "../flag-store";
import { getContradiction } from "../review-store";
import { emitEvents } from "../webhooks/outbox";

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

/**
 * Upserts finding rows chunk by chunk (`upsert` gets one chunk as a JSON array and returns each
 * row's id and whether it is new), then marks inactive the owners' active findings not among them.
 */
async function storeFindings(
  tx: Db,
  workspaceId: string,
  rows: ReadonlyArray<Record<string, unknown>>,
  upsert: (payload: string) => SQL,
  stale: { table: "contradictions" | "flags"; owner: "event_id" | "article_id"; ownerIds: readonly string[] },
): Promise<{ keep: string[]; raised: string[] }> {
  const keep: string[] = [];
  const raised: string[] = [];
  for (const chunk of chunks(rows, UPSERT_CHUNK)) {
    for (const r of await queryRows<{ id: string; inserted: boolean }>(tx, upsert(JSON.stringify(chunk)))) {
      keep.push(r.id);
      if (r.inserted) raised.push(r.id);
    }
  }
  if (stale.ownerIds.length > 0) {
    await tx.execute(
      sql`update ${sql.identifier(stale.table)} set active = false
           where workspace_id = ${workspaceId}::uuid
             and ${sql.identifier(stale.owner)} = any(${uuidArray(stale.ownerIds)}::uuid[])
             and active
             and not (id = any(${uuidArray(keep)}::uuid[]))`,
    );
  }
  return { keep, raised };
}

/**
 * Stores the given events' findings idempotently: new pairs are inserted open; known pairs get a
 * fresh explanation and become active again, but their review status is never touched, so a
 * dismissed contradiction stays dismissed; the events' pairs no longer found are kept, marked
 * inactive. Every finding goes in through one `INSERT … SELECT FROM jsonb_to_recordset … ON
 * CONFLICT DO UPDATE` per chunk, then one update marks the events' other active pairs inactive.
 */
export async function saveContradictions(
  tx: Db,
  workspaceId: string,
  eventIds: readonly string[],
  findings: readonly Finding[],
): Promise<number> {
  // One row per pair and rule; a later finding for the same key wins, as sequential upserts would.
  const unique = new Map<string, Finding>();
  for (const f of findings) unique.set(`${f.ruleId}|${f.assertionAId}|${f.assertionBId}`, f);
  const rows = [...unique.values()].map((f) => ({
    id: uuidv7(),
    rule_id: f.ruleId,
    event_id: f.eventId,
    assertion_a_id: f.assertionAId,
    assertion_b_id: f.assertionBId,
    explanation: f.explanation,
    details: { ...f.details, message: f.message },
  }));
  const { keep, raised } = await storeFindings(
    tx,
    workspaceId,
    rows,
    (payload) =>
      sql`insert into contradictions as c
            (workspace_id, id, rule_id, event_id, assertion_a_id, assertion_b_id, explanation, details)
          select ${workspaceId}::uuid, x.id, x.rule_id, x.event_id, x.assertion_a_id, x.assertion_b_id,
                 x.explanation, x.details
            from jsonb_to_recordset(${payload}::jsonb) as x(id uuid, rule_id text, event_id uuid,
                 assertion_a_id uuid, assertion_b_id uuid, explanation text, details jsonb)
          on conflict (workspace_id, rule_id, assertion_a_id, assertion_b_id) do update
            set explanation = excluded.explanation, details = excluded.details, active = true,
                event_id = excluded.event_id
          returning c.id, (c.xmax = 0) as inserted`,
    { table: "contradictions", owner: "event_id", ownerIds: eventIds },
  );
  // Only pairs found for the first time are news; a known pair found again is not reported again.
  if (raised.length > 0)
    await emitEvents(tx, undefined, workspaceId, "contradiction.detected", raised, (ids) =>
      inOrder(ids, async (id) => ({ contradiction: await getContradiction(tx, workspaceId, id) })),
    );
  return keep.length;
}

const flagKey = (f: { kind: string; assertionId: string | null }) => `${f.kind}|${f.assertionId ?? ""}`;

/**
 * Stores the given articles' flags with the same rules as contradictions (status kept, stale ones
 * inactive), in bulk statements.
 */
export async function saveFlags(
  tx: Db,
  workspaceId: string,
  perArticle: ReadonlyArray<{ articleId: string; findings: readonly FlagFinding[] }>,
): Promise<number> {
  const rows: Array<Record<string, unknown>> = [];
  for (const { articleId, findings } of perArticle) {
    // The first finding of a kind on a target is the one stored.
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
  const { keep, raised } = await storeFindings(
    tx,
    workspaceId,
    rows,
    (payload) =>
      sql`insert into flags as f
            (workspace_id, id, kind, rule_id, article_id, assertion_id, explanation, details)
          select ${workspaceId}::uuid, x.id, x.kind::flag_kind, x.rule_id, x.article_id, x.assertion_id,
                 x.explanation, x.details
            from jsonb_to_recordset(${payload}::jsonb) as x(id uuid, kind text, rule_id text,
                 article_id uuid, assertion_id uuid, explanation text, details jsonb)
          on conflict (workspace_id, kind, article_id, assertion_id) do update
            set explanation = excluded.explanation, details = excluded.details, rule_id = excluded.rule_id,
                active = true
          returning f.id, (f.xmax = 0) as inserted`,
    { table: "flags", owner: "article_id", ownerIds: perArticle.map((p) => p.articleId) },
  );
  if (raised.length > 0)
    await emitEvents(tx, undefined, workspaceId, "flag.raised", raised, (ids) =>
      inOrder(ids, async (id) => ({ flag: await getFlag(tx, workspaceId, id) })),
    );
  return keep.length;
}
