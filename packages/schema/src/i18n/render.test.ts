import { describe, expect, it } from "vitest";
import { CATALOGUES } from "./catalogue";
import { formatDay, formatInterval, formatPercent, langFromAcceptLanguage } from "./format";
import { claimLabel, renderFinding, ruleName } from "./render";
import type { FindingMessage, SideParam } from "./types";

// A Jakarta day starts at 17:00 UTC the day before.
const jakartaDay = (day: string) => {
  const start = Date.parse(`${day}T00:00:00+07:00`);
  return {
    start: new Date(start).toISOString(),
    end: new Date(start + 86_400_000).toISOString(),
    precision: "day" as const,
  };
};

const himalaya: SideParam = {
  assertionId: "a1",
  outlet: { id: "o1", name: "Himalayapost.id" },
  value: { slot: "date", interval: jakartaDay("2024-01-16"), expression: "pada Selasa" },
  stance: "asserts",
  quote: "bertemu di Moskow pada Selasa",
  expression: "pada Selasa",
  anchor: { publishedAt: "2024-01-17T18:30:00Z", timeZone: "Asia/Jakarta" },
  timeZone: "Asia/Jakarta",
};
const daily: SideParam = {
  assertionId: "a2",
  outlet: { id: "o2", name: null },
  value: { slot: "date", interval: jakartaDay("2024-01-17"), expression: "17/1/2024" },
  stance: "asserts",
  quote: "pada 17/1/2024",
  expression: "17/1/2024",
  anchor: null,
  timeZone: "Asia/Jakarta",
};
const dateConflict: FindingMessage = {
  code: "contradiction.conflict",
  params: { slot: "date", a: himalaya, b: daily, names: {} },
};

describe("dates in the article's zone", () => {
  it("shows a Jakarta article published at 01:30 local on 18 January as 18 January, not 17", () => {
    // 2024-01-17T18:30Z is 01:30 on 18 January in Jakarta.
    expect(formatDay("2024-01-17T18:30:00Z", "id", "Asia/Jakarta")).toBe("18 Januari 2024");
    expect(formatDay("2024-01-17T18:30:00Z", "en", "Asia/Jakarta")).toBe("18 January 2024");
    expect(formatDay("2024-01-17T18:30:00Z", "en", "+07:00")).toBe("18 January 2024");
    expect(formatDay("2024-01-17T18:30:00Z", "en", "UTC")).toBe("17 January 2024");
  });

  it("labels a Jakarta day interval by its local day in both languages, with or without the zone", () => {
    const day = jakartaDay("2024-01-16");
    expect(formatInterval(day, "id", "Asia/Jakarta")).toBe("16 Januari 2024");
    expect(formatInterval(day, "en", "Asia/Jakarta")).toBe("16 January 2024");
    expect(formatInterval(day, "en")).toBe("16 January 2024");
  });

  it("writes September one way in a sentence (never 'Sep' beside 'Sept')", () => {
    const a = formatDay("2023-09-13T05:00:00Z", "en", "Asia/Jakarta");
    const b = formatDay("2023-09-14T05:00:00Z", "en", "Asia/Jakarta");
    expect([a, b]).toEqual(["13 September 2023", "14 September 2023"]);
  });

  it("names months and weeks in the language", () => {
    const june = { start: "2024-05-31T17:00:00Z", end: "2024-06-30T17:00:00Z", precision: "month" as const };
    expect(formatInterval(june, "id", "Asia/Jakarta")).toBe("Juni 2024");
    expect(formatInterval(june, "en", "Asia/Jakarta")).toBe("June 2024");
    const week = { start: "2024-01-14T17:00:00Z", end: "2024-01-21T17:00:00Z", precision: "week" as const };
    expect(formatInterval(week, "id", "Asia/Jakarta")).toBe("pekan 15 Januari 2024");
    expect(formatInterval(week, "en", "Asia/Jakarta")).toBe("week of 15 January 2024");
  });
});

describe("numbers", () => {
  it("writes 90,0% in Indonesian and 90.0% in English", () => {
    expect(formatPercent(0.9, "id")).toBe("90,0%");
    expect(formatPercent(0.9, "en")).toBe("90.0%");
  });
});

describe("renderFinding", () => {
  it("renders a date conflict in Indonesian with local dates, the words and the anchor", () => {
    expect(renderFinding(dateConflict, "id")).toBe(
      "Himalayapost.id: 16 Januari 2024 (dari 'pada Selasa', artikel bertanggal 18 Januari 2024) vs " +
        "Media tidak dikenal: 17 Januari 2024 (dari '17/1/2024')",
    );
  });

  it("renders the same finding in English", () => {
    expect(renderFinding(dateConflict, "en")).toBe(
      "Himalayapost.id: 16 January 2024 (from 'pada Selasa', article dated 18 January 2024) vs " +
        "Unknown outlet: 17 January 2024 (from '17/1/2024')",
    );
  });

  it("renders a quantity conflict's difference as a percentage for the language", () => {
    const side = (id: string, amount: number): SideParam => ({
      ...daily,
      assertionId: id,
      outlet: { id, name: `Outlet ${id}` },
      value: { slot: "quantity", amount, unit: "troops", tolerance: 0.1 },
      expression: null,
      timeZone: null,
    });
    const m: FindingMessage = {
      code: "contradiction.conflict",
      params: {
        slot: "quantity",
        a: side("a", 1000),
        b: side("b", 10000),
        names: {},
        relativeDifference: 0.9,
        tolerance: 0.1,
      },
    };
    expect(renderFinding(m, "id")).toContain("1.000 troops");
    expect(renderFinding(m, "id")).toContain("selisih 90,0%, toleransi 10,0%");
    expect(renderFinding(m, "en")).toContain("differ by 90.0%, tolerance 10.0%");
  });

  it("renders every flag in both languages without the other language's sentence", () => {
    const outlet = { id: "o", name: "Kabar" };
    const flags: FindingMessage[] = [
      { code: "flag.unsourced", params: { outlet, quote: "Lavrov tiba" } },
      { code: "flag.anonymous_source", params: { outlet, quote: "Lavrov tiba", source: "menurut laporan" } },
      {
        code: "flag.anonymous_source_text",
        params: { outlet, sources: [{ quote: "Lavrov tiba", source: "kata seorang pejabat" }] },
      },
      {
        code: "flag.unresolved_relative_date",
        params: { outlet, expression: "pekan ini", reason: "no_publication_date" },
      },
      { code: "flag.undated", params: { outlet, expressions: ["pekan ini"] } },
      { code: "flag.syndicated_copy", params: { outlet, wire: "Reuters", copies: 2, method: "wire_credit" } },
      {
        code: "flag.spam_injection",
        params: { tokens: [{ token: "vipqiuqiu99", reason: "gambling_term", term: "qiuqiu" }] },
      },
      {
        code: "contradiction.actor_not_participant",
        params: {
          outlet,
          role: "statement",
          quote: "kata Putin",
          credited: { id: "p", name: "Vladimir Putin" },
          participants: [
            { id: "l", name: "Sergei Lavrov" },
            { id: "k", name: "Kim Jong-un" },
          ],
          participantsQuote: "dipimpin Lavrov",
        },
      },
    ];
    const id = flags.map((f) => renderFinding(f, "id"));
    const en = flags.map((f) => renderFinding(f, "en"));
    expect(id).toEqual([
      "Kabar tidak menyebut sumber untuk 'Lavrov tiba'",
      "Kabar mengutip 'Lavrov tiba' dari sumber tanpa nama ('menurut laporan')",
      "Kabar mengutip sumber tanpa nama dalam kalimat yang belum dicatat sebagai asersi: 'Lavrov tiba' ('kata seorang pejabat')",
      "Kabar: tanggal 'pekan ini' tidak dapat ditentukan: artikel tidak mencantumkan tanggal terbit",
      "Artikel Kabar tidak mencantumkan tanggal terbit maupun tanggal mutlak, sehingga 'pekan ini' tidak dapat ditentukan tanggalnya",
      "Kabar mengutip Reuters: salinan kantor berita, dihitung sekali bersama Reuters; teksnya sama dengan 2 artikel lain",
      "Spam disisipkan dalam teks: 'vipqiuqiu99' (istilah spam judi 'qiuqiu')",
      "Kabar menyebut pernyataan 'kata Putin' berasal dari Vladimir Putin, tetapi artikel yang sama menyebut pesertanya Sergei Lavrov dan Kim Jong-un ('dipimpin Lavrov'), tanpa Vladimir Putin",
    ]);
    expect(en[0]).toBe("Kabar gives no source for 'Lavrov tiba'");
    expect(en[2]).toBe(
      "Kabar cites an unnamed source in a sentence no assertion records yet: 'Lavrov tiba' ('kata seorang pejabat')",
    );
    expect(en[7]).toContain("names the participants as Sergei Lavrov and Kim Jong-un");
    for (const text of id) expect(text).not.toMatch(/\b(gives|source for|cannot be|credits|article has)\b/);
  });
});

describe("labels and names", () => {
  it("labels a claim by slot, value and precision in each language", () => {
    const value = { slot: "date" as const, interval: jakartaDay("2024-01-16") };
    expect(claimLabel(value, "id", {}, "Asia/Jakarta")).toBe("tanggal: 16 Januari 2024 (hari)");
    expect(claimLabel(value, "en", {}, "Asia/Jakarta")).toBe("date: 16 January 2024 (day)");
    const people = { slot: "participants" as const, entityIds: ["p", "c"] };
    const names = { p: "Vladimir Putin", c: "Choe Son Hui" };
    expect(claimLabel(people, "id", names)).toBe("peserta: Vladimir Putin dan Choe Son Hui");
  });

  it("names every rule id in both catalogues, never showing the code", () => {
    for (const lang of ["id", "en"] as const) {
      expect(ruleName("article.internal_inconsistency", lang)).not.toContain(".");
      expect(Object.keys(CATALOGUES[lang].rule).sort()).toEqual(Object.keys(CATALOGUES.en.rule).sort());
    }
    expect(ruleName("date.conflict", "id")).toBe("Tanggal bertentangan");
  });

  it("reads the language from an Accept-Language header by weight", () => {
    expect(langFromAcceptLanguage("id-ID,id;q=0.9,en;q=0.8")).toBe("id");
    expect(langFromAcceptLanguage("fr;q=1, en;q=0.5, id;q=0.7")).toBe("id");
    expect(langFromAcceptLanguage("fr")).toBeNull();
  });
});
