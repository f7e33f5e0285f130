import { describe, expect, it } from "vitest";
import { indonesian } from "./indonesian";
import { alt, countValue, lookup, monthAlt, sticky } from "./lexicon";

describe("lexicon helpers", () => {
  it("orders alternations longest first so 'Januari' is not cut to 'Jan'", () => {
    expect(sticky(`(?:${alt(["jan", "januari"])})`).exec("Januari")?.[0]).toBe("Januari");
  });

  it("lets whitespace inside a phrase stretch", () => {
    expect(sticky(alt(["hari ini"])).exec("hari   ini")?.[0]).toBe("hari   ini");
  });

  it("allows a dot only after a month abbreviation", () => {
    const re = sticky(monthAlt(indonesian));
    expect(re.exec("Agt.")?.[0]).toBe("Agt.");
    re.lastIndex = 0;
    expect(re.exec("Juni.")?.[0]).toBe("Juni");
  });

  it("looks words up ignoring case, spacing, dots and curly apostrophes", () => {
    expect(lookup(indonesian.months, "SEPT.")).toBe(9);
    expect(lookup(indonesian.weekdays, "Jum’at")).toBe(5);
    expect(lookup(indonesian.dayWords, "Hari  Ini")).toBe(0);
    expect(lookup(indonesian.months, "toString")).toBeUndefined();
  });

  it("reads counts from digits and number words", () => {
    expect(countValue(indonesian, "12")).toBe(12);
    expect(countValue(indonesian, "Tujuh")).toBe(7);
    expect(countValue(indonesian, "banyak")).toBeUndefined();
  });
});
