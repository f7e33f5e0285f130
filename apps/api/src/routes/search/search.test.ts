import { ErrorEnvelopeSchema, type SearchHit, SearchPageSchema } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postArticle } from "../../test/article-fixtures";
import { startTestServer, type TestServer } from "../../test/harness";
import { addClaim, addEvent } from "../../test/ledger-fixtures";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

/** The highlighted words of a hit, read back through its code-point offsets. */
const highlighted = (hit: SearchHit) =>
  hit.highlights.map((h) => Array.from(hit.snippet).slice(h.start, h.end).join(""));

describe("search", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let b: SeededWorkspace;
  const ids: Record<string, string> = {};
  const search = async (query: string, ws = a) => {
    const res = await s.json("GET", `/api/v1/workspaces/${ws.slug}/search?${query}`, ws.tokens.viewer);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return SearchPageSchema.parse(res.body);
  };

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    b = await seedWorkspace(s.t.db, "beta");
    const article = async (key: string, input: Record<string, unknown>, ws = a) => {
      ids[key] = (await postArticle(s, ws, input, ws.tokens.admin)).id;
    };
    await article("dense", {
      outlet: "Antara",
      title: "Kesepakatan dagang",
      language: "id",
      body: "Kedua negara akhirnya sepakat. Kesepakatan itu disepakati para menteri di Jakarta.",
    });
    await article("sparse", {
      outlet: "Kompas",
      language: "id",
      body: `${"Laporan panjang tentang ekonomi kawasan dan berbagai hal lain. ".repeat(20)}Ada kesepakatan kecil.`,
    });
    await article("english", {
      outlet: "Reuters",
      title: "Putin and Kim",
      language: "en",
      body: "Putin held a meeting with Kim Jong Un in Vostochny; <b>no</b> agreement was published.",
    });
    await article("theirs", { outlet: "Beta", language: "id", body: "Kesepakatan rahasia milik beta." }, b);
    const event = await addEvent(s, a, { title: "Pertemuan Putin–Kim" });
    ids.claim = (
      await addClaim(
        s,
        a,
        event.id,
        { slot: "statement", text: "x" },
        "Rusia dan Korut menyepakati kerja sama",
      )
    ).id;
  });
  afterAll(async () => {
    await s?.close();
  });

  it("finds Indonesian text by its stem, ranks the denser match first, and never shows another workspace", async () => {
    const page = await search("q=kesepakatan");
    const articles = page.items.filter((i) => i.type === "article");
    expect(articles.map((i) => i.id)).toEqual([ids.dense, ids.sparse]);
    expect(page.items.some((i) => i.id === ids.theirs)).toBe(false);
    const [first, second] = articles;
    expect(first?.rank).toBeGreaterThan(second?.rank ?? Number.POSITIVE_INFINITY);
    // "sepakat", "Kesepakatan" and "disepakati" all share the Indonesian stem "sepakat".
    expect(first && highlighted(first).map((w) => w.toLowerCase())).toEqual(
      expect.arrayContaining(["kesepakatan", "sepakat", "disepakati"]),
    );
    expect(first).toMatchObject({ type: "article", outletName: "Antara", title: "Kesepakatan dagang" });
  });

  it("finds a claim summary by its stem", async () => {
    const page = await search("q=kesepakatan&type=claim");
    expect(page.items.map((i) => [i.type, i.id])).toEqual([["claim", ids.claim]]);
    const [claim] = page.items;
    expect(claim && highlighted(claim)).toEqual(["menyepakati"]);
  });

  it("stems English ('meetings' finds 'meeting') and returns the snippet as plain text with offsets", async () => {
    const page = await search("q=meetings&lang=en");
    expect(page.items.map((i) => i.id)).toEqual([ids.english]);
    const [hit] = page.items;
    expect(hit && highlighted(hit)).toEqual(["meeting"]);
    // The article's own characters come back verbatim: the UI renders them as text, never as HTML.
    expect(hit?.snippet).toContain("<b>no</b> agreement");
    expect([...(hit?.snippet ?? "")].every((ch) => ch.charCodeAt(0) >= 0x20)).toBe(true);
  });

  it("restricts to one language with lang, and pages with an offset cursor", async () => {
    expect((await search("q=kesepakatan&lang=en")).items.filter((i) => i.type === "article")).toEqual([]);
    const first = await search("q=kesepakatan&limit=1");
    expect(first.items).toHaveLength(1);
    const second = await search(`q=kesepakatan&limit=1&cursor=${first.nextCursor}`);
    const third = await search(`q=kesepakatan&limit=1&cursor=${second.nextCursor}`);
    const all = await search("q=kesepakatan");
    expect([...first.items, ...second.items, ...third.items].map((i) => i.id)).toEqual(
      all.items.map((i) => i.id),
    );
    expect(third.nextCursor).toBeNull();
  });

  it("answers an empty page when nothing matches, 422 for a missing query, and keeps workspaces apart", async () => {
    expect((await search("q=zzzyyyxxx")).items).toEqual([]);
    const missing = await s.json("GET", `/api/v1/workspaces/${a.slug}/search`, a.tokens.viewer);
    expect(missing.status).toBe(422);
    expect(ErrorEnvelopeSchema.parse(missing.body).error.code).toBe("validation_failed");
    expect((await search("q=rahasia", b)).items.map((i) => i.id)).toEqual([ids.theirs]);
    expect((await search("q=rahasia")).items).toEqual([]);
    expect((await s.json("GET", `/api/v1/workspaces/${a.slug}/search?q=x`, null)).status).toBe(401);
    expect((await s.json("GET", `/api/v1/workspaces/${a.slug}/search?q=x`, b.tokens.admin)).status).toBe(404);
  });
});
