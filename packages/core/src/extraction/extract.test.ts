import { describe, expect, it } from "vitest";
import { codePointLength } from "../quotes";
import { SEED_002_REPUBLIKA } from "../rules/seed-texts.fixture";
import { extractArticle } from "./extract";
import { codePointOffsets } from "./offsets";

describe("extractArticle", () => {
  const body = SEED_002_REPUBLIKA;
  const x = extractArticle(body, {
    publishedAt: "2024-01-18T08:25:00+07:00",
    aliases: [
      { entityId: "dprk", alias: "Korea Utara", kind: "country" },
      { entityId: "dprk", alias: "Korut" },
    ],
  });

  it("detects the language and removes the furniture of a Republika page", () => {
    expect(x.language).toBe("id");
    const reasons = new Set(x.furniture.map((f) => f.reason));
    for (const r of ["related_links", "advertisement", "more_news", "byline", "photo_caption", "dateline"])
      expect(reasons.has(r as never)).toBe(true);
    const kept = x.cleanedRanges.map((r) => body.slice(r.start, r.end)).join("\n");
    expect(kept).not.toContain("Baca Juga");
    expect(kept).not.toContain("Advertisement");
    expect(kept).toContain("sumber : reuters");
  });

  it("resolves every date with its words, against the publication date", () => {
    const tuesday = x.dates.find((d) => d.text === "Selasa (16/1/2024)");
    expect(tuesday).toMatchObject({ status: "resolved", furniture: false, precision: "day" });
    expect(tuesday?.interval?.start).toBe("2024-01-15T17:00:00.000Z");
    expect(x.dates.filter((d) => d.furniture).map((d) => d.text)).toEqual(
      expect.arrayContaining(["23 Desember 2021"]),
    );
  });

  it("finds the wire credit and mentions through aliases", () => {
    expect(x.attributions.find((a) => a.kind === "wire")?.text).toBe("sumber : reuters");
    expect(x.entities.filter((e) => e.entityId === "dprk").length).toBeGreaterThanOrEqual(8);
  });

  it("gives offsets into the original body, convertible to code points", () => {
    for (const list of [x.sentences, x.dates, x.entities, x.attributions, x.claims, x.furniture])
      for (const item of list) expect(body.slice(item.start, item.end)).toBe(item.text);
    const withEmoji = `🇷🇺 ${body}`;
    const y = extractArticle(withEmoji, { publishedAt: "2024-01-18", aliases: [] });
    const cp = codePointOffsets(withEmoji);
    const d = y.dates.find((e) => e.text === "Selasa (16/1/2024)");
    if (!d) throw new Error("date missing");
    expect(cp(d.start)).toBe(codePointLength(withEmoji.slice(0, d.start)));
    expect(cp(d.start)).toBe(d.start - 2);
  });

  it("marks spam tokens", () => {
    const spam = extractArticle("Kerja sama diperluas. vipqiuqiu99 Dunia menanti.", {
      publishedAt: null,
      aliases: [],
    });
    expect(spam.spam.map((s) => s.text)).toEqual(["vipqiuqiu99"]);
  });

  it("reads an English article", () => {
    const en = extractArticle(
      "MOSCOW (Reuters) - Kremlin spokesman Dmitry Peskov told reporters on Wednesday that talks went well.\nAdvertisement\nRead more: Putin in Pyongyang",
      {
        publishedAt: "2024-01-18",
        aliases: [{ entityId: "peskov", alias: "Dmitry Peskov", kind: "person" }],
      },
    );
    expect(en.language).toBe("en");
    expect(en.furniture.map((f) => f.reason)).toEqual(["advertisement", "related_links"]);
    expect(en.dates.map((d) => [d.text, d.interval?.start])).toEqual([
      ["on Wednesday", "2024-01-16T17:00:00.000Z"],
    ]);
    expect(en.attributions.map((a) => [a.kind, a.speaker?.text, a.entityId])).toEqual([
      ["wire", "Reuters", null],
      ["named_person", "Kremlin spokesman Dmitry Peskov", "peskov"],
    ]);
  });
});

describe("the publication offset", () => {
  const dayOf = (body: string, publishedAt: string, timeZone?: string) => {
    const [d] = extractArticle(body, { publishedAt, aliases: [], language: "en", timeZone }).dates;
    return d?.interval?.start;
  };
  it("resolves 'on Wednesday' in the local day of a stamp with an offset and no zone", () => {
    // 07:45 on Thursday 14 September at +10:00: Wednesday is the 13th, midnight to midnight there.
    expect(dayOf("Kim arrived on Wednesday.", "2023-09-14T07:45:00+10:00")).toBe("2023-09-12T14:00:00.000Z");
  });
  it("keeps the stamp's own day just after local midnight, where Jakarta is still the day before", () => {
    expect(dayOf("The ministry said on Thursday.", "2023-09-14T01:30:00+10:00")).toBe(
      "2023-09-13T14:00:00.000Z",
    );
    expect(dayOf("The ministry said on Thursday.", "2023-09-14T01:30:00+10:00", "Asia/Jakarta")).toBe(
      "2023-09-06T17:00:00.000Z",
    );
  });
});
