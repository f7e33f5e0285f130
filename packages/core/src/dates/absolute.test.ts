import { describe, expect, it } from "vitest";
import {
  capitalOk,
  dayMonth,
  isoDate,
  monthDay,
  monthYear,
  numericDate,
  shortDayMonth,
  timeSuffix,
  yearForm,
} from "./absolute";
import { english } from "./english";
import { indonesian } from "./indonesian";

const LENIENT = { strict: false, bareYear: true };
const STRICT = { strict: true, bareYear: false };

describe("numeric dates", () => {
  it("reads '16/1/2024' as 16 January", () => {
    expect(numericDate("16/1/2024", 0, LENIENT)?.node).toEqual({
      kind: "day",
      year: 2024,
      month: 1,
      day: 16,
      weekday: null,
    });
  });

  it("needs the same separator twice", () => {
    expect(numericDate("16/1-2024", 0, LENIENT)).toBeNull();
  });

  it("does not start inside a longer number or version", () => {
    expect(numericDate("1.16.1.2024", 2, LENIENT)).toBeNull();
    expect(numericDate("16/1/20245", 0, LENIENT)).toBeNull();
  });

  it("reads ISO '2024-01-16' and rejects month 13", () => {
    expect(isoDate("2024-01-16", 0, LENIENT)?.end).toBe(10);
    expect(isoDate("2024-13-01", 0, LENIENT)).toBeNull();
  });

  it("reads '(16/1)' without a year but not the start of '16/1/24'", () => {
    expect(shortDayMonth("16/1)", 0, LENIENT)?.node).toMatchObject({ year: null, month: 1, day: 16 });
    expect(shortDayMonth("16/1/24", 0, LENIENT)).toBeNull();
  });
});

describe("written dates", () => {
  it("ends '17 Jan.' before a sentence full stop only after an abbreviation", () => {
    expect(dayMonth(indonesian, "17 Januari.", 0, LENIENT)?.end).toBe(10);
    expect(dayMonth(english, "17 Jan. 2024", 0, LENIENT)?.end).toBe(12);
  });

  it("reads 'January 17, 2024' only in a month-first language", () => {
    expect(monthDay(english, "January 17, 2024", 0, LENIENT)?.node).toMatchObject({
      year: 2024,
      month: 1,
      day: 17,
    });
    expect(monthDay(indonesian, "Januari 17, 2024", 0, LENIENT)).toBeNull();
  });

  it("does not read 'June 2024' as June 20", () => {
    expect(monthDay(english, "June 2024", 0, LENIENT)).toBeNull();
    expect(monthYear(english, "June 2024", 0, LENIENT)?.node).toEqual({
      kind: "month",
      year: 2024,
      month: 6,
    });
  });

  it("needs a year or the noun 'bulan' for a month", () => {
    expect(monthYear(indonesian, "Juni lalu", 0, LENIENT)).toBeNull();
    expect(monthYear(indonesian, "bulan Juni", 0, LENIENT)?.node).toEqual({
      kind: "month",
      year: null,
      month: 6,
    });
  });

  it("reads a bare year only where allowed, 'tahun 2022' always", () => {
    expect(yearForm(indonesian, "2022", 0, STRICT)).toBeNull();
    expect(yearForm(indonesian, "2022", 0, LENIENT)?.node).toEqual({ kind: "year", year: 2022 });
    expect(yearForm(indonesian, "tahun 2022", 0, STRICT)?.end).toBe(10);
    expect(yearForm(indonesian, "2.000", 0, LENIENT)).toBeNull();
  });

  it("measures a clock time after a date and nothing else", () => {
    expect(timeSuffix("2024 08:25 WIB", 4)).toBe(10);
    expect(timeSuffix("2024, pukul 10.30 WITA.", 4)).toBe(18);
    expect(timeSuffix("2024 10.000 orang", 4)).toBe(0);
  });

  it("needs ambiguous words capitalised only under strict parsing", () => {
    expect(capitalOk(english, "may", STRICT)).toBe(false);
    expect(capitalOk(english, "May", STRICT)).toBe(true);
    expect(capitalOk(english, "may", LENIENT)).toBe(true);
    expect(capitalOk(indonesian, "juni", STRICT)).toBe(true);
  });
});
