import { describe, expect, it } from "vitest";
import {
  dateCloseness,
  dateContains,
  dateKey,
  dateSimilarity,
  dateWidthDays,
  entitySetSimilarity,
  entitySimilarity,
  numberCloseness,
  numberContains,
  numberGranularity,
  numberSimilarity,
  quantitySimilarity,
  setKey,
  textSimilarity,
} from "./similarity";

const day = (d: string) => ({ start: d, end: d });

describe("value similarity", () => {
  it("a day inside a coarser interval agrees fully (16 Jan within the week of 15 Jan, 19 June within June)", () => {
    expect(dateSimilarity(day("2024-01-16"), { start: "2024-01-15", end: "2024-01-21" })).toBe(1);
    expect(dateSimilarity({ start: "2024-06-01", end: "2024-06-30" }, day("2024-06-19"))).toBe(1);
  });

  it("different days do not agree, partly overlapping intervals agree by their Jaccard overlap", () => {
    expect(dateSimilarity(day("2024-01-16"), day("2024-01-17"))).toBe(0);
    const a = { start: "2024-01-01", end: "2024-01-10" };
    const b = { start: "2024-01-06", end: "2024-01-15" };
    expect(dateSimilarity(a, b)).toBeCloseTo(5 / 15, 12);
  });

  it("unparseable dates never match", () => {
    expect(dateSimilarity(day("nonsense"), day("2024-01-16"))).toBe(0);
  });

  it("entities match on identity only, entity sets by Jaccard", () => {
    expect(entitySimilarity("Q1", "Q1")).toBe(1);
    expect(entitySimilarity("Q1", "Q2")).toBe(0);
    expect(entitySetSimilarity(["putin", "choe"], ["choe", "putin"])).toBe(1);
    expect(entitySetSimilarity(["putin", "choe"], ["putin", "kim", "choe"])).toBeCloseTo(2 / 3, 12);
    expect(entitySetSimilarity([], [])).toBe(1);
  });

  it("numbers: near values support, far values compete, units must match", () => {
    expect(numberSimilarity(100, 90)).toBeCloseTo(0.9, 12); // the legacy measure, kept for callers
    expect(numberCloseness(100, 101)).toBe(1); // within the rounding of "100" (±5)
    expect(numberCloseness(100, 90)).toBe(0); // 10% apart: two different figures
    expect(numberCloseness(100, 60)).toBe(0);
    expect(numberCloseness(1000, 1040)).toBeGreaterThan(0);
    expect(numberCloseness(1000, 1040)).toBeLessThan(numberCloseness(1000, 1030));
    expect(numberCloseness(5, -5)).toBe(0);
    expect(numberCloseness(0, 0)).toBe(1);
    expect(quantitySimilarity({ value: 10, unit: "km" }, { value: 10, unit: "mi" })).toBe(0);
    expect(quantitySimilarity({ value: 10, unit: "km" }, { value: 8, unit: "km" })).toBe(0);
  });

  it("numbers are precision-aware: rounding and stated hedges widen a figure's band", () => {
    expect(numberGranularity(3000)).toBe(1000);
    expect(numberGranularity(2950)).toBe(10);
    expect(numberGranularity(4.5)).toBeCloseTo(0.1, 12);
    // "sekitar 3.000" (10% hedge) and "2.950" agree; a bare 3000 is read as at most ±2%.
    expect(numberCloseness(3000, 2950, 0.1, 0)).toBe(1);
    expect(numberCloseness(3000, 2950)).toBe(1);
    expect(numberCloseness(3000, 2700)).toBe(0);
    expect(numberCloseness(3000, 2700, 0.1, 0)).toBe(1);
    // "lebih dari 4 jam" (hedge 0.5) covers "4,5 jam"; an exact 4 does not reach 4.5.
    expect(numberCloseness(4, 4.5, 0.5, 0)).toBe(1);
    expect(numberCloseness(4, 4.5)).toBe(0);
    expect(numberContains(4, 4.5, 0.5, 0)).toBe(true);
    expect(numberContains(3000, 2950, 0, 0)).toBe(false); // implied rounding never claims containment
    expect(numberContains(4.5, 4, 0, 0.5)).toBe(false);
    // The reach is configurable: with 20% even 100 and 90 support each other a little.
    expect(numberCloseness(100, 90, 0, 0, { reach: 0.2, roundingShare: 0.02 })).toBeGreaterThan(0);
  });

  it("dates are precision-aware: a coarser interval contains a finer one", () => {
    expect(dateContains({ start: "2024-06-01", end: "2024-06-30" }, day("2024-06-19"))).toBe(true);
    expect(dateContains(day("2024-06-19"), { start: "2024-06-01", end: "2024-06-30" })).toBe(false);
    expect(dateContains(day("2024-06-19"), day("2024-06-19"))).toBe(false);
    expect(dateWidthDays(day("2024-06-19"))).toBe(1);
    expect(dateWidthDays({ start: "2024-06-01", end: "2024-06-30" })).toBe(30);
    // Adjacent days compete by default; a reach of 3 days lets them support each other.
    expect(dateCloseness({ reachDays: 3 })(day("2024-01-16"), day("2024-01-17"))).toBeCloseTo(9 / 16, 12);
    expect(dateCloseness({ reachDays: 3 })(day("2024-01-16"), day("2024-01-25"))).toBe(0);
  });

  it("text similarity ignores word order, case, punctuation and diacritics", () => {
    expect(textSimilarity("Putin met Kim", "kim, met PUTIN!")).toBe(1);
    expect(textSimilarity("Sergeï Lavrov visited", "Sergei Lavrov")).toBeCloseTo(2 / 3, 12);
  });

  it("keys group equal values: sets are order-insensitive", () => {
    expect(setKey(["b", "a", "a"])).toBe(setKey(["a", "b"]));
    expect(dateKey(day("2024-01-16"))).toBe("2024-01-16/2024-01-16");
  });
});
