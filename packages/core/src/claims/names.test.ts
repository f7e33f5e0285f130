import { describe, expect, it } from "vitest";
import { shortName } from "./names";
import { shortenSentence } from "./shorten";

describe("short names", () => {
  it("uses a one-word alias the full name contains", () => {
    expect(
      shortName({ canonicalName: "Vladimir Putin", aliases: ["Presiden Putin", "Putin"], kind: "person" }),
    ).toBe("Putin");
  });
  it("takes the family name first for Korean names", () => {
    expect(shortName({ canonicalName: "Kim Jong Un", aliases: ["Kim Jong-un"], kind: "person" })).toBe("Kim");
    expect(shortName({ canonicalName: "Choe Son Hui", kind: "person" })).toBe("Choe");
  });
  it("keeps a full name it cannot shorten safely, and places whole", () => {
    expect(shortName({ canonicalName: "Retno Marsudi", kind: "person" })).toBe("Retno Marsudi");
    expect(shortName({ canonicalName: "Vostochny Cosmodrome", aliases: ["Vostochny"], kind: "place" })).toBe(
      "Vostochny Cosmodrome",
    );
  });
});

describe("shortening", () => {
  it("leaves a short sentence alone and cuts a long one at a word with an ellipsis", () => {
    expect(shortenSentence("  A  short one ")).toBe("A short one");
    const cut = shortenSentence("word ".repeat(30));
    expect(cut.length).toBeLessThanOrEqual(75);
    expect(cut).toMatch(/word…$/);
  });
});
