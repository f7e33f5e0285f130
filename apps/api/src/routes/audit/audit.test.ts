import { AuditEventSchema, ErrorEnvelopeSchema, pageOf } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articlesPath, postArticle } from "../../test/article-fixtures";
import { startTestServer, type TestServer } from "../../test/harness";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

const Page = pageOf(AuditEventSchema);

describe("audit trail", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let b: SeededWorkspace;
  const audit = async (query: string, token = a.tokens.viewer, ws = a) => {
    const res = await s.json("GET", `/api/v1/workspaces/${ws.slug}/audit?${query}`, token);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return Page.parse(res.body);
  };

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    b = await seedWorkspace(s.t.db, "beta");
  });
  afterAll(async () => {
    await s?.close();
  });

  it("lists an article's history by target, newest first, with before and after", async () => {
    const article = await postArticle(s, a, { outlet: "Antara", body: "Teks yang diaudit." });
    await s.json("PATCH", articlesPath(a, `/${article.id}`), a.tokens.editor, { title: "Judul", version: 1 });
    const page = await audit(`targetType=article&targetId=${article.id}`);
    expect(page.items.map((e) => e.action)).toEqual(["article.update", "article.create"]);
    const [update] = page.items;
    expect(update?.before).toMatchObject({ title: null });
    expect(update?.after).toMatchObject({ title: "Judul" });
    expect(update?.actorTokenId).not.toBeNull();
    expect((page.items[0]?.id ?? 0) > (page.items[1]?.id ?? 0)).toBe(true);
  });

  it("filters by action and by actor (a token or a user id)", async () => {
    const byAction = await audit("action=outlet.create");
    expect(byAction.items.length).toBeGreaterThan(0);
    expect(byAction.items.every((e) => e.action === "outlet.create")).toBe(true);
    const updates = await audit("action=article.update");
    const editorToken = updates.items[0]?.actorTokenId;
    if (!editorToken) throw new Error("no actor");
    const byActor = await audit(`actor=${editorToken}`);
    expect(byActor.items.map((e) => e.action)).toEqual(["article.update"]);
    expect((await audit("action=no.such.action")).items).toEqual([]);
  });

  it("pages by id with a numeric cursor, without gaps or repeats", async () => {
    for (const n of [1, 2, 3]) await postArticle(s, a, { body: `Artikel halaman ${n}.` });
    const all = await audit("targetType=article&limit=200");
    const seen: number[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const page = await audit(`targetType=article&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all.items.map((e) => e.id));
    const bad = await s.json("GET", `/api/v1/workspaces/${a.slug}/audit?cursor=eHl6`, a.tokens.viewer);
    expect(bad.status).toBe(400);
  });

  it("shows member and token events (e-mails) only to admins", async () => {
    const viewer = await audit("limit=200");
    expect(viewer.items.some((e) => e.targetType === "membership" || e.targetType === "api_token")).toBe(
      false,
    );
    const admin = await audit("targetType=membership&limit=200", a.tokens.admin);
    expect(admin.items.length).toBe(4);
    expect((await audit("targetType=membership", a.tokens.editor)).items).toEqual([]);
  });

  it("never shows another workspace's events, and needs credentials", async () => {
    const theirs = await postArticle(s, b, { body: "Milik beta." }, b.tokens.admin);
    expect((await audit(`targetId=${theirs.id}`)).items).toEqual([]);
    expect((await audit(`targetId=${theirs.id}`, b.tokens.viewer, b)).items).toHaveLength(1);
    const anonymous = await s.json("GET", `/api/v1/workspaces/${a.slug}/audit`, null);
    expect(anonymous.status).toBe(401);
    expect(ErrorEnvelopeSchema.parse(anonymous.body).error.code).toBe("unauthorized");
    expect((await s.json("GET", `/api/v1/workspaces/${a.slug}/audit`, b.tokens.admin)).status).toBe(404);
  });
});
