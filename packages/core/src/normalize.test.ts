import { describe, expect, it } from "vitest";
import { normalizeName } from "./normalize";

describe("normalizeName", () => {
  it("treats 'Kim Jong-un' and 'Kim Jong Un' as the same name", () => {
    expect(normalizeName("Kim Jong-un")).toBe(normalizeName("Kim Jong Un"));
  });
  it("treats 'Choe Son Hui' and 'Choe Son-hui' as the same name", () => {
    expect(normalizeName("Choe Son-hui")).toBe("choe son hui");
  });
  it("folds diacritics and extra spaces", () => {
    expect(normalizeName("  Sergeï   Lavrov ")).toBe("sergei lavrov");
  });
  it("keeps distinct names distinct", () => {
    expect(normalizeName("Korea Utara")).not.toBe(normalizeName("Korea Selatan"));
  });
});
