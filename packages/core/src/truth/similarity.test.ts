import { describe, expect, it } from "vitest";
import {
  dateKey,
  dateSimilarity,
  entitySetSimilarity,
  entitySimilarity,
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

  it("numbers agree by 1 - relative difference, units must match", () => {
    expect(numberSimilarity(100, 90)).toBeCloseTo(0.9, 12);
    expect(numberSimilarity(5, -5)).toBe(0);
    expect(numberSimilarity(0, 0)).toBe(1);
    expect(quantitySimilarity({ value: 10, unit: "km" }, { value: 10, unit: "mi" })).toBe(0);
    expect(quantitySimilarity({ value: 10, unit: "km" }, { value: 8, unit: "km" })).toBeCloseTo(0.8, 12);
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
