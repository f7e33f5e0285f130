import { describe, expect, it } from "vitest";
import { classifyAttributionText } from "./attribution";

describe("classifyAttributionText", () => {
  it.each([
    "sumber yang enggan disebutkan namanya",
    "menurut laporan",
    "kata seorang pejabat",
    "seorang sumber di Kremlin",
    "sumber anonim",
    "a source said",
    "sources said",
    "according to reports",
    "an official who declined to be named",
    "speaking on condition of anonymity",
    "laporan media pemerintah",
    "Menurut laporan media pemerintah Rusia",
    "state media reported",
    "kata pejabat Rusia",
    "an official told Reuters",
  ])("reads '%s' as anonymous", (text) => {
    expect(classifyAttributionText(text)).toBe("anonymous");
  });

  it.each([
    ["kata juru bicara Kremlin Dmitry Peskov", "named"],
    ["ujar Lavrov dalam konferensi pers", "named"],
    ["menurut laporan Kompas", "named"],
    ["juru bicara Gedung Putih", "named"],
    ["sumber : reuters", "wire"],
    ["menurut laporan KCNA", "wire"],
    ["kantor berita Antara", "wire"],
    ["(AFP)", "wire"],
    ["pernyataan resmi yang dikeluarkan oleh Kremlin", "document"],
    ["Dewan Keamanan Rusia di situs resminya", "document"],
    ["a joint statement", "document"],
  ])("reads '%s' as %s", (text, expected) => {
    expect(classifyAttributionText(text)).toBe(expected);
  });

  it("reads an empty or missing text as none", () => {
    expect(classifyAttributionText(null)).toBe("none");
    expect(classifyAttributionText("   ")).toBe("none");
  });

  it("does not take a lower-case 'ria' for the RIA Novosti wire", () => {
    expect(classifyAttributionText("kata warga yang ria")).toBe("anonymous");
  });
});
