import { describe, expect, it } from "vitest";
import { jakartaDay, jakartaMonth } from "./test-fixtures";
import {
  intervalsOverlap,
  participantSetsConflict,
  type QuantityBound,
  quantitiesConflict,
  quantityBand,
  relativeDifference,
  sameMeasure,
  unitKey,
  valueKey,
} from "./values";

describe("value comparisons", () => {
  it("gives one key to the same instant range written with different offsets", () => {
    const utc = { slot: "date" as const, interval: jakartaDay("2024-01-16") };
    const local = {
      slot: "date" as const,
      interval: {
        start: "2024-01-16T00:00:00+07:00",
        end: "2024-01-17T00:00:00+07:00",
        precision: "day" as const,
      },
    };
    expect(valueKey(utc)).toBe(valueKey(local));
  });

  it("gives one key to participant sets in any order, with duplicates", () => {
    expect(valueKey({ slot: "participants", entityIds: ["b", "a", "a"] })).toBe(
      valueKey({ slot: "participants", entityIds: ["a", "b"] }),
    );
  });

  it("overlaps a month with a day inside it, not with the next day", () => {
    expect(intervalsOverlap(jakartaMonth(2024, 6), jakartaDay("2024-06-19"))).toBe(true);
    expect(intervalsOverlap(jakartaMonth(2024, 6), jakartaDay("2024-07-01"))).toBe(false);
  });

  it("treats subsets as compatible participant lists", () => {
    expect(participantSetsConflict(["a"], ["a", "b"])).toBe(false);
    expect(participantSetsConflict(["a", "c"], ["a", "b"])).toBe(true);
  });

  it("compares quantities by relative difference against the larger tolerance", () => {
    expect(relativeDifference(100, 90)).toBeCloseTo(0.1);
    expect(relativeDifference(-1, 1)).toBe(1);
    expect(
      quantitiesConflict(
        { amount: 100, unit: "Troops", tolerance: 0.1 },
        { amount: 91, unit: "troops ", tolerance: 0 },
      ),
    ).toBe(false);
    expect(
      quantitiesConflict(
        { amount: 100, unit: "troops", tolerance: 0.05 },
        { amount: 90, unit: "troops", tolerance: 0 },
      ),
    ).toBe(true);
  });
});

describe("weights in either language", () => {
  it("compares kilograms written as 'kilogram' and 'kg', and never with tonnes", () => {
    expect(
      quantitiesConflict(
        { amount: 80, unit: "kilogram", tolerance: 0.5, bound: "at_least" },
        { amount: 45, unit: "kg", tolerance: 0.1 },
      ),
    ).toBe(true);
    expect(
      quantitiesConflict(
        { amount: 45, unit: "kilo", tolerance: 0.1 },
        { amount: 46, unit: "kg", tolerance: 0 },
      ),
    ).toBe(false);
    expect(
      quantitiesConflict({ amount: 2, unit: "ton", tolerance: 0 }, { amount: 45, unit: "kg", tolerance: 0 }),
    ).toBe(false);
  });
});

describe("bounded quantities", () => {
  const q = (amount: number, tolerance: number, bound: QuantityBound = null) => ({
    amount,
    unit: "houses",
    tolerance,
    bound,
  });
  it("gives a bound the side of its band it allows", () => {
    expect(quantityBand(1000, 0.5, "at_least")).toEqual([1000, 1500]);
    expect(quantityBand(1000, 0.5, "at_most")).toEqual([500, 1000]);
    expect(quantityBand(1000, 0.1, null)).toEqual([900, 1100]);
  });
  it("lets a lower bound agree with larger figures in its band and conflict with smaller ones", () => {
    expect(quantitiesConflict(q(1000, 0.5, "at_least"), q(1400, 0))).toBe(false);
    expect(quantitiesConflict(q(1000, 0.5, "at_least"), q(500, 0))).toBe(true);
    expect(quantitiesConflict(q(1000, 0.5, "at_least"), q(1900, 0.1))).toBe(true);
    expect(quantitiesConflict(q(1000, 0.5, "at_least"), q(1600, 0.1))).toBe(false);
    expect(quantitiesConflict(q(40, 0.5, "at_most"), q(45, 0))).toBe(true);
    expect(quantitiesConflict(q(40, 0.5, "at_most"), q(25, 0))).toBe(false);
  });
});

describe("units across languages", () => {
  const q = (amount: number, unit: string, tolerance = 0) => ({ amount, unit, tolerance });
  it("compares Indonesian and English unit words as one unit", () => {
    expect(unitKey("pelajar")).toBe(unitKey("students"));
    expect(unitKey("warga")).toBe(unitKey("Residents"));
    expect(unitKey("tentara")).toBe(unitKey("troops"));
    expect(quantitiesConflict(q(11, "pelajar"), q(13, "students"))).toBe(true);
    expect(quantitiesConflict(q(838, "warga"), q(1200, "residents", 0.1))).toBe(true);
    expect(quantitiesConflict(q(3000, "tentara"), q(3000, "troops"))).toBe(false);
  });
  it("compares a count of people with a count of people of one kind", () => {
    expect(sameMeasure("penumpang", "people")).toBe(true);
    expect(sameMeasure("orang", "crew")).toBe(true);
    expect(sameMeasure("barel", "barrels")).toBe(true);
    expect(sameMeasure("nelayan", "fishermen")).toBe(true);
    expect(sameMeasure("demonstran", "people")).toBe(true);
    expect(sameMeasure("nelayan", "petani")).toBe(false);
    expect(quantitiesConflict(q(47, "penumpang"), q(62, "people"))).toBe(true);
    expect(quantitiesConflict(q(6000, "barrels", 0.1), q(11000, "barel", 0.1))).toBe(true);
    expect(sameMeasure("pelajar", "warga")).toBe(false);
    expect(sameMeasure("orang", "rumah")).toBe(false);
  });
  it("keeps different units apart, and unknown units as written", () => {
    expect(quantitiesConflict(q(11, "pelajar"), q(30, "warga"))).toBe(false);
    expect(unitKey("Drone ")).toBe("drone");
    expect(unitKey("drones")).not.toBe(unitKey("missiles"));
  });
});
