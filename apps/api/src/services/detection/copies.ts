import { detectCopies, type RuleArticle, textBandHashes } from "@kroscek/core";
import type { Db } from "@kroscek/db";
import { articleFingerprints, articles } from "@kroscek/schema/tables";
import { and, eq, inArray, ne, or, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import { loadRuleArticle } from "./load";

const MAX_CANDIDATES = 200;

/**
 * Fingerprints a newly stored article and joins it to the copy group of any near-identical text
 * already in the workspace. Candidates come from an index lookup on band hashes, so the cost does
 * not grow with the corpus. Returns the ids of every article whose group changed.
 */
export async function assignCopyGroup(tx: Db, workspaceId: string, articleId: string): Promise<string[]> {
  const article = await loadRuleArticle(tx, workspaceId, articleId);
  if (!article) return [];
  const bands = textBandHashes(article.body);
  if (!bands) return [];
  await tx
    .insert(articleFingerprints)
    .values([...bands].map((hash, band) => ({ workspaceId, articleId, band, hash })))
    .onConflictDoNothing();
  const matches = [...bands].map((hash, band) =>
    and(eq(articleFingerprints.band, band), eq(articleFingerprints.hash, hash)),
  );
  const candidates = await tx
    .selectDistinct({ id: articleFingerprints.articleId })
    .from(articleFingerprints)
    .where(
      and(
        eq(articleFingerprints.workspaceId, workspaceId),
        ne(articleFingerprints.articleId, articleId),
        or(...matches),
      ),
    )
    .limit(MAX_CANDIDATES);
  if (candidates.length === 0) return [];
  const loaded = await Promise.all(candidates.map((c) => loadRuleArticle(tx, workspaceId, c.id)));
  const pool: RuleArticle[] = [article, ...loaded.filter((a): a is RuleArticle => a !== null)];
  const group = detectCopies(pool).find((g) => g.articleIds.includes(articleId));
  if (!group) return [];
  const members = await tx
    .select({ id: articles.id, copyGroupId: articles.copyGroupId })
    .from(articles)
    .where(and(eq(articles.workspaceId, workspaceId), inArray(articles.id, group.articleIds)));
  const existing = members
    .map((m) => m.copyGroupId)
    .filter((g): g is string => g !== null)
    .sort();
  const groupId = existing[0] ?? uuidv7();
  // Joining two earlier groups merges them: everyone in either moves to the surviving id.
  await tx
    .update(articles)
    .set({ copyGroupId: groupId })
    .where(
      and(
        eq(articles.workspaceId, workspaceId),
        or(
          inArray(articles.id, group.articleIds),
          existing.length > 0 ? inArray(articles.copyGroupId, existing) : sql`false`,
        ),
      ),
    );
  const changed = await tx
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.workspaceId, workspaceId), eq(articles.copyGroupId, groupId)));
  return changed.map((r) => r.id);
}
