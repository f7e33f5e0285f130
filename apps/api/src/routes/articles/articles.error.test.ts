import { ErrorEnvelopeSchema, OutletSchema } from "@kroscek/schema";
import { describe, expect } from "vitest";
import { articlesPath, issuePaths, postArticle } from "../../test/article-fixtures";
import { it } from "../../test/fixtures";

describe("articles: refusals", () => {
  it("refuses to change the body: a PATCH naming it answers 422 on the field, and nothing changes", async ({
    server: s,
    alpha: a,
  }) => {
    const article = await postArticle(s, a, { body: "Teks asli yang dikutip." });
    const res = await s.json("PATCH", articlesPath(a, `/${article.id}`), a.tokens.admin, {
      body: "Teks lain",
      title: "x",
      version: 1,
    });
    expect(res.status).toBe(422);
    expect(issuePaths(res.body)).toContain("body");
    const unknown = await s.json("PATCH", articlesPath(a, `/${article.id}`), a.tokens.admin, {
      bodySha256: "0".repeat(64),
      version: 1,
    });
    expect(unknown.status).toBe(422);
    const now = (
      await s.json<{ body: string; version: number }>(
        "GET",
        articlesPath(a, `/${article.id}`),
        a.tokens.viewer,
      )
    ).body;
    expect(now).toMatchObject({ body: "Teks asli yang dikutip.", version: 1 });
  });

  it("answers invalid fields with 422 naming the paths, and an unknown or foreign outletId with 422 on outletId", async ({
    server: s,
    alpha: a,
    beta: b,
  }) => {
    const invalid = await s.json("POST", articlesPath(a), a.tokens.factchecker, {
      body: "",
      url: "not a url",
      publishedAt: "18 Januari",
    });
    expect(invalid.status).toBe(422);
    expect(issuePaths(invalid.body)).toEqual(expect.arrayContaining(["body", "url", "publishedAt"]));
    const theirs = OutletSchema.parse(
      (await s.json("POST", "/api/v1/workspaces/beta/outlets", b.tokens.admin, { name: "Beta Post" })).body,
    );
    const foreign = await s.json("POST", articlesPath(a), a.tokens.factchecker, {
      outletId: theirs.id,
      body: "x",
    });
    expect(foreign.status).toBe(422);
    expect(issuePaths(foreign.body)).toEqual(["outletId"]);
  });

  it("answers 400 for malformed JSON and 415 for a wrong content type", async ({ server: s, alpha: a }) => {
    const headers = { authorization: `Bearer ${a.tokens.admin}` };
    const bad = await s.fetch(articlesPath(a), {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: '{"body": ',
    });
    expect(bad.status).toBe(400);
    const wrong = await s.fetch(articlesPath(a), {
      method: "POST",
      headers: { ...headers, "content-type": "text/plain" },
      body: "teks",
    });
    expect(wrong.status).toBe(415);
    expect(ErrorEnvelopeSchema.parse(await wrong.json()).error.code).toBe("unsupported_media_type");
  });

  it("hides another workspace's article behind 404 on every id route", async ({
    server: s,
    alpha: a,
    beta: b,
  }) => {
    const theirs = await postArticle(s, b, { body: "Artikel milik beta." }, b.tokens.admin);
    const path = articlesPath(a, `/${theirs.id}`);
    expect((await s.json("GET", path, a.tokens.admin)).status).toBe(404);
    expect((await s.json("PATCH", path, a.tokens.admin, { title: "x", version: 1 })).status).toBe(404);
    const missing = articlesPath(a, "/0190f3f0-0000-7000-8000-000000000000");
    expect((await s.json("GET", missing, a.tokens.admin)).status).toBe(404);
    // The same body in another workspace is not a duplicate: workspaces never share rows.
    const res = await s.json("POST", articlesPath(a), a.tokens.admin, { body: "Artikel milik beta." });
    expect(res.status).toBe(201);
    // A token of beta cannot reach alpha at all.
    expect((await s.json("GET", articlesPath(a), b.tokens.admin)).status).toBe(404);
  });

  it("answers 401 without credentials and 403 for a viewer's writes, before reading the body", async ({
    server: s,
    alpha: a,
  }) => {
    expect((await s.json("GET", articlesPath(a), null)).status).toBe(401);
    expect((await s.json("POST", articlesPath(a), null, { body: "x" })).status).toBe(401);
    const article = await postArticle(s, a, { body: "Teks untuk pengujian izin." });
    expect((await s.json("POST", articlesPath(a), a.tokens.viewer, { bogus: true })).status).toBe(403);
    expect(
      (await s.json("PATCH", articlesPath(a, `/${article.id}`), a.tokens.viewer, { version: 1 })).status,
    ).toBe(403);
  });

  it("refuses a cursor it did not issue with 400", async ({ server: s, alpha: a }) => {
    const res = await s.json("GET", articlesPath(a, "?cursor=bm9wZQ"), a.tokens.viewer);
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toEqual(["cursor"]);
  });

  it("refuses with 400 a cursor of uuid characters that is no uuid (no query runs with it)", async ({
    server: s,
    alpha: a,
  }) => {
    const forged = Buffer.from("-".repeat(36)).toString("base64url");
    const res = await s.json("GET", articlesPath(a, `?cursor=${forged}`), a.tokens.viewer);
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toEqual(["cursor"]);
  });
});
