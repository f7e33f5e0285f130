import { ErrorEnvelopeSchema, ReliabilitySnapshotViewSchema } from "@kroscek/schema";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ASSERTION_COLUMNS } from "../../services/exports/assertions";
import { RELIABILITY_COLUMNS } from "../../services/exports/reliability-export";
import { startTestServer, type TestServer } from "../../test/harness";
import { buildLedger, dayValue, LedgerFixture, waitForSnapshot } from "../../test/ledger-fixture";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

// JSON-LD documents are checked by shape; a loose type keeps the assertions readable.
// biome-ignore lint/suspicious/noExplicitAny: test-only view of parsed JSON
type Json = Record<string, any>;

const objects = (rows: string[][]) => {
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries((head ?? []).map((h, i) => [h, r[i]])));
};

describe("exports", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let b: SeededWorkspace;
  let firstSnapshot: string;
  let latestSnapshot: string;
  let evil: string;
  const ex = (name: string) => `/api/v1/workspaces/alpha/exports/${name}`;
  const get = (path: string, token: string) =>
    s.fetch(path, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    b = await seedWorkspace(s.t.db, "beta");
    const fx = new LedgerFixture(s.t.db, a.id);
    await buildLedger(fx);
    evil = await fx.outlet('=HYPERLINK("http://x")', "news", "evil.example");
    const ant = await fx.outlet("Antara", "news", "antaranews.com");
    const event = await fx.event("Putin meets Choe Son Hui");
    const claim = await fx.claim(event, dayValue("2024-01-16"), "Putin met Choe on 16 January 2024");
    const quote = 'Putin, kata "Kremlin",\nbertemu Choe';
    await fx.assertion(
      await fx.article(evil, { body: `Di Moskow. ${quote} pada Selasa.`, publishedAt: "2024-01-18" }),
      claim,
      { quote, attribution: "anonymous" },
    );
    await fx.assertion(
      await fx.article(ant, { publishedAt: "2024-01-16", title: "Putin terima Menlu Korut" }),
      claim,
    );
    await fx.assertion(await fx.article(ant, { url: null }), claim);
    await fx.assertion(await fx.article(ant), claim, { stance: "denies" });
    const draft = await s.json(
      "PUT",
      `/api/v1/workspaces/alpha/claims/${claim}/verdict`,
      a.tokens.factchecker,
      {
        ratingKey: "true",
        rationale: "Two outlets, one date.",
      },
    );
    expect(draft.status).toBe(201);
    expect(
      (
        await s.json("POST", `/api/v1/workspaces/alpha/claims/${claim}/verdict/publish`, a.tokens.editor, {
          version: 1,
        })
      ).status,
    ).toBe(200);
    for (const target of ["first", "latest"]) {
      const res = await s.json("POST", "/api/v1/workspaces/alpha/reliability/snapshots", a.tokens.editor);
      const id = ReliabilitySnapshotViewSchema.parse(res.body).id;
      await waitForSnapshot(s, `/api/v1/workspaces/alpha/reliability/snapshots/${id}`, a.tokens.editor);
      if (target === "first") firstSnapshot = id;
      else latestSnapshot = id;
    }
  });
  afterAll(async () => {
    await s?.close();
  });

  it("streams reliability.csv per RFC 4180, one row per outlet, formula injection neutralised", async () => {
    const res = await get(ex("reliability.csv"), a.tokens.editor);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toContain(latestSnapshot);
    const text = await res.text();
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(text, { record_delimiter: "\r\n" });
    expect(rows[0]).toEqual([...RELIABILITY_COLUMNS]);
    const recs = objects(rows);
    expect(recs).toHaveLength(12);
    expect(new Set(recs.map((r) => r.snapshot_id))).toEqual(new Set([latestSnapshot]));
    const bad = recs.find((r) => r.outlet_id === evil);
    expect(bad?.outlet_name).toBe('\'=HYPERLINK("http://x")');
    expect(text).toContain('"\'=HYPERLINK(""http://x"")"');
    const liar = recs.find((r) => r.outlet_name === "Liar");
    const anyA = recs.find((r) => r.outlet_name === "A");
    expect(Number(anyA?.score)).toBeGreaterThan(Number(liar?.score));
    expect(liar?.algorithm_version).toMatch(/\+score-1$/);
    expect(JSON.parse(liar?.components ?? "{}").formula).toBe(liar?.formula);
    // Rounded to 4 decimals, so the product holds to about 1e-4.
    expect(Number(liar?.score)).toBeCloseTo(Number(liar?.accuracy) * Number(liar?.sourcing_factor), 3);
  });

  it("exports reliability.json and a named ?snapshot=ID", async () => {
    const res = await get(`${ex("reliability.json")}?snapshot=${firstSnapshot}`, a.tokens.admin);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { snapshot: { id: string }; rows: Array<Record<string, unknown>> };
    expect(body.snapshot.id).toBe(firstSnapshot);
    expect(body.rows).toHaveLength(12);
    expect(body.rows[0]).toMatchObject({ snapshotId: firstSnapshot });
    expect(Object.keys(body.rows[0] ?? {})).toEqual(
      expect.arrayContaining(["score", "accuracyLow", "accuracyHigh", "components", "algorithmVersion"]),
    );
  });

  it("answers unknown or other workspaces' snapshots with 404 and viewers with 403", async () => {
    const unknown = await get(
      `${ex("reliability.csv")}?snapshot=0190f5d2-0000-7000-8000-000000000000`,
      a.tokens.editor,
    );
    expect(unknown.status).toBe(404);
    expect(ErrorEnvelopeSchema.parse(await unknown.json()).error.code).toBe("not_found");
    const theirs = await get(
      `/api/v1/workspaces/beta/exports/reliability.csv?snapshot=${firstSnapshot}`,
      b.tokens.admin,
    );
    expect(theirs.status).toBe(404);
    expect((await get("/api/v1/workspaces/beta/exports/reliability.json", b.tokens.admin)).status).toBe(404);
    expect((await get(ex("reliability.csv"), a.tokens.viewer)).status).toBe(403);
    expect((await get(`${ex("reliability.csv")}?snapshot=nope`, a.tokens.editor)).status).toBe(422);
  });

  it("exports ClaimReview with every asserting article that has a url as an appearance, the earliest first", async () => {
    const res = await get(ex("claimreview.jsonld"), a.tokens.viewer);
    expect(res.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const doc = (await res.json()) as { "@context": string; "@graph": Array<Json> };
    expect(doc["@context"]).toBe("https://schema.org");
    expect(doc["@graph"]).toHaveLength(1);
    const review = doc["@graph"][0] ?? {};
    expect(review["@type"]).toBe("ClaimReview");
    // The claim in words, in the workspace's language (the event has no participants: its title).
    expect(review.claimReviewed).toMatch(/^Peristiwa “Putin meets Choe Son Hui” berlangsung pada 1/);
    expect(review.claimReviewed.length).toBeLessThanOrEqual(75);
    expect(review.reviewRating).toEqual({
      "@type": "Rating",
      ratingValue: 5,
      bestRating: 5,
      worstRating: 1,
      alternateName: "benar",
    });
    const item = review.itemReviewed;
    expect(item["@type"]).toBe("Claim");
    expect(item.appearance).toHaveLength(2);
    expect(item.firstAppearance).toMatchObject({
      headline: "Putin terima Menlu Korut",
      datePublished: "2024-01-16T00:00:00.000Z",
    });
    expect(item.firstAppearance.publisher).toEqual({
      "@type": "Organization",
      name: "Antara",
      url: "https://antaranews.com",
    });
    // An article without a public address is left out, never named by an internal id.
    expect(item.appearance.every((x: { url: string }) => /^https:\/\//.test(x.url))).toBe(true);
    expect(review.author).toEqual({ "@type": "Organization", name: "Workspace alpha" });
  });

  it("names the publisher set in the workspace's settings as the ClaimReview author", async () => {
    const ws = (await s.json<{ version: number }>("GET", "/api/v1/workspaces/alpha", a.tokens.admin)).body;
    const patched = await s.json("PATCH", "/api/v1/workspaces/alpha", a.tokens.admin, {
      version: ws.version,
      publisher: {
        name: "Cek Fakta Alpha",
        url: "https://cek.alpha.test",
        logoUrl: "https://cek.alpha.test/l.png",
      },
    });
    expect(patched.status).toBe(200);
    const doc = (await (await get(ex("claimreview.jsonld"), a.tokens.viewer)).json()) as {
      "@graph": Array<Json>;
    };
    expect(doc["@graph"][0]?.author).toEqual({
      "@type": "Organization",
      name: "Cek Fakta Alpha",
      url: "https://cek.alpha.test",
      logo: { "@type": "ImageObject", url: "https://cek.alpha.test/l.png" },
    });
  });

  it("exports assertions.csv with quotes kept intact and text cells made formula-safe", async () => {
    const res = await get(ex("assertions.csv"), a.tokens.viewer);
    const rows = parseCsv(await res.text(), { record_delimiter: "\r\n" });
    expect(rows[0]).toEqual([...ASSERTION_COLUMNS]);
    const recs = objects(rows);
    expect(recs).toHaveLength(29);
    const quoted = recs.find((r) => r.outlet === '\'=HYPERLINK("http://x")');
    expect(quoted?.quote).toBe('Putin, kata "Kremlin",\nbertemu Choe');
    expect(quoted).toMatchObject({
      stance: "asserts",
      attribution_kind: "anonymous",
      slot: "date",
      event: "Putin meets Choe Son Hui",
    });
  });

  it("exports W3C Web Annotations with quote and position selectors", async () => {
    const res = await get(ex("annotations.jsonld"), a.tokens.viewer);
    const doc = (await res.json()) as {
      "@context": string;
      type: string;
      first: { items: Array<Json> };
    };
    expect(doc["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(doc.type).toBe("AnnotationCollection");
    expect(doc.first.items).toHaveLength(29);
    const anno = doc.first.items.find((x) => x.target.selector[0].exact.startsWith("Putin, kata"));
    expect(anno?.type).toBe("Annotation");
    expect(anno?.target.selector).toEqual([
      { type: "TextQuoteSelector", exact: 'Putin, kata "Kremlin",\nbertemu Choe', prefix: "", suffix: "" },
      { type: "TextPositionSelector", start: 11, end: 46 },
    ]);
    expect(anno?.target.source).toMatch(/^https:\/\/news\.example\//);
  });
});
