import { AssertionSchema, ErrorEnvelopeSchema } from "@kroscek/schema";
import { assertions } from "@kroscek/schema/tables";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/harness";
import { addArticle, addClaim, addEntity, addEvent, jakartaDay, wsPath } from "../../test/ledger-fixtures";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

const BODY = "Putin menerima Choe Son Hui di Kremlin, Moskow, Selasa (16/1/2024), menurut Reuters.";

describe("assertions: one per article, claim and position", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let article: { id: string };
  let dateClaim: string;
  let placeClaim: string;
  const post = (body: unknown) => s.json("POST", wsPath(a, "assertions"), a.tokens.factchecker, body);
  const count = async (claimId: string) =>
    (
      await s.t.db
        .select()
        .from(assertions)
        .where(and(eq(assertions.workspaceId, a.id), eq(assertions.claimId, claimId)))
    ).length;

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    const moskow = await addEntity(s, a, "Moskow", "place");
    const event = await addEvent(s, a, { title: "Putin meets Choe" });
    dateClaim = (await addClaim(s, a, event.id, { slot: "date", interval: jakartaDay("2024-01-16") })).id;
    placeClaim = (await addClaim(s, a, event.id, { slot: "place", entityId: moskow.id })).id;
    article = await addArticle(s, a, { outlet: "Republika", body: BODY, publishedAt: "2024-01-16" });
  });
  afterAll(async () => {
    await s?.close();
  });

  it("answers an identical assertion with 409 and the existing one in details", async () => {
    const body = { articleId: article.id, claimId: dateClaim, quote: { exact: "Selasa (16/1/2024)" } };
    const first = await post(body);
    expect(first.status).toBe(201);
    const existing = AssertionSchema.parse(first.body);
    const again = await post({ ...body, stance: "reports_unconfirmed", note: "once more" });
    expect(again.status).toBe(409);
    const error = ErrorEnvelopeSchema.parse(again.body).error;
    expect(error.code).toBe("conflict");
    expect(AssertionSchema.parse((error.details as { existing: unknown }).existing)).toEqual(existing);
    expect(await count(dateClaim)).toBe(1);
  });

  it("still records the same words for another claim", async () => {
    const res = await post({ articleId: article.id, claimId: placeClaim, quote: { exact: "Moskow" } });
    expect(res.status).toBe(201);
  });

  it("stores one of several identical requests sent at once", async () => {
    const body = { articleId: article.id, claimId: placeClaim, quote: { exact: "Kremlin" } };
    const answers = await Promise.all(Array.from({ length: 6 }, () => post(body)));
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(await count(placeClaim)).toBe(2);
  });
});
