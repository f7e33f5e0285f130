import type { RuleArticle, RuleAssertion, RuleDateResolution } from "@kroscek/core";
import { findDates } from "@kroscek/core";
import type { Db } from "@kroscek/db";
import { type ClaimValue, ClaimValueSchema } from "@kroscek/schema";
import { articleSuggestions, articles, assertions, claims, entities, outlets } from "@kroscek/schema/tables";
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import { together } from "../../lib/together";
import { articleOfAssertion, claimOfAssertion, outletOfArticle } from "../joins";
import { fixedSql } from "./fixed-sql";

type AssertionRow = Awaited<ReturnType<typeof selectAssertions>>[number];

const ASSERTION_COLUMNS = {
  id: assertions.id,
  articleId: assertions.articleId,
  claimId: assertions.claimId,
  stance: assertions.stance,
  quote: assertions.quoteExact,
  attributionKind: assertions.attributionKind,
  attributionText: assertions.attributionText,
  attributionEntityId: assertions.attributionEntityId,
  eventId: claims.eventId,
  value: claims.value,
  outletId: articles.outletId,
  outletName: outlets.name,
  publishedAt: articles.publishedAt,
  timeZone: articles.timeZone,
  wireCredit: articles.wireCredit,
  copyGroupId: articles.copyGroupId,
};

/**
 * The canonical names of the entities a claim's value names, as one JSON object per row, so the
 * per-write path needs no query of its own for them.
 */
const namesOfValue = sql<Record<string, string> | null>`(
  select jsonb_object_agg(e.id, e.canonical_name) from ${entities} e
   where e.workspace_id = ${claims.workspaceId}
     and e.id = any(array(
       select x::uuid from jsonb_array_elements_text(case
           when jsonb_typeof(${claims.value}->'entityIds') = 'array' then ${claims.value}->'entityIds'
           when jsonb_typeof(${claims.value}->'entityId') = 'string' then jsonb_build_array(${claims.value}->'entityId')
           else '[]'::jsonb end) x
        where x ~ '^[0-9a-fA-F-]{36}$')))`;

/**
 * The assertions matching `where`, joined to what the rules need, with each row's entity names
 * when asked (`withNames`; otherwise null). Callers on the per-write path run it as a prepared
 * statement: planning this four-table join costs more than executing it.
 */
function selectAssertions(db: Db, where: SQL, withNames = false) {
  return db
    .select({
      ...ASSERTION_COLUMNS,
      names: withNames ? namesOfValue : sql<Record<string, string> | null>`null`,
    })
    .from(assertions)
    .innerJoin(claims, claimOfAssertion)
    .innerJoin(articles, articleOfAssertion)
    .innerJoin(outlets, outletOfArticle)
    .where(where)
    .orderBy(assertions.id);
}

/** The columns of `selectAssertions`, named as its rows name them, for the one-id statements. */
const ROW_COLUMNS =
  sql.raw(`assertions.id, assertions.article_id as "articleId", assertions.claim_id as "claimId",
  assertions.stance, assertions.quote_exact as "quote", assertions.attribution_kind as "attributionKind",
  assertions.attribution_text as "attributionText", assertions.attribution_entity_id as "attributionEntityId",
  claims.event_id as "eventId", claims.value, articles.outlet_id as "outletId", outlets.name as "outletName",
  articles.published_at as "publishedAt", articles.time_zone as "timeZone", articles.wire_credit as "wireCredit",
  articles.copy_group_id as "copyGroupId"`);

/**
 * The rows of `selectAssertions` (with names) of one event or one article, as one statement whose
 * text does not change with the id, so it is prepared once per connection (and built once).
 */
const assertionsOfOneBy = (by: Pick<Grouping, "sqlColumn">) =>
  fixedSql(
    ["value", "value"],
    (workspaceId: string, id: string) => sql`select ${ROW_COLUMNS}, ${namesOfValue} as names
      from assertions
      join claims on claims.workspace_id = assertions.workspace_id and claims.id = assertions.claim_id
      join articles on articles.workspace_id = assertions.workspace_id and articles.id = assertions.article_id
      join outlets on outlets.workspace_id = articles.workspace_id and outlets.id = articles.outlet_id
     where assertions.workspace_id = ${workspaceId}::uuid and ${sql.raw(by.sqlColumn)} = ${id}::uuid
     order by assertions.id`,
  );

const assertionsOfOne = (workspaceId: string, by: Grouping, id: string) => by.ofOne(workspaceId, id);

/** Rows as the driver gives them: the publication instant may come as text. */
const rowsOf = <T>(result: unknown) =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

function assertionRowsFrom(result: unknown): AssertionRow[] {
  return rowsOf<Omit<AssertionRow, "publishedAt"> & { publishedAt: string | Date | null }>(result).map(
    (r) => ({ ...r, publishedAt: toDateOrNull(r.publishedAt) }),
  );
}

const toDateOrNull = (v: string | Date | null) => (v === null || v instanceof Date ? v : new Date(v));

/**
 * The dates of a quote depend only on its words, its article's publication instant and time zone,
 * yet detection after each write reads them again for every assertion of the event and the
 * article: the readings are kept (bounded) and shared. Callers never change what they get.
 */
const quoteDates = new LRUCache<string, readonly ReturnType<typeof findDates>[number][]>({ max: 50_000 });

function datesOfQuote(quote: string, ctx: { publishedAt: string | null; timeZone: string }) {
  const key = `${ctx.publishedAt ?? ""}\u0000${ctx.timeZone}\u0000${quote}`;
  let found = quoteDates.get(key);
  if (!found) {
    found = findDates(quote, ctx);
    quoteDates.set(key, found);
  }
  return found;
}

/** One shaped assertion and, when its quote holds a date expression, how that date resolved. */
interface Shaped {
  assertion: RuleAssertion;
  resolution: RuleDateResolution | null;
}

/**
 * Stored claim values as checked by the schema, kept (bounded) by their JSON text: detection after
 * each write checks every value of the event and the article again. The values are frozen, as
 * every caller shares them; null for a value the schema refuses.
 */
const checkedValues = new LRUCache<string, { value: ClaimValue | null }>({ max: 20_000 });

function checkedValue(raw: unknown): ClaimValue | null {
  const key = JSON.stringify(raw);
  let checked = checkedValues.get(key);
  if (!checked) {
    const parsed = ClaimValueSchema.safeParse(raw);
    checked = { value: parsed.success ? deepFreeze(parsed.data) : null };
    checkedValues.set(key, checked);
  }
  return checked.value;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function shapeRow(row: AssertionRow, entityIds: Set<string>): Shaped | null {
  const checked = checkedValue(row.value);
  if (!checked) return null;
  let value: ClaimValue = checked;
  let dateAnchor: { publishedAt: string; timeZone: string } | undefined;
  let dateResolved: boolean | undefined;
  let resolution: RuleDateResolution | null = null;
  const ctx = { publishedAt: row.publishedAt?.toISOString() ?? null, timeZone: row.timeZone };
  // A count from another event ("dua hari sebelumnya") yields to any other date of the quote, and
  // says nothing of a non-date value's date.
  const all = datesOfQuote(row.quote, ctx);
  const fromEvent = (d: (typeof all)[number]) => d.status === "unresolved" && d.reason === "no_anchor";
  const found = all.find((d) => !fromEvent(d)) ?? (checked.slot === "date" ? all[0] : undefined);
  if (found) {
    resolution = {
      assertionId: row.id,
      expression: found.expression,
      kind: found.relative ? "relative" : "absolute",
      interval: found.status === "resolved" ? { ...found.interval } : null,
      ...(found.status === "unresolved"
        ? found.reason === "no_anchor"
          ? { reason: "it counts from another event, not from a date", reasonCode: "no_anchor" as const }
          : { reason: "the article has no publication date", reasonCode: "no_publication_date" as const }
        : {}),
    };
  }
  if (value.slot === "date") {
    value = { ...value, expression: found?.expression ?? value.expression ?? row.quote };
    dateResolved = found ? found.status === "resolved" : true;
    if (found?.relative && row.publishedAt)
      dateAnchor = { publishedAt: row.publishedAt.toISOString(), timeZone: row.timeZone };
  }
  for (const id of referencedEntities(value)) entityIds.add(id);
  return {
    resolution,
    assertion: {
      id: row.id,
      articleId: row.articleId,
      outletId: row.outletId,
      outletName: row.outletName,
      eventId: row.eventId,
      claimId: row.claimId,
      stance: row.stance,
      quote: row.quote,
      value,
      ...(dateAnchor ? { dateAnchor } : {}),
      timeZone: row.timeZone,
      ...(dateResolved === undefined ? {} : { dateResolved }),
      attribution: { kind: row.attributionKind, text: row.attributionText },
      copyGroupId: row.copyGroupId,
    },
  };
}

/** Rule inputs of many events or articles, grouped by one key, with one entity-name map for all. */
export interface GroupedAssertions {
  assertions: Map<string, RuleAssertion[]>;
  resolutions: Map<string, RuleDateResolution[]>;
  entityNames: Map<string, string>;
}

/** Shapes rows for the rules, grouped by `key`; collects the entity ids their values name. */
function shapeRows(
  rows: readonly AssertionRow[],
  key: (row: AssertionRow) => string,
  entityIds: Set<string>,
  /** Rows shaped already, by assertion id (their entity ids are in `entityIds` already). */
  done?: Map<string, Shaped | null>,
): Omit<GroupedAssertions, "entityNames"> {
  const assertions = new Map<string, RuleAssertion[]>();
  const resolutions = new Map<string, RuleDateResolution[]>();
  for (const row of rows) {
    let shaped = done?.get(row.id);
    if (shaped === undefined) {
      shaped = shapeRow(row, entityIds);
      done?.set(row.id, shaped);
    }
    if (!shaped) continue;
    const k = key(row);
    const list = assertions.get(k);
    if (list) list.push(shaped.assertion);
    else assertions.set(k, [shaped.assertion]);
    if (shaped.resolution) {
      const rs = resolutions.get(k);
      if (rs) rs.push(shaped.resolution);
      else resolutions.set(k, [shaped.resolution]);
    }
  }
  return { assertions, resolutions };
}

/**
 * The assertions about the given events, shaped for the rules and grouped by event id (in
 * assertion id order). For a date claim, the assertion's own words are read again against its
 * article's publication date, so each side of a conflict says where its date came from
 * ("from 'pada Selasa', article dated 18 Jan 2024").
 */
export function loadEventAssertions(db: Db, workspaceId: string, eventIds: readonly string[]) {
  return loadGrouped(db, workspaceId, eventIds, BY_EVENT);
}

/** The assertions recorded from the given articles, shaped for the rules and grouped by article id. */
export function loadArticleAssertions(db: Db, workspaceId: string, articleIds: readonly string[]) {
  return loadGrouped(db, workspaceId, articleIds, BY_ARTICLE);
}

interface Grouping {
  column: typeof claims.eventId | typeof assertions.articleId;
  /** The same column in the one-id statement's text. */
  sqlColumn: string;
  key: (row: AssertionRow) => string;
  /** The one-id statement. */
  ofOne: (workspaceId: string, id: string) => SQL;
}

const BY_EVENT: Grouping = {
  column: claims.eventId,
  sqlColumn: "claims.event_id",
  key: (r) => r.eventId,
  ofOne: assertionsOfOneBy({ sqlColumn: "claims.event_id" }),
};

const BY_ARTICLE: Grouping = {
  column: assertions.articleId,
  sqlColumn: "assertions.article_id",
  key: (r) => r.articleId,
  ofOne: assertionsOfOneBy({ sqlColumn: "assertions.article_id" }),
};

/** What detection after an assertion write reads: its events' and its articles' rule inputs. */
export interface WriteScope {
  ofEvents: GroupedAssertions;
  ofArticles: GroupedAssertions;
  articles: Map<string, RuleArticle & { copyGroupId: string | null }>;
}

/**
 * The rule inputs of some events and some articles: the three reads are sent together (on
 * PostgreSQL they share one round trip), then one query names every entity they mention.
 */
export async function loadWriteScope(
  db: Db,
  workspaceId: string,
  eventIds: readonly string[],
  articleIds: readonly string[],
): Promise<WriteScope> {
  const [eventRows, articleRows, articles] = await together(
    groupedRows(db, workspaceId, eventIds, BY_EVENT),
    groupedRows(db, workspaceId, articleIds, BY_ARTICLE),
    loadRuleArticles(db, workspaceId, articleIds),
  );
  return scopeOf(db, workspaceId, eventRows, articleRows, articles);
}

async function scopeOf(
  db: Db,
  workspaceId: string,
  eventRows: AssertionRow[],
  articleRows: AssertionRow[],
  articles: WriteScope["articles"],
): Promise<WriteScope> {
  const entityIds = new Set<string>();
  // An assertion of the event in the article is shaped once, for both (the rules only read it).
  const shaped = new Map<string, Shaped | null>();
  const ofEvents = shapeRows(eventRows, BY_EVENT.key, entityIds, shaped);
  const ofArticles = shapeRows(articleRows, BY_ARTICLE.key, entityIds, shaped);
  const entityNames = await namesOf(db, workspaceId, [...eventRows, ...articleRows], entityIds);
  return { ofEvents: { ...ofEvents, entityNames }, ofArticles: { ...ofArticles, entityNames }, articles };
}

/**
 * The assertions of one event and of one article (each once, marked with which of the two it
 * belongs to), in the columns of `selectAssertions` with names: one statement of fixed text.
 */
const eventAndArticleAssertions = fixedSql(
  ["value", "value", "value"],
  (
    workspaceId: string,
    eventId: string,
    articleId: string,
  ) => sql`select ${ROW_COLUMNS}, ${namesOfValue} as names,
         claims.event_id = ${eventId}::uuid as "inEvent", assertions.article_id = ${articleId}::uuid as "inArticle"
      from assertions
      join claims on claims.workspace_id = assertions.workspace_id and claims.id = assertions.claim_id
      join articles on articles.workspace_id = assertions.workspace_id and articles.id = assertions.article_id
      join outlets on outlets.workspace_id = articles.workspace_id and outlets.id = articles.outlet_id
     where assertions.workspace_id = ${workspaceId}::uuid
       and assertions.id in (
         select a.id from assertions a
           join claims c on c.workspace_id = a.workspace_id and c.id = a.claim_id
          where a.workspace_id = ${workspaceId}::uuid and c.event_id = ${eventId}::uuid
         union all
         select a.id from assertions a
          where a.workspace_id = ${workspaceId}::uuid and a.article_id = ${articleId}::uuid)
     order by assertions.id`,
);

/**
 * The read of one event's and one article's assertions as a statement not yet sent, for a write
 * to send right behind its own statements (PostgreSQL runs them in order, so it sees what the
 * write stored); `writeScopeFrom` turns its result, with the article as the rules see it (read
 * by the write beforehand, `writeArticleJson`), into the scope `loadWriteScope` gives.
 */
export function writeScopeStatements(db: Db, workspaceId: string, eventId: string, articleId: string) {
  return [db.execute(eventAndArticleAssertions(workspaceId, eventId, articleId))] as const;
}

export function writeScopeFrom(
  db: Db,
  workspaceId: string,
  [both]: readonly [unknown],
  article: RuleArticleWithGroup | null,
): Promise<WriteScope> {
  const rows = assertionRowsFrom(both) as Array<AssertionRow & { inEvent: boolean; inArticle: boolean }>;
  return scopeOf(
    db,
    workspaceId,
    rows.filter((r) => r.inEvent),
    rows.filter((r) => r.inArticle),
    new Map(article ? [[article.id, article]] : []),
  );
}

/**
 * One query for every id. A single id (the per-write path) runs as a prepared statement, whose
 * text does not change with the count; many ids (full re-detection) are planned for their list.
 */
async function groupedRows(
  db: Db,
  workspaceId: string,
  ids: readonly string[],
  by: Grouping,
): Promise<AssertionRow[]> {
  const [only] = ids;
  if (only === undefined) return [];
  return ids.length === 1
    ? assertionRowsFrom(await db.execute(assertionsOfOne(workspaceId, by, only)))
    : selectAssertions(db, and(eq(assertions.workspaceId, workspaceId), inArray(by.column, [...ids])) as SQL);
}

async function loadGrouped(
  db: Db,
  workspaceId: string,
  ids: readonly string[],
  by: Grouping,
): Promise<GroupedAssertions> {
  const entityIds = new Set<string>();
  const rows = await groupedRows(db, workspaceId, ids, by);
  const grouped = shapeRows(rows, by.key, entityIds);
  return { ...grouped, entityNames: await namesOf(db, workspaceId, rows, entityIds) };
}

/**
 * The names of the entities the rows' values name: from the rows themselves when they carry them
 * (one id's rows, read with their names), else in one query.
 */
async function namesOf(
  db: Db,
  workspaceId: string,
  rows: readonly AssertionRow[],
  entityIds: ReadonlySet<string>,
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const row of rows) for (const [id, name] of Object.entries(row.names ?? {})) names.set(id, name);
  if ([...entityIds].every((id) => names.has(id))) return names;
  return loadEntityNames(db, workspaceId, [...entityIds]);
}

function referencedEntities(value: ClaimValue): string[] {
  if (value.slot === "place" || value.slot === "actor") return [value.entityId];
  if (value.slot === "participants") return value.entityIds;
  return [];
}

async function loadEntityNames(db: Db, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: entities.id, name: entities.canonicalName })
    .from(entities)
    // `= any(array)` keeps the statement text the same whatever the count, so it is prepared once.
    .where(
      and(eq(entities.workspaceId, workspaceId), sql`${entities.id} = any(${`{${ids.join(",")}}`}::uuid[])`),
    )
    .prepare("detection_entity_names")
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

type ArticleWithOutlet = {
  article: typeof articles.$inferSelect;
  outletName: string;
  outletKind: RuleArticle["outletKind"];
  anonymousSources: AnonymousSource[] | null;
};

type AnonymousSource = NonNullable<RuleArticle["anonymousSources"]>[number];

/**
 * The article's open attribution suggestions the extractor read as unnamed sources, outside page
 * furniture: a subquery of the article's row, so the per-write path keeps its one statement.
 */
const anonymousSourcesOfArticle = sql<AnonymousSource[] | null>`(
  select jsonb_agg(jsonb_build_object(
           'start', s.position_start, 'end', s.position_end, 'text', s.quote,
           'cue', coalesce(s.details->>'cue', ''))
                   order by s.position_start)
  from ${articleSuggestions} s
  where s.workspace_id = ${articles.workspaceId} and s.article_id = ${articles.id}
    and s.kind = 'attribution' and s.status = 'open'
    and s.details->>'attributionKind' = 'anonymous'
    and coalesce((s.details->>'furniture')::boolean, false) = false
)`;

const toRuleArticle = (row: ArticleWithOutlet): RuleArticle => ({
  id: row.article.id,
  outletId: row.article.outletId,
  outletName: row.outletName,
  outletKind: row.outletKind,
  publishedAt: row.article.publishedAt?.toISOString() ?? null,
  body: row.article.body,
  wireCredit: row.article.wireCredit,
  language: row.article.language,
  anonymousSources: row.anonymousSources ?? [],
});

/**
 * The given articles as the article-level rules see them, with each one's copy group id. A single
 * article (the per-write path) runs as a prepared statement.
 */
export async function loadRuleArticles(
  db: Db,
  workspaceId: string,
  articleIds: readonly string[],
): Promise<Map<string, RuleArticle & { copyGroupId: string | null }>> {
  const [only] = articleIds;
  if (only === undefined) return new Map();
  const select = (which: SQL) =>
    db
      .select({
        article: articles,
        outletName: outlets.name,
        outletKind: outlets.kind,
        anonymousSources: anonymousSourcesOfArticle,
      })
      .from(articles)
      .innerJoin(outlets, outletOfArticle)
      .where(and(eq(articles.workspaceId, workspaceId), which));
  if (articleIds.length === 1) return ruleArticlesFrom(await db.execute(ruleArticleOfOne(workspaceId, only)));
  const rows = await select(inArray(articles.id, [...articleIds]));
  return new Map(
    rows.map((row) => [row.article.id, { ...toRuleArticle(row), copyGroupId: row.article.copyGroupId }]),
  );
}

/** The columns of one article as the rules read it, for the one-id statement and its JSON form. */
const RULE_ARTICLE_FIELDS: ReadonlyArray<[string, SQL]> = [
  ["id", sql`articles.id`],
  ["outletId", sql`articles.outlet_id`],
  ["outletName", sql`outlets.name`],
  ["outletKind", sql`outlets.kind`],
  ["publishedAt", sql`articles.published_at`],
  ["body", sql`articles.body`],
  ["wireCredit", sql`articles.wire_credit`],
  ["language", sql`articles.language`],
  ["copyGroupId", sql`articles.copy_group_id`],
  ["anonymousSources", anonymousSourcesOfArticle],
];

const ofOneArticle = (workspaceId: string, articleId: string) => sql`from articles
    join outlets on outlets.workspace_id = articles.workspace_id and outlets.id = articles.outlet_id
   where articles.workspace_id = ${workspaceId}::uuid and articles.id = ${articleId}::uuid`;

/** One article as `loadRuleArticles` reads it, as one statement prepared once per connection. */
function ruleArticleOfOne(workspaceId: string, articleId: string) {
  const columns = sql.join(
    RULE_ARTICLE_FIELDS.map(([name, column]) => sql`${column} as ${sql.identifier(name)}`),
    sql`, `,
  );
  return sql`select ${columns} ${ofOneArticle(workspaceId, articleId)}`;
}

/**
 * One article as the rules read it, with its publication precision and time zone, as a JSON
 * subquery (null when the article is not in the workspace): a write reads it with its other
 * inputs, and hands it to `writeArticleFrom`.
 */
export function writeArticleJson(workspaceId: string, articleId: string) {
  const fields = [
    ...RULE_ARTICLE_FIELDS,
    ["publishedPrecision", sql`articles.published_precision`],
    ["timeZone", sql`articles.time_zone`],
  ] as const;
  const pairs = sql.join(
    fields.map(([name, column]) => sql`${sql.raw(`'${name}'`)}, ${column}`),
    sql`, `,
  );
  return sql`(select json_build_object(${pairs}) ${ofOneArticle(workspaceId, articleId)})`;
}

type RawRuleArticle = Omit<RuleArticle, "publishedAt" | "anonymousSources"> & {
  publishedAt: string | Date | null;
  copyGroupId: string | null;
  anonymousSources: AnonymousSource[] | null;
};

export type RuleArticleWithGroup = RuleArticle & { copyGroupId: string | null };

/** An article as the rules see it, from the one-id statement's row or `writeArticleJson`. */
export function ruleArticleOf(r: RawRuleArticle): RuleArticleWithGroup {
  return {
    id: r.id,
    outletId: r.outletId,
    outletName: r.outletName,
    outletKind: r.outletKind,
    publishedAt: toDateOrNull(r.publishedAt)?.toISOString() ?? null,
    body: r.body,
    wireCredit: r.wireCredit,
    language: r.language,
    anonymousSources: r.anonymousSources ?? [],
    copyGroupId: r.copyGroupId,
  };
}

function ruleArticlesFrom(result: unknown): Map<string, RuleArticleWithGroup> {
  return new Map(rowsOf<RawRuleArticle>(result).map((r) => [r.id, ruleArticleOf(r)]));
}
