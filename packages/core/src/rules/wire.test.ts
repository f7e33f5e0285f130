import { describe, expect, it } from "vitest";
import {
  SEED_000_HIMALAYAPOST,
  SEED_001_UNDATED_PUTIN,
  SEED_002_REPUBLIKA,
  SEED_003_LAVROV,
  SEED_004_INDONESIAUPDATES,
} from "./seed-texts.fixture";
import { articleWire, canonicalWireName, parseWireCredit, wiresInCredit } from "./wire";

describe("parseWireCredit", () => {
  it("reads 'sumber : reuters' in 002 as Reuters, not the 'Foto: AP Photo' caption", () => {
    expect(parseWireCredit(SEED_002_REPUBLIKA)).toBe("Reuters");
  });

  it("finds no wire credit in the other seed articles", () => {
    for (const body of [
      SEED_000_HIMALAYAPOST,
      SEED_001_UNDATED_PUTIN,
      SEED_003_LAVROV,
      SEED_004_INDONESIAUPDATES,
    ]) {
      expect(parseWireCredit(body)).toBeNull();
    }
  });

  it.each([
    ["Teks berita.\nSumber: Antara", "Antara"],
    ["Body text. Source: Reuters", "Reuters"],
    ["MOSCOW, Jan 17 (Reuters) - Russia said", "Reuters"],
    ["Jakarta (ANTARA) - Presiden mengatakan", "Antara"],
    ["BEIJING, Jan. 17 (Xinhua) -- China said", "Xinhua"],
    ["Pyongyang menembakkan rudal. (AFP)", "AFP"],
    ["Kim visited the factory, state media said.\n— AP", "AP"],
    ["The meeting lasted two hours. REUTERS/Evgenia Novozhenina", "Reuters"],
    ["Laporan (Yonhap) menyebutkan", "Yonhap"],
    ["sumber: ria novosti", "RIA Novosti"],
    ["Sumber: TASS", "TASS"],
    ["sumber: KCNA", "KCNA"],
    ["Source: Bloomberg", "Bloomberg"],
    ["Hujan masih turun.\n\n(sumber: Antara)", "Antara"],
    ["Gempa terasa di Elazig.\n\nsumber : reuters", "Reuters"],
    ["Latihan berlangsung sepekan.\n\nSumber: Reuters.", "Reuters"],
    ["Zelensky flew to Washington.\n\n— Reuters", "Reuters"],
    ["Prabowo terbang ke Tokyo pada Rabu. (Antara)", "Antara"],
    ["Zelensky flew to Washington from Buenos Aires.\n\nAFP/jm", "AFP"],
    ["REUTERS – Thousands of protesters rallied in Bangkok on Sunday.", "Reuters"],
    ["Kim met Putin in Russia's Far East, according to Reuters.", "Reuters"],
    ["Menurut kantor berita Antara, banjir merendam 1.200 rumah.", "Antara"],
  ])("reads %j as %s", (body, wire) => {
    expect(parseWireCredit(body)).toBe(wire);
  });

  it("does not take a mention or a photo caption for a credit", () => {
    const long = "x ".repeat(400);
    expect(parseWireCredit(`${long}seperti dilaporkan Reuters, Putin bertemu Kim.${long}`)).toBeNull();
    expect(parseWireCredit(`${long}kantor berita Rusia (TASS) melaporkan ${long}`)).toBeNull();
    expect(parseWireCredit("Foto: REUTERS/Evgenia Novozhenina\nTeks")).toBeNull();
    expect(parseWireCredit("Sumber: Kementerian Luar Negeri")).toBeNull();
  });
});

describe("wire names", () => {
  it("canonicalises spellings", () => {
    expect(canonicalWireName("reuters")).toBe("Reuters");
    expect(canonicalWireName("Antara News")).toBe("Antara");
    expect(canonicalWireName("Associated Press")).toBe("AP");
    expect(canonicalWireName("Kompas")).toBeNull();
    expect(wiresInCredit("sumber: AFP/Reuters dan Antara")).toEqual(["AFP", "Reuters", "Antara"]);
  });

  it("prefers the stored credit and falls back to the body", () => {
    expect(articleWire({ wireCredit: "sumber: reuters", body: "(AFP)" })).toBe("Reuters");
    expect(articleWire({ wireCredit: null, body: SEED_002_REPUBLIKA })).toBe("Reuters");
    expect(articleWire({ wireCredit: "Kompas", body: "text" })).toBeNull();
  });
});
