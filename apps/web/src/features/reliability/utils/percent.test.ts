import { describe, expect, it } from "vitest";
import { formatPercent } from "./percent";

describe("formatPercent", () => {
  it("writes a share with the language's decimal separator", () => {
    expect(formatPercent(0.9, "id")).toMatch(/^90,0\s?%$/);
    expect(formatPercent(0.9, "en")).toBe("90.0%");
  });
  it("shows a dash for a missing score", () => {
    expect(formatPercent(null, "en")).toBe("–");
  });
});
