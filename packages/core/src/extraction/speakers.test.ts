import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";

const aliases = [{ entityId: "bps", alias: "BPS", kind: "organisation" as const }];
const run = (body: string, publishedAt: string, language?: string) =>
  extractArticle(body, { publishedAt, aliases, language });

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

describe("more speakers and credit forms", () => {
  const kinds = (body: string, language?: string) =>
    run(body, "2025-02-10T09:00:00+07:00", language).attributions.map((a) => [a.kind, a.cue.text]);

  it("reads a participle after the main clause as its subject's statement", () => {
    expect(
      kinds(
        "Health minister Maria Lopez opened the clinic on Monday, saying it would serve 5,000 people.",
        "en",
      ),
    ).toEqual([["named_person", "saying"]]);
    expect(
      kinds("Bupati Sleman Harda Kiswaya meresmikan pasar itu, seraya mengatakan pedagang akan dibantu."),
    ).toEqual([["named_person", "seraya mengatakan"]]);
  });

  it("reads 'mengaku' and 'expects' as reporting verbs", () => {
    expect(kinds("Beberapa pedagang di Pasar Baru mengaku omzet turun.")).toEqual([["anonymous", "mengaku"]]);
    expect(kinds("The national weather office expects rain to return.", "en")).toEqual([
      ["named_org", "expects"],
    ]);
  });

  it("reads institutions by their common noun, with modifiers or a possessive", () => {
    expect(
      kinds(
        "Two bridges collapsed overnight, rescue services said. At a summit, the alliance condemned the raid. Power was cut, according to the region's water utility.",
        "en",
      ),
    ).toEqual([
      ["named_org", "said"],
      ["named_org", "condemned"],
      ["named_org", "according to"],
    ]);
  });

  it("gives a long coalition name the organisation class", () => {
    expect(
      kinds("Aliansi Jurnalis Independen untuk Kebebasan Pers Daerah menyatakan menolak aturan itu."),
    ).toEqual([["named_org", "menyatakan"]]);
  });

  it("does not take a wire that surveyed or quoted people as a credit", () => {
    expect(kinds("Mayoritas ekonom yang disurvei Reuters memperkirakan inflasi naik.")).toEqual([
      ["anonymous", "memperkirakan"],
    ]);
    expect(kinds("Most analysts polled by Reuters expects a cut.", "en")).toEqual([["anonymous", "expects"]]);
  });

  it("reads a wire's site name in a credit line and a contributor line as wire credits", () => {
    const a = run("Banjir melanda kota itu.\n\nSumber: Antaranews", "2025-02-10T09:00:00+07:00");
    expect(a.attributions.map((x) => [x.kind, x.speaker?.text])).toEqual([["wire", "Antaranews"]]);
    const b = run(
      "Storms hit the coast on Monday.\n\nThe Associated Press contributed to this report.",
      "2025-02-10T09:00:00+07:00",
      "en",
    );
    expect(b.attributions.map((x) => x.kind)).toEqual(["wire"]);
    expect(b.wire).toBe("AP");
  });
});

describe("unnamed speakers by a clause after them or by their role", () => {
  const found = (body: string, language?: string) =>
    run(body, "2025-02-10T09:00:00+07:00", language).attributions.map((a) => [a.kind, a.text]);

  it("reads a speaker who asks not to be named as anonymous, whatever else the speaker's words hold", () => {
    expect(found("A teacher, who declined to be named, said the bridge shook.", "en")).toEqual([
      ["anonymous", "A teacher, who declined to be named, said"],
    ]);
    expect(found("Hasil itu benar, kata seorang perwira Polres Bogor yang enggan disebut namanya.")).toEqual([
      ["anonymous", "kata seorang perwira Polres Bogor yang enggan disebut namanya"],
    ]);
  });

  it("reads fans, supporters and protesters as anonymous", () => {
    expect(found("Fans leaving the stadium said the noise was deafening.", "en")).toEqual([
      ["anonymous", "Fans leaving the stadium said"],
    ]);
    expect(found("Sejumlah pendukung tim tamu mengatakan laga itu berat.")).toEqual([
      ["anonymous", "Sejumlah pendukung tim tamu mengatakan"],
    ]);
  });
});

describe("offices, roles and reported verbs", () => {
  const kinds = (body: string, language?: string) =>
    run(body, "2025-02-10T09:00:00+07:00", language).attributions.map((a) => [a.kind, a.text]);

  it("reads an institution by a long common-noun phrase, a palace or a club, and a person's office", () => {
    expect(
      kinds(
        "Flights resumed on Monday, the national civil aviation safety agency said. The ceremony was moved indoors, the palace said. Tickets sold out within an hour, the club said. Talks went well, Okonkwo's office said.",
        "en",
      ),
    ).toEqual([
      ["named_org", "the national civil aviation safety agency said"],
      ["named_org", "the palace said"],
      ["named_org", "the club said"],
      ["named_org", "Okonkwo's office said"],
    ]);
    expect(
      kinds("Upacara dipindahkan ke dalam gedung, kata pihak istana. Tiket habis, kata klub itu."),
    ).toEqual([
      ["named_org", "kata pihak istana"],
      ["named_org", "kata klub itu"],
    ]);
  });

  it("reads prosecutors and investigators by their role as unnamed", () => {
    expect(
      kinds("Prosecutors said the funds were moved abroad. Investigators said the engine failed.", "en"),
    ).toEqual([
      ["anonymous", "Prosecutors said"],
      ["anonymous", "Investigators said"],
    ]);
    expect(kinds("Penyidik mengatakan dana itu dipindahkan ke luar negeri.")).toEqual([
      ["anonymous", "Penyidik mengatakan"],
    ]);
  });

  it("reads a verb of saying inside another speaker's report as part of the report", () => {
    expect(kinds("A source familiar with the plan said Okonkwo had told his aides of it.", "en")).toEqual([
      ["anonymous", "A source familiar with the plan said"],
    ]);
    expect(kinds("Seorang sumber mengatakan Budi telah menyatakan mundur kepada stafnya.")).toEqual([
      ["anonymous", "Seorang sumber mengatakan"],
    ]);
  });

  it("does not read a suspicion of a cause or an offence as an anonymous source", () => {
    expect(
      kinds("Api yang diduga berasal dari dapur padam setelah dua jam. Ia ditangkap karena diduga mencuri."),
    ).toEqual([]);
    expect(kinds("Pelaku diduga kabur ke luar kota.")).toEqual([["anonymous", "diduga"]]);
  });
});
