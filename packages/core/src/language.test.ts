import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language";

describe("detectLanguage", () => {
  it("recognises an Indonesian news sentence", () => {
    expect(
      detectLanguage(
        "Kesepakatan tersebut dicapai setelah pertemuan Presiden Rusia Vladimir Putin dengan Menteri Luar Negeri Korea Utara.",
      ),
    ).toBe("id");
  });
  it("recognises an English news sentence", () => {
    expect(
      detectLanguage(
        "The agreement was reached after Russian President Vladimir Putin met North Korea's foreign minister.",
      ),
    ).toBe("en");
  });
  it("answers 'und' for text too short to tell", () => {
    expect(detectLanguage("ok")).toBe("und");
  });
});
