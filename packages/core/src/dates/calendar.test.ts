import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  civilDateAt,
  intervalsOverlap,
  isoWeekday,
  isValidDate,
  monthSpan,
  publicationDate,
  startOfDay,
  toResolved,
  weekSpan,
} from "./calendar";

const iso = (ms: number) => new Date(ms).toISOString();

describe("calendar arithmetic", () => {
  it("knows Thursday 18 January 2024 and Sunday 14 January 2024", () => {
    expect(isoWeekday({ year: 2024, month: 1, day: 18 })).toBe(4);
    expect(isoWeekday({ year: 2024, month: 1, day: 14 })).toBe(7);
  });

  it("adds days across month and year ends", () => {
    expect(addDays({ year: 2023, month: 12, day: 30 }, 3)).toEqual({ year: 2024, month: 1, day: 2 });
    expect(addDays({ year: 2024, month: 3, day: 1 }, -1)).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it("clamps the day when adding months to a shorter month", () => {
    expect(addMonths({ year: 2024, month: 1, day: 31 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addMonths({ year: 2024, month: 1, day: 15 }, -13)).toEqual({ year: 2022, month: 12, day: 15 });
  });

  it("rejects 29 February outside leap years and month 13", () => {
    expect(isValidDate(2023, 2, 29)).toBe(false);
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2024, 13, 1)).toBe(false);
  });

  it("takes the ISO week Monday to Sunday", () => {
    const week = weekSpan({ year: 2024, month: 1, day: 21 });
    expect(week.start).toEqual({ year: 2024, month: 1, day: 15 });
    expect(week.end).toEqual({ year: 2024, month: 1, day: 22 });
  });
});

describe("local midnight in a time zone", () => {
  it("puts Jakarta midnight at 17:00 UTC the day before", () => {
    expect(iso(startOfDay({ year: 2024, month: 1, day: 16 }, "Asia/Jakarta"))).toBe(
      "2024-01-15T17:00:00.000Z",
    );
  });

  it("gives London's 31 March 2024 (clocks go forward) 23 hours", () => {
    const r = toResolved(
      { start: { year: 2024, month: 3, day: 31 }, end: { year: 2024, month: 4, day: 1 }, precision: "day" },
      "Europe/London",
    );
    expect(r.start).toBe("2024-03-31T00:00:00.000Z");
    expect(r.end).toBe("2024-03-31T23:00:00.000Z");
  });

  it("gives London's March 2024 its winter start and summer end", () => {
    const r = toResolved(monthSpan(2024, 3), "Europe/London");
    expect(r).toEqual({
      start: "2024-03-01T00:00:00.000Z",
      end: "2024-03-31T23:00:00.000Z",
      precision: "month",
    });
  });

  it("starts Santiago's 8 September 2024 at 01:00 because midnight is skipped", () => {
    expect(iso(startOfDay({ year: 2024, month: 9, day: 8 }, "America/Santiago"))).toBe(
      "2024-09-08T04:00:00.000Z",
    );
  });

  it("starts Santiago's 7 April 2024 at the only midnight after clocks go back", () => {
    expect(iso(startOfDay({ year: 2024, month: 4, day: 7 }, "America/Santiago"))).toBe(
      "2024-04-07T04:00:00.000Z",
    );
  });

  it("reads the calendar date of an instant in a zone", () => {
    const ms = Date.parse("2024-01-17T18:30:00Z");
    expect(civilDateAt(ms, "Asia/Jakarta")).toEqual({ year: 2024, month: 1, day: 18 });
    expect(civilDateAt(ms, "Europe/London")).toEqual({ year: 2024, month: 1, day: 17 });
  });

  it("throws on an unknown time zone", () => {
    expect(() => startOfDay({ year: 2024, month: 1, day: 1 }, "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("publication date", () => {
  it("reads an instant in the article's zone (late evening UTC is next day in Jakarta)", () => {
    expect(publicationDate("2024-01-17T20:00:00Z", "Asia/Jakarta")).toEqual({
      year: 2024,
      month: 1,
      day: 18,
    });
  });

  it("takes a bare calendar date as written, whatever the zone", () => {
    expect(publicationDate("2024-01-18", "America/Los_Angeles")).toEqual({ year: 2024, month: 1, day: 18 });
  });

  it("throws on an unreadable publication date", () => {
    expect(() => publicationDate("kemarin sore", "Asia/Jakarta")).toThrow(RangeError);
  });
});

describe("intervalsOverlap", () => {
  const june = toResolved(monthSpan(2024, 6), "Asia/Jakarta");
  const day = (d: number, m = 6) =>
    toResolved(
      {
        start: { year: 2024, month: m, day: d },
        end: addDays({ year: 2024, month: m, day: d }, 1),
        precision: "day",
      },
      "Asia/Jakarta",
    );

  it("lets June 2024 contain 19 June 2024", () => {
    expect(intervalsOverlap(june, day(19))).toBe(true);
    expect(intervalsOverlap(day(19), june)).toBe(true);
  });

  it("keeps 16 and 17 January apart, since the intervals are half-open", () => {
    expect(intervalsOverlap(day(16, 1), day(17, 1))).toBe(false);
  });

  it("keeps 1 July outside June", () => {
    expect(intervalsOverlap(june, day(1, 7))).toBe(false);
  });
});
