import { describe, expect, it } from "vitest";
import { evaluate } from "./extraction-eval";
import { loadGold } from "./extraction-gold";
import { buildArticle } from "./extraction-speed";

describe("extraction against the seed gold", () => {
  it("resolves every gold span to its text", () => {
    for (const a of loadGold())
      for (const item of [...a.dates, ...a.attributions, ...a.entities])
        expect(a.body.slice(item.start, item.end)).toBe(item.text);
  });

  it("meets the F1 targets (dates and attributions ≥ 0.9, entity mentions ≥ 0.85)", () => {
    const r = evaluate();
    expect(r.dates.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.attributions.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.85);
  });

  it("builds a 5,000-word benchmark article", () => {
    expect(buildArticle().split(/\s+/).filter(Boolean)).toHaveLength(5_000);
  });
});
