import { VerdictSchema } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/harness";
import { schemaOrgProblems } from "../../test/schema-org/validate";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";
import { recordSummit, type Summit, setPublisher } from "../../test/summit-fixture";

// biome-ignore lint/suspicious/noExplicitAny: test-only view of parsed JSON-LD
type Json = Record<string, any>;

describe("ClaimReview export against the schema.org vocabulary", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let summit: Summit;
  const ws = () => `/api/v1/workspaces/${a.slug}`;
  const exportDoc = async (): Promise<Json> => {
    const res = await s.fetch(`${ws()}/exports/claimreview.jsonld`, {
      headers: { authorization: `Bearer ${a.tokens.viewer}` },
    });
    return (await res.json()) as Json;
  };
  const publish = async (path: string, body: unknown) => {
    const created = await s.json(
      path.includes("/events/") ? "POST" : "PUT",
      path,
      a.tokens.factchecker,
      body,
    );
    const v = VerdictSchema.parse(created.body);
    const res = await s.json("POST", `${ws()}/verdicts/${v.id}/publish`, a.tokens.editor, {
      version: v.version,
    });
    return VerdictSchema.parse(res.body);
  };

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    await setPublisher(s, a, "en");
    summit = await recordSummit(s, a);
    await publish(`${ws()}/claims/${summit.date.id}/verdict`, {
      ratingKey: "true",
      rationale: "Both governments' readouts give 13 September.",
      evidence: [{ url: "https://en.kremlin.ru/events/president/news/72250" }],
    });
    await publish(`${ws()}/events/${summit.eventId}/verdicts`, {
      claimIds: [summit.date.id, summit.place.id],
      ratingKey: "true",
      rationale: "Vostochny, 13 September.",
    });
    const wrong = await publish(`${ws()}/claims/${summit.wrongDate.id}/verdict`, {
      ratingKey: "false",
      rationale: "No outlet but one gives the 14th.",
    });
    await s.json("POST", `${ws()}/verdicts/${wrong.id}/retract`, a.tokens.editor, {
      version: wrong.version,
      reason: "The 14th was the second day of the visit.",
    });
  });
  afterAll(async () => {
    await s?.close();
  });

  it("expands every term to a schema.org IRI, with types and properties the vocabulary defines", async () => {
    const doc = await exportDoc();
    expect(doc["@graph"]).toHaveLength(3);
    expect(await schemaOrgProblems(doc)).toEqual([]);
  });

  it("catches what is not schema.org: a misspelt property, a property on the wrong type, an unknown type", async () => {
    const doc = await exportDoc();
    const [review] = doc["@graph"];
    const broken = {
      "@context": doc["@context"],
      "@graph": [
        { ...review, claimReviewd: "x" },
        { ...review, appearance: review.itemReviewed.appearance },
        { ...review, "@type": "FactCheck" },
      ],
    };
    const problems = await schemaOrgProblems(broken);
    expect(problems).toContainEqual(expect.stringContaining("claimReviewd is not in the vocabulary"));
    expect(problems).toContainEqual(expect.stringContaining("appearance: not a property of"));
    expect(problems).toContainEqual(expect.stringContaining("FactCheck is not in the vocabulary"));
  });

  it("follows the ClaimReview guidelines: url, publisher as author, rating, claim in words, appearances", async () => {
    const graph = (await exportDoc())["@graph"] as Json[];
    for (const review of graph) {
      expect(review.url).toMatch(/^https:\/\/cekfakta\.example\.id\/verdicts\//);
      expect(review.author).toEqual({
        "@type": "Organization",
        name: "Cek Fakta Kroscek",
        url: "https://cekfakta.example.id",
      });
      expect(review.claimReviewed.length).toBeLessThanOrEqual(75);
      expect(review.inLanguage).toBe("en");
      expect(Date.parse(review.dateModified)).toBeGreaterThanOrEqual(Date.parse(review.datePublished));
      const { appearance, firstAppearance } = review.itemReviewed;
      expect(appearance.length).toBeGreaterThan(0);
      for (const work of appearance) {
        expect(work.url).toMatch(/^https:\/\//);
        expect(JSON.stringify(work)).not.toContain("urn:kroscek");
        expect(work.publisher["@type"]).toBe("Organization");
        expect(work.datePublished).toBeDefined();
      }
      expect(firstAppearance).toEqual(appearance[0]);
    }
    const byClaim = graph.find(
      (r) => r.claimReviewed === "The Putin–Kim summit took place on 13 September 2023",
    );
    expect(byClaim?.reviewRating).toEqual({
      "@type": "Rating",
      ratingValue: 5,
      bestRating: 5,
      worstRating: 1,
      alternateName: "True",
    });
    expect(byClaim?.itemReviewed.appearance.map((w: Json) => [w.url, w.headline, w.publisher.name])).toEqual([
      [summit.articleUrls[0], "Putin dan Kim bertemu di Vostochny", "Kompas"],
      [summit.articleUrls[1], "Kim Jong Un temui Putin", "Tempo"],
    ]);
    expect(graph.map((r) => r.claimReviewed)).toContain(
      "The Putin–Kim summit took place on 13 Sep 2023 at Vostochny Cosmodrome",
    );
    const retracted = graph.find((r) => r.correction);
    expect(retracted?.correction.text).toBe("The 14th was the second day of the visit.");
    expect(retracted?.reviewRating.alternateName).toBe("Retracted");
  });
});
