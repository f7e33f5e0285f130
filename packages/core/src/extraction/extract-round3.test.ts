import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";

const aliases = [{ entityId: "bps", alias: "BPS", kind: "organisation" as const }];
const run = (body: string, publishedAt: string, language?: string) =>
  extractArticle(body, { publishedAt, aliases, language });

describe("dates of bare months", () => {
  it("reads a month after a preposition: the next one in a future clause, the last one otherwise", () => {
    const x = run(
      "Pameran itu dijadwalkan dibuka pada Maret. Banjir serupa terjadi pada Oktober. The minister was expected to travel to Lima in August.",
      "2025-02-10T09:00:00+07:00",
    );
    expect(x.dates.map((d) => [d.text, d.precision, d.interval?.start])).toEqual([
      ["Maret", "month", "2025-02-28T17:00:00.000Z"],
      ["Oktober", "month", "2024-09-30T17:00:00.000Z"],
      ["August", "month", "2025-07-31T17:00:00.000Z"],
    ]);
  });

  it("leaves a month name that is part of a full date to the resolver", () => {
    const x = run("Sidang digelar pada Maret 2024 dan pada 5 Mei.", "2025-02-10T09:00:00+07:00");
    expect(x.dates.map((d) => d.text)).toEqual(["Maret 2024", "5 Mei"]);
  });
});

describe("attribution classes", () => {
  const kinds = (body: string, language?: string) =>
    run(body, "2025-02-10T09:00:00+07:00", language).attributions.map((a) => [a.kind, a.cue.text]);

  it("keeps the anonymous class across a relative clause before the verb", () => {
    expect(
      kinds("A police officer, who asked not to be identified, said the road was closed.", "en"),
    ).toEqual([["anonymous", "said"]]);
    expect(kinds("Seorang pejabat, yang enggan disebut namanya, mengatakan rapat ditunda.")).toEqual([
      ["anonymous", "mengatakan"],
    ]);
  });

  it("reads unnamed collectives, possessive institutions and headline passives", () => {
    expect(
      kinds(
        "Warga Kampung Melayu mengatakan air naik cepat. Seorang pedagang setempat mengatakan pasar tutup.",
      ),
    ).toEqual([
      ["anonymous", "mengatakan"],
      ["anonymous", "mengatakan"],
    ]);
    expect(
      kinds(
        "Peru's opposition said the vote was rigged. The Civil Aviation Authority said flights resumed.",
        "en",
      ),
    ).toEqual([
      ["named_org", "said"],
      ["named_org", "said"],
    ]);
    expect(kinds("Pejabat Daerah Dikabarkan Mundur\n\nIsi berita.")).toEqual([["anonymous", "Dikabarkan"]]);
  });

  it("does not read a reporting word inside a name, or an act with its object", () => {
    expect(kinds("Ketua Umum Serikat Tani Said Abdullah menghadiri acara itu.")).toEqual([]);
    expect(kinds("The government pledged the funds in March and announced a new tax.", "en")).toEqual([]);
  });
});

describe("places", () => {
  const places = (body: string, language?: string) =>
    run(body, "2025-02-10T09:00:00+07:00", language).places.map((p) => p.text);

  it("reads dotted initials, abbreviations of places named in full, and coordinated names", () => {
    expect(places("Talks with U.K. officials ended.", "en")).toEqual(["U.K."]);
    expect(places("Hujan deras melanda Jawa Tengah. BPBD Jateng mencatat 12 rumah rusak.")).toEqual([
      "Jawa Tengah",
      "Jateng",
    ]);
    expect(places("Kereta menghubungkan Bandung dengan Garut.")).toContain("Garut");
  });

  it("reads sites after near, outside and areas of, and villages by their head", () => {
    expect(
      places("Protesters gathered outside the Kalenga Law Courts and near the island of Mafia.", "en"),
    ).toEqual(["Kalenga Law Courts", "Mafia"]);
    expect(places("Warga Desa Sukamaju mengungsi ke perairan Selat Sunda.")).toEqual([
      "Desa Sukamaju",
      "Selat Sunda",
    ]);
  });

  it("reads no place in a demonym, nor in a city that heads a reported clause", () => {
    expect(places("Farmers fear Argentinian beef, said a lawmaker in the Chilean capital.", "en")).toEqual(
      [],
    );
    expect(places("Officials said Lima would respond.", "en")).toEqual([]);
  });
});
