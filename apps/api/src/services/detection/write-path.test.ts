// The findings an assertion write stores (detection for its event and its article only, the
// changed rows only) are those a full re-detection of the workspace stores: after every write of a
// sequence, none lost, duplicated or left stale, each with the same explanation and details.
import type { Db } from "@kroscek/db";
import { queryRows } from "@kroscek/db";
import { createTestDatabase, type TestDatabase } from "@kroscek/db/testing";
import type { Stance } from "@kroscek/schema";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayValue, LedgerFixture } from "../../test/ledger-fixture";
import { systemActor } from "../actor";
import { createAssertion } from "../assertion-store";
import { ensureWorkspace } from "../workspaces";
import { redetectWorkspace } from "./index";

class Rollback extends Error {
  constructor(readonly value: unknown) {
    super("rolled back");
  }
}

describe("findings stored by each assertion write", () => {
  let t: TestDatabase;
  let workspaceId: string;
  let fx: LedgerFixture;
  beforeAll(async () => {
    t = await createTestDatabase();
    workspaceId = (await ensureWorkspace(t.db, "write-path", "Write path")).workspace.id;
    fx = new LedgerFixture(t.db, workspaceId);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Every stored finding of the workspace, active or not, with what it says and its review. */
  const stored = async (db: Db) => ({
    contradictions: await queryRows(
      db,
      sql`select rule_id, event_id, assertion_a_id, assertion_b_id, active, status, explanation, details
            from contradictions where workspace_id = ${workspaceId}::uuid
           order by rule_id, assertion_a_id, assertion_b_id`,
    ),
    flags: await queryRows(
      db,
      sql`select kind, rule_id, article_id, assertion_id, active, status, explanation, details
            from flags where workspace_id = ${workspaceId}::uuid
           order by kind, article_id, assertion_id nulls first`,
    ),
  });
  /** What a full re-detection would store now (run in a transaction that is rolled back). */
  const redetected = async () => {
    try {
      await t.db.transaction(async (tx) => {
        await redetectWorkspace(tx, workspaceId);
        throw new Rollback(await stored(tx));
      });
    } catch (e) {
      if (e instanceof Rollback) return e.value;
      throw e;
    }
    throw new Error("the re-detection was not rolled back");
  };

  it("are the findings of a full re-detection, after every write", async () => {
    const outlets = await Promise.all(
      ["Harian A", "Harian B", "Harian C", "Harian D"].map((n) => fx.outlet(n)),
    );
    const event = await fx.event("Pertemuan");
    const other = await fx.event("Kunjungan");
    const days = {
      "12": await fx.claim(event, dayValue("2023-09-12"), "12 Sep"),
      "13": await fx.claim(event, dayValue("2023-09-13"), "13 Sep"),
      "14": await fx.claim(event, dayValue("2023-09-14"), "14 Sep"),
      other: await fx.claim(other, dayValue("2023-09-20"), "20 Sep"),
    };
    const houses = {
      "100": await fx.claim(
        event,
        { slot: "quantity", amount: 100, unit: "rumah", tolerance: 0.1 },
        "100 rumah",
      ),
      "300": await fx.claim(
        event,
        { slot: "quantity", amount: 300, unit: "rumah", tolerance: 0.1 },
        "300 rumah",
      ),
    };
    const body = "Pertemuan itu berlangsung. Gempa merusak rumah warga. Kunjungan dijadwalkan.";
    const articles = await Promise.all(outlets.map((o) => fx.article(o, { body })));
    const article = (i: number) => articles[i] as { id: string; body: string };
    // Stored without detection: the first write of the event meets them.
    await fx.assertion(article(0), days["12"], { quote: "Pertemuan itu berlangsung." });
    await fx.assertion(article(1), houses["100"], { quote: "Gempa merusak rumah warga." });
    await t.db.transaction((tx) => redetectWorkspace(tx, workspaceId));

    const writes: Array<[number, string, Stance, string]> = [
      [1, days["13"], "asserts", "Pertemuan itu berlangsung."],
      [2, days["13"], "reports_unconfirmed", "Pertemuan itu berlangsung."],
      [2, days["14"], "asserts", "Pertemuan itu berlangsung."],
      [3, days["12"], "reports_unconfirmed", "Pertemuan itu berlangsung."],
      [3, houses["300"], "asserts", "Gempa merusak rumah warga."],
      [0, houses["300"], "reports_unconfirmed", "Gempa merusak rumah warga."],
      [0, days["13"], "denies", "Pertemuan itu berlangsung."],
      [1, days.other, "asserts", "Kunjungan dijadwalkan."],
      [3, days["14"], "reports_unconfirmed", "Pertemuan itu berlangsung."],
      [2, houses["100"], "asserts", "Gempa merusak rumah warga."],
    ];
    let contradictionsSeen = 0;
    for (const [i, claimId, stance, quote] of writes) {
      await t.db.transaction((tx) =>
        createAssertion(tx, systemActor(workspaceId), {
          articleId: article(i).id,
          claimId,
          stance,
          quote: { exact: quote },
          attribution: { kind: "named_person", text: "kata juru bicara" },
        }),
      );
      const now = await stored(t.db);
      expect(now).toEqual(await redetected());
      contradictionsSeen = Math.max(contradictionsSeen, now.contradictions.length);
    }
    // The sequence exercised pairs across outlets, rumours listed beside them and denials.
    expect(contradictionsSeen).toBeGreaterThan(5);
  });
});
