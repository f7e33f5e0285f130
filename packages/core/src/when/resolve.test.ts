import { describe, expect, it } from "vitest";
import { formatInterval } from "./format";
import { findDates, resolveDate } from "./resolve";

const jakarta18Jan = { publishedAt: "2024-01-18T08:25:00+07:00" };
const undated = { publishedAt: null };
const day = (iso: string) => {
  const r = resolveDate(iso, undated);
  return r?.status === "resolved" ? r.interval : null;
};
const resolved = (
  expr: string,
  ctx: { publishedAt: string | null; timeZone?: string; tense?: "past" | "future" },
) => {
  const r = resolveDate(expr, ctx);
  if (r?.status !== "resolved") throw new Error(`'${expr}' did not resolve`);
  return r;
};
const label = (expr: string, ctx: { publishedAt: string | null; timeZone?: string } = jakarta18Jan) => formatInterval(resolved(expr, ctx).interval, "en");

describe("absolute dates", () => {
  it.each([
    ["16/1/2024", "16 Jan 2024"],
    ["14/9/2024", "14 Sep 2024"],
    ["16-01-2024", "16 Jan 2024"],
    ["16.1.2024", "16 Jan 2024"],
    ["2024-01-16", "16 Jan 2024"],
    ["17 Januari 2024", "17 Jan 2024"],
    ["17 Jan 2024", "17 Jan 2024"],
    ["17 January 2024", "17 Jan 2024"],
    ["January 17, 2024", "17 Jan 2024"],
    ["23 Desember 2021", "23 Dec 2021"],
    ["1 Agustus 2023", "1 Aug 2023"],
    ["5 Mei 2024", "5 May 2024"],
  ])("reads '%s' day/month/year as %s", (expr, expected) => {
    expect(label(expr, undated)).toBe(expected);
    expect(resolved(expr, undated).relative).toBe(false);
  });

  it("puts the day at local midnight in Jakarta", () => {
    expect(day("16/1/2024")).toEqual({
      start: "2024-01-15T17:00:00.000Z",
      end: "2024-01-16T17:00:00.000Z",
      precision: "day",
    });
  });

  it.each([
    ["Juni 2024", "June 2024"],
    ["pada bulan Juni 2024", "June 2024"],
    ["September 2023", "September 2023"],
    ["June 2024", "June 2024"],
    ["in March 2022", "March 2022"],
  ])("reads '%s' at month precision", (expr, expected) => {
    const r = resolved(expr, undated);
    expect(r.interval.precision).toBe("month");
    expect(formatInterval(r.interval, "en")).toBe(expected);
  });

  it.each(["pada 2022", "tahun 2022", "in 2022", "sejak 2022"])("reads '%s' as the year 2022", (expr) => {
    const r = resolved(expr, undated);
    expect(r.interval.precision).toBe("year");
    expect(formatInterval(r.interval, "en")).toBe("2022");
  });

  it("does not read a number such as '2.000 tentara' as a date", () => {
    expect(findDates("sekitar 2.000 tentara dan 150 tank", jakarta18Jan)).toEqual([]);
  });

  it("rejects impossible days", () => {
    expect(resolveDate("31/2/2024", undated)).toBeNull();
  });
});

describe("weekday next to an explicit date", () => {
  it.each([
    ["Selasa (16/1/2024)", "16 Jan 2024"],
    ["pada Selasa (16/1/2024)", "16 Jan 2024"],
    ["Rabu, 17 Januari 2024", "17 Jan 2024"],
    ["Sabtu (14/9/2024)", "14 Sep 2024"],
    ["Kamis 18 Jan 2024", "18 Jan 2024"],
  ])("lets the date in '%s' win, with no publication date needed", (expr, expected) => {
    const r = resolved(expr, undated);
    expect(r.expression).toBe(expr);
    expect(r.relative).toBe(false);
    expect(formatInterval(r.interval, "en")).toBe(expected);
  });
});

describe("relative dates", () => {
  it("resolves 'Selasa' against an article dated Thursday 18 January 2024", () => {
    const r = resolved("pada Selasa", { publishedAt: "2024-01-18" });
    expect(formatInterval(r.interval, "en")).toBe("16 Jan 2024");
    expect(r.explanation).toBe("16 Jan 2024 (from 'pada Selasa', article dated 18 Jan 2024)");
  });

  it.each([
    ["pada hari Kamis", "18 Jan 2024"],
    ["hari Rabu", "17 Jan 2024"],
    ["on Wednesday", "17 Jan 2024"],
    ["Tuesday", "16 Jan 2024"],
    ["Jumat", "12 Jan 2024"],
    ["kemarin", "17 Jan 2024"],
    ["yesterday", "17 Jan 2024"],
    ["hari ini", "18 Jan 2024"],
    ["today", "18 Jan 2024"],
    ["besok", "19 Jan 2024"],
    ["tomorrow", "19 Jan 2024"],
    ["dua hari lalu", "16 Jan 2024"],
    ["3 hari yang lalu", "15 Jan 2024"],
    ["three days ago", "15 Jan 2024"],
    ["17 Januari", "17 Jan 2024"],
    ["Jan. 17", "17 Jan 2024"],
  ])("resolves '%s' to %s against 18 Jan 2024", (expr, expected) => {
    const r = resolved(expr, jakarta18Jan);
    expect(r.relative).toBe(true);
    expect(formatInterval(r.interval, "en")).toBe(expected);
  });

  it("looks forward for a weekday when the tense is future", () => {
    expect(label("Selasa", { ...jakarta18Jan, tense: "future" } as never)).toBe("23 Jan 2024");
  });

  it.each([
    ["pekan ini", "week of 15 Jan 2024"],
    ["minggu ini", "week of 15 Jan 2024"],
    ["this week", "week of 15 Jan 2024"],
    ["pekan lalu", "week of 8 Jan 2024"],
    ["last week", "week of 8 Jan 2024"],
    ["pekan depan", "week of 22 Jan 2024"],
    ["next week", "week of 22 Jan 2024"],
    ["bulan ini", "January 2024"],
    ["bulan lalu", "December 2023"],
    ["last month", "December 2023"],
    ["bulan depan", "February 2024"],
    ["next month", "February 2024"],
    ["tahun lalu", "2023"],
    ["tahun depan", "2025"],
  ])("resolves the period '%s' to %s", (expr, expected) => {
    expect(label(expr)).toBe(expected);
  });

  it("keeps 'Minggu' the weekday apart from 'minggu lalu' the week", () => {
    expect(label("hari Minggu")).toBe("14 Jan 2024");
    expect(resolved("minggu lalu", jakarta18Jan).interval.precision).toBe("week");
  });

  it.each(["pada hari Kamis", "pekan ini", "kemarin", "bulan depan", "17 Januari"])(
    "leaves '%s' unresolved when the article has no date",
    (expr) => {
      const r = resolveDate(expr, undated);
      expect(r?.status).toBe("unresolved");
      expect(r?.status === "unresolved" && r.reason).toBe("no_publication_date");
      expect(r?.explanation).toContain("no publication date");
    },
  );
});

describe("parts of months and years", () => {
  it.each([
    ["awal Januari 2024", "1–10 Jan 2024", "week"],
    ["pertengahan Januari 2024", "11–20 Jan 2024", "week"],
    ["akhir Januari 2024", "21–31 Jan 2024", "week"],
    ["early January 2024", "1–10 Jan 2024", "week"],
    ["late February 2024", "21–29 Feb 2024", "week"],
    ["awal 2024", "Jan–Apr 2024", "month"],
    ["pertengahan 2024", "May–Aug 2024", "month"],
    ["akhir 2024", "Sep–Dec 2024", "month"],
    ["mid-2024", "May–Aug 2024", "month"],
  ])("reads '%s' as %s", (expr, expected, precision) => {
    const r = resolved(expr, undated);
    expect(formatInterval(r.interval, "en")).toBe(expected);
    expect(r.interval.precision).toBe(precision);
  });
});

describe("offsets from another date", () => {
  it.each([
    ["dua hari setelah 14/9/2024", "16 Sep 2024"],
    ["two days after 14/9/2024", "16 Sep 2024"],
    ["tiga hari sebelum 16 Januari 2024", "13 Jan 2024"],
    ["2 hari sesudah Selasa (16/1/2024)", "18 Jan 2024"],
  ])("resolves '%s' to %s", (expr, expected) => {
    expect(label(expr, undated)).toBe(expected);
  });

  it("ignores 'dua hari setelah' when an event, not a date, follows", () => {
    const found = findDates("hanya dua hari setelah Korea Utara menembakkan rudal", undated);
    expect(found).toEqual([]);
  });
});

describe("time zones", () => {
  it("bounds days at local midnight across a daylight-saving change", () => {
    const r = resolved("31/3/2024", { publishedAt: null, timeZone: "Europe/London" });
    expect(r.interval.start).toBe("2024-03-31T00:00:00.000Z");
    expect(r.interval.end).toBe("2024-03-31T23:00:00.000Z");
  });

  it("resolves weekdays in the article's own zone", () => {
    // 23:30 UTC on Wednesday 17 Jan is already Thursday 18 Jan in Jakarta.
    expect(label("hari ini", { publishedAt: "2024-01-17T23:30:00Z" })).toBe("18 Jan 2024");
  });
});

describe("findDates on the seed articles", () => {
  it("finds the dates of Himalayapost.id's article", () => {
    const text =
      "Himalayapost.id – Moskow, 18 Januari 2024 – kata juru bicara Kremlin Dmitry Peskov kepada wartawan pada Rabu, 17 Januari 2024.\nKesepakatan tersebut dicapai setelah pertemuan Presiden Rusia Vladimir Putin dengan Menteri Luar Negeri Korea Utara Choe Son Hui di Moskow pada Selasa. Pada September 2023, Putin dan pemimpin Korea Utara";
    const found = findDates(text, { publishedAt: "2024-01-18" });
    expect(found.map((f) => f.expression)).toEqual([
      "18 Januari 2024",
      "pada Rabu, 17 Januari 2024",
      "pada Selasa",
      "September 2023",
    ]);
    const selasa = found[2];
    expect(selasa?.status === "resolved" && formatInterval(selasa.interval, "en")).toBe("16 Jan 2024");
    expect(text.slice(selasa?.start, selasa?.end)).toBe("pada Selasa");
  });

  it("finds the dates of Republika's wire copy", () => {
    const text =
      "pada 23 Desember 2021. Choe Son-hui memuji hubungan dekat dengan Rusia sebelum menggelar pembicaraan dengan Presiden Vladimir Putin di Kremlin pada Selasa (16/1/2024). kata Peskov, Rabu (17/1/2024). ke Ukraina pada 2022 lalu.";
    const found = findDates(text, jakarta18Jan).map((f) => f.expression);
    expect(found).toEqual(["23 Desember 2021", "pada Selasa (16/1/2024)", "Rabu (17/1/2024)", "pada 2022"]);
  });

  it("leaves the undated Lavrov article's 'pekan ini' unresolved", () => {
    const [found] = findDates("kunjungan resmi delegasi Rusia ke Pyongyang pekan ini.", undated);
    expect(found?.expression).toBe("pekan ini");
    expect(found?.status).toBe("unresolved");
  });

  it("finds the dates of Indonesiaupdates.com's article without a publication date", () => {
    const text =
      "kunjungan kenegaraan pada Sabtu (14/9/2024). Pada Juni 2024, Presiden Rusia Vladimir Putin melakukan kunjungan langka. perjanjian yang ditandatangani pada bulan Juni 2024. terakhir kali bertemu Kim pada Juli 2023 di Pyongyang";
    const found = findDates(text, undated);
    expect(found.map((f) => [f.expression, f.status])).toEqual([
      ["pada Sabtu (14/9/2024)", "resolved"],
      ["Juni 2024", "resolved"],
      ["pada bulan Juni 2024", "resolved"],
      ["Juli 2023", "resolved"],
    ]);
  });
});
