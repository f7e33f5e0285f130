import { describe, expect, it } from "vitest";
import { siteKey, siteNameForms } from "./site-names";

describe("one site named in Indonesian and in English", () => {
  it("gives both names of a site the same key", () => {
    const pairs = [
      ["Gunung Ruang", "Mount Ruang"],
      ["Bandara Internasional Sam Ratulangi", "Sam Ratulangi International Airport"],
      ["Sungai Ciberang", "Ciberang River"],
      ["Pulau Tagulandang", "Tagulandang island"],
      ["Kabupaten Lebak", "Lebak regency"],
      ["Kecamatan Sajira", "Sajira district"],
      ["Pelabuhan Tanjung Priok", "the Port of Tanjung Priok"],
      ["Danau Toba", "Lake Toba"],
      ["Jalan tol Olympia Odos", "the Olympia Odos motorway"],
      ["Jalan Tol Cipali", "Cipali Toll Road"],
      ["Jalan Raya Trans-Sumatra", "Trans-Sumatra Highway"],
      ["Gedung Sate", "Sate Building"],
      ["Kawasan Industri Kendal", "the Kendal Industrial Estate"],
      ["Kawasan Industri Batang", "Batang Industrial Park"],
      ["Taman Nasional Komodo", "Komodo National Park"],
      ["Bendungan Jatiluhur", "Jatiluhur Dam"],
    ];
    for (const [id, en] of pairs) expect(siteKey(id as string), `${id} / ${en}`).toBe(siteKey(en as string));
    expect(siteKey("Gunung Ruang")).not.toBe(siteKey("Pulau Ruang"));
    expect(siteKey("Jakarta")).toBeNull();
  });

  it("writes a site's name in both languages, as aliases", () => {
    expect(siteNameForms("Gunung Ruang")).toEqual(["Gunung Ruang", "Mount Ruang"]);
    expect(siteNameForms("Sam Ratulangi International Airport")).toEqual([
      "Bandara Internasional Sam Ratulangi",
      "Sam Ratulangi International Airport",
      "Bandara Sam Ratulangi",
      "Sam Ratulangi Airport",
    ]);
    expect(siteNameForms("Ciberang River")).toEqual(["Sungai Ciberang", "Ciberang River"]);
    expect(siteNameForms("Surabaya")).toEqual([]);
    expect(siteNameForms("Olympia Odos motorway")).toEqual([
      "Jalan Tol Olympia Odos",
      "Olympia Odos Motorway",
    ]);
    expect(siteKey("Jalan Sudirman")).toBeNull();
  });
});
