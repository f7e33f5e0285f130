import { describe, expect, it } from "vitest";
import { english } from "./english";
import { findDates } from "./find";
import { parseAt, parseCore } from "./grammar";
import { indonesian } from "./indonesian";

describe("parseAt", () => {
  it("keeps 'pada' in the span of a bare weekday", () => {
    expect(parseAt(indonesian, "pada Selasa.", 0, true)).toMatchObject({
      start: 0,
      end: 11,
      node: { kind: "weekday", weekday: 2, shift: 0 },
    });
  });

  it("leaves 'pada' out of the span of a dated weekday and a year", () => {
    expect(parseAt(indonesian, "pada Selasa (16/1/2024)", 0, true)).toMatchObject({ start: 5, end: 23 });
    expect(parseAt(indonesian, "pada 2022 lalu", 0, true)).toMatchObject({
      start: 5,
      end: 9,
      node: { kind: "year" },
    });
  });

  it("reads a bare year after 'sejak' and 'in' but not after 'dan'", () => {
    expect(parseAt(indonesian, "sejak 1948", 0, true)?.node).toEqual({ kind: "year", year: 1948 });
    expect(parseAt(english, "in 2022", 0, true)?.node).toEqual({ kind: "year", year: 2022 });
    expect(parseAt(indonesian, "dan 1948", 0, true)).toBeNull();
  });

  it("reads 'minggu lalu' as a period and 'hari Minggu' as Sunday", () => {
    expect(parseAt(indonesian, "minggu lalu", 0, false)?.node).toEqual({
      kind: "relative",
      unit: "week",
      offset: -1,
    });
    expect(parseAt(indonesian, "hari minggu", 0, true)?.node).toEqual({
      kind: "weekday",
      weekday: 7,
      shift: 0,
    });
  });

  it("nests the anchor of an offset", () => {
    expect(parseAt(english, "two days after 14/9/2024", 0, true)?.node).toEqual({
      kind: "offset",
      unit: "day",
      offset: 2,
      anchor: { kind: "day", year: 2024, month: 9, day: 14, weekday: null },
    });
  });

  it("reads counts ago with digits and words", () => {
    expect(parseAt(indonesian, "5 hari lalu", 0, true)?.node).toEqual({
      kind: "relative",
      unit: "day",
      offset: -5,
    });
    expect(parseAt(english, "a year ago", 0, true)?.node).toEqual({
      kind: "relative",
      unit: "year",
      offset: -1,
    });
    expect(parseAt(indonesian, "dua pekan lagi", 0, true)?.node).toEqual({
      kind: "relative",
      unit: "week",
      offset: 2,
    });
  });

  it("does not take 'akhir pekan' (the weekend) for the end of a period", () => {
    expect(parseCore(indonesian, "akhir pekan lalu", 0, { strict: true, bareYear: false })).toBeNull();
    expect(parseAt(indonesian, "pekan lalu", 0, true)?.node).toMatchObject({
      kind: "relative",
      unit: "week",
    });
  });

  it("prefers the longest reading at a position", () => {
    expect(parseAt(indonesian, "Kamis 18 Jan 2024 08:25 WIB", 0, true)?.end).toBe(27);
  });

  it("does not match in the middle of a word", () => {
    expect(parseAt(indonesian, "perSelasa", 3, false)).toBeNull();
  });
});

describe("a month on one side of publication", () => {
  const ctx = { publishedAt: "2023-08-11", timeZone: "UTC" };
  const month = (text: string) => {
    const [d] = findDates(text, ctx);
    return d?.status === "resolved"
      ? [d.expression, d.interval.start.slice(0, 7), d.interval.precision]
      : null;
  };
  it("reads 'Februari lalu' as the February before an article of August 2023", () => {
    expect(month("gempa besar Februari lalu")).toEqual(["Februari lalu", "2023-02", "month"]);
  });
  it("reads 'Juni mendatang' and 'next June' as June 2024", () => {
    expect(month("Juni mendatang")).toEqual(["Juni mendatang", "2024-06", "month"]);
    expect(month("by next June")).toEqual(["next June", "2024-06", "month"]);
  });
  it("leaves a lower-case 'may' alone", () => {
    expect(month("they may last")).toBeNull();
  });
});
