import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";

const aliases = [
  { entityId: "peskov", alias: "Dmitry Peskov", kind: "person" as const },
  { entityId: "peskov", alias: "Peskov", kind: "person" as const },
  { entityId: "russia", alias: "Rusia", kind: "country" as const },
  { entityId: "kremlin", alias: "Kremlin", kind: "organisation" as const },
  { entityId: "moscow", alias: "Moskow", kind: "place" as const },
  { entityId: "blinken", alias: "Antony Blinken", kind: "person" as const },
];

function attributions(body: string, language?: string) {
  return extractArticle(body, { publishedAt: null, aliases, language }).attributions.map((a) => [
    a.kind,
    a.speaker?.text ?? null,
    a.entityId,
  ]);
}

describe("attributions", () => {
  it("reads the source after a place chain, and a hedge in its sentence as that source's", () => {
    expect(
      attributions(
        "Kapal itu diduga berangkat dari Johor, Malaysia, kata seorang petugas Bea Cukai yang enggan disebut namanya.",
      ),
    ).toEqual([["anonymous", "seorang petugas Bea Cukai", null]]);
    // Alone, the hedge is an unnamed report.
    expect(attributions("Kapal itu diduga berangkat dari Johor.")).toEqual([["anonymous", null, null]]);
  });

  it("reads people by a role in the plural or with an indefinite article as anonymous", () => {
    expect(attributions("The pair reached the summit on Monday, park rangers said.", "en")).toEqual([
      ["anonymous", "park rangers", null],
    ]);
    expect(attributions("The trail was closed, a mountain guide said.", "en")).toEqual([
      ["anonymous", "a mountain guide", null],
    ]);
  });

  it("reads speakers after and before the cue, and resolves pronouns", () => {
    expect(
      attributions(
        "Rusia siap, kata juru bicara Kremlin Dmitry Peskov kepada wartawan. Peskov mengatakan itu penting. “Kami siap,” jelasnya.",
      ),
    ).toEqual([
      ["named_person", "juru bicara Kremlin Dmitry Peskov", "peskov"],
      ["named_person", "Peskov", "peskov"],
      ["named_person", "nya", "peskov"],
    ]);
  });

  it("classifies wire credits, documents, organisations and anonymous sources", () => {
    expect(attributions("Moskow mengatakan siap.\nsumber : reuters")).toEqual([
      ["named_org", "Moskow", "moscow"],
      ["wire", "reuters", null],
    ]);
    expect(
      attributions(
        "“Stabil,” ujar Presiden Budi Santoso dalam pernyataan resmi yang dikeluarkan oleh Kremlin.",
      ),
    ).toEqual([["document", "Presiden Budi Santoso", null]]);
    expect(
      attributions(
        "Menurut laporan media pemerintah Rusia, kerja sama diperluas. Beberapa pihak menilai bahwa itu positif. Langkah ini dinilai sebagai sinyal kuat. Pemerintah Rusia menyatakan kesiapannya.",
      ),
    ).toEqual([
      ["anonymous", "laporan media pemerintah Rusia", null],
      ["anonymous", "Beberapa pihak", null],
      ["anonymous", null, null],
      ["named_org", "Pemerintah Rusia", "russia"],
    ]);
  });

  it("ignores reporting verbs whose subject is not a source, and naming passives", () => {
    expect(
      attributions(
        "Pertemuan ini menegaskan hubungan erat. Negara itu secara resmi disebut Republik Rakyat.",
      ),
    ).toEqual([]);
  });

  it("reads English cues", () => {
    expect(
      attributions(
        "The talks were constructive, Antony Blinken said on Monday. According to state media, the visit ended. Officials told reporters nothing.",
        "en",
      ),
    ).toEqual([
      ["named_person", "Antony Blinken", "blinken"],
      ["anonymous", "state media", null],
      ["anonymous", "Officials", null],
    ]);
  });
});

describe("a country's institution as the speaker", () => {
  const withIndonesia = [...aliases, { entityId: "indonesia", alias: "Indonesia", kind: "country" as const }];
  const read = (body: string) =>
    extractArticle(body, { publishedAt: null, aliases: withIndonesia, language: "en" }).attributions.map(
      (a) => [a.kind, a.speaker?.text ?? null, a.entityId],
    );

  it("is the institution, not the country that owns it; a country's government is the country", () => {
    expect(read("Indonesia's transport ministry said it would inspect every ferry on the route.")).toEqual([
      ["named_org", "Indonesia's transport ministry", null],
    ]);
    expect(read("Indonesia's government said it would inspect every ferry on the route.")).toEqual([
      ["named_org", "Indonesia's government", "indonesia"],
    ]);
  });

  it("keeps an apposition between a speaker and its verb, and reads people by where they are as unnamed", () => {
    expect(
      attributions(
        "Pacific Crest Shipping, the tanker's operator, said it had hired 30 boats. Fishing unions in Hambantota said they would protest. Officials in Seoul said the talks would resume.",
        "en",
      ),
    ).toEqual([
      ["named_org", "Pacific Crest Shipping, the tanker's operator", null],
      ["anonymous", "Fishing unions in Hambantota", null],
      ["anonymous", "Officials in Seoul", null],
    ]);
  });
});

describe("speakers named by a role or a common noun", () => {
  it("reads one unnamed person after an indefinite article, and organisers, as anonymous", () => {
    expect(
      attributions(
        "Thousands of passengers spent the night in the terminal, an airport worker said. Two runners were treated for heat exhaustion, a volunteer said. The race started at dawn, organisers said.",
        "en",
      ),
    ).toEqual([
      ["anonymous", "an airport worker", null],
      ["anonymous", "a volunteer", null],
      ["anonymous", "organisers", null],
    ]);
  });

  it("reads institutions by their common noun as organisations", () => {
    expect(
      attributions("The lender will open in October, the banks said in a joint statement.", "en"),
    ).toEqual([["named_org", "the banks", null]]);
  });

  it("reads a subject and its name set off by commas as the speaker before the verb", () => {
    expect(
      attributions(
        "Its operator, Huaxing Satellite Communications, said a power fault had disabled the transponders.",
        "en",
      ),
    ).toEqual([["named_org", "Its operator, Huaxing Satellite Communications", null]]);
  });
});

describe("a speaker's title set off by commas", () => {
  it("reads the speaker before the title, not the report after the verb", () => {
    expect(
      attributions(
        "Colonel Ramon Villareal, spokesman of the army's Western Mindanao Command, said the men were found near the town of Patikul.",
        "en",
      ),
    ).toEqual([
      ["named_person", "Colonel Ramon Villareal, spokesman of the army's Western Mindanao Command", null],
    ]);
  });
});
