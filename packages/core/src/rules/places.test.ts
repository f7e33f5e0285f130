import { describe, expect, it } from "vitest";
import { detectContradictions } from "./contradictions";
import { articleFlags } from "./flags";
import { localSortOfName, placeExtentOfName, placesConflict } from "./places";
import { article, assertion } from "./test-fixtures";
import { RULE_IDS } from "./types";

const NAMES = new Map([
  ["moscow", "Moscow"],
  ["russia", "Russia"],
  ["samarinda", "Samarinda"],
  ["jalan", "Jalan Pemuda"],
  ["vladivostok", "Vladivostok"],
  ["vostochny", "Vostochny Cosmodrome"],
  ["pyongyang", "Pyongyang"],
  ["plaza", "Glodok Plaza"],
  ["hayamwuruk", "Jalan Hayam Wuruk"],
  ["gajahmada", "Jalan Gajah Mada"],
  ["ketanjung", "Desa Ketanjung"],
  ["wonorejo", "Desa Wonorejo"],
  ["abepura", "Distrik Abepura"],
  ["market", "Pasar Youtefa"],
  ["mall", "Westfield Mall"],
  ["sunset", "Sunset Boulevard"],
  ["palisades", "Pacific Palisades"],
  ["hualien", "Hualien County"],
]);
const place = (id: string, entityId: string, articleId: string) =>
  assertion({ id, articleId, eventId: "ev", value: { slot: "place", entityId } });

describe("place conflicts read how far each place reaches", () => {
  it("knows countries and cities from the gazetteer and everything else as local", () => {
    expect(placeExtentOfName("Rusia")).toEqual({ level: "country", countryCode: "RU", id: "iso:RU" });
    expect(placeExtentOfName("Moscow")).toEqual({ level: "city", countryCode: "RU", id: "geonames:524901" });
    expect(placeExtentOfName("Jalan Pemuda")).toEqual({ level: "local", countryCode: null });
  });

  it("reads a capital named by its country as that city, which agrees with its own name", () => {
    for (const n of ["ibu kota Rusia", "Ibukota Rusia", "the Russian capital", "Russia's capital"])
      expect(placeExtentOfName(n), n).toEqual({ level: "city", countryCode: "RU", id: "geonames:524901" });
    expect(placeExtentOfName("the capital").level).toBe("local");
    const names = new Map([
      ["moskva", "Moscow"],
      ["ibukota", "ibu kota Rusia"],
      ["desc", "Moskow"],
      ["kyiv", "Kyiv"],
    ]);
    expect(placesConflict("moskva", "ibukota", false, names, undefined)).toBe(false);
    // In one article a city the gazetteer does not know by that name and the capital agree.
    expect(placesConflict("desc", "ibukota", true, names, undefined)).toBe(false);
    expect(placesConflict("kyiv", "ibukota", false, names, undefined)).toBe(true);
  });

  it("a site named after its city lies in it, between outlets too; another city's site does not", () => {
    const names = new Map([
      ["bandara", "Bandara Catania"],
      ["catania", "Catania"],
      ["palermo", "Bandara Palermo"],
    ]);
    expect(placesConflict("bandara", "catania", false, names, undefined)).toBe(false);
    expect(placesConflict("catania", "bandara", false, names, undefined)).toBe(false);
    expect(placesConflict("palermo", "catania", false, names, undefined)).toBe(true);
  });

  it("a city does not contradict its own country, in one article or between outlets", () => {
    expect(placesConflict("moscow", "russia", true, NAMES, undefined)).toBe(false);
    expect(placesConflict("moscow", "russia", false, NAMES, undefined)).toBe(false);
    expect(placesConflict("pyongyang", "russia", false, NAMES, undefined)).toBe(true);
  });

  it("within one article a street and its city agree; between outlets they are compared as named", () => {
    const found = detectContradictions(
      [place("a1", "samarinda", "art"), place("a2", "jalan", "art"), place("b1", "jalan", "other")],
      { entityNames: NAMES },
    );
    // Only the other outlet's street against this article's city.
    expect(found.map((f) => [f.ruleId, f.assertionAId, f.assertionBId])).toEqual([
      [RULE_IDS.placeConflict, "a1", "b1"],
    ]);
  });

  it("two cities in one article are still an internal inconsistency; a cosmodrome and a city between outlets conflict", () => {
    const flags = articleFlags(
      article({ id: "art", body: "" }),
      [place("a1", "vladivostok", "art"), place("a2", "pyongyang", "art")],
      [],
      { entityNames: NAMES },
    );
    expect(flags.filter((f) => f.kind === "internal_inconsistency")).toHaveLength(1);
    expect(
      detectContradictions([place("c1", "vladivostok", "x"), place("c2", "vostochny", "y")], {
        entityNames: NAMES,
      }).map((f) => f.ruleId),
    ).toEqual([RULE_IDS.placeConflict]);
  });

  it("within one article a building does not contradict its road or its district, in both languages", () => {
    expect(localSortOfName("Jalan Hayam Wuruk")).toBe("road");
    expect(localSortOfName("Jl. Gajah Mada")).toBe("road");
    expect(localSortOfName("Sunset Boulevard")).toBe("road");
    expect(localSortOfName("Desa Ketanjung")).toBe("area");
    expect(localSortOfName("Hualien County")).toBe("area");
    expect(localSortOfName("Glodok Plaza")).toBe("site");
    // A province or state of the gazetteer is an area: a port or a plant lies in it.
    expect(localSortOfName("Texas")).toBe("area");
    expect(localSortOfName("Jawa Timur")).toBe("area");
    const one = (a: string, b: string) => placesConflict(a, b, true, NAMES, undefined);
    expect(one("plaza", "hayamwuruk")).toBe(false);
    expect(one("market", "abepura")).toBe(false);
    expect(one("hayamwuruk", "abepura")).toBe(false);
    expect(one("mall", "sunset")).toBe(false);
    expect(one("market", "hualien")).toBe(false);
    // Two roads, two villages, two buildings of one article still conflict.
    expect(one("hayamwuruk", "gajahmada")).toBe(true);
    expect(one("ketanjung", "wonorejo")).toBe(true);
    expect(one("plaza", "market")).toBe(true);
    // Between outlets a building and a road are compared as named.
    expect(placesConflict("plaza", "hayamwuruk", false, NAMES, undefined)).toBe(true);
    const found = detectContradictions(
      [place("a1", "plaza", "art"), place("a2", "hayamwuruk", "art"), place("a3", "market", "art")],
      { entityNames: NAMES },
    );
    // Only the two buildings (Glodok Plaza, Pasar Youtefa) contradict each other.
    expect(found.map((f) => [f.ruleId, f.assertionAId, f.assertionBId])).toEqual([
      [RULE_IDS.internalInconsistency, "a1", "a3"],
    ]);
  });

  it("places with no known name are compared as named", () => {
    expect(placesConflict("p1", "p2", true, undefined, undefined)).toBe(true);
    expect(
      placesConflict(
        "p1",
        "p2",
        true,
        undefined,
        new Map([
          ["p1", { level: "local", countryCode: null }],
          ["p2", { level: "city", countryCode: "ID" }],
        ]),
      ),
    ).toBe(false);
  });
});

describe("a quote that names the other outlet's place too", () => {
  it("does not conflict: the site it names lies in that place; without it the two still conflict", () => {
    const names = new Map([
      ["gedung", "Gedung Parlemen Selandia Baru"],
      ["wellington", "Wellington"],
    ]);
    const site = assertion({
      id: "a",
      articleId: "id-outlet",
      eventId: "ev",
      quote: "bertemu di Gedung Parlemen Selandia Baru, Wellington, Senin (12/5/2025)",
      value: { slot: "place", entityId: "gedung" },
    });
    const city = assertion({
      id: "b",
      articleId: "en-outlet",
      eventId: "ev",
      quote: "met at Parliament House in Wellington on Tuesday",
      value: { slot: "place", entityId: "wellington" },
    });
    expect(detectContradictions([site, city], { entityNames: names })).toEqual([]);
    const bare = { ...site, quote: "bertemu di Gedung Parlemen Selandia Baru, Senin (12/5/2025)" };
    expect(detectContradictions([bare, city], { entityNames: names }).map((f) => f.ruleId)).toEqual([
      RULE_IDS.placeConflict,
    ]);
  });
});

describe("a quote that names the other outlet's place in its own language", () => {
  it("does not conflict: 'Jawa Tengah' names Central Java, 'Kawasan Industri Kendal' the Kendal Industrial Estate", () => {
    const names = new Map([
      ["kendal", "Kawasan Industri Kendal"],
      ["jateng", "Central Java"],
      ["estate", "Kendal Industrial Estate"],
      ["batang", "Batang Industrial Park"],
    ]);
    const site = assertion({
      id: "a",
      articleId: "id-outlet",
      eventId: "ev",
      quote: "pabrik hidrogen itu akan dibangun di Kawasan Industri Kendal, Jawa Tengah, mulai 2027",
      value: { slot: "place", entityId: "kendal" },
    });
    const area = assertion({
      id: "b",
      articleId: "en-outlet",
      eventId: "ev",
      quote: "The plant will be built in Central Java from 2027.",
      value: { slot: "place", entityId: "jateng" },
    });
    const estate = {
      ...area,
      id: "c",
      articleId: "en-2",
      quote: "to be built at the Kendal Industrial Estate",
      value: { slot: "place" as const, entityId: "estate" },
    };
    expect(detectContradictions([site, area], { entityNames: names })).toEqual([]);
    expect(detectContradictions([site, estate], { entityNames: names })).toEqual([]);
    const other = {
      ...estate,
      quote: "to be built at the Batang Industrial Park",
      value: { slot: "place" as const, entityId: "batang" },
    };
    expect(detectContradictions([site, other], { entityNames: names }).map((f) => f.ruleId)).toEqual([
      RULE_IDS.placeConflict,
    ]);
  });
});

describe("a local place whose quote names a province of the other outlet's country", () => {
  it("lies in that country; a quote naming none is still compared as named", () => {
    const names = new Map([
      ["sitaro", "Kabupaten Kepulauan Sitaro"],
      ["id", "Indonesia"],
    ]);
    const local = assertion({
      id: "a",
      articleId: "one",
      eventId: "ev",
      quote: "Gunung Ruang di Kabupaten Kepulauan Sitaro, Sulawesi Utara, meletus pada Selasa malam.",
      value: { slot: "place", entityId: "sitaro" },
    });
    const country = assertion({
      id: "b",
      articleId: "two",
      eventId: "ev",
      quote: "The volcano in Indonesia erupted late on Tuesday.",
      value: { slot: "place", entityId: "id" },
    });
    expect(detectContradictions([local, country], { entityNames: names })).toEqual([]);
    const bare = { ...local, quote: "Gunung itu meletus di Kabupaten Kepulauan Sitaro pada Selasa malam." };
    expect(detectContradictions([bare, country], { entityNames: names }).map((f) => f.ruleId)).toEqual([
      RULE_IDS.placeConflict,
    ]);
  });
});

describe("two outlets' sites in a city both quotes name", () => {
  it("agree, a site named in two languages may be one; sites of two different cities still conflict", () => {
    const names = new Map([
      ["gedung", "Gedung Parlemen Selandia Baru"],
      ["house", "Parliament House"],
      ["hall", "Town Hall"],
    ]);
    const id = assertion({
      id: "a",
      articleId: "one",
      eventId: "ev",
      quote: "Dimas bertemu Helen Marsh di Gedung Parlemen Selandia Baru, Wellington, Senin (12/5/2025).",
      value: { slot: "place", entityId: "gedung" },
    });
    const en = assertion({
      id: "b",
      articleId: "two",
      eventId: "ev",
      quote: "Dimas met Helen Marsh at Parliament House in Wellington on Monday.",
      value: { slot: "place", entityId: "house" },
    });
    expect(detectContradictions([id, en], { entityNames: names })).toEqual([]);
    const elsewhere = {
      ...en,
      quote: "Dimas met Helen Marsh at the Town Hall in Auckland on Monday.",
      value: { slot: "place" as const, entityId: "hall" },
    };
    expect(detectContradictions([id, elsewhere], { entityNames: names }).map((f) => f.ruleId)).toEqual([
      RULE_IDS.placeConflict,
    ]);
  });
});

describe("a state named like a city", () => {
  it("holds a city the same article names; two cities still conflict", () => {
    const names = new Map([
      ["wa", "Washington"],
      ["seattle", "Seattle"],
      ["portland", "Portland"],
    ]);
    const state = assertion({
      id: "a",
      articleId: "one",
      eventId: "ev",
      quote: "Sekitar 33.000 pekerja Boeing di negara bagian Washington mogok kerja mulai Jumat.",
      value: { slot: "place", entityId: "wa" },
    });
    const city = assertion({
      id: "b",
      articleId: "one",
      eventId: "ev",
      quote: "Pemogokan menghentikan perakitan pesawat di pabrik dekat Seattle.",
      value: { slot: "place", entityId: "seattle" },
    });
    expect(detectContradictions([state, city], { entityNames: names })).toEqual([]);
    const capital = { ...state, quote: "Para pekerja berunjuk rasa di Washington pada Jumat." };
    expect(detectContradictions([capital, city], { entityNames: names }).map((f) => f.ruleId)).toEqual([
      RULE_IDS.internalInconsistency,
    ]);
  });
});

describe("a river or a road and an area", () => {
  it("agree between outlets; two areas of one sort still conflict", () => {
    const names = new Map([
      ["river", "Sungai Ciberang"],
      ["district", "Sajira district"],
      ["road", "Jalan Raya Abepura"],
      ["village", "Desa Sukamaju"],
    ]);
    expect(placesConflict("river", "district", false, names, undefined)).toBe(false);
    expect(placesConflict("road", "village", false, names, undefined)).toBe(false);
    expect(placesConflict("district", "village", false, names, undefined)).toBe(true);
    expect(placesConflict("river", "road", false, names, undefined)).toBe(true);
  });
});
