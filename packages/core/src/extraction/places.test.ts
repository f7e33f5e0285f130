import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";
import { findPlaces } from "./places";

const aliases = [
  { entityId: "kim", alias: "Kim Jong Un", kind: "person" as const },
  { entityId: "putin", alias: "Vladimir Putin", kind: "person" as const },
  { entityId: "moscow", alias: "Moskow", kind: "place" as const },
];
const texts = (text: string) => findPlaces(text, aliases).map((p) => p.text);

describe("findPlaces", () => {
  it("finds countries and cities by their Indonesian and English names, with gazetteer ids", () => {
    const [vladivostok, korea, japan] = findPlaces(
      "Kapal-kapal berangkat dari Vladivostok menuju Korea Utara, lalu ke Jepang.",
      aliases,
    );
    expect(vladivostok).toMatchObject({
      text: "Vladivostok",
      kind: "place",
      countryCode: "RU",
      locative: true,
    });
    expect(vladivostok?.gazetteerId).toMatch(/^geonames:/);
    expect(korea).toMatchObject({ text: "Korea Utara", kind: "country", gazetteerId: "iso:KP" });
    expect(korea?.names).toEqual({ en: "North Korea", id: "Korea Utara" });
    expect(japan).toMatchObject({ text: "Jepang", countryCode: "JP" });
  });

  it("reads sites from their cue words in both languages", () => {
    expect(texts("Kim tiba di Kosmodrom Vostochny, lalu ke Istana Kremlin.")).toEqual([
      "Kosmodrom Vostochny",
      "Istana Kremlin",
    ]);
    expect(texts("They met at the Vostochny Cosmodrome before a dinner at Buckingham Palace.")).toEqual([
      "Vostochny Cosmodrome",
      "Buckingham Palace",
    ]);
    expect(texts("Pusat gempa berada di distrik Yesilyurt, kata warga di Jalan Pemuda.")).toEqual([
      "Yesilyurt",
      "Jalan Pemuda",
    ]);
    expect(texts("Thousands rallied in Putrajaya.")).toEqual(["Putrajaya"]);
  });

  it("keeps the workspace's own place names ('Moskow') with their entity", () => {
    expect(findPlaces("Delegasi tiba di Moskow.", aliases)[0]).toMatchObject({
      text: "Moskow",
      entityId: "moscow",
    });
  });

  it("treats a city that speaks or is urged as its government, and officials in a city as a place", () => {
    expect(texts("Washington said it condemned the launch and urged Pyongyang to return to talks.")).toEqual(
      [],
    );
    expect(texts("Officials in Seoul said the launch was timed.")).toEqual(["Seoul"]);
  });

  it("does not take a person's name, a title or a currency for a place", () => {
    expect(texts("Wali Kota Samarinda Andi Harun meninjau lokasi.")).toEqual(["Samarinda"]);
    expect(texts("Nilainya 2 miliar dolar AS.")).toEqual([]);
  });
});

describe("places in extraction", () => {
  const body =
    "Pemimpin Korea Utara Kim Jong Un menerima kunjungan Presiden Rusia Vladimir Putin di Kosmodrom Vostochny pada Selasa (12/9/2023). Keduanya kemudian terbang ke Vladivostok.";
  const x = extractArticle(body, { publishedAt: "2023-09-14", aliases });

  it("lists the places and never proposes one as a person", () => {
    expect(x.places.map((p) => p.text)).toEqual([
      "Korea Utara",
      "Rusia",
      "Kosmodrom Vostochny",
      "Vladivostok",
    ]);
    expect(x.proposedEntities.filter((p) => p.kind === "person").map((p) => p.name)).toEqual([]);
  });

  it("proposes a claim for a lead whose subject is far from the verb, with its place and date", () => {
    const [lead, flight] = x.claims;
    expect(lead).toMatchObject({
      kind: "visit",
      place: { name: "Kosmodrom Vostochny" },
      date: { text: "Selasa (12/9/2023)", interval: { start: "2023-09-11T17:00:00.000Z" } },
    });
    expect(lead?.participants.map((p) => p.entityId ?? p.name)).toEqual(["kim", "putin"]);
    expect(flight).toMatchObject({ kind: "visit", place: { name: "Vladivostok" } });
  });
});
