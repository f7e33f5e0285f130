import { ContradictionViewSchema, FlagViewSchema, pageOf } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../services/actor";
import { importArticle } from "../services/article-import";
import { createApiToken } from "../services/tokens";
import { startTestServer, type TestServer } from "../test/harness";
import { loadDemo } from "./load-demo";

const ContradictionPage = pageOf(ContradictionViewSchema);
const FlagPage = pageOf(FlagViewSchema);

describe("the demo workspace", () => {
  let s: TestServer;
  let token: string;
  let editor: string;
  let workspaceId: string;
  const ws = "/api/v1/workspaces/demo";

  beforeAll(async () => {
    s = await startTestServer();
    const demo = await loadDemo(s.t.db);
    workspaceId = demo.workspaceId;
    const actor = systemActor(demo.workspaceId);
    token = await s.t.db.transaction(
      async (tx) => (await createApiToken(tx, actor, { name: "t", role: "viewer" })).token,
    );
    editor = await s.t.db.transaction(
      async (tx) => (await createApiToken(tx, actor, { name: "e", role: "editor" })).token,
    );
  });
  afterAll(async () => {
    await s?.close();
  });

  it("loads once: a second load changes nothing", async () => {
    const again = await loadDemo(s.t.db);
    expect(again.created).toBe(false);
  });

  it("corroborates the January 2024 meeting: no contradiction among the demo's own reports", async () => {
    const page = ContradictionPage.parse((await s.json("GET", `${ws}/contradictions`, token)).body);
    expect(page.items.filter((c) => c.ruleId === "date.conflict")).toEqual([]);
  });

  it("flags the Lavrov article as unsourced, undated, internally inconsistent and spam-injected", async () => {
    const all = FlagPage.parse((await s.json("GET", `${ws}/flags?limit=200`, token)).body).items;
    const spam = all.filter((f) => f.kind === "spam_injection");
    expect(spam).toHaveLength(1);
    expect(spam[0]?.explanation).toContain("vipqiuqiu99");
    const lavrovArticle = spam[0]?.articleId;
    const kinds = new Set(all.filter((f) => f.articleId === lavrovArticle).map((f) => f.kind));
    for (const kind of ["internal_inconsistency", "spam_injection", "undated", "unsourced"] as const) {
      expect(kinds, kind).toContain(kind);
    }
    const inconsistency = all.find(
      (f) => f.articleId === lavrovArticle && f.kind === "internal_inconsistency",
    );
    expect(inconsistency?.explanation).toContain("Vladimir Putin");
  });

  it("marks Republika's article as a Reuters wire copy", async () => {
    const all = FlagPage.parse((await s.json("GET", `${ws}/flags?kind=syndicated_copy`, token)).body).items;
    expect(all.some((f) => f.outletName === "Republika" && /Reuters/.test(f.explanation))).toBe(true);
  });

  it("keeps 001's 'pada hari Kamis' unresolved and flags it", async () => {
    const all = FlagPage.parse(
      (await s.json("GET", `${ws}/flags?kind=unresolved_relative_date`, token)).body,
    ).items;
    expect(all.some((f) => f.explanation.includes("pada hari Kamis"))).toBe(true);
  });

  it("sees a date conflict appear when an article dates the meeting differently, and keeps a dismissal", async () => {
    const created = await s.t.db.transaction((tx) =>
      importArticle(tx, systemActor(workspaceId), {
        outlet: "Contoh Harian",
        publishedAt: "2024-01-19",
        body: "Menteri Luar Negeri Korea Utara Choe Son Hui bertemu Presiden Vladimir Putin di Moskow pada Rabu (17/1/2024), kata seorang diplomat.",
      }),
    );
    const claims = (
      await s.json<{ items: Array<{ id: string; eventId: string; slot: string; summary: string }> }>(
        "GET",
        `${ws}/claims?slot=date&limit=200`,
        token,
      )
    ).body.items;
    const meetingDate = claims.find((c) => c.summary.includes("16 Jan 2024"));
    if (!meetingDate) throw new Error("meeting date claim missing");
    const newClaim = await s.json<{ id: string }>("POST", `${ws}/claims`, editor, {
      eventId: meetingDate.eventId,
      value: {
        slot: "date",
        interval: { start: "2024-01-16T17:00:00Z", end: "2024-01-17T17:00:00Z", precision: "day" },
      },
    });
    expect(newClaim.status).toBe(201);
    const assertion = await s.json("POST", `${ws}/assertions`, editor, {
      articleId: created.article.id,
      claimId: newClaim.body.id,
      quote: { exact: "pada Rabu (17/1/2024)" },
      attribution: { kind: "anonymous", text: "kata seorang diplomat" },
    });
    expect(assertion.status).toBe(201);
    const page = ContradictionPage.parse(
      (await s.json("GET", `${ws}/contradictions?rule=date.conflict`, token)).body,
    );
    expect(page.items.length).toBe(2);
    const withHimalaya = page.items.find((c) => c.explanation.includes("Himalayapost.id"));
    expect(withHimalaya?.explanation).toContain(
      "Himalayapost.id: 16 January 2024 (from 'pada Selasa', article dated 18 January 2024)",
    );
    expect(withHimalaya?.explanation).toContain("Contoh Harian: 17 January 2024");
    if (!withHimalaya) throw new Error("conflict missing");
    const dismissed = await s.json("PATCH", `${ws}/contradictions/${withHimalaya.id}`, editor, {
      status: "dismissed",
      note: "Different reporting time zones; checked with the newsroom.",
      version: withHimalaya.version,
    });
    expect(dismissed.status).toBe(200);
    // Re-detection (a new write on the event) never re-opens a dismissed contradiction.
    await s.json("PATCH", `${ws}/claims/${newClaim.body.id}`, editor, {
      summary: "date: 17 Jan 2024 (day) per Contoh Harian",
      version: 1,
    });
    const after = ContradictionViewSchema.parse(
      (await s.json("GET", `${ws}/contradictions/${withHimalaya.id}`, token)).body,
    );
    expect(after.status).toBe("dismissed");
  });
});
