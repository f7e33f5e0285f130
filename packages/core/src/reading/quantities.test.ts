import { describe, expect, it } from "vitest";
import { boundInQuote, findQuantities, parseNumeral } from "./quantities";

const one = (text: string, language: "id" | "en" = "id") => {
  const found = findQuantities(text, language);
  expect(found, text).toHaveLength(1);
  const [q] = found;
  return { amount: q?.amount, unit: q?.unit, qualifier: q?.qualifier, text: q?.text };
};

describe("quantities in a quote", () => {
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
