import { describe, expect, it } from "vitest";
import { findDates, formatInterval, intervalsOverlap, resolveDate } from "./index";

describe("the public date API", () => {
  it("exports the resolver, the finder and the interval helpers", () => {
    for (const f of [findDates, formatInterval, intervalsOverlap, resolveDate])
      expect(typeof f).toBe("function");
  });

  it("finds 'Juni 2024' and '19/6/2024' compatible and 16/1 and 17/1 in conflict", () => {
    const ctx = { publishedAt: null };
    const [june, day19, jan16, jan17] = [
      "Juni 2024",
      "19/6/2024",
      "Selasa (16/1/2024)",
      "Rabu (17/1/2024)",
    ].map((e) => {
      const r = resolveDate(e, ctx);
      if (r?.status !== "resolved") throw new Error(e);
      return r.interval;
    });
    if (!june || !day19 || !jan16 || !jan17) throw new Error("missing");
    expect(intervalsOverlap(june, day19)).toBe(true);
    expect(intervalsOverlap(jan16, jan17)).toBe(false);
    expect(formatInterval(day19, "id")).toBe("19 Jun 2024");
  });

  it("returns null for text that is not a date expression", () => {
    expect(resolveDate("Korea Utara", { publishedAt: "2024-01-18" })).toBeNull();
    expect(resolveDate("", { publishedAt: "2024-01-18" })).toBeNull();
  });
});
