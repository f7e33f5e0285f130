import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chunked, csvCell, csvRow } from "./csv";

// csv-parse reads RFC 4180 strictly here: records end in CRLF, a quote inside an unquoted field or
// a record of another length is an error.
const read = (text: string) => parse(text, { record_delimiter: "\r\n" });

describe("csvRow read back by csv-parse", () => {
  it("keeps commas, doubled quotes, CR and LF inside quoted fields", () => {
    const cells = ['Putin, kata "Kremlin",\nbertemu Choe', "a\r\nb", '"', ",", "plain", ""];
    const text = csvRow(cells);
    expect(text).toBe('"Putin, kata ""Kremlin"",\nbertemu Choe","a\r\nb","""",",",plain,\r\n');
    expect(read(text)).toEqual([cells]);
  });

  it("neutralises formula starts with an apostrophe and quotes them where needed", () => {
    const cells = ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "=1,2"];
    const text = csvRow(cells);
    expect(text).toContain('"\'=HYPERLINK(""http://x"")"');
    expect(read(text)).toEqual([
      ['\'=HYPERLINK("http://x")', "'+1", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx", "'=1,2"],
    ]);
  });

  it("writes numbers and booleans as they are, null and non-finite numbers as empty cells", () => {
    const text = csvRow([-1.5, 0, true, false, null, undefined, Number.NaN, Number.POSITIVE_INFINITY]);
    expect(read(text)).toEqual([["-1.5", "0", "true", "false", "", "", "", ""]]);
  });

  it("writes objects as JSON, neutralised like any other text", () => {
    expect(read(csvRow([{ a: "x,y" }, ["=b"]]))).toEqual([['{"a":"x,y"}', '["=b"]']]);
    expect(csvCell("=cmd")).toBe("'=cmd");
  });

  it("round-trips any text: what csv-parse reads is the cell, with an apostrophe before a formula start", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: "binary" }), { minLength: 2, maxLength: 5 }), { minLength: 1 }),
        (table) => {
          const width = table[0]?.length ?? 0;
          const rows = table.map((r) => r.slice(0, width)).filter((r) => r.length === width);
          const text = rows.map(csvRow).join("");
          const expected = rows.map((r) => r.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
          expect(read(text)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("chunked", () => {
  it("joins parts into larger writes without losing or reordering any", async () => {
    async function* parts() {
      for (let i = 0; i < 10; i++) yield csvRow([i, `row ${i}`]);
    }
    const out: string[] = [];
    for await (const c of chunked(parts(), 20)) out.push(c);
    expect(out.length).toBeLessThan(10);
    expect(read(out.join(""))).toEqual(Array.from({ length: 10 }, (_, i) => [String(i), `row ${i}`]));
  });
});
