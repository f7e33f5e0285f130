import { describe, expect, it } from "vitest";
import { findDates } from "./find";
import { formatInterval } from "./format";
import type { DateContext } from "./types";

type Found = ReturnType<typeof findDates>[number];

/** expression → "label precision" (or "unresolved") for each date found. */
function summary(text: string, ctx: DateContext): Array<[string, string]> {
  return findDates(text, ctx).map((d: Found) => {
    expect(text.slice(d.start, d.end)).toBe(d.expression);
    const value =
      d.status === "resolved" ? `${formatInterval(d.interval, "en")} ${d.interval.precision}` : "unresolved";
    return [d.expression, value];
  });
}

// Sentences copied from the seed articles (shared/seed-articles), so the tests stand alone.
const ARTICLE_000 =
  "Himalayapost.id – Moskow, 18 Januari 2024 – Rusia dan Korea Utara sepakat untuk meningkatkan hubungan bilateral di semua bidang, termasuk bidang-bidang sensitif, kata juru bicara Kremlin Dmitry Peskov kepada wartawan pada Rabu, 17 Januari 2024.\n" +
  "Kesepakatan tersebut dicapai setelah pertemuan Presiden Rusia Vladimir Putin dengan Menteri Luar Negeri Korea Utara Choe Son Hui di Moskow pada Selasa.\n" +
  "Kesepakatan ini merupakan kelanjutan dari peningkatan hubungan antara Rusia dan Korea Utara dalam beberapa tahun terakhir. Pada September 2023, Putin dan pemimpin Korea Utara Kim Jong-un bertemu di Rusia dan menandatangani sejumlah kesepakatan kerja sama.";
const ARTICLE_001 =
  "Presiden Vladimir Putin menyatakan pada hari Kamis bahwa perjanjian kemitraan strategis Rusia dengan Korea Utara merupakan indikasi stabilitas di kawasan tersebut.";
const ARTICLE_002 =
  "Kamis 18 Jan 2024 08:25 WIB\n\nKremlin: Rusia Kian Perkuat Hubungan dengan Korut\n\n" +
  "Juru bicara Kremlin Dmitry Peskov berbicara kepada wartawan di Moskow, Rusia, pada 23 Desember 2021.\n" +
  "Menteri Luar Negeri Korut Choe Son-hui memuji hubungan dekat dengan Rusia sebelum menggelar pembicaraan dengan Presiden Vladimir Putin di Kremlin pada Selasa (16/1/2024).\n" +
  '"Republik Demokratik Rakyat Korea merupakan mitra kami yang sangat penting," kata Peskov, Rabu (17/1/2024).\n' +
  "Putin memperdalam hubungan dengan Korut sejak ia mengirimkan pasukan ke Ukraina pada 2022 lalu.\n" +
  "Kedua negara sudah menjalin hubungan sejak 1948 ketika Uni Soviet mendukung pendirian Korut.";
const ARTICLE_003 =
  "Pernyataan ini disampaikan langsung oleh Presiden Rusia, Vladimir Putin, dalam kunjungan resmi delegasi Rusia ke Pyongyang pekan ini.";
const ARTICLE_004 =
  "Kim Jong Un berjanji untuk memperkuat hubungan dengan Rusia saat melakukan pembicaraan dengan Kepala Keamanan Rusia, Sergei Shoigu, yang sedang melakukan kunjungan kenegaraan pada Sabtu (14/9/2024).\n" +
  "Pada Juni 2024, Presiden Rusia Vladimir Putin melakukan kunjungan langka ke Pyongyang.\n" +
  "Kim Jong Un menyatakan bahwa pemerintah Korea Utara akan meningkatkan kerja sama dengan Rusia sesuai dengan perjanjian yang ditandatangani pada bulan Juni 2024.\n" +
  "Shoigu terakhir kali bertemu Kim pada Juli 2023 di Pyongyang untuk merayakan 70 tahun gencatan senjata Perang Korea.\n" +
  "Pertemuan ini terjadi hanya dua hari setelah Korea Utara menembakkan beberapa rudal balistik jarak pendek.";

describe("findDates on the seed articles", () => {
  it("finds the dateline, 'Rabu, 17 Januari 2024', 'pada Selasa' and 'September 2023' in article 000", () => {
    expect(summary(ARTICLE_000, { publishedAt: "2024-01-18", timeZone: "Asia/Jakarta" })).toEqual([
      ["18 Januari 2024", "18 Jan 2024 day"],
      ["Rabu, 17 Januari 2024", "17 Jan 2024 day"],
      ["pada Selasa", "16 Jan 2024 day"],
      ["September 2023", "September 2023 month"],
    ]);
  });

  it("leaves 'pada hari Kamis' of undated article 001 unresolved", () => {
    const [found, ...rest] = findDates(ARTICLE_001, { publishedAt: null });
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      status: "unresolved",
      expression: "pada hari Kamis",
      reason: "no_publication_date",
      language: "id",
    });
  });

  it("finds the byline date, the event dates and the years of article 002", () => {
    expect(summary(ARTICLE_002, { publishedAt: "2024-01-18T08:25:00+07:00" })).toEqual([
      ["Kamis 18 Jan 2024 08:25 WIB", "18 Jan 2024 day"],
      ["23 Desember 2021", "23 Dec 2021 day"],
      ["Selasa (16/1/2024)", "16 Jan 2024 day"],
      ["Rabu (17/1/2024)", "17 Jan 2024 day"],
      ["2022", "2022 year"],
      ["1948", "1948 year"],
    ]);
  });

  it("leaves 'pekan ini' of undated article 003 unresolved", () => {
    expect(summary(ARTICLE_003, { publishedAt: null })).toEqual([["pekan ini", "unresolved"]]);
  });

  it("resolves the absolute dates of undated article 004 and leaves 'dua hari setelah' an event unresolved", () => {
    const found = findDates(ARTICLE_004, { publishedAt: null });
    expect(found.map((d) => [d.expression, d.status, d.relative])).toEqual([
      ["Sabtu (14/9/2024)", "resolved", false],
      ["Juni 2024", "resolved", false],
      ["bulan Juni 2024", "resolved", false],
      ["Juli 2023", "resolved", false],
      ["dua hari setelah", "unresolved", true],
    ]);
  });
});

describe("findDates", () => {
  it("reports offsets as JS string indices", () => {
    const text = "Pada Selasa (16/1/2024) mereka bertemu.";
    const [d] = findDates(text, { publishedAt: null });
    expect(d).toMatchObject({ start: 5, end: 23, expression: "Selasa (16/1/2024)" });
  });

  it("finds English dates and labels them English", () => {
    const text =
      "Putin met Kim on Wednesday. The treaty was signed on June 19, 2024, and talks began last week.";
    expect(summary(text, { publishedAt: "2024-06-21" })).toEqual([
      ["on Wednesday", "19 Jun 2024 day"],
      ["June 19, 2024", "19 Jun 2024 day"],
      ["last week", "week of 10 Jun 2024 week"],
    ]);
    expect(findDates(text, { publishedAt: "2024-06-21" }).every((d) => d.language === "en")).toBe(true);
  });

  it("labels a numeric date by the language of the text around it", () => {
    const en = findDates("The summit was held in Moscow on 16/1/2024, officials said.", {
      publishedAt: null,
    });
    const id = findDates("Pertemuan digelar di Moskow pada 16/1/2024, kata pejabat.", { publishedAt: null });
    expect(en.map((d) => d.language)).toEqual(["en"]);
    expect(id.map((d) => d.language)).toEqual(["id"]);
  });

  it("does not read counts, quantities or plain numbers as dates", () => {
    const text =
      "Sebanyak 2.000 tentara dan 1500 kendaraan dikirim untuk merayakan 70 tahun gencatan senjata, dua minggu penuh.";
    expect(findDates(text, { publishedAt: "2024-01-18" })).toEqual([]);
  });

  it("leaves an offset whose anchor is an event unresolved but still finds dates after it", () => {
    const text = "Itu terjadi dua hari setelah Korea Utara menembakkan rudal pada Jumat.";
    const found = findDates(text, { publishedAt: "2024-09-14" });
    expect(found.map((d) => [d.expression, d.status])).toEqual([
      ["dua hari setelah", "unresolved"],
      ["pada Jumat", "resolved"],
    ]);
    expect(found[0]).toMatchObject({ reason: "no_anchor" });
  });

  it("finds an offset whose anchor is a date as one expression", () => {
    const text = "Uji coba digelar dua hari sebelum Sabtu (14/9/2024).";
    expect(summary(text, { publishedAt: null })).toEqual([
      ["dua hari sebelum Sabtu (14/9/2024)", "12 Sep 2024 day"],
    ]);
  });

  it("needs 'Minggu' capitalised for Sunday but finds 'minggu lalu' as last week", () => {
    const text = "Latihan itu berlangsung dua minggu dan berakhir minggu lalu; pawai digelar pada Minggu.";
    expect(summary(text, { publishedAt: "2024-01-18" })).toEqual([
      ["minggu lalu", "week of 8 Jan 2024 week"],
      ["pada Minggu", "14 Jan 2024 day"],
    ]);
  });

  it("does not read the verb 'may' before a year as a month", () => {
    expect(findDates("Prices may 2024 rise.", { publishedAt: null })).toEqual([]);
    expect(summary("Elections were held in May 2024.", { publishedAt: null })).toEqual([
      ["May 2024", "May 2024 month"],
    ]);
  });

  it("finds thirds of months and years in both languages", () => {
    const text =
      "Kontrak diteken awal Januari 2024 dan berlaku hingga akhir 2025. Talks resumed in mid-2024.";
    expect(summary(text, { publishedAt: null })).toEqual([
      ["awal Januari 2024", "1–10 Jan 2024 week"],
      ["akhir 2025", "Sep–Dec 2025 month"],
      ["mid-2024", "May–Aug 2024 month"],
    ]);
  });

  it("tolerates case and extra spaces", () => {
    expect(summary("DIGELAR PADA  SELASA   (16/1/2024)", { publishedAt: null })).toEqual([
      ["SELASA   (16/1/2024)", "16 Jan 2024 day"],
    ]);
  });

  it("returns nothing for a text without dates", () => {
    expect(findDates("Rusia dan Korea Utara sepakat meningkatkan hubungan.", { publishedAt: null })).toEqual(
      [],
    );
  });
});
