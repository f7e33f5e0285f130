// The rule inputs detection reads after a write: the one-id statements of the per-write path
// (also sent behind a write's own statements) give what the many-id queries of full re-detection
// give for the same event and article.
import { createTestDatabase, type TestDatabase } from "@kroscek/db/testing";
import { articleSuggestions, entities } from "@kroscek/schema/tables";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayValue, LedgerFixture } from "../../test/ledger-fixture";
import { loadWriteInputs } from "../assertion-write";
import { ensureWorkspace } from "../workspaces";
import { loadWriteScope, writeScopeFrom, writeScopeStatements } from "./load";

describe("detection's rule inputs of one event and one article", () => {
  let t: TestDatabase;
  let workspaceId: string;
  let fx: LedgerFixture;
  beforeAll(async () => {
    t = await createTestDatabase();
    workspaceId = (await ensureWorkspace(t.db, "load", "Load")).workspace.id;
    fx = new LedgerFixture(t.db, workspaceId);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("are the same whether read for one id or among several", async () => {
    const moskow = uuidv7();
    await t.db.insert(entities).values({ workspaceId, id: moskow, kind: "place", canonicalName: "Moskow" });
    const a = await fx.outlet("Harian A");
    const b = await fx.outlet("Harian B", "wire");
    const event = await fx.event("Pertemuan");
    const other = await fx.event("Kunjungan");
    const tuesday = await fx.claim(event, dayValue("2023-09-12"), "12 Sep");
    const place = await fx.claim(event, { slot: "place", entityId: moskow }, "Moskow");
    const elsewhere = await fx.claim(other, dayValue("2023-09-14"), "14 Sep");
    const first = await fx.article(a, {
      body: "Putin bertemu Kim di Moskow pada Selasa, kata Reuters.",
      publishedAt: "2023-09-13T05:00:00Z",
      wireCredit: "Reuters",
    });
    const second = await fx.article(b, { body: "Pertemuan pada 12 September 2023." });
    // An unnamed source the extractor read in the first article (the article-level rules use it).
    await t.db.insert(articleSuggestions).values({
      workspaceId,
      id: uuidv7(),
      articleId: first.id,
      kind: "attribution",
      positionStart: 41,
      positionEnd: 53,
      quote: "kata Reuters",
      confidence: 0.5,
      details: { attributionKind: "anonymous", cue: "kata" },
      extractorVersion: "test",
    });
    await fx.assertion(first, tuesday, { quote: "pada Selasa" });
    await fx.assertion(first, place, { quote: "di Moskow", stance: "reports_unconfirmed" });
    await fx.assertion(second, tuesday, { quote: "12 September 2023", attribution: "none" });
    await fx.assertion(first, elsewhere, { quote: "Putin bertemu Kim" });

    const one = await t.db.transaction((tx) => loadWriteScope(tx, workspaceId, [event], [first.id]));
    const pipelined = await t.db.transaction(async (tx) => {
      // The article as the write reads it, with its other inputs, before its own statements.
      const { ruleArticle } = await loadWriteInputs(tx, workspaceId, {
        articleId: first.id,
        claimId: null,
        entityId: null,
      });
      const [both] = writeScopeStatements(tx, workspaceId, event, first.id);
      return writeScopeFrom(tx, workspaceId, [await both], ruleArticle);
    });
    const many = await t.db.transaction((tx) =>
      loadWriteScope(tx, workspaceId, [event, other], [first.id, second.id]),
    );
    for (const scope of [one, pipelined]) {
      expect(scope.ofEvents.assertions.get(event)).toEqual(many.ofEvents.assertions.get(event));
      expect(scope.ofEvents.assertions.get(event)).toHaveLength(3);
      expect(scope.ofArticles.assertions.get(first.id)).toEqual(many.ofArticles.assertions.get(first.id));
      // The article's assertion of another event is the article's only; each assertion once.
      expect(scope.ofArticles.assertions.get(first.id)).toHaveLength(3);
      expect(scope.ofEvents.assertions.size).toBe(1);
      expect(scope.ofArticles.assertions.size).toBe(1);
      expect(scope.ofArticles.resolutions.get(first.id)).toEqual(many.ofArticles.resolutions.get(first.id));
      expect(scope.articles.get(first.id)).toEqual(many.articles.get(first.id));
      expect(scope.articles.get(first.id)).toMatchObject({
        publishedAt: "2023-09-13T05:00:00.000Z",
        wireCredit: "Reuters",
        outletName: "Harian A",
        copyGroupId: null,
        anonymousSources: [{ start: 41, end: 53, text: "kata Reuters", cue: "kata" }],
      });
      expect(scope.ofEvents.entityNames.get(moskow)).toBe("Moskow");
    }
  });
});
