import { describe, expect, it } from "vitest";
import { resolveDate } from "./resolve";

const UNDATED = { publishedAt: null };
const startOf = (expr: string) => {
  const r = resolveDate(expr, UNDATED);
  return r?.status === "resolved" ? r.interval.start : null;
};

describe("English month words", () => {
  const full = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];
  it.each(full.map((m, i) => [m, i + 1] as const))("reads '%s 2024' as month %i", (m, n) => {
    expect(startOf(`${m} 2024`)).toBe(new Date(Date.UTC(2024, n - 1, 1, -7)).toISOString());
  });

  it.each([["Aug. 17, 2024"], ["17 Aug 2024"], ["August 17th, 2024"], ["17-Aug-2024"]])(
    "reads '%s' as 17 August 2024",
    (expr) => {
      expect(startOf(expr)).toBe("2024-08-16T17:00:00.000Z");
    },
  );

  it("reads every number word from one to ten", () => {
    const words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    words.forEach((w, i) => {
      expect(startOf(`${w} days before 11/1/2024`)).toBe(
        new Date(Date.UTC(2024, 0, 10 - i, -7)).toISOString(),
      );
    });
  });

  it("reads the day before yesterday and a week from now", () => {
    const thu = { publishedAt: "2024-01-18" };
    expect(resolveDate("the day before yesterday", thu)).toMatchObject({
      interval: { start: "2024-01-15T17:00:00.000Z" },
    });
    expect(resolveDate("one week from now", thu)).toMatchObject({
      interval: { start: "2024-01-21T17:00:00.000Z", precision: "week" },
    });
  });
});
