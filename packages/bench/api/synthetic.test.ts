import { detectArticle, detectEvent, ensureWorkspace, redetectWorkspace } from "@kroscek/api/bench";
import { queryRows } from "@kroscek/db";
import { createTestDatabase, type TestDatabase } from "@kroscek/db/testing";
import { articles, events } from "@kroscek/schema/tables";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus, type SyntheticResult } from "./synthetic";
import { detectedKeys, insertBatch, score } from "./synthetic-db";

/** Everything detection stores, minus ids and timestamps, in a stable order. */
async function snapshot(t: TestDatabase, workspaceId: string) {
  const c = await queryRows(
    t.db,
    sql`select rule_id, event_id, assertion_a_id, assertion_b_id, explanation, details::text, status, active
          from contradictions where workspace_id = ${workspaceId}::uuid
         order by rule_id, assertion_a_id, assertion_b_id`,
  );
  const f = await queryRows(
    t.db,
    sql`select kind, rule_id, article_id, assertion_id, explanation, details::text, status, active
          from flags where workspace_id = ${workspaceId}::uuid
         order by kind, article_id, assertion_id nulls first`,
  );
  return { contradictions: c, flags: f };
}

describe("synthetic corpus: detection finds exactly the injected conflicts", () => {
  let t: TestDatabase;
  let workspaceId: string;
  let corpus: SyntheticResult;

  beforeAll(async () => {
    t = await createTestDatabase();
    workspaceId = (await ensureWorkspace(t.db, "synthetic", "Synthetic")).workspace.id;
    corpus = await generateCorpus(workspaceId, { assertions: 300, seed: 1, conflictRate: 0.6 }, (b) =>
      insertBatch(t.db, b),
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it("injects conflicts of every kind, with negative controls", () => {
    expect(corpus.stats.assertions).toBeGreaterThanOrEqual(300);
    expect(corpus.expected.size).toBeGreaterThan(10);
    for (const rule of [
      "date.conflict",
      "place.conflict",
      "quantity.conflict",
      "participants.conflict",
      "occurrence.conflict",
      "article.internal_inconsistency",
    ])
      expect(corpus.stats.expectedByRule[rule] ?? 0).toBeGreaterThan(0);
    expect(Object.keys(corpus.stats.controls).sort()).toEqual([
      "copy_group_agreement",
      "copy_group_disagreement",
      "denial_of_unasserted_value",
      "reports_unconfirmed",
      "unresolved_relative_date",
    ]);
  });

  it("has precision 1 and recall 1 after full re-detection", async () => {
    await t.db.transaction((tx) => redetectWorkspace(tx, workspaceId));
    const s = score(corpus.expected, await detectedKeys(t.db, workspaceId));
    expect({ fp: s.falsePositives, fn: s.falseNegatives }).toEqual({ fp: [], fn: [] });
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(1);
  });

  it("stores the same rows as detecting event by event and article by article", async () => {
    const batched = await snapshot(t, workspaceId);
    // The per-event path over a clean slate (insert path) must give the same contradictions and flags.
    await t.db.execute(sql`delete from contradictions where workspace_id = ${workspaceId}::uuid`);
    await t.db.execute(sql`delete from flags where workspace_id = ${workspaceId}::uuid`);
    await t.db.transaction(async (tx) => {
      for (const e of await tx
        .select({ id: events.id })
        .from(events)
        .where(eq(events.workspaceId, workspaceId)))
        await detectEvent(tx, workspaceId, e.id);
      for (const a of await tx
        .select({ id: articles.id })
        .from(articles)
        .where(eq(articles.workspaceId, workspaceId)))
        await detectArticle(tx, workspaceId, a.id);
    });
    expect(await snapshot(t, workspaceId)).toEqual(batched);
    // Batched again over existing rows (update path): unchanged, and reviews survive.
    await t.db.execute(
      sql`update contradictions set status = 'dismissed' where workspace_id = ${workspaceId}::uuid
            and id = (select min(id::text)::uuid from contradictions where workspace_id = ${workspaceId}::uuid)`,
    );
    const reviewed = await snapshot(t, workspaceId);
    await t.db.transaction((tx) => redetectWorkspace(tx, workspaceId));
    expect(await snapshot(t, workspaceId)).toEqual(reviewed);
  });

  it("marks findings inactive once their evidence is gone, in bulk as one by one", async () => {
    // Turn one conflicting event's dissent into agreement: its findings must go inactive.
    const [victim] = await queryRows<{ a: string; event_id: string }>(
      t.db,
      sql`select assertion_b_id as a, event_id from contradictions
           where workspace_id = ${workspaceId}::uuid and active order by id limit 1`,
    );
    if (!victim) throw new Error("no contradiction to retire");
    await t.db.execute(
      sql`update assertions set stance = 'reports_unconfirmed' where workspace_id = ${workspaceId}::uuid
            and id in (select assertion_a_id from contradictions where workspace_id = ${workspaceId}::uuid
                        and event_id = ${victim.event_id}::uuid
                       union select assertion_b_id from contradictions where workspace_id = ${workspaceId}::uuid
                        and event_id = ${victim.event_id}::uuid)`,
    );
    await t.db.transaction((tx) => redetectWorkspace(tx, workspaceId));
    const batched = await snapshot(t, workspaceId);
    const retired = batched.contradictions.filter(
      (c) => (c as { event_id: string }).event_id === victim.event_id,
    );
    expect(retired.length).toBeGreaterThan(0);
    expect(retired.every((c) => (c as { active: boolean }).active === false)).toBe(true);
    await t.db.transaction((tx) => detectEvent(tx, workspaceId, victim.event_id));
    expect(await snapshot(t, workspaceId)).toEqual(batched);
  });
});
