import { randomUUID } from "node:crypto";
import { articles, assertions, claims, events, outlets, workspaces } from "@kroscek/schema/tables";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgErrorOf } from "./errors";
import { createTestDatabase, type TestDatabase } from "./testing";

const sha = (n: number) => n.toString(16).padStart(64, "0");

describe("database integrity", () => {
  let t: TestDatabase;
  const wsA = randomUUID();
  const wsB = randomUUID();
  const outletA = randomUUID();
  const outletB = randomUUID();
  const articleA = randomUUID();

  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.insert(workspaces).values([
      { id: wsA, slug: "alpha", name: "Alpha" },
      { id: wsB, slug: "beta", name: "Beta" },
    ]);
    await t.db.insert(outlets).values([
      { workspaceId: wsA, id: outletA, name: "Alpha Daily" },
      { workspaceId: wsB, id: outletB, name: "Beta Daily" },
    ]);
    await t.db.insert(articles).values({
      workspaceId: wsA,
      id: articleA,
      outletId: outletA,
      language: "id",
      body: "Putin bertemu Choe Son Hui pada Selasa.",
      bodySha256: sha(1),
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("rejects an article that references another workspace's outlet", async () => {
    await expect(
      t.db.insert(articles).values({
        workspaceId: wsA,
        id: randomUUID(),
        outletId: outletB,
        language: "id",
        body: "x",
        bodySha256: sha(2),
      }),
    ).rejects.toThrow();
  });

  it("rejects an assertion whose claim belongs to another workspace", async () => {
    const eventB = randomUUID();
    const claimB = randomUUID();
    await t.db.insert(events).values({ workspaceId: wsB, id: eventB, kind: "meeting", title: "B meeting" });
    await t.db.insert(claims).values({
      workspaceId: wsB,
      id: claimB,
      eventId: eventB,
      slot: "statement",
      value: { slot: "statement", text: "x" },
      summary: "x",
    });
    await expect(
      t.db.insert(assertions).values({
        workspaceId: wsA,
        id: randomUUID(),
        articleId: articleA,
        claimId: claimB,
        quoteExact: "Putin",
        positionStart: 0,
        positionEnd: 5,
      }),
    ).rejects.toThrow();
  });

  it("refuses to change a stored article body", async () => {
    await expect(
      t.db
        .update(articles)
        .set({ body: "Putin bertemu Choe Son Hui pada Rabu." })
        .where(eq(articles.id, articleA)),
    ).rejects.toSatisfy((e) => /immutable/.test(pgErrorOf(e)?.message ?? ""));
    const [row] = await t.db.select().from(articles).where(eq(articles.id, articleA));
    expect(row?.body).toBe("Putin bertemu Choe Son Hui pada Selasa.");
  });

  it("still allows metadata edits on an article", async () => {
    await t.db.update(articles).set({ title: "Pertemuan Moskow" }).where(eq(articles.id, articleA));
    const [row] = await t.db.select().from(articles).where(eq(articles.id, articleA));
    expect(row?.title).toBe("Pertemuan Moskow");
  });

  it("enforces enumerations in the database, not only in the contracts", async () => {
    await expect(
      t.db.insert(outlets).values({
        workspaceId: wsA,
        id: randomUUID(),
        name: "Odd",
        kind: "tabloid" as unknown as "news",
      }),
    ).rejects.toThrow();
  });

  it("rejects the same body twice in one workspace but allows it in another", async () => {
    await expect(
      t.db.insert(articles).values({
        workspaceId: wsA,
        id: randomUUID(),
        outletId: outletA,
        language: "id",
        body: "copy",
        bodySha256: sha(1),
      }),
    ).rejects.toThrow();
    await t.db.insert(articles).values({
      workspaceId: wsB,
      id: randomUUID(),
      outletId: outletB,
      language: "id",
      body: "copy",
      bodySha256: sha(1),
    });
  });
});
