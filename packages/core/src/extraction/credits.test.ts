import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";

const aliases = [
  { entityId: "kim", alias: "Kim Jong Un", kind: "person" as const },
  { entityId: "dprk", alias: "North Korea", kind: "country" as const },
];
const extract = (body: string, language = "en") =>
  extractArticle(body, { publishedAt: "2023-09-14", aliases, language });

describe("wire credits", () => {
  it.each([
    ["(sumber: Antara)", "Antara"],
    ["sumber : reuters", "Reuters"],
    ["Sumber: Reuters.", "Reuters"],
    ["— Reuters", "Reuters"],
    ["(Antara)", "Antara"],
    ["AFP/jm", "AFP"],
  ])("reads the closing credit %j as a wire attribution and the article's wire", (credit, wire) => {
    const x = extract(`North Korea fired two missiles on Wednesday, officials said.\n\n${credit}`);
    expect(x.wire).toBe(wire);
    expect(
      x.attributions.filter((a) => a.kind === "wire").map((a) => a.text.replace(/^[(]|[).]$/g, "")),
    ).toHaveLength(1);
  });

  it("reads 'REUTERS –', a '(Reuters) -' dateline and 'according to Reuters'", () => {
    expect(extract("REUTERS – Thousands rallied in Bangkok on Sunday.").wire).toBe("Reuters");
    const dateline = extract("SEOUL, Sept 14 (Reuters) - North Korea fired two missiles on Wednesday.");
    expect(dateline.attributions.map((a) => [a.kind, a.text])).toEqual([["wire", "(Reuters)"]]);
    // The dateline's "Sept 14" is the filing date, not the date of the launch.
    expect(dateline.claims[0]?.date?.text).toBe("on Wednesday");
    const according = extract("Kim met Putin in Russia's Far East on Wednesday, according to Reuters.");
    expect(according.wire).toBe("Reuters");
    expect(according.attributions.map((a) => a.kind)).toEqual(["wire"]);
  });

  it("reads 'seperti dilaporkan kantor berita X' and 'as reported by X' as the wire's credit", () => {
    const id = extract(
      "Sepasang panda tiba di Surabaya, Kamis (3/9/2026), seperti dilaporkan kantor berita Xinhua.",
      "id",
    );
    expect(id.wire).toBe("Xinhua");
    expect(id.attributions.map((a) => [a.kind, a.text])).toEqual([
      ["wire", "seperti dilaporkan kantor berita Xinhua"],
    ]);
    const en = extract("Two pandas arrived in Surabaya on Thursday, as reported by Reuters.");
    expect(en.wire).toBe("Reuters");
    expect(en.attributions.map((a) => a.kind)).toEqual(["wire"]);
    // "dilaporkan hilang" is a missing person, not a report.
    expect(extract("Pendaki itu dilaporkan hilang sejak Minggu lalu.", "id").attributions).toEqual([]);
  });

  it("prefers the credit stored with the article", () => {
    const x = extractArticle("Kim met Putin.", { publishedAt: null, aliases, wireCredit: "sumber: AFP" });
    expect(x.wire).toBe("AFP");
  });

  it("does not take a photo credit or a mention for the article's credit", () => {
    expect(extract("Foto: REUTERS/Name\nKim met Putin.").wire).toBeNull();
  });
});

describe("speakers", () => {
  const kinds = (body: string) => extract(body).attributions.map((a) => [a.kind, a.speaker?.text ?? null]);

  it("reads a city that speaks as its government and officials in a city as anonymous", () => {
    expect(
      kinds("Washington said it condemned the launch. Officials in Seoul said the launch was timed."),
    ).toEqual([
      ["named_org", "Washington"],
      ["anonymous", "Officials in Seoul"],
    ]);
    expect(kinds("Moscow said the visit showed it. Analysts said it was a signal.")).toEqual([
      ["named_org", "Moscow"],
      ["anonymous", "Analysts"],
    ]);
  });

  it("reads institutions by their common noun and a titled person after an organisation", () => {
    expect(kinds("The protest ended peacefully, police said.")).toEqual([["named_org", "police"]]);
    const id = extractArticle(
      "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Samarinda Suwarso mengatakan warga mengungsi. BPBD memperkirakan hujan turun.",
      { publishedAt: null, aliases, language: "id" },
    ).attributions.map((a) => a.kind);
    expect(id).toEqual(["named_person", "named_org"]);
  });
});

describe("spam", () => {
  it("keeps spam tokens out of every suggestion's span", () => {
    const body =
      "Sebuah delegasi tiba di Moskow pekan ini untuk membahas pembelian pesawat. Daftar sekarang di slot88gacor dan raih bonus. Delegasi itu bertemu pejabat di Moskow, slot88gacor, pada Selasa.";
    const x = extractArticle(body, { publishedAt: "2024-01-18", aliases, language: "id" });
    expect(x.spam.length).toBeGreaterThan(0);
    for (const s of x.spam)
      for (const span of [...x.claims, ...x.attributions])
        expect(span.start >= s.end || span.end <= s.start).toBe(true);
    expect(x.claims.map((c) => c.text)).toEqual([
      "Sebuah delegasi tiba di Moskow pekan ini untuk membahas pembelian pesawat.",
      "Delegasi itu bertemu pejabat di Moskow",
    ]);
  });
});
