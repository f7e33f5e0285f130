import { describe, expect, it } from "vitest";
import { findEntityMentions, indexAliases, proposeEntities } from "./entities";
import { wordsOf } from "./words";

const aliases = [
  { entityId: "kim", alias: "Kim Jong Un", kind: "person" as const },
  { entityId: "dprk", alias: "Korea Utara", kind: "country" as const },
  { entityId: "dprk", alias: "Korut", kind: "country" as const },
  { entityId: "dprk", alias: "DPRK", kind: "country" as const },
  { entityId: "usa", alias: "AS", kind: "country" as const },
  { entityId: "lavrov", alias: "Sergei Lavrov", kind: "person" as const },
  { entityId: "shoigu", alias: "Sergei Shoigu", kind: "person" as const },
];
const none = () => false;

function mentions(text: string) {
  const index = indexAliases(aliases);
  return findEntityMentions(text, wordsOf(text), index, none).map((m) => [m.text, m.entityId, m.via]);
}

describe("findEntityMentions", () => {
  it("matches aliases however hyphens and case fold (Kim Jong-un = Kim Jong Un)", () => {
    expect(mentions("Pemimpin Korut Kim Jong-un dan KIM JONG UN.")).toEqual([
      ["Korut", "dprk", "alias"],
      ["Kim Jong-un", "kim", "alias"],
      ["KIM JONG UN", "kim", "alias"],
    ]);
  });

  it("prefers the longest alias and needs capitals for acronyms and names", () => {
    expect(mentions("Korea Utara, atau DPRK, seperti AS; as well as korea utara.")).toEqual([
      ["Korea Utara", "dprk", "alias"],
      ["DPRK", "dprk", "alias"],
      ["AS", "usa", "alias"],
    ]);
  });

  it("reads a person's first or last name once the full name is in the text, unless ambiguous", () => {
    expect(mentions("Kim bertemu Sergei.")).toEqual([]);
    expect(mentions("Kim Jong Un bertemu Sergei Lavrov. Kim juga menyambut Sergei.")).toEqual([
      ["Kim Jong Un", "kim", "alias"],
      ["Sergei Lavrov", "lavrov", "alias"],
      ["Kim", "kim", "short_name"],
    ]);
    // "Kim Yo Jong" is someone else.
    expect(mentions("Kim Jong Un dan Kim Yo Jong hadir.")).toEqual([["Kim Jong Un", "kim", "alias"]]);
  });
});

describe("proposeEntities", () => {
  it("proposes unknown capitalised names with titles stripped and a kind guess", () => {
    const text =
      "Presiden China Xi Jinping bertemu Menteri Luar Negeri Wang Yi di Istana Tamu Kumsusan. Pada Juni 2024, Dewan Keamanan PBB bersidang.";
    const words = wordsOf(text);
    const lower = new Set(words.filter((w) => !w.capital).map((w) => w.norm));
    const found = proposeEntities(text, words, [], none, lower).map((p) => [p.name, p.kind]);
    expect(found).toEqual([
      ["Xi Jinping", "person"],
      ["Wang Yi", "person"],
      ["Istana Tamu Kumsusan", "place"],
      ["Dewan Keamanan PBB", "organisation"],
    ]);
  });

  it("skips headings and sentence-initial common words", () => {
    const text =
      "Tuduhan Penjualan Senjata untuk Rusia\nKunjungan Shoigu berlangsung. Ia menyebut kunjungan itu penting.";
    const words = wordsOf(text);
    const lower = new Set(words.filter((w) => !w.capital).map((w) => w.norm));
    expect(proposeEntities(text, words, [], none, lower)).toEqual([]);
  });
});
