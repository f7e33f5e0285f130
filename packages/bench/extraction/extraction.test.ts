import { describe, expect, it } from "vitest";
import { evaluate } from "./extraction-eval";
import { GOLD_SETS, HELD_OUT_SETS, loadGold } from "./extraction-gold";
import { buildArticle } from "./extraction-speed";

describe("extraction against the seed gold", () => {
  it("resolves every gold span of every set to its text", () => {
    for (const set of GOLD_SETS)
      for (const a of loadGold(set))
        for (const item of [
          ...a.dates,
          ...a.attributions,
          ...a.entities,
          ...(a.places ?? []),
          ...(a.claims ?? []),
          ...a.spam,
        ])
          expect(a.body.slice(item.start, item.end)).toBe(item.text);
  });

  it("holds at least twelve articles in each held-out set, all annotated with claims and places", () => {
    for (const name of HELD_OUT_SETS) {
      const set = loadGold(name);
      expect(set.length).toBeGreaterThanOrEqual(12);
      expect(set.every((a) => a.claims && a.places)).toBe(true);
    }
  });

  it("meets the F1 targets (dates and attributions ≥ 0.9, entity mentions ≥ 0.85)", () => {
    const r = evaluate("seed").scores;
    expect(r.dates?.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.attributions?.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.entities?.f1).toBeGreaterThanOrEqual(0.85);
  });

  it("builds a 5,000-word benchmark article", () => {
    expect(buildArticle().split(/\s+/).filter(Boolean)).toHaveLength(5_000);
  });
});
