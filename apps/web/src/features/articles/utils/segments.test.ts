import { describe, expect, it } from "vitest";
import { segmentBody } from "./segments";

describe("segmentBody", () => {
  it("concatenates back to exactly the body", () => {
    const body = "Putin 😀 bertemu Choe di Moskow.\nSelasa (16/1/2024)";
    const segs = segmentBody(body, [
      { id: "a", start: 0, end: 5 },
      { id: "b", start: 8, end: 20 },
      { id: "c", start: 15, end: 30 },
    ]);
    expect(segs.map((s) => s.text).join("")).toBe(body);
  });

  it("marks overlapping pieces with every covering span, counting code points", () => {
    const body = "😀abcdef";
    const segs = segmentBody(body, [
      { id: "a", start: 1, end: 4 },
      { id: "b", start: 3, end: 6 },
    ]);
    expect(segs.map(({ text, covering }) => ({ text, covering }))).toEqual([
      { text: "😀", covering: [] },
      { text: "ab", covering: ["a"] },
      { text: "c", covering: ["a", "b"] },
      { text: "de", covering: ["b"] },
      { text: "f", covering: [] },
    ]);
  });

  it("leaves a body without spans as one plain piece", () => {
    expect(segmentBody("<script>x</script>", [])).toEqual([
      { from: 0, text: "<script>x</script>", covering: [] },
    ]);
  });
});
