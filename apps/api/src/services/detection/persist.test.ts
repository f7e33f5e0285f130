// Storing findings after a write: a finding found again unchanged keeps its row as it was (no new
// row version, no lock), one no longer found is retired, and one found again comes back active
// with its review kept.
import { queryRows } from "@kroscek/db";
import { createTestDatabase, type TestDatabase } from "@kroscek/db/testing";
import { assertions, contradictions } from "@kroscek/schema/tables";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayValue, LedgerFixture } from "../../test/ledger-fixture";
import { ensureWorkspace } from "../workspaces";
import { detectAfterAssertionWrite } from "./index";

describe("findings stored after a write", () => {
  let t: TestDatabase;
  let workspaceId: string;
  let fx: LedgerFixture;
  beforeAll(async () => {
    t = await createTestDatabase();
    workspaceId = (await ensureWorkspace(t.db, "persist", "Persist")).workspace.id;
    fx = new LedgerFixture(t.db, workspaceId);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Each active contradiction of the event with its row version (xmin) and review status. */
  const stored = (eventId: string) =>
    queryRows<{ id: string; xmin: string; active: boolean; status: string; explanation: string }>(
      t.db,
      sql`select id, xmin::text as xmin, active, status, explanation from contradictions
           where workspace_id = ${workspaceId}::uuid and event_id = ${eventId}::uuid order by id`,
    );
  const detect = (articleId: string, eventId: string) =>
    t.db.transaction((tx) =>
      detectAfterAssertionWrite(tx, workspaceId, { articleIds: [articleId], eventIds: [eventId] }),
    );

  it("rewrites only what changed, retires what is gone and brings back what returns", async () => {
    const a = await fx.outlet("Harian A");
    const b = await fx.outlet("Harian B");
    const c = await fx.outlet("Harian C");
    const event = await fx.event("Pertemuan");
    const tuesday = await fx.claim(event, dayValue("2023-09-12"), "12 Sep");
    const wednesday = await fx.claim(event, dayValue("2023-09-13"), "13 Sep");
    const first = await fx.article(a);
    await fx.assertion(first, tuesday);
    const second = await fx.article(b);
    const secondSays = await fx.assertion(second, wednesday, { attribution: "none" });
    await detect(second.id, event);
    const [pair] = await stored(event);
    expect(pair?.active).toBe(true);
    const flagsBefore = await queryRows<{ id: string; xmin: string }>(
      t.db,
      sql`select id, xmin::text as xmin from flags where workspace_id = ${workspaceId}::uuid and article_id = ${second.id}::uuid order by id`,
    );
    expect(flagsBefore.length).toBeGreaterThan(0);

    // Found again with nothing changed: the same rows, not written again, nor locked.
    const locks = () =>
      queryRows<{ xmax: string }>(
        t.db,
        sql`select xmax::text as xmax from contradictions where workspace_id = ${workspaceId}::uuid
             and event_id = ${event}::uuid
            union all
            select xmax::text from flags where workspace_id = ${workspaceId}::uuid and article_id = ${second.id}::uuid`,
      );
    const locksBefore = await locks();
    await detect(second.id, event);
    expect(await stored(event)).toEqual([pair]);
    expect(await locks()).toEqual(locksBefore);
    expect(
      await queryRows(
        t.db,
        sql`select id, xmin::text as xmin from flags where workspace_id = ${workspaceId}::uuid and article_id = ${second.id}::uuid order by id`,
      ),
    ).toEqual(flagsBefore);

    // A third outlet joins Tuesday: the pair stays as it was, a new pair is stored beside it.
    const third = await fx.article(c);
    await fx.assertion(third, tuesday);
    await detect(third.id, event);
    const withThird = await stored(event);
    expect(withThird).toHaveLength(2);
    expect(withThird).toContainEqual(pair);

    // The fact-checker dismisses the first pair; B's assertion is deleted, so both pairs are gone.
    await t.db
      .update(contradictions)
      .set({ status: "dismissed" })
      .where(and(eq(contradictions.workspaceId, workspaceId), eq(contradictions.id, pair?.id ?? "")));
    await t.db
      .delete(assertions)
      .where(and(eq(assertions.workspaceId, workspaceId), eq(assertions.id, secondSays)));
    // The assertion's contradictions and flags go with it (cascade).
    await detect(second.id, event);
    expect(await stored(event)).toEqual([]);

    // B says Wednesday again: one pair per Tuesday outlet, active and open.
    await fx.assertion(second, wednesday);
    await detect(second.id, event);
    const back = await stored(event);
    expect(back.map((r) => [r.active, r.status])).toEqual([
      [true, "open"],
      [true, "open"],
    ]);
  });

  it("retires a pair whose evidence no longer conflicts, and reactivates it with its review kept", async () => {
    const a = await fx.outlet("Kabar A");
    const b = await fx.outlet("Kabar B");
    const event = await fx.event("Kunjungan");
    const monday = await fx.claim(event, dayValue("2023-10-02"), "2 Okt");
    const friday = await fx.claim(event, dayValue("2023-10-06"), "6 Okt");
    const first = await fx.article(a);
    await fx.assertion(first, monday);
    const second = await fx.article(b);
    const says = await fx.assertion(second, friday);
    await detect(second.id, event);
    const [pair] = await stored(event);
    await t.db
      .update(contradictions)
      .set({ status: "dismissed" })
      .where(and(eq(contradictions.workspaceId, workspaceId), eq(contradictions.id, pair?.id ?? "")));

    // B's assertion moves to Monday: no conflict, the pair is kept but inactive.
    await t.db.update(assertions).set({ claimId: monday }).where(eq(assertions.id, says));
    await detect(second.id, event);
    const [gone] = await stored(event);
    expect([gone?.id, gone?.active, gone?.status]).toEqual([pair?.id, false, "dismissed"]);

    // Back to Friday: the same pair, active again, still dismissed.
    await t.db.update(assertions).set({ claimId: friday }).where(eq(assertions.id, says));
    await detect(second.id, event);
    const [again] = await stored(event);
    expect([again?.id, again?.active, again?.status]).toEqual([pair?.id, true, "dismissed"]);
  });
});
