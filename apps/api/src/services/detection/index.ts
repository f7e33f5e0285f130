import { articleFlags, detectContradictions } from "@kroscek/core";
import { articles, assertions, claims, events } from "@kroscek/schema/tables";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../audit";
import { assignCopyGroup } from "./copies";
import { loadArticleAssertions, loadEventAssertions, loadRuleArticle } from "./load";
import { saveContradictions, saveFlags } from "./persist";

/** Re-runs the contradiction rules over one event and stores the result (idempotent). */
export async function detectEvent(tx: Db, workspaceId: string, eventId: string): Promise<number> {
  const { assertions, entityNames } = await loadEventAssertions(tx, workspaceId, eventId);
  const findings = detectContradictions(assertions, { entityNames });
  return saveContradictions(tx, workspaceId, eventId, findings);
}

/** Re-runs the flag rules over one article and its assertions and stores the result (idempotent). */
export async function detectArticle(tx: Db, workspaceId: string, articleId: string): Promise<number> {
  const article = await loadRuleArticle(tx, workspaceId, articleId);
  if (!article) return 0;
  const { assertions, resolutions, entityNames } = await loadArticleAssertions(tx, workspaceId, articleId);
  const findings = articleFlags(article, assertions, resolutions, {
    entityNames,
    ...(await copyGroupsOf(tx, workspaceId, articleId)),
  });
  return saveFlags(tx, workspaceId, articleId, findings);
}

async function copyGroupsOf(tx: Db, workspaceId: string, articleId: string) {
  const [self] = await tx
    .select({ group: articles.copyGroupId })
    .from(articles)
    .where(and(eq(articles.workspaceId, workspaceId), eq(articles.id, articleId)));
  if (!self?.group) return {};
  const members = await tx
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.workspaceId, workspaceId), eq(articles.copyGroupId, self.group)));
  return {
    copyGroups: [
      {
        groupId: self.group,
        articleIds: members.map((m) => m.id).sort(),
        method: "text_similarity" as const,
        explanation: `carries the same text as ${members.length - 1} other article(s) in this workspace`,
      },
    ],
  };
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
  for (const eventId of new Set(touched.eventIds)) await detectEvent(tx, workspaceId, eventId);
  for (const articleId of new Set(touched.articleIds)) await detectArticle(tx, workspaceId, articleId);
}

async function eventsOfArticles(tx: Db, workspaceId: string, articleIds: string[]): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ eventId: claims.eventId })
    .from(assertions)
    .innerJoin(claims, and(eq(claims.workspaceId, assertions.workspaceId), eq(claims.id, assertions.claimId)))
    .where(and(eq(assertions.workspaceId, workspaceId), inArray(assertions.articleId, articleIds)));
  return rows.map((r) => r.eventId);
}

/** Full re-detection of a workspace: every event and every article (idempotent; reviews are kept). */
export async function redetectWorkspace(
  tx: Db,
  workspaceId: string,
): Promise<{ events: number; articles: number }> {
  const eventRows = await tx
    .select({ id: events.id })
    .from(events)
    .where(eq(events.workspaceId, workspaceId));
  for (const e of eventRows) await detectEvent(tx, workspaceId, e.id);
  const articleRows = await tx
    .select({ id: articles.id })
    .from(articles)
    .where(eq(articles.workspaceId, workspaceId));
  for (const a of articleRows) await detectArticle(tx, workspaceId, a.id);
  return { events: eventRows.length, articles: articleRows.length };
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
