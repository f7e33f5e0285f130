import type { RuleArticle, RuleAssertion, RuleDateResolution } from "@kroscek/core";
import { findDates } from "@kroscek/core";
import type { Db } from "@kroscek/db";
import { type ClaimValue, ClaimValueSchema } from "@kroscek/schema";
import { articles, assertions, claims, entities, outlets } from "@kroscek/schema/tables";
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";

type AssertionRow = Awaited<ReturnType<typeof selectAssertions>>[number];

/**
 * The assertions matching `where`, joined to what the rules need. Callers on the per-write path
 * run it as a prepared statement: planning this four-table join costs more than executing it.
 */
function selectAssertions(db: Db, where: SQL) {
  return db
    .select({
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
    })
    .from(assertions)
    .innerJoin(claims, and(eq(claims.workspaceId, assertions.workspaceId), eq(claims.id, assertions.claimId)))
    .innerJoin(
      articles,
      and(eq(articles.workspaceId, assertions.workspaceId), eq(articles.id, assertions.articleId)),
    )
    .innerJoin(outlets, and(eq(outlets.workspaceId, articles.workspaceId), eq(outlets.id, articles.outletId)))
    .where(where)
    .orderBy(assertions.id);
}

/** The assertions about one event, shaped for the rules. */
export async function loadEventAssertions(db: Db, workspaceId: string, eventId: string) {
  const rows = await selectAssertions(
    db,
    and(eq(assertions.workspaceId, workspaceId), eq(claims.eventId, eventId)) as SQL,
  )
    .prepare("detection_event_assertions")
    .execute();
  return shape(db, workspaceId, rows);
}

/** The assertions recorded from one article, shaped for the rules. */
export async function loadArticleAssertions(db: Db, workspaceId: string, articleId: string) {
  const rows = await selectAssertions(
    db,
    and(eq(assertions.workspaceId, workspaceId), eq(assertions.articleId, articleId)) as SQL,
  )
    .prepare("detection_article_assertions")
    .execute();
  return shape(db, workspaceId, rows);
}

/**
 * Turns rows into rule inputs. For a date claim, the assertion's own words are read again against
 * its article's publication date, so each side of a conflict says where its date came from
 * ("from 'pada Selasa', article dated 18 Jan 2024").
 */
async function shape(db: Db, workspaceId: string, rows: AssertionRow[]) {
  const { assertions, resolutions, entityIds } = shapeRows(rows);
  const entityNames = await loadEntityNames(db, workspaceId, [...entityIds]);
  return { assertions, resolutions, entityNames };
}

/** One shaped assertion and, when its quote holds a date expression, how that date resolved. */
interface Shaped {
  assertion: RuleAssertion;
  resolution: RuleDateResolution | null;
}

/** The database-free part of `shape`, row by row (rows whose claim value is invalid are skipped). */
function shapeRows(rows: readonly AssertionRow[]) {
  const list: RuleAssertion[] = [];
  const resolutions: RuleDateResolution[] = [];
  const entityIds = new Set<string>();
  for (const row of rows) {
    const shaped = shapeRow(row, entityIds);
    if (!shaped) continue;
    if (shaped.resolution) resolutions.push(shaped.resolution);
    list.push(shaped.assertion);
  }
  return { assertions: list, resolutions, entityIds };
}

function shapeRow(row: AssertionRow, entityIds: Set<string>): Shaped | null {
  const parsed = ClaimValueSchema.safeParse(row.value);
  if (!parsed.success) return null;
  let value: ClaimValue = parsed.data;
  let dateAnchor: { publishedAt: string; timeZone: string } | undefined;
  let dateResolved: boolean | undefined;
  let resolution: RuleDateResolution | null = null;
  const ctx = { publishedAt: row.publishedAt?.toISOString() ?? null, timeZone: row.timeZone };
  const found = findDates(row.quote, ctx)[0];
  if (found) {
    resolution = {
      assertionId: row.id,
      expression: found.expression,
      kind: found.relative ? "relative" : "absolute",
      interval: found.status === "resolved" ? { ...found.interval } : null,
      ...(found.status === "unresolved"
        ? { reason: "the article has no publication date", reasonCode: "no_publication_date" as const }
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

async function shapeGrouped(
  db: Db,
  workspaceId: string,
  rows: readonly AssertionRow[],
  key: (row: AssertionRow) => string,
): Promise<GroupedAssertions> {
  const assertions = new Map<string, RuleAssertion[]>();
  const resolutions = new Map<string, RuleDateResolution[]>();
  const entityIds = new Set<string>();
  for (const row of rows) {
    const shaped = shapeRow(row, entityIds);
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
  const entityNames = await loadEntityNames(db, workspaceId, [...entityIds]);
  return { assertions, resolutions, entityNames };
}

/** `loadEventAssertions` for many events in one query, grouped by event id (in assertion id order). */
export async function loadEventsAssertions(db: Db, workspaceId: string, eventIds: readonly string[]) {
  if (eventIds.length === 0) return shapeGrouped(db, workspaceId, [], (r) => r.eventId);
  const rows = await selectAssertions(
    db,
    and(eq(assertions.workspaceId, workspaceId), inArray(claims.eventId, [...eventIds])) as SQL,
  );
  return shapeGrouped(db, workspaceId, rows, (r) => r.eventId);
}

/** `loadArticleAssertions` for many articles in one query, grouped by article id. */
export async function loadArticlesAssertions(db: Db, workspaceId: string, articleIds: readonly string[]) {
  if (articleIds.length === 0) return shapeGrouped(db, workspaceId, [], (r) => r.articleId);
  const rows = await selectAssertions(
    db,
    and(eq(assertions.workspaceId, workspaceId), inArray(assertions.articleId, [...articleIds])) as SQL,
  );
  return shapeGrouped(db, workspaceId, rows, (r) => r.articleId);
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

/** One article as the article-level rules see it. */
export async function loadRuleArticle(
  db: Db,
  workspaceId: string,
  articleId: string,
): Promise<RuleArticle | null> {
  const [row] = await db
    .select({ article: articles, outletName: outlets.name, outletKind: outlets.kind })
    .from(articles)
    .innerJoin(outlets, and(eq(outlets.workspaceId, articles.workspaceId), eq(outlets.id, articles.outletId)))
    .where(and(eq(articles.workspaceId, workspaceId), eq(articles.id, articleId)))
    .prepare("detection_rule_article")
    .execute();
  return row ? toRuleArticle(row) : null;
}

type ArticleWithOutlet = {
  article: typeof articles.$inferSelect;
  outletName: string;
  outletKind: RuleArticle["outletKind"];
};

const toRuleArticle = (row: ArticleWithOutlet): RuleArticle => ({
  id: row.article.id,
  outletId: row.article.outletId,
  outletName: row.outletName,
  outletKind: row.outletKind,
  publishedAt: row.article.publishedAt?.toISOString() ?? null,
  body: row.article.body,
  wireCredit: row.article.wireCredit,
  language: row.article.language,
});

/** `loadRuleArticle` for many articles, with each one's copy group id. */
export async function loadRuleArticles(
  db: Db,
  workspaceId: string,
  articleIds: readonly string[],
): Promise<Map<string, RuleArticle & { copyGroupId: string | null }>> {
  if (articleIds.length === 0) return new Map();
  const rows = await db
    .select({ article: articles, outletName: outlets.name, outletKind: outlets.kind })
    .from(articles)
    .innerJoin(outlets, and(eq(outlets.workspaceId, articles.workspaceId), eq(outlets.id, articles.outletId)))
    .where(and(eq(articles.workspaceId, workspaceId), inArray(articles.id, [...articleIds])));
  return new Map(
    rows.map((row) => [row.article.id, { ...toRuleArticle(row), copyGroupId: row.article.copyGroupId }]),
  );
}
