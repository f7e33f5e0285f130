import { describe, expect, it } from "vitest";
import { majorityVote } from "./majority";
import { textKey, textSimilarity } from "./similarity";
import { shuffled, synthetic } from "./test-fixtures";
import { truthFinder } from "./truthfinder";
import type { Claim } from "./types";

const id = (v: string) => v;

describe("majorityVote", () => {
  it("picks the most common value and reports a tie it could not decide by evidence", () => {
    const claims: Claim<string>[] = [
      { source: "a", object: "x", value: "1" },
      { source: "b", object: "x", value: "2" },
      { source: "c", object: "x", value: "2" },
      { source: "a", object: "y", value: "q" },
      { source: "b", object: "y", value: "p" },
    ];
    const r = majorityVote({ claims, valueKey: id });
    expect(r.objects[0]?.winnerKey).toBe("2");
    expect(r.objects[0]?.values[0]).toMatchObject({ key: "2", probability: 2 / 3, sources: ["b", "c"] });
    expect(r.ties).toEqual({ objects: 1, byPrecision: 0, byAccuracy: 0, bySupport: 0, arbitrary: 1 });
    // The tie is settled by a hash of object and value, not key order: renaming the object can flip it.
    const flips = ["y", "y2", "y3", "y4", "y5", "y6"].map((object) => {
      const renamed = claims.map((c) => (c.object === "y" ? { ...c, object } : c));
      return majorityVote({ claims: renamed, valueKey: id }).objects.find((o) => o.object === object)
        ?.winnerKey;
    });
    expect(new Set(flips)).toEqual(new Set(["p", "q"]));
  });

  it("scores a source by its agreement with the winners, with a degenerate interval", () => {
    const claims: Claim<string>[] = [
      { source: "a", object: "x", value: "1" },
      { source: "b", object: "x", value: "1" },
      { source: "c", object: "x", value: "2" },
      { source: "c", object: "y", value: "2" },
    ];
    const c = majorityVote({ claims, valueKey: id }).sources.find((s) => s.source === "c");
    expect(c).toMatchObject({ accuracy: 0.5, interval: [0.5, 0.5], claims: 2, objects: 2, agreeing: 1 });
  });

  it("respects fixed truths", () => {
    const claims: Claim<string>[] = [
      { source: "a", object: "x", value: "1" },
      { source: "b", object: "x", value: "1" },
    ];
    const r = majorityVote({ claims, valueKey: id, fixed: [{ object: "x", value: "2" }] });
    expect(r.objects[0]).toMatchObject({ winnerKey: "2", fixed: true });
    expect(r.sources[0]?.accuracy).toBe(0);
  });
});

describe("truthFinder", () => {
  it("breaks a tied vote in favour of the sources it trusts more", () => {
    const claims = synthetic({ good1: 0.95, good2: 0.95 }, 40, 1, 3);
    const bad = ["bad1", "bad2"];
    for (const s of bad) claims.push({ source: s, object: "o0", value: "lie" });
    // Elsewhere each bad source contradicts the good ones on every other object.
    for (let o = 1; o < 40; o++)
      claims.push({ source: bad[o % 2] as string, object: `o${o}`, value: `noise-${o}` });
    const r = truthFinder({ claims, valueKey: id });
    expect(r.objects.find((o) => o.object === "o0")?.winnerKey).toBe("true");
    // Majority vote sees a 2:2 tie and falls back to key order.
    expect(majorityVote({ claims, valueKey: id }).objects.find((o) => o.object === "o0")?.winnerKey).toBe(
      "lie",
    );
    const trust = Object.fromEntries(r.sources.map((s) => [s.source, s.accuracy]));
    expect(trust.good1).toBeGreaterThan(trust.bad1 ?? 1);
  });

  it("stops on the cosine criterion well before max rounds and reports trust as a degenerate interval", () => {
    const r = truthFinder({ claims: synthetic({ a: 0.9, b: 0.7, c: 0.5 }, 50), valueKey: id });
    expect(r.converged).toBe(true);
    expect(r.rounds).toBeLessThan(r.params.maxRounds);
    for (const s of r.sources) expect(s.interval).toEqual([s.accuracy, s.accuracy]);
    for (const o of r.objects) {
      const total = o.values.reduce((a, v) => a + v.probability, 0);
      expect(total).toBeCloseTo(1, 12);
    }
  });

  it("lets similar texts support each other", () => {
    const claims: Claim<string>[] = [
      { source: "a", object: "x", value: "Putin met Kim in Moscow" },
      { source: "b", object: "x", value: "putin met Kim, in Moscow." },
      { source: "c", object: "x", value: "Putin met Kim in Moscow on Tuesday" },
      { source: "d", object: "x", value: "Lavrov visited Pyongyang" },
      { source: "e", object: "x", value: "Lavrov visited Pyongyang" },
    ];
    const withSim = truthFinder({ claims, valueKey: textKey, similarity: textSimilarity });
    expect(withSim.objects[0]?.winnerKey).toBe(textKey("Putin met Kim in Moscow"));
  });

  it("is deterministic under input order", () => {
    const claims = synthetic({ a: 0.9, b: 0.6, c: 0.5, d: 0.3 }, 40, 0.7);
    const first = truthFinder({ claims, valueKey: id });
    expect(truthFinder({ claims: shuffled(claims, 4), valueKey: id })).toEqual(first);
    expect(majorityVote({ claims: shuffled(claims, 5), valueKey: id })).toEqual(
      majorityVote({ claims, valueKey: id }),
    );
  });
});
