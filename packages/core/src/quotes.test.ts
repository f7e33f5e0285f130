import { describe, expect, it } from "vitest";
import { anchorQuote, codePointLength, QUOTE_CONTEXT } from "./quotes";

const BODY =
  "Presiden Rusia Vladimir Putin bertemu Menteri Luar Negeri Korea Utara Choe Son Hui di Moskow " +
  "pada Selasa (16/1/2024). “Kami siap memperdalam kerja sama,” kata Putin.";

describe("anchorQuote without a position", () => {
  it("finds a unique quote and returns code point offsets with 32 code points of context", () => {
    const r = anchorQuote(BODY, { exact: "Choe Son Hui" });
    if (!r.ok) throw new Error(r.message);
    expect(Array.from(BODY).slice(r.start, r.end).join("")).toBe("Choe Son Hui");
    expect(r.end - r.start).toBe(12);
    expect(codePointLength(r.prefix)).toBe(QUOTE_CONTEXT);
    expect(r.prefix.endsWith("Korea Utara ")).toBe(true);
    expect(r.suffix.startsWith(" di Moskow")).toBe(true);
  });

  it("shortens the context at the edges of the body", () => {
    const r = anchorQuote(BODY, { exact: "Presiden" });
    if (!r.ok) throw new Error(r.message);
    expect(r).toMatchObject({ start: 0, end: 8, prefix: "" });
    const last = anchorQuote(BODY, { exact: "kata Putin." });
    if (!last.ok) throw new Error(last.message);
    expect(last.suffix).toBe("");
    expect(last.end).toBe(codePointLength(BODY));
  });

  it("answers not_found when the quote is absent", () => {
    const r = anchorQuote(BODY, { exact: "Kim Jong Un" });
    expect(r).toMatchObject({ ok: false, reason: "not_found" });
  });

  it("answers ambiguous with the number of candidates, and a prefix or suffix disambiguates", () => {
    const r = anchorQuote(BODY, { exact: "Putin" });
    expect(r).toMatchObject({ ok: false, reason: "ambiguous", candidates: 2 });
    if (r.ok) throw new Error("expected failure");
    expect(r.message).toMatch(/2 times.*prefix or suffix.*position/);
    const byPrefix = anchorQuote(BODY, { exact: "Putin", prefix: "kata " });
    expect(byPrefix).toMatchObject({ ok: true, suffix: "." });
    const bySuffix = anchorQuote(BODY, { exact: "Putin", suffix: " bertemu" });
    expect(bySuffix).toMatchObject({ ok: true, start: 24, end: 29 });
  });

  it("answers not_found when the quote occurs but never with the given context", () => {
    const r = anchorQuote(BODY, { exact: "Putin", prefix: "Perdana Menteri " });
    expect(r).toMatchObject({ ok: false, reason: "not_found" });
    if (r.ok) throw new Error("expected failure");
    expect(r.message).toMatch(/2 time/);
  });

  it("counts an emoji flag as two code points, not four UTF-16 units", () => {
    const body = "🇷🇺 “Kami siap,” kata Lavrov di Pyongyang.";
    const r = anchorQuote(body, { exact: "Lavrov" });
    if (!r.ok) throw new Error(r.message);
    expect(body.indexOf("Lavrov")).toBe(23);
    expect(r.start).toBe(21);
    expect(r.end).toBe(27);
    expect(r.prefix).toBe("🇷🇺 “Kami siap,” kata ");
  });

  it("keeps Indonesian curly quotes in the exact text", () => {
    const r = anchorQuote(BODY, { exact: "“Kami siap memperdalam kerja sama,”" });
    if (!r.ok) throw new Error(r.message);
    expect(r.end - r.start).toBe(codePointLength("“Kami siap memperdalam kerja sama,”"));
  });

  it("counts combining diacritics as code points and never cuts one off", () => {
    const body = "Menurut Andre\u0301 dan Andre, pertemuan itu tertutup.";
    const r = anchorQuote(body, { exact: "Andre" });
    // The decomposed "André" is not the quote "Andre": only the second one matches.
    expect(r).toMatchObject({ ok: true, start: 19, end: 24 });
    const accented = anchorQuote(body, { exact: "Andre\u0301" });
    expect(accented).toMatchObject({ ok: true, start: 8, end: 14 });
  });

  it("hints at Unicode normalisation when the quote only differs in composition", () => {
    const r = anchorQuote("Kata Andre\u0301 kemarin.", { exact: "Andr\u00e9" });
    expect(r).toMatchObject({ ok: false, reason: "not_found" });
    if (r.ok) throw new Error("expected failure");
    expect(r.message).toMatch(/normalisation/);
  });
});

describe("anchorQuote with a position", () => {
  const body = "🇷🇺 Putin bertemu Choe Son Hui di Moskow.";

  it("accepts the code point position of the quote", () => {
    const r = anchorQuote(body, { exact: "Choe Son Hui" }, { start: 17, end: 29 });
    expect(r).toMatchObject({
      ok: true,
      start: 17,
      end: 29,
      prefix: "🇷🇺 Putin bertemu ",
      suffix: " di Moskow.",
    });
  });

  it("refuses a UTF-16 position with position_mismatch and says what is there", () => {
    const at = body.indexOf("Choe");
    const r = anchorQuote(body, { exact: "Choe Son Hui" }, { start: at, end: at + 12 });
    expect(r).toMatchObject({ ok: false, reason: "position_mismatch", actual: "oe Son Hui d" });
  });

  it("answers out_of_range beyond the body", () => {
    const r = anchorQuote(body, { exact: "Moskow." }, { start: 36, end: 43 });
    expect(r).toMatchObject({ ok: false, reason: "out_of_range" });
  });

  it("lets a position pick one of several occurrences", () => {
    const r = anchorQuote(BODY, { exact: "Putin" }, { start: 24, end: 29 });
    expect(r).toMatchObject({ ok: true, start: 24, end: 29 });
  });
});
