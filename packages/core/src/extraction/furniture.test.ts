import { describe, expect, it } from "vitest";
import { findFurniture, keptRanges } from "./furniture";

const page = [
  "Kamis 18 Jan 2024 08:25 WIB",
  "",
  "Judul berita",
  "Rep: Lintar Satria/ Red: Setyanavidita",
  "Juru bicara berbicara kepada wartawan di Moskow.",
  "Foto: AP Photo",
  "Juru bicara berbicara kepada wartawan di Moskow.",
  "",
  "REPUBLIKA.CO.ID, MOSKOW -- Peskov mengatakan Rusia mengembangkan hubungan.",
  "Baca Juga",
  "Kalimat lain dari artikel.",
  "sumber : reuters",
  "Advertisement",
  "Berita Lainnya",
  "Pertanyaan Umum (FAQ): Hubungan",
  "- Apa yang dibahas?",
  "- Kerja sama.",
  "IKUTI INDONESIAUPDATES.COM DI GOOGLE NEWS",
].join("\n");

describe("findFurniture", () => {
  const found = findFurniture(page);
  const reasons = found.map((f) => [f.reason, f.text.split("\n")[0]]);

  it("finds each kind of furniture with offsets into the body", () => {
    expect(reasons).toEqual([
      ["dateline", "Kamis 18 Jan 2024 08:25 WIB"],
      ["byline", "Rep: Lintar Satria/ Red: Setyanavidita"],
      ["photo_caption", "Juru bicara berbicara kepada wartawan di Moskow."],
      ["photo_caption", "Foto: AP Photo"],
      ["photo_caption", "Juru bicara berbicara kepada wartawan di Moskow."],
      ["dateline", "REPUBLIKA.CO.ID, MOSKOW --"],
      ["related_links", "Baca Juga"],
      ["advertisement", "Advertisement"],
      ["more_news", "Berita Lainnya"],
      ["faq", "Pertanyaan Umum (FAQ): Hubungan"],
      ["share_follow", "IKUTI INDONESIAUPDATES.COM DI GOOGLE NEWS"],
    ]);
    for (const f of found) expect(page.slice(f.start, f.end)).toBe(f.text);
    expect(found.find((f) => f.reason === "faq")?.text).toContain("- Kerja sama.");
  });

  it("keeps the article text, including the wire credit", () => {
    const kept = keptRanges(page, found).map((r) => page.slice(r.start, r.end));
    expect(kept).toEqual([
      "Judul berita",
      "Peskov mengatakan Rusia mengembangkan hubungan.",
      "Kalimat lain dari artikel.",
      "sumber : reuters",
    ]);
  });

  it("leaves ordinary paragraphs alone", () => {
    const text = "Presiden Putin bertemu Kim.\nIa mengatakan kerja sama akan diperluas.";
    expect(findFurniture(text)).toEqual([]);
  });

  it("reads a dated place dateline", () => {
    const text = "Himalayapost.id – Moskow, 18 Januari 2024 – Rusia dan Korea Utara sepakat.";
    expect(findFurniture(text).map((f) => f.text)).toEqual(["Himalayapost.id – Moskow, 18 Januari 2024 –"]);
  });
});
