import { describe, expect, it } from "vitest";
import { resolveDate } from "./resolve";

const UNDATED = { publishedAt: null };
const monthOf = (expr: string) => {
  const r = resolveDate(expr, UNDATED);
  return r?.status === "resolved"
    ? new Date(Date.parse(r.interval.start) + 86_400_000).getUTCMonth() + 1
    : null;
};

describe("Indonesian month words", () => {
  const full = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
  ];
  it.each(full.map((m, i) => [m, i + 1] as const))("reads '%s 2024' as month %i", (m, n) => {
    expect(monthOf(`${m} 2024`)).toBe(n);
  });

  it.each([
    ["Jan", 1],
    ["Feb", 2],
    ["Mar", 3],
    ["Apr", 4],
    ["Mei", 5],
    ["Jun", 6],
    ["Jul", 7],
    ["Agu", 8],
    ["Agt", 8],
    ["Ags", 8],
    ["Sep", 9],
    ["Sept", 9],
    ["Okt", 10],
    ["Nov", 11],
    ["Des", 12],
  ] as const)("reads the abbreviation '17 %s 2024' as month %i", (m, n) => {
    expect(monthOf(`17 ${m} 2024`)).toBe(n);
  });

  it("reads every number word from satu to sepuluh", () => {
    const words = ["satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"];
    words.forEach((w, i) => {
      const r = resolveDate(`${w} hari setelah 1/1/2024`, UNDATED);
      expect(r?.status === "resolved" && r.interval.start).toBe(
        new Date(Date.UTC(2024, 0, 2 + i, -7)).toISOString(),
      );
    });
  });
});
