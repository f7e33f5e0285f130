import { ArticleSuggestionsSchema, ErrorEnvelopeSchema } from "@kroscek/schema";
import { describe, expect } from "vitest";
import { articlesPath, postArticle } from "../../test/article-fixtures";
import { it } from "../../test/fixtures";

describe("articles: the publication offset is the zone when none is given", () => {
  it("stores '+10:00' from a stamp with that offset and resolves 'on Wednesday' in that local day", async ({
    server: s,
    alpha: a,
  }) => {
    const article = await postArticle(s, a, {
      outlet: "Coastal Herald",
      publishedAt: "2023-09-14T07:45:00+10:00",
      language: "en",
      body: "Kim arrived at the Vostochny Cosmodrome on Wednesday, officials in Seoul said.",
    });
    expect(article.timeZone).toBe("+10:00");
    const res = await s.json("GET", articlesPath(a, `/${article.id}/suggestions?kind=date`), a.tokens.viewer);
    expect(res.status).toBe(200);
    const [date] = ArticleSuggestionsSchema.parse(res.body).items.filter((i) => i.kind === "date");
    expect(date?.quote).toBe("on Wednesday");
    // Midnight to midnight at +10:00: 13 September there began at 14:00 UTC on the 12th.
    expect(date?.details).toMatchObject({
      interval: { start: "2023-09-12T14:00:00.000Z", end: "2023-09-13T14:00:00.000Z", precision: "day" },
    });
  });

  it("keeps the stamp's local day past midnight in the publication-date filter", async ({
    server: s,
    alpha: a,
  }) => {
    // 01:30 on the 14th at +10:00 is the 13th in UTC and in Jakarta.
    await postArticle(s, a, {
      outlet: "Pacific Daily",
      title: "After midnight",
      publishedAt: "2023-09-14T01:30:00+10:00",
      body: "Japan's defence ministry said on Thursday that both missiles landed outside its zone.",
    });
    const page = await s.json(
      "GET",
      articlesPath(a, "?publishedFrom=2023-09-14&publishedTo=2023-09-14"),
      a.tokens.viewer,
    );
    const titles = (page.body as { items: Array<{ title: string | null }> }).items.map((i) => i.title);
    expect(titles).toContain("After midnight");
  });

  it("keeps Asia/Jakarta for a +07:00 stamp and for a bare date, and a given zone as given", async ({
    server: s,
    alpha: a,
  }) => {
    const jakarta = await postArticle(s, a, { publishedAt: "2024-01-18T08:25:00+07:00", body: "Teks satu." });
    const day = await postArticle(s, a, { publishedAt: "2024-01-18", body: "Teks dua." });
    const given = await postArticle(s, a, {
      publishedAt: "2024-01-18T08:25:00+10:00",
      timeZone: "Australia/Sydney",
      body: "Teks tiga.",
    });
    expect([jakarta.timeZone, day.timeZone, given.timeZone]).toEqual([
      "Asia/Jakarta",
      "Asia/Jakarta",
      "Australia/Sydney",
    ]);
  });

  it("refuses an offset that is not one", async ({ server: s, alpha: a }) => {
    const res = await s.json("POST", articlesPath(a), a.tokens.factchecker, {
      publishedAt: "2024-01-18T08:25:00+07:00",
      timeZone: "+25:00",
      body: "Teks empat.",
    });
    expect(res.status).toBe(422);
    expect(ErrorEnvelopeSchema.parse(res.body).error.code).toBe("validation_failed");
  });
});
