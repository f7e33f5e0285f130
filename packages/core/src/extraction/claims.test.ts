import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";

const aliases = [
  { entityId: "putin", alias: "Vladimir Putin", kind: "person" as const },
  { entityId: "putin", alias: "Putin", kind: "person" as const },
  { entityId: "choe", alias: "Choe Son Hui", kind: "person" as const },
  { entityId: "peskov", alias: "Peskov", kind: "person" as const },
  { entityId: "moscow", alias: "Moskow", kind: "place" as const },
  { entityId: "moscow", alias: "Moscow", kind: "place" as const },
  { entityId: "dprk", alias: "North Korea", kind: "country" as const },
];

describe("candidate claims", () => {
  it("proposes a meeting with participants, place, date and the cited source", () => {
    const body =
      "Presiden Vladimir Putin bertemu Choe Son Hui di Moskow pada Selasa, kata Peskov. Cuaca cerah hari itu.";
    const [claim, ...rest] = extractArticle(body, { publishedAt: "2024-01-18", aliases }).claims;
    expect(rest).toEqual([]);
    expect(claim).toMatchObject({
      kind: "meeting",
      text: "Presiden Vladimir Putin bertemu Choe Son Hui di Moskow pada Selasa, kata Peskov.",
      place: { entityId: "moscow" },
      date: { text: "pada Selasa", interval: { start: "2024-01-15T17:00:00.000Z", precision: "day" } },
      attribution: { kind: "named_person", entityId: "peskov" },
    });
    // The source is not a participant of the meeting.
    expect(claim?.participants.map((p) => p.entityId)).toEqual(["putin", "choe"]);
    expect(claim?.confidence).toBeGreaterThan(0.8);
  });

  it("proposes a toll that names no place, date or party when it counts things the event struck", () => {
    const body =
      "Kebakaran melanda pasar itu. Sedikitnya 120 kios hangus dan tiga pedagang terluka. Api dilalap angin.";
    const texts = extractArticle(body, { publishedAt: "2025-03-01", aliases }).claims.map((c) => c.text);
    expect(texts).toContain("Sedikitnya 120 kios hangus dan tiga pedagang terluka.");
    expect(texts).not.toContain("Api dilalap angin.");
    const en = extractArticle("More than 40 stalls were gutted. The fire burned for hours.", {
      publishedAt: "2025-03-01",
      aliases,
      language: "en",
    }).claims.map((c) => c.text);
    expect(en).toEqual(["More than 40 stalls were gutted."]);
  });

  it("proposes a crowd estimate as a claim, not a crowd merely described", () => {
    const claims = (body: string) =>
      extractArticle(body, { publishedAt: "2025-03-01", aliases, language: "en" }).claims.map((c) => c.text);
    expect(
      claims("Police estimated the crowd at about 3,000 people, while organisers put it at 8,000."),
    ).toEqual(["Police estimated the crowd at about 3,000 people, while organisers put it at 8,000."]);
    expect(claims("The crowd of 40,000 was the loudest the ground had heard.")).toEqual([]);
  });

  it("reads English events and keeps unknown names as proposed participants", () => {
    const body =
      "North Korea fired two ballistic missiles on Thursday. Putin visited Pyongyang in June 2024 and met Choe Ryong Hae there.";
    const claims = extractArticle(body, { publishedAt: "2024-09-14", aliases, language: "en" }).claims;
    expect(
      claims.map((c) => [c.kind, c.participants.map((p) => p.entityId ?? p.name), c.date?.text]),
    ).toEqual([
      ["military_action", ["dprk"], "on Thursday"],
      ["meeting", ["putin", "Choe Ryong Hae"], "June 2024"],
    ]);
  });

  it("proposes a statement about someone for a named source, with the speaker as its attribution", () => {
    const body =
      "Peskov mengatakan Putin dalam keadaan sehat. Peskov mengatakan hubungan berkembang. Beberapa pihak menilai bahwa itu positif. Hujan turun.";
    const claims = extractArticle(body, { publishedAt: null, aliases }).claims;
    // The speaker is the source, not a participant: a statement naming no one else is no claim.
    expect(
      claims.map((c) => [c.kind, c.participants.map((p) => p.entityId), c.attribution?.entityId]),
    ).toEqual([["statement", ["putin"], "peskov"]]);
  });
});

describe("claims of a credited article", () => {
  it("cite the wire when the sentence cites no one", () => {
    const body = "North Korea fired two ballistic missiles on Wednesday.\n\n(sumber: Antara)";
    const [claim] = extractArticle(body, { publishedAt: "2023-09-14", aliases, language: "en" }).claims;
    expect(claim?.attribution).toMatchObject({ kind: "wire", speaker: { text: "Antara" } });
  });
});

describe("places a sentence names by reference", () => {
  const placesOf = (body: string, publishedAt = "2026-03-10T00:30:00+01:00") =>
    extractArticle(body, { publishedAt, aliases: [] }).claims.map((c) => [
      c.text.slice(0, 24),
      c.place?.name ?? null,
    ]);

  it("reads the story's site of a kind, and the scene visited, as the first one named", () => {
    expect(
      placesOf(
        "Etna ash cloud shuts Catania airport\n\nCatania airport in Sicily has been closed since Monday morning, officials said.\n\nFlights were diverted to Palermo airport.\n\nThe INGV institute said the airport was expected to reopen on Wednesday.",
      ).at(-1),
    ).toEqual(["The INGV institute said ", "Catania"]);
    expect(
      placesOf(
        "A road bridge at Long Iram in West Kutai regency collapsed late on Wednesday, officials said.\n\nGovernor Rudy Hartono will visit the site on Friday, his office said.",
        "2026-02-19T01:15:00+08:00",
      ).at(-1),
    ).toEqual(["Governor Rudy Hartono wi", "Long Iram"]);
  });

  it("keeps a site the sentence opens with over where a road from it goes", () => {
    expect(
      placesOf(
        "Jembatan Long Iram di Kabupaten Kutai Barat ambruk pada Rabu (18/2/2026) malam.\n\nJembatan sepanjang 240 meter itu dibangun pada 2009 dan menjadi satu-satunya penghubung darat ke Melak.",
        "2026-02-19T08:30:00+08:00",
      ).at(-1),
    ).toEqual(["Jembatan sepanjang 240 m", "Jembatan Long Iram"]);
  });

  it("places the story's event named by its noun at the story's scene, but not a matter about it", () => {
    const body =
      "A passenger train travelling from Aswan to Cairo derailed near the city of Sohag on Friday evening, the ministry said.\n\nRescuers worked through the night after the crash on Friday, police said.\n\nFirefighters brought the blaze under control on Saturday, officials said.";
    expect(placesOf(body, "2026-05-02T09:00:00+02:00").map((p) => p[1])).toEqual(["Sohag", null, "Sohag"]);
  });
});

describe("places by reference to the story's site, scene and mountain", () => {
  const people = [
    { entityId: "sari", alias: "Ratu Sari", kind: "person" as const },
    { entityId: "kimia", alias: "Kimia Jaya", kind: "organisation" as const },
  ];
  const claimsOf = (body: string, publishedAt = "2026-04-15T08:00:00+07:00") =>
    extractArticle(body, { publishedAt, aliases: people }).claims.map((c) => [
      c.text.slice(0, 24),
      c.place?.name ?? null,
    ]);

  it("places an order about 'the plant' at the factory's estate, not a manager's detention", () => {
    const body =
      "Ledakan mengguncang sebuah pabrik kimia di kawasan industri Cilegon, Banten, Senin (13/4/2026) malam.\n\nRatu Sari memerintahkan PT Kimia Jaya, pemilik pabrik itu, menghentikan produksi.\n\nPolisi menahan manajer pabrik itu kemarin.";
    expect(claimsOf(body)).toEqual([
      ["Ledakan mengguncang sebu", "Cilegon"],
      ["Ratu Sari memerintahkan ", "Cilegon"],
      ["Polisi menahan manajer p", null],
    ]);
    const en = claimsOf(
      "An explosion ripped through a chemical factory in the Cilegon industrial estate on Monday, police said.\n\nRatu Sari ordered Kimia Jaya, which owns the plant, to suspend all operations.",
    );
    expect(en.map((c) => c[1])).toEqual(["Cilegon", "Cilegon"]);
  });

  it("places an arrest 'di lokasi' or 'on the boat' at the story's scene", () => {
    const body =
      "Petugas menggagalkan penyelundupan 50 kilogram sabu di perairan Pulau Rupat, Kabupaten Bengkalis, Minggu (12/4/2026).\n\nEmpat awak kapal ditangkap di lokasi.";
    expect(claimsOf(body).at(-1)).toEqual(["Empat awak kapal ditangk", "Pulau Rupat"]);
    const en = claimsOf(
      "Agents seized 50 kg of methamphetamine off Rupat island on Sunday, officials said.\n\nFour crew members were arrested on the boat, the agency said.",
    );
    expect(en.at(-1)?.[1]).toBe("Rupat island");
  });

  it("proposes no claim for a description in the present", () => {
    const body =
      "Two pandas arrived in Surabaya on Thursday, officials said.\n\nThey are the first giant pandas to be kept in eastern Indonesia.\n\nBatam, an island across a strait from Singapore, is a frequent transit point.";
    expect(claimsOf(body).map((c) => c[0])).toEqual(["Two pandas arrived in Su"]);
  });
});

describe("claims of those who attended, searched or were cited with a place", () => {
  const aliases = [
    { entityId: "inka", alias: "PT Industri Kereta Api (Persero)", kind: "organisation" as const },
    { entityId: "inka", alias: "INKA", kind: "organisation" as const },
    { entityId: "hana", alias: "Hana Kusuma", kind: "person" as const },
    { entityId: "karim", alias: "Mahmud Karim", kind: "person" as const },
    { entityId: "yoga", alias: "Yoga Pramudya", kind: "person" as const },
    { entityId: "bnn", alias: "BNN", kind: "organisation" as const },
  ];
  const run = (body: string) =>
    extractArticle(body, { publishedAt: "2026-05-21T09:00:00+07:00", aliases }).claims.map((c) => ({
      text: c.text.slice(0, 20),
      place: c.place?.name ?? null,
      parties: c.participants.map((p) => p.entityId ?? p.name),
    }));

  it("reads an alias with a bracketed last word, and who witnessed or attended an event", () => {
    expect(
      run(
        "PT Industri Kereta Api (Persero) menyerahkan 20 kereta di Stasiun Kamalapur, Dhaka, Rabu (20/5/2026).\n\nPenyerahan itu disaksikan Hana Kusuma dan Mahmud Karim.",
      ),
    ).toEqual([
      { text: "PT Industri Kereta A", place: "Stasiun Kamalapur", parties: ["inka"] },
      { text: "Penyerahan itu disak", place: null, parties: ["hana", "karim"] },
    ]);
    expect(run("Hana Kusuma and Mahmud Karim attended the handover.").at(0)?.parties).toEqual([
      "hana",
      "karim",
    ]);
  });

  it("places a search of 'the area' at the story's scene, and a fact cited by name at its site", () => {
    expect(
      run(
        "An avalanche swept over a ski run above Zermatt in the canton of Valais on Wednesday, police said.\n\nThree dozen rescuers searched the area until nightfall.",
      ).at(-1),
    ).toEqual({ text: "Three dozen rescuers", place: "Zermatt", parties: [] });
    expect(
      run("Menurut Yoga Pramudya, badai menahan pendakian selama dua hari di kamp Nido de Cóndores.").at(0)
        ?.place,
    ).toBe("Nido de Cóndores");
  });

  it("takes no institution whose office is a venue, and reads a school as a place", () => {
    expect(run("Barang bukti dibawa ke kantor BNN di Batam kemarin.").at(0)?.parties).toEqual([]);
    expect(run("Classes at Shawnee High School were cancelled on Monday.").at(0)).toEqual({
      text: "Classes at Shawnee H",
      place: "Shawnee High School",
      parties: [],
    });
  });
});
