import { describe, expect, it } from "vitest";
import { boundInQuote, findQuantities, parseNumeral } from "./quantities";

const one = (text: string, language: "id" | "en" = "id") => {
  const found = findQuantities(text, language);
  expect(found, text).toHaveLength(1);
  const [q] = found;
  return { amount: q?.amount, unit: q?.unit, qualifier: q?.qualifier, text: q?.text };
};

describe("quantities in a quote", () => {
  it("reads no ordinal as an amount", () => {
    expect(findQuantities("Salim Al-Habsi equalised for Oman in the 58th minute.", "en")).toEqual([]);
    expect(findQuantities("Gol itu dicetak pada menit ke-58.", "id")).toEqual([]);
    expect(one("The 3rd battalion sent 300 troops.", "en").amount).toBe(300);
  });

  it("reads no person's age as an amount", () => {
    expect(findQuantities("Pendaki berusia 27 tahun itu dilaporkan hilang sejak Minggu.", "id")).toEqual([]);
    expect(findQuantities("A 27-year-old German hiker was found alive.", "en")).toEqual([]);
    expect(findQuantities("The hiker, aged 27, was found alive.", "en")).toEqual([]);
    expect(one("Lebih dari 60 personel berusia muda dikerahkan.").amount).toBe(60);
  });

  it("reads 'lebih dari empat jam' as at least 4 hours", () => {
    expect(one("Pertemuan itu berlangsung lebih dari empat jam.")).toEqual({
      amount: 4,
      unit: "jam",
      qualifier: "at_least",
      text: "lebih dari empat jam",
    });
  });
  it("reads Indonesian thousands separators: '3.000 tentara'", () => {
    expect(one("Rusia mengirim 3.000 tentara ke perbatasan")).toMatchObject({
      amount: 3000,
      unit: "tentara",
    });
  });
  it("reads English number words with a group word: 'two dozen missiles'", () => {
    expect(one("North Korea fired two dozen missiles on Monday", "en")).toMatchObject({
      amount: 24,
      unit: "missiles",
      qualifier: "exact",
    });
  });
  it("reads an Indonesian decimal comma before a scale word: '1,5 juta'", () => {
    expect(one("sekitar 1,5 juta warga mengungsi")).toMatchObject({
      amount: 1_500_000,
      unit: "warga",
      qualifier: "approx",
    });
  });
  it("reads compound number words in both languages", () => {
    expect(one("dua puluh tiga kapal")).toMatchObject({ amount: 23 });
    expect(one("seratus dua puluh orang")).toMatchObject({ amount: 120 });
    expect(one("tiga belas drone")).toMatchObject({ amount: 13 });
    expect(one("two hundred and fifty soldiers", "en")).toMatchObject({ amount: 250, unit: "soldiers" });
    expect(one("more than 3,000 troops", "en")).toMatchObject({ amount: 3000, qualifier: "at_least" });
    expect(one("ribuan demonstran")).toMatchObject({ amount: 1000, qualifier: "vague" });
    expect(one("a dozen drones", "en")).toMatchObject({ amount: 12, unit: "drones" });
  });
  it("reads a quake's magnitude as a magnitude, whatever word follows it", () => {
    const id = findQuantities("Gempa bermagnitudo 5,4 mengguncang Cianjur dan merusak 340 rumah.", "id");
    expect(id.map((q) => [q.amount, q.unit])).toEqual([
      [5.4, "magnitude"],
      [340, "rumah"],
    ]);
    const en = findQuantities("A magnitude 5.4 earthquake struck Cianjur, damaging 340 houses.", "en");
    expect(en.map((q) => [q.amount, q.unit])).toEqual([
      [5.4, "magnitude"],
      [340, "houses"],
    ]);
    expect(findQuantities("Gempa M 5,4 dan gempa 4,9 SR", "id").map((q) => q.unit)).toEqual([
      "magnitude",
      "magnitude",
    ]);
  });
  it("reads the side a stored figure bounds from its quote", () => {
    const quote = "Banjir merendam sedikitnya 1.100 rumah dan hingga 40 sekolah.";
    expect(boundInQuote(quote, { amount: 1100, unit: "rumah", tolerance: 0.5 })).toBe("at_least");
    expect(boundInQuote(quote, { amount: 40, unit: "sekolah", tolerance: 0.5 })).toBe("at_most");
    expect(boundInQuote(quote, { amount: 1100, unit: "rumah", tolerance: 0 })).toBeNull();
    expect(
      boundInQuote("About 1,100 houses were flooded.", { amount: 1100, unit: "houses", tolerance: 0.1 }),
    ).toBeNull();
  });
  it("reads a bare figure after a restating verb as another estimate of the count before it", () => {
    const en = findQuantities(
      "Police estimated the crowd at about 3,000 people, while organisers put it at more than 8,000.",
      "en",
    );
    expect(en.map((q) => [q.amount, q.unit, q.qualifier, q.restates ?? false])).toEqual([
      [3000, "people", "approx", false],
      [8000, "people", "at_least", true],
    ]);
    const id = findQuantities(
      "Polisi memperkirakan massa sekitar 3.000 orang, sementara panitia menyebut 8.000.",
      "id",
    );
    expect(id.map((q) => [q.amount, q.unit, q.restates ?? false])).toEqual([
      [3000, "orang", false],
      [8000, "orang", true],
    ]);
    // Two counts of their own are not restatements, nor is a bare figure with no restating verb.
    expect(findQuantities("tujuh orang tewas dan 46 orang luka-luka", "id").some((q) => q.restates)).toBe(
      false,
    );
    expect(findQuantities("About 3,000 people came; the score was 2.", "en").map((q) => q.amount)).toEqual([
      3000,
    ]);
  });
  it("does not read dates, years, times or ordinals as quantities", () => {
    expect(findQuantities("KTT ke-3 digelar sejak 2022", "id")).toEqual([]);
    expect(findQuantities("pada Selasa (12/9/2023)", "id", [{ start: 5, end: 23 }])).toEqual([]);
  });
  it("parses numerals by the language's separators", () => {
    expect(parseNumeral("3.000", "id")).toBe(3000);
    expect(parseNumeral("3,000", "en")).toBe(3000);
    expect(parseNumeral("1,5", "id")).toBe(1.5);
    expect(parseNumeral("1.5", "en")).toBe(1.5);
    expect(parseNumeral("1.234.567,8", "id")).toBe(1234567.8);
  });
});
