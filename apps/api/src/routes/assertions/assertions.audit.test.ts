import { AssertionCreatedSchema } from "@kroscek/schema";
import { apiTokens, assertions, auditEvents } from "@kroscek/schema/tables";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshot } from "../../services/audit";
import { startTestServer, type TestServer } from "../../test/harness";
import {
  addArticle,
  addClaim,
  addEntity,
  addEvent,
  auditActions,
  jakartaDay,
  wsPath,
} from "../../test/ledger-fixtures";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

const BODY = "Putin menerima Choe Son Hui di Kremlin, Moskow, Selasa (16/1/2024), menurut Reuters.";

describe("assertions: the audit row of a create", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let article: { id: string; outletId: string };
  let dateClaim: string;
  let placeClaim: string;
  let otherDay: string;
  let spokesperson: string;
  const creates = async () =>
    (
      await s.t.db
        .select({ id: auditEvents.id })
        .from(auditEvents)
        .where(and(eq(auditEvents.workspaceId, a.id), eq(auditEvents.action, "assertion.create")))
    ).length;
  const post = async (body: unknown) => {
    const res = await s.fetch(wsPath(a, "assertions"), {
      method: "POST",
      headers: { authorization: `Bearer ${a.tokens.factchecker}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: await res.json(), requestId: res.headers.get("x-request-id") };
  };

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    const moskow = await addEntity(s, a, "Moskow", "place");
    spokesperson = (await addEntity(s, a, "Dmitry Peskov")).id;
    const event = await addEvent(s, a, { title: "Putin meets Choe" });
    dateClaim = (await addClaim(s, a, event.id, { slot: "date", interval: jakartaDay("2024-01-16") })).id;
    otherDay = (await addClaim(s, a, event.id, { slot: "date", interval: jakartaDay("2024-01-17") })).id;
    placeClaim = (await addClaim(s, a, event.id, { slot: "place", entityId: moskow.id })).id;
    article = await addArticle(s, a, { outlet: "Republika", body: BODY, publishedAt: "2024-01-16" });
  });
  afterAll(async () => {
    await s?.close();
  });

  it("stores the new row as the audit trail's `after`, with the actor and the request id", async () => {
    const res = await post({
      articleId: article.id,
      claimId: dateClaim,
      stance: "reports_unconfirmed",
      quote: { exact: "Selasa (16/1/2024)" },
      attribution: { kind: "named_person", text: "kata juru bicara", entityId: spokesperson },
      note: "dicatat",
    });
    expect(res.status).toBe(201);
    const created = AssertionCreatedSchema.parse(res.body);
    const [stored] = await s.t.db
      .select()
      .from(assertions)
      .where(and(eq(assertions.workspaceId, a.id), eq(assertions.id, created.id)));
    const [token] = await s.t.db
      .select({ id: apiTokens.id })
      .from(apiTokens)
      .where(and(eq(apiTokens.workspaceId, a.id), eq(apiTokens.name, "factchecker token")));
    const rows = await auditActions(s, a, created.id);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      action: "assertion.create",
      targetType: "assertion",
      targetId: created.id,
      before: null,
      actorUserId: null,
      actorTokenId: token?.id,
      requestId: res.requestId,
    });
    // The row exactly as it is stored, dates as ISO strings.
    expect(row?.after).toEqual(snapshot(stored));
    expect(row?.after).toMatchObject({
      id: created.id,
      claimId: dateClaim,
      stance: "reports_unconfirmed",
      quoteExact: "Selasa (16/1/2024)",
      positionStart: created.position.start,
      attributionEntityId: spokesperson,
      note: "dicatat",
      version: 1,
      createdAt: created.createdAt,
    });
    expect(created.outletId).toBe(article.outletId);
  });

  it("writes no audit row when the write is refused", async () => {
    const before = await creates();
    // The same article, claim and position again: 409.
    const repeat = await post({
      articleId: article.id,
      claimId: dateClaim,
      quote: { exact: "Selasa (16/1/2024)" },
    });
    expect(repeat.status).toBe(409);
    // Words that state another value than the claim: 422.
    const contradicting = await post({
      articleId: article.id,
      claimId: otherDay,
      quote: { exact: "Selasa (16/1/2024)" },
    });
    expect(contradicting.status).toBe(422);
    // An unknown attribution entity: 422, nothing stored.
    const unknown = await post({
      articleId: article.id,
      claimId: placeClaim,
      quote: { exact: "Moskow" },
      attribution: { kind: "named_person", entityId: "00000000-0000-7000-8000-000000000000" },
    });
    expect(unknown.status).toBe(422);
    expect(await creates()).toBe(before);
    const ok = await post({ articleId: article.id, claimId: placeClaim, quote: { exact: "Moskow" } });
    expect(ok.status).toBe(201);
    expect(await creates()).toBe(before + 1);
  });
});
