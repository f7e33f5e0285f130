import { describe, expect, it } from "vitest";
import { demonymCountry } from "./demonyms";

describe("demonyms", () => {
  it("reads regular and irregular English demonyms as their country", () => {
    const codes = ["Thai", "Nigerian", "Egyptian", "Chilean", "Dutch", "Turkish", "Japanese", "Peruvian"].map(
      (w) => demonymCountry(w)?.id ?? null,
    );
    expect(codes).toEqual(["iso:TH", "iso:NG", "iso:EG", "iso:CL", "iso:NL", "iso:TR", "iso:JP", "iso:PE"]);
  });

  it("leaves country names, regions and other words alone", () => {
    for (const w of ["Chile", "Iran", "Asian", "Southeast", "Board", "Said", "nigerian"])
      expect(demonymCountry(w)).toBeNull();
  });
});
