// The statements of an assertion write that the per-write path sends as few of: what the write
// reads before anchoring its quote (one statement), and the insert with its audit row (one
// statement, which also refuses an identical assertion recorded before).
import type { EntityAlias } from "@kroscek/core";
import type { Db } from "@kroscek/db";
import { queryRows } from "@kroscek/db";
import type { assertions, claims } from "@kroscek/schema/tables";
import { sql } from "drizzle-orm";
import type { Actor } from "./actor";
import { fixedSql } from "./detection/fixed-sql";
import { type RuleArticleWithGroup, ruleArticleOf, writeArticleJson } from "./detection/load";
import type { ReadableArticle } from "./reading-context";

type AssertionRow = typeof assertions.$inferSelect;
type ClaimRow = typeof claims.$inferSelect;

/** A timestamp as the driver or JSON gives it (a string, or a Date already parsed), as a Date. */
const toDate = (v: string | Date) => (v instanceof Date ? v : new Date(v));
const toDateOrNull = (v: string | Date | null) => (v === null ? null : toDate(v));

/** What an assertion write reads before anchoring its quote. */
export interface WriteInputs {
  article: ReadableArticle | null;
  /** The same article as detection's rules see it. */
  ruleArticle: RuleArticleWithGroup | null;
  /** The named claim's row (null when none was named or it is not in the workspace). */
  claim: ClaimRow | null;
  /** Whether the attribution's entity is in the workspace (true when none was named). */
  entityFound: boolean;
  aliases: EntityAlias[];
}

interface RawClaim extends Omit<ClaimRow, "dateStart" | "dateEnd" | "createdAt"> {
  dateStart: string | null;
  dateEnd: string | null;
  createdAt: string;
}

type RawArticle = Parameters<typeof ruleArticleOf>[0] & {
  publishedPrecision: string | null;
  timeZone: string;
};

/** The statement of `loadWriteInputs` (its text built once). */
const writeInputsStatement = fixedSql(
  ["value", "value", "value", "value"],
  (workspaceId: string, articleId: string, claimId: string | null, entityId: string | null) =>
    sql`select
          ${writeArticleJson(workspaceId, articleId)} as article,
          (select json_build_object('workspaceId', c.workspace_id, 'id', c.id, 'eventId', c.event_id,
                    'slot', c.slot, 'value', c.value, 'summary', c.summary,
                    'sentenceId', c.sentence_id, 'sentenceEn', c.sentence_en,
                    'dateStart', c.date_start, 'dateEnd', c.date_end, 'datePrecision', c.date_precision,
                    'createdAt', c.created_at, 'version', c.version)
             from claims c
            where c.workspace_id = ${workspaceId}::uuid and c.id = ${claimId}::uuid) as claim,
          (${entityId}::uuid is null
            or exists (select 1 from entities e
                        where e.workspace_id = ${workspaceId}::uuid and e.id = ${entityId}::uuid)) as entity_found,
          al.entity_ids, al.aliases, al.kinds
     from (select array_agg(ea.entity_id) as entity_ids, array_agg(ea.alias) as aliases,
                  array_agg(n.kind::text) as kinds
             from entity_aliases ea
             join entities n on n.workspace_id = ea.workspace_id and n.id = ea.entity_id
            where ea.workspace_id = ${workspaceId}::uuid) al`,
);

/**
 * One statement: the article a quote is read in (also as detection's rules see it), the named claim, whether the attribution's
 * entity exists, and the workspace's entity names as aliases; each scoped to the workspace.
 */
export async function loadWriteInputs(
  tx: Db,
  workspaceId: string,
  ids: { articleId: string; claimId: string | null; entityId: string | null },
): Promise<WriteInputs> {
  const [row] = await queryRows<{
    article: RawArticle | null;
    claim: RawClaim | null;
    entity_found: boolean;
    // The aliases as three arrays in step (cheaper to build and to read than one object each).
    entity_ids: string[] | null;
    aliases: string[] | null;
    kinds: EntityAlias["kind"][] | null;
  }>(tx, writeInputsStatement(workspaceId, ids.articleId, ids.claimId, ids.entityId));
  if (!row) throw new Error("the write's inputs returned no row");
  const { article, claim } = row;
  return {
    article: article
      ? {
          id: article.id,
          body: article.body,
          outletId: article.outletId,
          language: article.language,
          publishedAt: toDateOrNull(article.publishedAt),
          publishedPrecision: article.publishedPrecision,
          timeZone: article.timeZone,
        }
      : null,
    ruleArticle: article ? ruleArticleOf(article) : null,
    claim: claim
      ? {
          ...claim,
          dateStart: toDateOrNull(claim.dateStart),
          dateEnd: toDateOrNull(claim.dateEnd),
          createdAt: toDate(claim.createdAt),
        }
      : null,
    entityFound: row.entity_found,
    aliases: aliasesOf(row.entity_ids ?? [], row.aliases ?? [], row.kinds ?? []),
  };
}

function aliasesOf(
  entityIds: readonly string[],
  names: readonly string[],
  kinds: ReadonlyArray<EntityAlias["kind"]>,
): EntityAlias[] {
  const out: EntityAlias[] = [];
  for (const [i, entityId] of entityIds.entries()) {
    const alias = names[i];
    if (alias === undefined) throw new Error("the aliases' arrays are not in step");
    out.push({ entityId, alias, kind: kinds[i] });
  }
  return out;
}

/** The columns of an assertion row, named as its drizzle row names them. */
const ROW_COLUMNS = sql.raw(`workspace_id as "workspaceId", id, article_id as "articleId",
  claim_id as "claimId", stance, quote_exact as "quoteExact", quote_prefix as "quotePrefix",
  quote_suffix as "quoteSuffix", position_start as "positionStart", position_end as "positionEnd",
  attribution_kind as "attributionKind", attribution_text as "attributionText",
  attribution_entity_id as "attributionEntityId", note, created_by as "createdBy",
  created_at as "createdAt", version`);

/** The row as the audit trail stores it: the drizzle row as JSON (dates as ISO strings, in ms). */
const AUDIT_AFTER = sql.raw(`jsonb_build_object('workspaceId', i.workspace_id, 'id', i.id,
  'articleId', i.article_id, 'claimId', i.claim_id, 'stance', i.stance, 'quoteExact', i.quote_exact,
  'quotePrefix', i.quote_prefix, 'quoteSuffix', i.quote_suffix, 'positionStart', i.position_start,
  'positionEnd', i.position_end, 'attributionKind', i.attribution_kind,
  'attributionText', i.attribution_text, 'attributionEntityId', i.attribution_entity_id,
  'note', i.note, 'createdBy', i.created_by,
  'createdAt', to_char(i.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'version', i.version)`);

export type NewAssertion = Omit<AssertionRow, "createdAt" | "version">;

type RawRow = Omit<AssertionRow, "createdAt"> & { createdAt: string | Date };

/**
 * The statement that stores an assertion with its `assertion.create` audit row, unless an
 * assertion of the same article, claim and position is stored already: then nothing is written
 * and that one is returned (with its article's outlet). Run it after the repeat lock is held.
 */
export const insertAssertionOnce = fixedSql(
  ["fields", "fields"],
  (row: NewAssertion, actor: Actor) => sql`with existing as (
      select ${sql.raw(`a.workspace_id as "workspaceId", a.id, a.article_id as "articleId",
        a.claim_id as "claimId", a.stance, a.quote_exact as "quoteExact", a.quote_prefix as "quotePrefix",
        a.quote_suffix as "quoteSuffix", a.position_start as "positionStart", a.position_end as "positionEnd",
        a.attribution_kind as "attributionKind", a.attribution_text as "attributionText",
        a.attribution_entity_id as "attributionEntityId", a.note, a.created_by as "createdBy",
        a.created_at as "createdAt", a.version, ar.outlet_id as "outletId"`)}
        from assertions a
        join articles ar on ar.workspace_id = a.workspace_id and ar.id = a.article_id
       where a.workspace_id = ${row.workspaceId}::uuid and a.article_id = ${row.articleId}::uuid
         and a.claim_id = ${row.claimId}::uuid
         and a.position_start = ${row.positionStart}::int and a.position_end = ${row.positionEnd}::int
       limit 1
    ),
    i as (
      insert into assertions (workspace_id, id, article_id, claim_id, stance, quote_exact, quote_prefix,
             quote_suffix, position_start, position_end, attribution_kind, attribution_text,
             attribution_entity_id, note, created_by)
      select ${row.workspaceId}::uuid, ${row.id}::uuid, ${row.articleId}::uuid, ${row.claimId}::uuid,
             ${row.stance}::stance, ${row.quoteExact}::text, ${row.quotePrefix}::text,
             ${row.quoteSuffix}::text, ${row.positionStart}::int, ${row.positionEnd}::int,
             ${row.attributionKind}::attribution_kind, ${row.attributionText}::text,
             ${row.attributionEntityId}::uuid, ${row.note}::text, ${row.createdBy}::uuid
       where not exists (select 1 from existing)
      returning *
    ),
    audited as (
      insert into audit_events (workspace_id, actor_user_id, actor_token_id, action, target_type,
             target_id, before, after, request_id)
      select i.workspace_id, ${actor.userId}::uuid, ${actor.tokenId}::uuid, 'assertion.create',
             'assertion', i.id::text, null, ${AUDIT_AFTER}, ${actor.requestId}::text
        from i
    )
    select true as inserted, null::uuid as "outletId", ${ROW_COLUMNS} from i
    union all
    select false, "outletId", "workspaceId", id, "articleId", "claimId", stance, "quoteExact",
           "quotePrefix", "quoteSuffix", "positionStart", "positionEnd", "attributionKind",
           "attributionText", "attributionEntityId", note, "createdBy", "createdAt", version
      from existing`,
);

/** The answer of `insertAssertionOnce`: the stored row, or the identical one found instead. */
export function insertedOrExisting(
  result: unknown,
): { inserted: true; row: AssertionRow } | { inserted: false; row: AssertionRow; outletId: string } {
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<
    RawRow & { inserted: boolean; outletId: string | null }
  >;
  const [first] = rows;
  if (!first) throw new Error("assertion insert returned nothing");
  const { inserted, outletId, ...raw } = first;
  const row: AssertionRow = { ...raw, createdAt: toDate(raw.createdAt) };
  if (inserted) return { inserted: true, row };
  if (!outletId) throw new Error("the identical assertion came without its outlet");
  return { inserted: false, row, outletId };
}
