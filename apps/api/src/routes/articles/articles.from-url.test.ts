import { createHash } from "node:crypto";
import {
  ArticleFromUrlCreatedSchema,
  ArticleFromUrlDuplicateSchema,
  ArticleSchema,
  ErrorEnvelopeSchema,
} from "@kroscek/schema";
import { articleArchives, outlets } from "@kroscek/schema/tables";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchLimitsOf } from "../../env";
import { articlesPath } from "../../test/article-fixtures";
import { startTestServer, type TestServer } from "../../test/harness";
import { type NewsSite, startNewsSite } from "../../test/news-site";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

describe("articles from a URL", () => {
  let site: NewsSite;
  let s: TestServer;
  let a: SeededWorkspace;
  const fromUrl = (body: unknown, token = a.tokens.factchecker) =>
    s.json("POST", articlesPath(a, "/from-url"), token, body);
  const reason = async (url: string) => {
    const res = await fromUrl({ url });
    expect(res.status).toBe(422);
    return (ErrorEnvelopeSchema.parse(res.body).error.details as { reason: string }).reason;
  };

  beforeAll(async () => {
    site = await startNewsSite();
    s = await startTestServer({
      fetchLimits: {
        ...fetchLimitsOf({
          KROSCEK_FETCH_ALLOW: "127.0.0.1",
          KROSCEK_FETCH_MAX_BYTES: 1024 * 1024,
          KROSCEK_FETCH_TIMEOUT_MS: 1000,
        }),
      },
    });
    a = await seedWorkspace(s.t.db, "from-url");
  });
  afterAll(async () => {
    await s?.close();
    await site?.close();
  });

  it("archives a news page: readable text, JSON-LD metadata, outlet by domain, raw page with its hash", async () => {
    const res = await fromUrl({ url: `${site.url}/r/3` });
    expect(res.status).toBe(201);
    const { article, archive } = ArticleFromUrlCreatedSchema.parse(res.body);
    expect(article.title).toBe("Banjir rendam ribuan rumah di Bekasi");
    expect(article.byline).toBe("Rina Wulandari");
    expect(article.publishedAt).toBe("2024-01-18T02:30:00.000Z");
    expect(article.timeZone).toBe("Asia/Jakarta");
    expect(article.language).toBe("id");
    expect(article.url).toBe(`${site.url}/berita/banjir-bekasi`);
    expect(article.outletName).toBe("Warta Contoh");
    expect(article.body).toMatch(/^JAKARTA — Banjir melanda Bekasi/);
    expect(article.body.split("\n\n")).toHaveLength(4);
    // Navigation, byline line and footer are not article text.
    expect(article.body).not.toMatch(/Beranda|Redaksi|©/);

    expect(archive.requestedUrl).toBe(`${site.url}/r/3`);
    expect(archive.finalUrl).toBe(`${site.url}/berita/banjir-bekasi`);
    expect(archive.redirects).toHaveLength(3);
    expect(archive.httpStatus).toBe(200);
    expect(archive.charset).toBe("utf-8");
    const [stored] = await s.t.db
      .select()
      .from(articleArchives)
      .where(and(eq(articleArchives.workspaceId, a.id), eq(articleArchives.id, archive.id)));
    const html = Buffer.from(stored?.html ?? new Uint8Array());
    expect(html.toString("utf8")).toContain('"@type":"NewsArticle"');
    expect(createHash("sha256").update(html).digest("hex")).toBe(archive.htmlSha256);
    expect(archive.htmlBytes).toBe(html.length);

    const [outlet] = await s.t.db
      .select()
      .from(outlets)
      .where(and(eq(outlets.workspaceId, a.id), eq(outlets.id, article.outletId)));
    expect(outlet?.domain).toBe("127.0.0.1");
  });

  it("reports the same canonical URL as a duplicate, fetched or not", async () => {
    const site0 = site.requests.length;
    const again = await fromUrl({ url: `${site.url}/berita/banjir-bekasi` });
    expect(again.status).toBe(200);
    const dup = ArticleFromUrlDuplicateSchema.parse(again.body);
    expect(dup.duplicateOf).toBe("canonical_url");
    expect(dup.article.title).toBe("Banjir rendam ribuan rumah di Bekasi");
    // Already known by that URL: not fetched again.
    expect(site.requests.length).toBe(site0);
    // Through the redirect chain: fetched, and recognised by the page's canonical URL.
    const viaRedirect = await fromUrl({ url: `${site.url}/r/2` });
    expect(ArticleFromUrlDuplicateSchema.parse(viaRedirect.body).duplicateOf).toBe("canonical_url");
  });

  it("reports the same text under another canonical URL as a duplicate", async () => {
    const res = await fromUrl({ url: `${site.url}/cermin/banjir-bekasi` });
    expect(res.status).toBe(200);
    const dup = ArticleFromUrlDuplicateSchema.parse(res.body);
    expect(dup.duplicateOf).toBe("text");
    expect(dup.article.url).toBe(`${site.url}/berita/banjir-bekasi`);
  });

  it("finds a page by its canonical URL when asked with tracking parameters", async () => {
    const first = await fromUrl({ url: `${site.url}/berita/longsor-bogor` });
    expect(first.status).toBe(201);
    const article = ArticleFromUrlCreatedSchema.parse(first.body).article;
    const again = await fromUrl({ url: `${site.url}/berita/longsor-bogor?utm_source=feed` });
    const dup = ArticleFromUrlDuplicateSchema.parse(again.body);
    expect(dup.duplicateOf).toBe("canonical_url");
    expect(dup.article.id).toBe(article.id);
  });

  it("decodes a windows-1252 page, reading Open Graph and meta tags", async () => {
    const res = await fromUrl({ url: `${site.url}/fr/cafe`, language: "fr" });
    expect(res.status).toBe(201);
    const { article, archive } = ArticleFromUrlCreatedSchema.parse(res.body);
    expect(archive.charset).toBe("windows-1252");
    expect(article.title).toBe("Café à Surabaya : la municipalité répond");
    expect(article.byline).toBe("Amélie Dupré");
    expect(article.body).toContain("« Kopi Tua »");
    expect(article.body).toContain("l’adjoint au maire");
    expect(article.language).toBe("fr");
    expect(article.publishedAt).toBe("2024-02-03T07:05:00.000Z");
  });

  it("names the outlet when asked to", async () => {
    const res = await fromUrl({ url: `${site.url}/berita/gempa-cianjur`, outlet: "Kompas" });
    expect(res.status).toBe(201);
    expect(ArticleFromUrlCreatedSchema.parse(res.body).article.outletName).toBe("Kompas");
  });

  it("answers 422 with the reason when a page cannot be archived, storing nothing", async () => {
    const before = await s.t.db.select().from(articleArchives).where(eq(articleArchives.workspaceId, a.id));
    expect(await reason(`${site.url}/gambar.png`)).toBe("not_html");
    expect(await reason(`${site.url}/masuk`)).toBe("no_readable_text");
    expect(await reason(`${site.url}/hilang`)).toBe("http_status");
    expect(await reason(`${site.url}/raksasa`)).toBe("too_large");
    expect(await reason(`${site.url}/lambat`)).toBe("timeout");
    expect(await reason(`${site.url}/loop`)).toBe("too_many_redirects");
    expect(await reason(`${site.url}/ke-jaringan-dalam`)).toBe("blocked_address");
    expect(await reason("http://169.254.169.254/latest/meta-data/")).toBe("blocked_address");
    expect(await reason("http://[::1]/")).toBe("blocked_address");
    const after = await s.t.db.select().from(articleArchives).where(eq(articleArchives.workspaceId, a.id));
    expect(after.length).toBe(before.length);
  });

  it("refuses a URL that is not http(s) as a validation error, and a viewer with 403", async () => {
    const bad = await fromUrl({ url: "file:///etc/passwd" });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain("url");
    expect((await fromUrl({ url: `${site.url}/berita/banjir-bekasi` }, a.tokens.viewer)).status).toBe(403);
  });

  it("the archived article reads back like any other", async () => {
    const res = await fromUrl({ url: `${site.url}/berita/banjir-bekasi` });
    const { article } = ArticleFromUrlDuplicateSchema.parse(res.body);
    const got = await s.json("GET", articlesPath(a, `/${article.id}`), a.tokens.viewer);
    expect(ArticleSchema.parse(got.body).body).toBe(article.body);
  });
});

describe("articles from a URL, without the allow-list", () => {
  let site: NewsSite;
  let s: TestServer;
  let a: SeededWorkspace;
  beforeAll(async () => {
    site = await startNewsSite();
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "no-allow");
  });
  afterAll(async () => {
    await s?.close();
    await site?.close();
  });

  it("refuses the loopback fixture site with blocked_address and never connects", async () => {
    const res = await s.json("POST", articlesPath(a, "/from-url"), a.tokens.factchecker, {
      url: `${site.url}/berita/banjir-bekasi`,
    });
    expect(res.status).toBe(422);
    expect(ErrorEnvelopeSchema.parse(res.body).error.details).toMatchObject({ reason: "blocked_address" });
    expect(site.requests).toHaveLength(0);
  });
});
