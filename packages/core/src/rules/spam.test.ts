import { spamReasonOf } from "@kroscek/schema";
import { describe, expect, it } from "vitest";
import {
  SEED_000_HIMALAYAPOST,
  SEED_001_UNDATED_PUTIN,
  SEED_002_REPUBLIKA,
  SEED_003_LAVROV,
  SEED_004_INDONESIAUPDATES,
} from "./seed-texts.fixture";
import { detectSpam } from "./spam";

describe("detectSpam", () => {
  it("flags 'vipqiuqiu99' in the Lavrov article as spam, with its position", () => {
    const found = detectSpam(SEED_003_LAVROV);
    expect(found.map((t) => t.token)).toEqual(["vipqiuqiu99"]);
    const [t] = found;
    expect(t && SEED_003_LAVROV.slice(t.start, t.end)).toBe("vipqiuqiu99");
    expect(t?.reason).toContain("qiuqiu");
  });

  it.each([
    ["000", SEED_000_HIMALAYAPOST],
    ["001", SEED_001_UNDATED_PUTIN],
    ["002", SEED_002_REPUBLIKA],
    ["004", SEED_004_INDONESIAUPDATES],
  ])("flags nothing in seed article %s", (_, body) => {
    expect(detectSpam(body)).toEqual([]);
  });

  it("does not flag F-16, COVID-19, G20, P5, years, dates or model numbers", () => {
    const text =
      "Jet F-16 dan Su-57, pandemi COVID-19 (covid19), KTT G20, anggota P5, MH370, rudal KN-23, Hwasong-18, " +
      "tahun 2024, 16/1/2024, pukul 08:25 WIB, HUT ke-79, era 1990-an, pemilu2024, iPhone15, B737, 5G, H5N1, " +
      "Top10, Rp100.000, usd500.";
    expect(detectSpam(text)).toEqual([]);
  });

  it("does not flag gambling words used as news words", () => {
    const text =
      "Polisi menangkap bandar judi online. Kominfo memblokir situs judi. Bandar Lampung. Situs resmi pemerintah. " +
      "Slot waktu penerbangan di bandara. Poker face diplomasi.";
    expect(detectSpam(text)).toEqual([]);
  });

  it.each([
    ["slot88", "slot"],
    ["togel4d88", "togel"],
    ["SITUS777", "situs"],
    ["jp100", "jp"],
    ["rtp98", "rtp"],
    ["Bandar55", "bandar"],
    ["gacor", "gacor"],
    ["maxwin", "maxwin"],
    ["hoki99", "hoki"],
    ["vip777", "glued"],
  ])("flags '%s'", (token, reason) => {
    const [t] = detectSpam(`Berita hari ini ${token} di Moskow.`);
    expect(t?.token).toBe(token);
    expect(t?.reason).toContain(reason);
  });

  it("flags links to gambling domains but not news domains", () => {
    const text =
      "Baca di REPUBLIKA.CO.ID dan INDONESIAUPDATES.COM. Main di https://www.slot-gacor88.xyz/daftar sekarang.";
    const found = detectSpam(text);
    // "daftar sekarang" starts inside the link, so it merges into the link's match.
    expect(found.map((t) => t.token)).toEqual(["https://www.slot-gacor88.xyz/daftar"]);
    expect(found[0]?.reason).toMatch(/^link to a gambling domain/);
  });

  it("flags the 'daftar sekarang' call to action", () => {
    expect(detectSpam("Promo hari ini, daftar sekarang!").map((t) => t.token)).toEqual(["daftar sekarang"]);
  });

  it("flags a loan or sales promotion's contact number, not a report's hotline", () => {
    const promo = detectSpam(
      "Lagi butuh modal? Pinjol cair 5 menit tanpa BI checking, hubungi WA 0812-9999-7777 sekarang!",
    );
    expect(promo.map((t) => [t.token, t.code])).toEqual([["hubungi WA 0812-9999-7777", "promo_contact"]]);
    expect(promo[0]?.term).toBe("pinjol");
    expect(spamReasonOf(promo[0]?.reason ?? "")).toEqual({ reason: "promo_contact", term: "pinjol" });
    expect(detectSpam("Get a bonus today: chat WhatsApp 0857 1234 5678.").map((t) => t.code)).toEqual([
      "promo_contact",
    ]);
    // A contact number in a report sells nothing.
    expect(
      detectSpam("Warga yang membutuhkan bantuan dapat menghubungi posko di nomor 0812-3456-7890 sekarang."),
    ).toEqual([]);
    expect(detectSpam("Families can call 0812-3456-7890 for news of the missing.")).toEqual([]);
  });

  it("reports tokens in order without overlaps", () => {
    const found = detectSpam("vipqiuqiu99.com lalu gacor77 dan slot88");
    expect(found.map((t) => t.token)).toEqual(["vipqiuqiu99.com", "gacor77", "slot88"]);
  });
});
