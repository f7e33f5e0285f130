import { describe, expect, it } from "vitest";
import { formatInterval } from "./format";
import { interpret, isRelative } from "./interpret";
import { resolveDate } from "./resolve";
import type { DateContext } from "./types";

/** Thursday 18 January 2024 in Jakarta. */
const THU: DateContext = { publishedAt: "2024-01-18T08:25:00+07:00" };
const UNDATED: DateContext = { publishedAt: null };
const ANCHOR = { year: 2024, month: 1, day: 18 };

function read(expression: string, ctx: DateContext = THU): string {
  const r = resolveDate(expression, ctx);
  if (r?.status !== "resolved") throw new Error(`${expression}: ${JSON.stringify(r)}`);
  return `${formatInterval(r.interval, "en", ctx.timeZone)} ${r.interval.precision}`;
}

describe("relative to the publication date", () => {
  it.each([
    ["kemarin", "yesterday", "17 Jan 2024 day"],
    ["hari ini", "today", "18 Jan 2024 day"],
    ["besok", "tomorrow", "19 Jan 2024 day"],
    ["pekan ini", "this week", "week of 15 Jan 2024 week"],
    ["minggu ini", "this week", "week of 15 Jan 2024 week"],
    ["pekan lalu", "last week", "week of 8 Jan 2024 week"],
    ["minggu lalu", "last week", "week of 8 Jan 2024 week"],
    ["pekan depan", "next week", "week of 22 Jan 2024 week"],
    ["minggu depan", "next week", "week of 22 Jan 2024 week"],
    ["bulan ini", "this month", "January 2024 month"],
    ["bulan lalu", "last month", "December 2023 month"],
    ["bulan depan", "next month", "February 2024 month"],
    ["tahun lalu", "last year", "2023 year"],
    ["tahun ini", "this year", "2024 year"],
    ["tahun depan", "next year", "2025 year"],
    ["3 hari lalu", "3 days ago", "15 Jan 2024 day"],
    ["dua hari lalu", "two days ago", "16 Jan 2024 day"],
    ["dua hari yang lalu", "two days ago", "16 Jan 2024 day"],
    ["sepekan lalu", "a week ago", "week of 8 Jan 2024 week"],
    ["dua bulan lalu", "two months ago", "November 2023 month"],
  ])("resolves '%s' and '%s' to %s", (id, en, expected) => {
    expect(read(id)).toBe(expected);
    expect(read(en)).toBe(expected);
  });

  it.each([
    "kemarin",
    "yesterday",
    "pekan ini",
    "this week",
    "bulan lalu",
    "tahun depan",
    "dua hari lalu",
    "3 days ago",
  ])("leaves '%s' unresolved without a publication date", (expr) => {
    expect(resolveDate(expr, UNDATED)).toMatchObject({
      status: "unresolved",
      reason: "no_publication_date",
      relative: true,
    });
  });

  it("takes 'pekan ini' of a Sunday article as the week ending that Sunday", () => {
    expect(read("pekan ini", { publishedAt: "2024-01-21T10:00:00+07:00" })).toBe("week of 15 Jan 2024 week");
  });

  it("explains 'kemarin' with the article date", () => {
    expect(resolveDate("kemarin", THU)).toMatchObject({
      explanation: "17 Jan 2024 (from 'kemarin', article dated 18 Jan 2024)",
    });
  });
});

describe("offsets from another date", () => {
  it.each([
    ["dua hari setelah 14/9/2024", "two days after 14/9/2024", "16 Sep 2024 day"],
    ["tiga hari sebelum 17 Januari 2024", "three days before 17 January 2024", "14 Jan 2024 day"],
    ["2 hari setelah Selasa (16/1/2024)", "2 days after Tuesday, January 16, 2024", "18 Jan 2024 day"],
    ["sepuluh hari sebelum 5 Maret 2024", "ten days before 5 March 2024", "24 Feb 2024 day"],
    ["sehari setelah 31/12/2023", "one day after 31/12/2023", "1 Jan 2024 day"],
  ])("resolves '%s' and '%s' to %s", (id, en, expected) => {
    expect(read(id, UNDATED)).toBe(expected);
    expect(read(en, UNDATED)).toBe(expected);
  });

  it("resolves an offset from a relative date against the publication date", () => {
    expect(read("dua hari setelah Selasa")).toBe("18 Jan 2024 day");
    expect(read("two days before yesterday")).toBe("15 Jan 2024 day");
    expect(resolveDate("dua hari setelah Selasa", UNDATED)?.status).toBe("unresolved");
  });

  it("is not a date when the anchor is an event", () => {
    expect(resolveDate("dua hari setelah Korea Utara menembakkan rudal", THU)).toBeNull();
  });
});

describe("interpret", () => {
  it("marks year-less and weekday nodes relative, dated ones absolute", () => {
    expect(isRelative({ kind: "day", year: null, month: 1, day: 17, weekday: null })).toBe(true);
    expect(isRelative({ kind: "weekday", weekday: 2, shift: 0 })).toBe(true);
    expect(isRelative({ kind: "offset", unit: "day", offset: 2, anchor: { kind: "year", year: 2022 } })).toBe(
      false,
    );
  });

  it("needs an anchor for a weekday and none for a year", () => {
    expect(interpret({ kind: "weekday", weekday: 2, shift: 0 }, null, "past")).toEqual({ ok: false });
    expect(interpret({ kind: "year", year: 2022 }, null, "past")).toMatchObject({
      ok: true,
      relative: false,
    });
  });

  it("takes the publication day itself for its own weekday in either tense", () => {
    const thursday = { kind: "weekday", weekday: 4, shift: 0 } as const;
    for (const tense of ["past", "future"] as const) {
      const r = interpret(thursday, ANCHOR, tense);
      expect(r.ok && r.span.start).toEqual(ANCHOR);
    }
  });

  it("reports a written weekday that does not match the date", () => {
    const r = interpret({ kind: "day", year: 2024, month: 1, day: 16, weekday: 3 }, null, "past");
    expect(r.ok && r.mismatch).toEqual({ written: 3, actual: 2 });
  });

  it("skips non-leap years for a year-less 29 February", () => {
    const r = interpret(
      { kind: "day", year: null, month: 2, day: 29, weekday: null },
      { year: 2025, month: 3, day: 1 },
      "past",
    );
    expect(r.ok && r.span.start).toEqual({ year: 2024, month: 2, day: 29 });
  });
});
