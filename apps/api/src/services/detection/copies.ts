import { detectCopies, type RuleArticle, textBandHashes } from "@kroscek/core";
import type { Db } from "@kroscek/db";
import { articleFingerprints, articles } from "@kroscek/schema/tables";
import { and, eq, inArray, ne, or, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import { loadRuleArticles } from "./load";

const MAX_CANDIDATES = 200;

const ruleArticle = ({
  copyGroupId: _,
  ...article
}: RuleArticle & { copyGroupId: string | null }): RuleArticle => article;

/**
 * Fingerprints a newly stored article and joins it to the copy group of any near-identical text
 * already in the workspace. Candidates come from an index lookup on band hashes, so the cost does
 * not grow with the corpus. Returns the ids of every article whose group changed.
 */
export async function assignCopyGroup(tx: Db, workspaceId: string, articleId: string): Promise<string[]> {
  const self = (await loadRuleArticles(tx, workspaceId, [articleId])).get(articleId);
  if (!self) return [];
  const article = ruleArticle(self);
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
  const loaded = await loadRuleArticles(
    tx,
    workspaceId,
    candidates.map((c) => c.id),
  );
  const pool: RuleArticle[] = [article];
  for (const c of candidates) {
    const other = loaded.get(c.id);
    if (other) pool.push(ruleArticle(other));
  }
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
