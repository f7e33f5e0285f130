import { describe, expect, it } from "vitest";
import { daySpan, monthSpan, toResolved, weekSpan, yearSpan } from "./calendar";
import { dayLabel, formatInterval } from "./format";
import type { CivilSpan } from "./types";

const jakarta = (s: CivilSpan) => toResolved(s, "Asia/Jakarta");
const d = (year: number, month: number, day: number) => ({ year, month, day });

describe("formatInterval", () => {
  it("labels a day '16 Jan 2024' in English and Indonesian", () => {
    expect(formatInterval(jakarta(daySpan(d(2024, 1, 16))), "en")).toBe("16 Jan 2024");
    expect(formatInterval(jakarta(daySpan(d(2024, 5, 16))), "id")).toBe("16 Mei 2024");
  });

  it("labels a month 'Juni 2024' / 'June 2024'", () => {
    expect(formatInterval(jakarta(monthSpan(2024, 6)), "id")).toBe("Juni 2024");
    expect(formatInterval(jakarta(monthSpan(2024, 6)), "en")).toBe("June 2024");
  });

  it("labels an ISO week by its Monday", () => {
    expect(formatInterval(jakarta(weekSpan(d(2024, 1, 18))), "en")).toBe("week of 15 Jan 2024");
    expect(formatInterval(jakarta(weekSpan(d(2024, 1, 18))), "id")).toBe("pekan mulai 15 Jan 2024");
  });

  it("labels a year and a third of a year", () => {
    expect(formatInterval(jakarta(yearSpan(2022)), "en")).toBe("2022");
    const third: CivilSpan = { start: d(2024, 5, 1), end: d(2024, 9, 1), precision: "month" };
    expect(formatInterval(jakarta(third), "id")).toBe("Mei–Agu 2024");
  });

  it("labels runs of days within a month, across months and across years", () => {
    const range = (a: ReturnType<typeof d>, b: ReturnType<typeof d>) =>
      formatInterval(jakarta({ start: a, end: b, precision: "week" }), "en");
    expect(range(d(2024, 1, 1), d(2024, 1, 11))).toBe("1–10 Jan 2024");
    expect(range(d(2024, 1, 30), d(2024, 2, 3))).toBe("30 Jan – 2 Feb 2024");
    expect(range(d(2023, 12, 30), d(2024, 1, 3))).toBe("30 Dec 2023 – 2 Jan 2024");
  });

  it("reads the interval in the zone it is given, so a Jakarta day seen from UTC spans two dates", () => {
    const day = jakarta(daySpan(d(2024, 1, 16)));
    expect(formatInterval(day, "en", "UTC")).toBe("15–16 Jan 2024");
    expect(formatInterval(toResolved(daySpan(d(2024, 3, 31)), "Europe/London"), "en", "Europe/London")).toBe(
      "31 Mar 2024",
    );
  });

  it("labels a bare calendar date", () => {
    expect(dayLabel(d(2024, 8, 17), "id")).toBe("17 Agu 2024");
  });
});
