import {
  articleFlags,
  type CopyGroup,
  detectContradictions,
  type FlagFinding,
  type RuleArticle,
} from "@kroscek/core";
import type { Db } from "@kroscek/db";
import { articles, assertions, claims, events } from "@kroscek/schema/tables";
import { and, asc, eq, gt, inArray } from "drizzle-orm";
import { claimOfAssertion } from "../joins";
import { assignCopyGroup } from "./copies";
import {
  type GroupedAssertions,
  loadArticleAssertions,
  loadEventAssertions,
  loadRuleArticles,
  loadWriteScope,
  type WriteScope,
} from "./load";
import { saveContradictions, saveFindingsOfWrite, saveFlags } from "./persist";

/** Re-runs the contradiction rules over one event and stores the result (idempotent). */
export async function detectEvent(tx: Db, workspaceId: string, eventId: string): Promise<number> {
  const { assertions, entityNames } = await loadEventAssertions(tx, workspaceId, [eventId]);
  const findings = detectContradictions(assertions.get(eventId) ?? [], { entityNames });
  return saveContradictions(tx, workspaceId, [eventId], findings);
}

/** Re-runs the flag rules over one article and its assertions and stores the result (idempotent). */
export async function detectArticle(tx: Db, workspaceId: string, articleId: string): Promise<number> {
  const loaded = await loadRuleArticles(tx, workspaceId, [articleId]);
  if (loaded.size === 0) return 0;
  const own = await loadArticleAssertions(tx, workspaceId, [articleId]);
  return saveFlags(tx, workspaceId, await flagsOfArticles(tx, workspaceId, [articleId], loaded, own));
}

/** The flag rules over loaded articles (each with its copy group, read in one query for all). */
async function flagsOfArticles(
  tx: Db,
  workspaceId: string,
  ids: readonly string[],
  loaded: Map<string, RuleArticle & { copyGroupId: string | null }>,
  own: GroupedAssertions,
): Promise<Array<{ articleId: string; findings: FlagFinding[] }>> {
  const groups = await copyGroupsOfMany(tx, workspaceId, [...loaded.values()]);
  const perArticle: Array<{ articleId: string; findings: FlagFinding[] }> = [];
  for (const id of ids) {
    const article = loaded.get(id);
    if (!article) continue;
    const { copyGroupId, ...rule } = article;
    const group = copyGroupId ? groups.get(copyGroupId) : undefined;
    const findings = articleFlags(rule, own.assertions.get(id) ?? [], own.resolutions.get(id) ?? [], {
      entityNames: own.entityNames,
      ...(group ? { copyGroups: [group] } : {}),
    });
    perArticle.push({ articleId: id, findings });
  }
  return perArticle;
}

/** After an article is stored: copy grouping, then flags for it and for any article whose group changed. */
export async function detectAfterImport(tx: Db, workspaceId: string, articleId: string): Promise<void> {
  const changed = await assignCopyGroup(tx, workspaceId, articleId);
  for (const id of new Set([articleId, ...changed])) await detectArticle(tx, workspaceId, id);
  if (changed.length > 0) {
    for (const eventId of await eventsOfArticles(tx, workspaceId, changed))
      await detectEvent(tx, workspaceId, eventId);
  }
}

/** After an assertion (or its claim) changes: its event's contradictions and its article's flags. */
export async function detectAfterAssertionWrite(
  tx: Db,
  workspaceId: string,
  touched: { articleIds: string[]; eventIds: string[] },
): Promise<void> {
  const eventIds = [...new Set(touched.eventIds)];
  const articleIds = [...new Set(touched.articleIds)];
  await detectInScope(
    tx,
    workspaceId,
    eventIds,
    articleIds,
    await loadWriteScope(tx, workspaceId, eventIds, articleIds),
  );
}

/**
 * `detectAfterAssertionWrite` for one event and one article whose rule inputs were read already
 * (by `writeScopeStatements`, sent behind the write's own statements).
 */
export function detectInLoadedScope(
  tx: Db,
  workspaceId: string,
  eventId: string,
  articleId: string,
  scope: WriteScope,
): Promise<void> {
  return detectInScope(tx, workspaceId, [eventId], [articleId], scope);
}

async function detectInScope(
  tx: Db,
  workspaceId: string,
  eventIds: string[],
  articleIds: string[],
  scope: WriteScope,
): Promise<void> {
  const contradictions = eventIds.flatMap((id) =>
    detectContradictions(scope.ofEvents.assertions.get(id) ?? [], {
      entityNames: scope.ofEvents.entityNames,
    }),
  );
  const flags = await flagsOfArticles(tx, workspaceId, articleIds, scope.articles, scope.ofArticles);
  await saveFindingsOfWrite(tx, workspaceId, eventIds, contradictions, flags);
}

async function eventsOfArticles(tx: Db, workspaceId: string, articleIds: string[]): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ eventId: claims.eventId })
    .from(assertions)
    .innerJoin(claims, claimOfAssertion)
    .where(and(eq(assertions.workspaceId, workspaceId), inArray(assertions.articleId, articleIds)));
  return rows.map((r) => r.eventId);
}

/** Events, then articles, per batch of full re-detection: large enough to amortise round trips. */
const EVENT_BATCH = 1_000;
const ARTICLE_BATCH = 2_000;

/**
 * Full re-detection of a workspace: every event and every article (idempotent; reviews are kept).
 * Same result as `detectEvent` on each event and then `detectArticle` on each article, but batched:
 * ids are paged by keyset, each page's assertions come in one query and its findings are stored
 * through bulk upserts, so the cost is a few statements per thousand events instead of several
 * per event.
 */
export async function redetectWorkspace(
  tx: Db,
  workspaceId: string,
): Promise<{ events: number; articles: number }> {
  let eventCount = 0;
  for await (const ids of keysetPages(tx, workspaceId, events, EVENT_BATCH)) {
    const { assertions: byEvent, entityNames } = await loadEventAssertions(tx, workspaceId, ids);
    const findings = ids.flatMap((id) => detectContradictions(byEvent.get(id) ?? [], { entityNames }));
    await saveContradictions(tx, workspaceId, ids, findings);
    eventCount += ids.length;
  }
  let articleCount = 0;
  for await (const ids of keysetPages(tx, workspaceId, articles, ARTICLE_BATCH)) {
    const loaded = await loadRuleArticles(tx, workspaceId, ids);
    const own = await loadArticleAssertions(tx, workspaceId, ids);
    const perArticle = await flagsOfArticles(tx, workspaceId, ids, loaded, own);
    await saveFlags(tx, workspaceId, perArticle);
    articleCount += ids.length;
  }
  return { events: eventCount, articles: articleCount };
}

/** The workspace's ids of `table` in pages of `size`, by keyset on the primary key (no OFFSET). */
async function* keysetPages(
  tx: Db,
  workspaceId: string,
  table: typeof events | typeof articles,
  size: number,
) {
  let after: string | null = null;
  for (;;) {
    const rows: Array<{ id: string }> = await tx
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.workspaceId, workspaceId), after === null ? undefined : gt(table.id, after)))
      .orderBy(asc(table.id))
      .limit(size);
    if (rows.length === 0) return;
    yield rows.map((r) => r.id);
    after = rows[rows.length - 1]?.id ?? null;
    if (rows.length < size) return;
  }
}

/** The copy groups of these articles, with every member: one query, none when no article has a group. */
async function copyGroupsOfMany(
  tx: Db,
  workspaceId: string,
  list: ReadonlyArray<{ copyGroupId: string | null }>,
): Promise<Map<string, CopyGroup>> {
  const groupIds = [...new Set(list.map((a) => a.copyGroupId).filter((g): g is string => g !== null))];
  const out = new Map<string, CopyGroup>();
  if (groupIds.length === 0) return out;
  const members = await tx
    .select({ id: articles.id, group: articles.copyGroupId })
    .from(articles)
    .where(and(eq(articles.workspaceId, workspaceId), inArray(articles.copyGroupId, groupIds)));
  const byGroup = new Map<string, string[]>();
  for (const m of members) {
    if (!m.group) continue;
    const ids = byGroup.get(m.group);
    if (ids) ids.push(m.id);
    else byGroup.set(m.group, [m.id]);
  }
  for (const [groupId, ids] of byGroup) out.set(groupId, copyGroup(groupId, ids));
  return out;
}

/** The copy group as the flag rules see it. */
function copyGroup(groupId: string, memberIds: string[]): CopyGroup {
  return {
    groupId,
    articleIds: [...memberIds].sort(),
    method: "text_similarity",
    explanation: `carries the same text as ${memberIds.length - 1} other article(s) in this workspace`,
  };
}

/** The events that the given claims are about. */
export async function eventsOfClaims(tx: Db, workspaceId: string, claimIds: string[]): Promise<string[]> {
  if (claimIds.length === 0) return [];
  const rows = await tx
    .selectDistinct({ eventId: claims.eventId })
    .from(claims)
    .where(and(eq(claims.workspaceId, workspaceId), inArray(claims.id, claimIds)));
  return rows.map((r) => r.eventId);
}

/** After a claim's value changes: its event, and every article asserting it. */
export async function detectAfterClaimWrite(tx: Db, workspaceId: string, claimId: string, eventId: string) {
  const rows = await tx
    .selectDistinct({ articleId: assertions.articleId })
    .from(assertions)
    .where(and(eq(assertions.workspaceId, workspaceId), eq(assertions.claimId, claimId)));
  await detectAfterAssertionWrite(tx, workspaceId, {
    articleIds: rows.map((r) => r.articleId),
    eventIds: [eventId],
  });
}
