// Answers kept by text are the answers computed afresh, and callers cannot change them for others.
import { describe, expect, it } from "vitest";
import { classifyAttributionText } from "./attribution";
import { memoized } from "./memo";
import { detectSpam } from "./spam";
import { parseWireCredit } from "./wire";

describe("answers kept by text", () => {
  it("are computed once per text, and again once dropped past the limit", () => {
    const seen: string[] = [];
    const length = memoized(2, (t: string) => {
      seen.push(t);
      return t.length;
    });
    expect([length("a"), length("bb"), length("a")]).toEqual([1, 2, 1]);
    expect(seen).toEqual(["a", "bb"]);
    length("ccc");
    length("a");
    expect(seen).toEqual(["a", "bb", "ccc", "a"]);
  });

  it("give each caller spam tokens of its own, the same each time", () => {
    const body = "Berita hari ini. Daftar sekarang di slotgacor88.com untuk bonus.";
    const first = detectSpam(body);
    expect(first.length).toBeGreaterThan(0);
    const copy = structuredClone(first);
    (first[0] as { token: string }).token = "changed";
    first.pop();
    expect(detectSpam(body)).toEqual(copy);
  });

  it("read the same wire credit and attribution class again", () => {
    const body = "MOSCOW (Reuters) - Putin bertemu Kim.";
    expect(parseWireCredit(body)).toBe(parseWireCredit(body));
    expect(parseWireCredit(body)).not.toBeNull();
    expect(classifyAttributionText(null)).toBe(classifyAttributionText(""));
    expect(classifyAttributionText("kata seorang sumber")).toBe("anonymous");
    expect(classifyAttributionText("kata seorang sumber")).toBe("anonymous");
  });
});
