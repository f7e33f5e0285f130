import { describe, expect, it } from "vitest";
import { findDates } from "./find";
import { formatInterval } from "./format";
import { resolveDate } from "./resolve";
import type { DateContext } from "./types";

/** Article 002: Thursday 18 January 2024, 08:25 WIB. */
const THU = { publishedAt: "2024-01-18T08:25:00+07:00" };
const UNDATED = { publishedAt: null };

/** "16 Jan 2024 day": the label and precision an expression resolves to. */
function read(expression: string, ctx: DateContext = THU): string {
  const r = resolveDate(expression, ctx);
  if (r?.status !== "resolved") throw new Error(`${expression}: ${JSON.stringify(r)}`);
  return `${formatInterval(r.interval, "en", ctx.timeZone)} ${r.interval.precision}`;
}

describe("weekdays", () => {
  it.each([
    ["Selasa", "16 Jan 2024 day"],
    ["pada Selasa", "16 Jan 2024 day"],
    ["pada hari Kamis", "18 Jan 2024 day"],
    ["hari Rabu", "17 Jan 2024 day"],
    ["Jumat", "12 Jan 2024 day"],
    ["Jum'at", "12 Jan 2024 day"],
    ["on Wednesday", "17 Jan 2024 day"],
    ["Tuesday", "16 Jan 2024 day"],
    ["on Friday", "12 Jan 2024 day"],
  ])("resolves '%s' against an article dated Thursday 18 January 2024 to %s", (expr, expected) => {
    expect(read(expr)).toBe(expected);
  });

  it("resolves weekdays forward with tense 'future'", () => {
    expect(read("pada Selasa", { ...THU, tense: "future" })).toBe("23 Jan 2024 day");
    expect(read("on Thursday", { ...THU, tense: "future" })).toBe("18 Jan 2024 day");
  });

  it("resolves 'Kamis lalu' and 'last Thursday' to the week before, not the publication day", () => {
    expect(read("Kamis lalu")).toBe("11 Jan 2024 day");
    expect(read("last Thursday")).toBe("11 Jan 2024 day");
  });

  it("resolves 'Selasa depan' and 'next Tuesday' ahead even in past tense", () => {
    expect(read("Selasa depan")).toBe("23 Jan 2024 day");
    expect(read("next Tuesday")).toBe("23 Jan 2024 day");
  });

  it("reads 'Minggu' alone as Sunday but 'minggu lalu' as last week", () => {
    expect(read("Minggu")).toBe("14 Jan 2024 day");
    expect(read("minggu lalu")).toBe("week of 8 Jan 2024 week");
  });

  it("explains a relative weekday with the article date", () => {
    expect(resolveDate("pada Selasa", { publishedAt: "2024-01-18" })).toEqual({
      status: "resolved",
      expression: "pada Selasa",
      interval: { start: "2024-01-15T17:00:00.000Z", end: "2024-01-16T17:00:00.000Z", precision: "day" },
      relative: true,
      explanation: "16 Jan 2024 (from 'pada Selasa', article dated 18 Jan 2024)",
    });
  });

  it("leaves 'pada hari Kamis' unresolved when the article has no publication date", () => {
    expect(resolveDate("pada hari Kamis", UNDATED)).toEqual({
      status: "unresolved",
      expression: "pada hari Kamis",
      relative: true,
      reason: "no_publication_date",
      explanation: "'pada hari Kamis' cannot be resolved: the article has no publication date",
    });
  });

  it("takes the weekday in the article's time zone (Wednesday evening UTC is Thursday in Jakarta)", () => {
    expect(read("hari ini", { publishedAt: "2024-01-17T20:00:00Z" })).toBe("18 Jan 2024 day");
    expect(read("today", { publishedAt: "2024-01-17T20:00:00Z", timeZone: "Europe/London" })).toBe(
      "17 Jan 2024 day",
    );
  });
});

describe("weekday with an explicit date", () => {
  it.each([
    ["Selasa (16/1/2024)", "16 Jan 2024 day"],
    ["Rabu, 17 Januari 2024", "17 Jan 2024 day"],
    ["Sabtu (14/9/2024)", "14 Sep 2024 day"],
    ["Kamis 18 Jan 2024", "18 Jan 2024 day"],
    ["Kamis 18 Jan 2024 08:25 WIB", "18 Jan 2024 day"],
    ["Tuesday, January 16, 2024", "16 Jan 2024 day"],
    ["Selasa ( 16/1/2024 )", "16 Jan 2024 day"],
  ])("lets the date in '%s' win", (expr, expected) => {
    expect(read(expr, UNDATED)).toBe(expected);
    expect(resolveDate(expr, UNDATED)).toMatchObject({ relative: false });
  });

  it("uses the date and says so when the weekday disagrees", () => {
    const r = resolveDate("Rabu (16/1/2024)", UNDATED);
    expect(r?.status === "resolved" && r.explanation).toBe(
      "16 Jan 2024 (from 'Rabu (16/1/2024)'; the written weekday Rabu does not match, 16 Jan 2024 is a Tuesday)",
    );
  });

  it("takes the year of 'Selasa (16/1)' from the publication date", () => {
    expect(read("Selasa (16/1)")).toBe("16 Jan 2024 day");
    expect(resolveDate("Selasa (16/1)", UNDATED)?.status).toBe("unresolved");
  });
});

describe("absolute dates", () => {
  it.each([
    ["16/1/2024", "16 Jan 2024"],
    ["14/9/2024", "14 Sep 2024"],
    ["16-01-2024", "16 Jan 2024"],
    ["16.1.2024", "16 Jan 2024"],
    ["2024-01-16", "16 Jan 2024"],
    ["17 Januari 2024", "17 Jan 2024"],
    ["17 Jan 2024", "17 Jan 2024"],
    ["17 Agt 2024", "17 Aug 2024"],
    ["January 17, 2024", "17 Jan 2024"],
    ["17 January 2024", "17 Jan 2024"],
    ["17th of January 2024", "17 Jan 2024"],
    ["pada 23 Desember 2021", "23 Dec 2021"],
    ["tanggal 17 Agustus 1945", "17 Aug 1945"],
  ])("reads '%s' as %s without a publication date", (expr, expected) => {
    expect(read(expr, UNDATED)).toBe(`${expected} day`);
  });

  it("reads numeric dates as day/month/year, never month/day", () => {
    expect(read("1/2/2024", UNDATED)).toBe("1 Feb 2024 day");
    expect(resolveDate("13/25/2024", UNDATED)).toBeNull();
  });

  it("explains an absolute date by its words alone", () => {
    const r = resolveDate("16/1/2024", THU);
    expect(r).toMatchObject({ relative: false, explanation: "16 Jan 2024 (from '16/1/2024')" });
  });

  it("rejects 30 February and 29 February 2023", () => {
    expect(resolveDate("30 Februari 2024", UNDATED)).toBeNull();
    expect(resolveDate("29/2/2023", UNDATED)).toBeNull();
  });

  it("reads the date of a dateline 'Moskow, 18 Januari 2024'", () => {
    expect(read("Moskow, 18 Januari 2024", UNDATED)).toBe("18 Jan 2024 day");
  });
});

describe("dates without a year", () => {
  it("takes the year of '17 Januari' and 'Jan. 17' from the publication date", () => {
    expect(read("17 Januari")).toBe("17 Jan 2024 day");
    expect(read("Jan. 17")).toBe("17 Jan 2024 day");
    expect(resolveDate("17 Januari", THU)).toMatchObject({ relative: true });
  });

  it("leaves '17 Januari' unresolved without a publication date", () => {
    expect(resolveDate("17 Januari", UNDATED)).toMatchObject({
      status: "unresolved",
      reason: "no_publication_date",
    });
  });

  it("puts '28 Desember' in an article of 5 January 2024 in December 2023", () => {
    expect(read("28 Desember", { publishedAt: "2024-01-05" })).toBe("28 Dec 2023 day");
  });

  it("keeps '20 Januari' two days after publication in the same year", () => {
    expect(read("20 Januari")).toBe("20 Jan 2024 day");
  });

  it("puts 'bulan Juli' of a past-tense January article in the July before", () => {
    expect(read("bulan Juli")).toBe("July 2023 month");
    expect(read("bulan Juli", { ...THU, tense: "future" })).toBe("July 2024 month");
  });
});

describe("months and years", () => {
  it.each([
    ["Juni 2024", "June 2024 month"],
    ["pada bulan Juni 2024", "June 2024 month"],
    ["September 2023", "September 2023 month"],
    ["June 2024", "June 2024 month"],
    ["Sept 2023", "September 2023 month"],
    ["2022", "2022 year"],
    ["pada 2022", "2022 year"],
    ["tahun 2022", "2022 year"],
    ["in 2022", "2022 year"],
    ["sejak 1948", "1948 year"],
  ])("reads '%s' as %s", (expr, expected) => {
    expect(read(expr, UNDATED)).toBe(expected);
  });

  it("gives a month interval its local midnights", () => {
    expect(resolveDate("Juni 2024", UNDATED)).toMatchObject({
      interval: { start: "2024-05-31T17:00:00.000Z", end: "2024-06-30T17:00:00.000Z", precision: "month" },
    });
  });

  it("does not read '2.000' or 'Mei' alone as dates", () => {
    expect(resolveDate("2.000", UNDATED)).toBeNull();
    expect(resolveDate("Mei", UNDATED)).toBeNull();
    expect(resolveDate("pertemuan", UNDATED)).toBeNull();
  });
});

describe("beginning, middle and end", () => {
  it.each([
    ["awal Januari 2024", "1–10 Jan 2024 week"],
    ["pertengahan Januari 2024", "11–20 Jan 2024 week"],
    ["akhir Januari 2024", "21–31 Jan 2024 week"],
    ["akhir Februari 2024", "21–29 Feb 2024 week"],
    ["awal 2024", "Jan–Apr 2024 month"],
    ["pertengahan 2024", "May–Aug 2024 month"],
    ["akhir 2024", "Sep–Dec 2024 month"],
    ["akhir tahun 2024", "Sep–Dec 2024 month"],
    ["early January 2024", "1–10 Jan 2024 week"],
    ["mid-January 2024", "11–20 Jan 2024 week"],
    ["late 2024", "Sep–Dec 2024 month"],
    ["the end of 2023", "Sep–Dec 2023 month"],
  ])("reads '%s' as %s", (expr, expected) => {
    expect(read(expr, UNDATED)).toBe(expected);
  });

  it("resolves 'akhir tahun lalu' and 'early next month' against the publication date", () => {
    expect(read("akhir tahun lalu")).toBe("Sep–Dec 2023 month");
    expect(read("early next month")).toBe("1–10 Feb 2024 week");
  });
});

describe("an article stamped with an offset and no zone", () => {
  it("resolves 'on Wednesday' in its own local day at +10:00", () => {
    const [d] = findDates("Kim arrived on Wednesday.", {
      publishedAt: "2023-09-14T07:45:00+10:00",
      timeZone: "+10:00",
    });
    expect(d?.status === "resolved" && d.interval).toEqual({
      start: "2023-09-12T14:00:00.000Z",
      end: "2023-09-13T14:00:00.000Z",
      precision: "day",
    });
  });
  it("resolves 'on Thursday' to the same local day when the stamp is just past local midnight", () => {
    // 01:30 at +10:00 is still Wednesday evening in Jakarta: the offset decides the day.
    const at = { publishedAt: "2023-09-14T01:30:00+10:00" };
    const [own] = findDates("said on Thursday", { ...at, timeZone: "+10:00" });
    const [jakarta] = findDates("said on Thursday", { ...at, timeZone: "Asia/Jakarta" });
    expect(own?.status === "resolved" && own.interval.start).toBe("2023-09-13T14:00:00.000Z");
    expect(jakarta?.status === "resolved" && jakarta.interval.start).toBe("2023-09-06T17:00:00.000Z");
  });
});
