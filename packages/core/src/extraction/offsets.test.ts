import { describe, expect, it } from "vitest";
import { codePointLength } from "../quotes";
import { codePointOffsets, toCodePoints } from "./offsets";

describe("codePointOffsets", () => {
  it("is the identity without astral characters", () => {
    const cp = codePointOffsets("Putin bertemu Kim");
    expect(cp(0)).toBe(0);
    expect(cp(17)).toBe(17);
  });

  it("counts an emoji as one code point", () => {
    const body = "😀 Putin 😀 bertemu Kim";
    const cp = codePointOffsets(body);
    const start = body.indexOf("bertemu");
    expect(cp(start)).toBe(codePointLength(body.slice(0, start)));
    expect(toCodePoints(cp, { start, end: start + 7 })).toEqual({ start: 10, end: 17 });
  });
});
