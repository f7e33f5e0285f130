import { describe, expect, it } from "vitest";
import {
  codePointLength,
  codePointToUtf16,
  findAllCodePoint,
  sliceCodePoints,
  utf16ToCodePoint,
} from "./code-points";

const body = "🇮🇩 Putin 😀 bertemu Choe";

describe("code points", () => {
  it("counts an emoji once while JavaScript counts it twice", () => {
    expect("😀".length).toBe(2);
    expect(codePointLength("😀")).toBe(1);
  });

  it("maps a UTF-16 offset after astral characters to its code-point offset", () => {
    const at = body.indexOf("bertemu");
    expect(utf16ToCodePoint(body, at)).toBe(at - 3);
    expect(codePointToUtf16(body, at - 3)).toBe(at);
  });

  it("slices by code points so the quote matches the selection", () => {
    const start = utf16ToCodePoint(body, body.indexOf("Putin"));
    expect(sliceCodePoints(body, start, start + 5)).toBe("Putin");
  });

  it("finds every occurrence in code points", () => {
    expect(findAllCodePoint("😀a😀a", "a")).toEqual([1, 3]);
  });
});
