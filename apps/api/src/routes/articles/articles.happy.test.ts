import { ArticleImportResultSchema, ArticleSchema, ArticleSummarySchema, pageOf } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articlesPath, postArticle } from "../../test/article-fixtures";
import { startTestServer, type TestServer } from "../../test/harness";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

const Page = pageOf(ArticleSummarySchema);

describe("articles: create, list, get, edit", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  const list = async (query: string) =>
    Page.parse((await s.json("GET", articlesPath(a, `?${query}`), a.tokens.viewer)).body);

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    // Four articles, imported in this order; the list shows the newest import first.
    await postArticle(s, a, {
      outlet: "Republika",
      title: "Putin bertemu Menlu Korut",
      publishedAt: "2024-01-18",
      language: "id",
      body: "Putin bertemu Choe Son Hui di Moskow pada Selasa (16/1/2024).",
    });
    await postArticle(s, a, {
      outlet: "Republika",
      title: "Shoigu di Pyongyang",
      publishedAt: "2024-09-14T10:00:00+07:00",
      language: "id-ID",
      body: "Shoigu bertemu Kim Jong Un di Pyongyang.",
    });
    await postArticle(s, a, {
      outlet: "Reuters",
      title: "Putin hosts Kim",
      publishedAt: "2023-09-13",
      language: "en",
      body: "Putin hosted Kim Jong Un at the Vostochny cosmodrome.",
    });
    await postArticle(s, a, { body: "Delegasi Lavrov di Pyongyang pekan ini, tanpa tanggal." });
  });
  afterAll(async () => {
    await s?.close();
  });

  it("answers 201 created for new text, and 200 duplicate with the stored article for the same text", async () => {
    const input = { outlet: "Antara", title: "Baru", body: "Teks yang sama persis.\n" };
    const first = await s.json("POST", articlesPath(a), a.tokens.factchecker, input);
    expect(first.status).toBe(201);
    const created = ArticleImportResultSchema.parse(first.body);
    expect(created.status).toBe("created");
    expect(created.article.body).toBe(input.body);
    expect(created.article.outletName).toBe("Antara");
    expect(created.article.version).toBe(1);
    const again = await s.json("POST", articlesPath(a), a.tokens.editor, { ...input, title: "Lain" });
    expect(again.status).toBe(200);
    const duplicate = ArticleImportResultSchema.parse(again.body);
    expect(duplicate).toMatchObject({
      status: "duplicate",
      article: { id: created.article.id, title: "Baru" },
    });
  });

  it("lists summaries without bodies, newest first, across pages with a cursor", async () => {
    const first = await list("limit=2");
    expect(first.items.map((i) => i.title)).toEqual(["Baru", null]);
    expect(first.items.every((i) => !("body" in i))).toBe(true);
    const second = await list(`limit=2&cursor=${first.nextCursor}`);
    const third = await list(`limit=2&cursor=${second.nextCursor}`);
    expect(second.items.map((i) => i.title)).toEqual(["Putin hosts Kim", "Shoigu di Pyongyang"]);
    expect(third.items.map((i) => i.title)).toEqual(["Putin bertemu Menlu Korut"]);
    expect(third.nextCursor).toBeNull();
  });

  it("filters by outlet, language (tag prefix), publication range and text", async () => {
    const all = await list("limit=50");
    const reuters = all.items.find((i) => i.outletName === "Reuters");
    expect((await list(`outletId=${reuters?.outletId}`)).items.map((i) => i.title)).toEqual([
      "Putin hosts Kim",
    ]);
    expect((await list("language=id")).items.map((i) => i.title)).toEqual(
      expect.arrayContaining(["Shoigu di Pyongyang", "Putin bertemu Menlu Korut"]),
    );
    expect((await list("language=en")).items.map((i) => i.title)).toEqual(["Putin hosts Kim"]);
    // A bare date is the article's local day: 2024-01-18 in Jakarta is included by both bounds.
    expect((await list("publishedFrom=2024-01-18&publishedTo=2024-01-18")).items.map((i) => i.title)).toEqual(
      ["Putin bertemu Menlu Korut"],
    );
    expect((await list("publishedFrom=2024-01-01")).items.map((i) => i.title)).toEqual([
      "Shoigu di Pyongyang",
      "Putin bertemu Menlu Korut",
    ]);
    expect((await list("publishedTo=2024-09-14T02:59:00Z")).items).toHaveLength(2);
    expect((await list("q=KIM%20JONG")).items.map((i) => i.title)).toEqual([
      "Putin hosts Kim",
      "Shoigu di Pyongyang",
    ]);
    expect((await list("q=korut")).items.map((i) => i.title)).toEqual(["Putin bertemu Menlu Korut"]);
    expect((await list("q=100%25")).items).toEqual([]);
  });

  it("gets one article with its body", async () => {
    const [item] = (await list("q=Vostochny")).items;
    const res = await s.json("GET", articlesPath(a, `/${item?.id}`), a.tokens.viewer);
    expect(res.status).toBe(200);
    const article = ArticleSchema.parse(res.body);
    expect(article.body).toBe("Putin hosted Kim Jong Un at the Vostochny cosmodrome.");
    expect(article.publishedPrecision).toBe("day");
  });

  it("edits metadata with the current version, refuses a stale one with 409, and audits the edit", async () => {
    const article = await postArticle(s, a, { outlet: "Tempo", body: "Badan teks untuk diedit." });
    const path = articlesPath(a, `/${article.id}`);
    const ok = await s.json("PATCH", path, a.tokens.factchecker, {
      title: "Judul",
      wireCredit: "sumber: reuters",
      version: 1,
    });
    expect(ok.status).toBe(200);
    const edited = ArticleSchema.parse(ok.body);
    expect(edited).toMatchObject({ title: "Judul", wireCredit: "sumber: reuters", version: 2 });
    expect(edited.body).toBe(article.body);
    const stale = await s.json("PATCH", path, a.tokens.editor, { title: "Lama", version: 1 });
    expect(stale.status).toBe(409);
    expect((stale.body as { error: { details: unknown } }).error.details).toEqual({ currentVersion: 2 });
    const rows = await s.t.db.query.auditEvents.findMany({
      where: (t, { and, eq }) => and(eq(t.workspaceId, a.id), eq(t.targetId, article.id)),
      orderBy: (t, { asc }) => asc(t.id),
    });
    expect(rows.map((r) => r.action)).toEqual(["article.create", "article.update"]);
    expect(rows[1]?.before).toMatchObject({ title: null, version: 1 });
    expect(rows[1]?.after).toMatchObject({ title: "Judul", version: 2 });
    expect(rows[1]?.after).not.toHaveProperty("body");
  });

  it("lets exactly one of two concurrent edits of the same version win", async () => {
    const article = await postArticle(s, a, { outlet: "Detik", body: "Teks untuk suntingan bersamaan." });
    const results = await Promise.all(
      ["Satu", "Dua"].map((title) =>
        s.json("PATCH", articlesPath(a, `/${article.id}`), a.tokens.factchecker, { title, version: 1 }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const now = ArticleSchema.parse(
      (await s.json("GET", articlesPath(a, `/${article.id}`), a.tokens.viewer)).body,
    );
    expect(now.version).toBe(2);
  });
});
