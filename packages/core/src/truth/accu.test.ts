import { describe, expect, it } from "vitest";
import { estimateReliability } from "./accu";
import { type DateInterval, dateKey, dateSimilarity } from "./similarity";
import { seededRandom, shuffled, synthetic } from "./test-fixtures";
import type { Claim } from "./types";

const id = (v: string) => v;

// Three independent outlets report "A" on every object; a wire outlet and four copiers of it report
// "B" on the contested objects, and agree with "A" elsewhere (copiers also copy true values).
function copierClique(): Claim<string>[] {
  const claims: Claim<string>[] = [];
  const honest = ["indep1", "indep2", "indep3"];
  const clique = ["wire", "copy1", "copy2", "copy3", "copy4"];
  for (let o = 0; o < 10; o++) {
    for (const s of honest) claims.push({ source: s, object: `o${o}`, value: "A" });
    for (const s of clique) claims.push({ source: s, object: `o${o}`, value: o < 6 ? "B" : "A" });
  }
  return claims;
}

const winners = (r: { objects: { object: string; winnerKey: string }[] }) =>
  Object.fromEntries(r.objects.map((o) => [o.object, o.winnerKey]));

describe("estimateReliability", () => {
  it("reports every round to onRound, ending with the converged one, without changing the result", () => {
    const reports: { round: number; delta: number }[] = [];
    const plain = estimateReliability({ claims: copierClique(), valueKey: id });
    const watched = estimateReliability({
      claims: copierClique(),
      valueKey: id,
      onRound: (r) => reports.push({ round: r.round, delta: r.delta }),
    });
    expect(reports.map((r) => r.round)).toEqual(Array.from({ length: watched.rounds }, (_, i) => i + 1));
    expect(watched.converged).toBe(true);
    expect(reports.at(-1)?.delta).toBeLessThan(1e-4);
    expect(watched.sources).toEqual(plain.sources);
  });

  it("a copier clique outvotes a reliable minority when nothing discounts copies", () => {
    const r = estimateReliability({ claims: copierClique(), valueKey: id, params: { detectCopying: false } });
    expect(winners(r).o0).toBe("B");
  });

  it("a reliable majority beats a copier clique when copy relations are declared", () => {
    const copies = ["copy1", "copy2", "copy3", "copy4"].map((copier) => ({ copier, original: "wire" }));
    const r = estimateReliability({
      claims: copierClique(),
      valueKey: id,
      copies,
      params: { detectCopying: false },
    });
    for (let o = 0; o < 10; o++) expect(winners(r)[`o${o}`]).toBe("A");
    const acc = Object.fromEntries(r.sources.map((s) => [s.source, s.accuracy]));
    expect(acc.indep1).toBeGreaterThan(acc.wire ?? 1);
    const declared = r.dependences.filter((d) => d.declared);
    expect(declared.map((d) => `${d.copier}>${d.original}`)).toEqual([
      "copy1>wire",
      "copy2>wire",
      "copy3>wire",
      "copy4>wire",
    ]);
    const contribution = r.objects[0]?.contributions.find((c) => c.source === "copy1");
    expect(contribution?.independence).toBeLessThan(0.5);
  });

  it("copy groups work like pairwise declarations", () => {
    const r = estimateReliability({
      claims: copierClique(),
      valueKey: id,
      copyGroups: [["wire", "copy1", "copy2", "copy3", "copy4"]],
      params: { detectCopying: false },
    });
    expect(winners(r).o0).toBe("A");
  });

  it("detects sources that share false values without being told", () => {
    const claims = synthetic({ s1: 0.9, s2: 0.85, s3: 0.8, s4: 0.8, s5: 0.75 }, 60, 1, 3);
    // "mirror" copies s5's claims verbatim, mistakes included.
    for (const c of claims.filter((x) => x.source === "s5")) claims.push({ ...c, source: "mirror" });
    const r = estimateReliability({ claims, valueKey: id });
    const pair = r.dependences.find((d) => [d.copier, d.original].sort().join() === "mirror,s5");
    expect(pair?.probability).toBeGreaterThan(0.9);
    expect(pair?.declared).toBe(false);
    const pairs = r.dependences.map((d) => [d.copier, d.original].sort().join());
    expect(pairs).toEqual(["mirror,s5"]);
  });

  it("fixed truths stay fixed and count as evidence against sources that contradict them", () => {
    const claims: Claim<string>[] = [
      { source: "a", object: "x", value: "wrong" },
      { source: "b", object: "x", value: "wrong" },
      { source: "c", object: "x", value: "wrong" },
      { source: "d", object: "y", value: "other" },
    ];
    const r = estimateReliability({
      claims,
      valueKey: id,
      fixed: [
        { object: "x", value: "right" },
        { object: "z", value: "nobody claimed this" },
      ],
      params: { prior: "fixed" },
    });
    const x = r.objects.find((o) => o.object === "x");
    expect(x?.winnerKey).toBe("right");
    expect(x?.fixed).toBe(true);
    expect(x?.values[0]).toMatchObject({ key: "right", probability: 1, sources: [] });
    expect(r.objects.find((o) => o.object === "z")?.winnerKey).toBe("nobody claimed this");
    const a = r.sources.find((s) => s.source === "a");
    expect(a?.accuracy).toBeCloseTo(4 / 6, 12); // Beta(4,1) prior + one certainly wrong claim
    const d = r.sources.find((s) => s.source === "d");
    expect(a?.accuracy).toBeLessThan(d?.accuracy ?? 0);
    expect(a?.agreeing).toBe(0);
  });

  it("a source with 2 claims gets a wider interval than one with 200", () => {
    const claims: Claim<string>[] = [];
    for (let o = 0; o < 200; o++) {
      for (const s of ["big", "peer1", "peer2"]) claims.push({ source: s, object: `o${o}`, value: "t" });
      if (o < 2) claims.push({ source: "small", object: `o${o}`, value: "t" });
    }
    const r = estimateReliability({ claims, valueKey: id });
    const width = (name: string) => {
      const s = r.sources.find((x) => x.source === name);
      return s ? s.interval[1] - s.interval[0] : Number.NaN;
    };
    expect(width("small")).toBeGreaterThan(0.25);
    expect(width("big")).toBeLessThan(0.05);
    const small = r.sources.find((x) => x.source === "small");
    expect(small).toMatchObject({ claims: 2, objects: 2, agreeing: 2 });
    expect(small?.interval[0]).toBeLessThan(small?.accuracy ?? 0);
    expect(small?.interval[1]).toBeGreaterThan(small?.accuracy ?? 1);
  });

  it("similarity lets '16 Jan' support 'week of 15 Jan' against a more common but unrelated date", () => {
    const week: DateInterval = { start: "2024-01-15", end: "2024-01-21" };
    const jan16: DateInterval = { start: "2024-01-16", end: "2024-01-16" };
    const feb20: DateInterval = { start: "2024-02-20", end: "2024-02-20" };
    const claims: Claim<DateInterval>[] = [
      ...["w1", "w2", "w3"].map((source) => ({ source, object: "meeting.date", value: week })),
      ...["d1", "d2"].map((source) => ({ source, object: "meeting.date", value: jan16 })),
      ...["f1", "f2", "f3", "f4"].map((source) => ({ source, object: "meeting.date", value: feb20 })),
    ];
    const base = { claims, valueKey: dateKey, params: { detectCopying: false, rho: 0.8 } };
    expect(estimateReliability(base).objects[0]?.winnerKey).toBe(dateKey(feb20));
    const r = estimateReliability({ ...base, similarity: dateSimilarity });
    expect(r.objects[0]?.winnerKey).toBe(dateKey(week));
    const p = Object.fromEntries(r.objects[0]?.values.map((v) => [v.key, v.probability]) ?? []);
    expect(p[dateKey(jan16)]).toBeGreaterThan(p[dateKey(feb20)] ?? 1);
  });

  it("is deterministic: the same claims in another order give identical output", () => {
    const claims = synthetic({ a: 0.9, b: 0.7, c: 0.6, d: 0.55, e: 0.4 }, 80, 0.7, 11);
    for (const c of claims.filter((x) => x.source === "e")) claims.push({ ...c, source: "e-copy" });
    const input = { valueKey: id, similarity: (x: string, y: string) => (x[0] === y[0] ? 0.3 : 0) };
    const first = estimateReliability({ ...input, claims });
    for (const seed of [1, 2, 3]) {
      expect(estimateReliability({ ...input, claims: shuffled(claims, seed) })).toEqual(first);
    }
  });

  it("converges within max rounds and recovers the truth and each source's accuracy", () => {
    const truth = { a: 0.95, b: 0.8, c: 0.7, d: 0.6, e: 0.5, f: 0.4 };
    const claims = synthetic(truth, 300, 0.8, 7);
    // The generator draws wrong values from 5 false values, so the model is told n = 5.
    const r = estimateReliability({ claims, valueKey: id, params: { falseValues: 5 } });
    expect(r.converged).toBe(true);
    expect(r.rounds).toBeLessThanOrEqual(r.params.maxRounds);
    expect(r.objects.filter((o) => o.winnerKey === "true").length).toBeGreaterThan(280);
    for (const s of r.sources) {
      const own = claims.filter((c) => c.source === s.source);
      const empirical = own.filter((c) => c.value === "true").length / own.length;
      expect(Math.abs(s.accuracy - empirical)).toBeLessThan(0.03);
    }
    expect(r.dependences).toEqual([]);
  });

  it("fits the number of false values at the rate wrong claims coincide, not from its own value probabilities", () => {
    // Two popular wrong values per object, taken 60/40: two wrong claims coincide with probability
    // 0.52, n ≈ 1.92. Low-accuracy sources often agree on a wrong value, which a fit weighted by
    // the engine's value probabilities counts as right: truth-1.3.0 fitted 2.73 against 2.08 on the
    // generator's labels.
    const rand = seededRandom(31);
    const sources = Array.from({ length: 60 }, (_, i) => ({ name: `s${i}`, accuracy: 0.3 + 0.5 * rand() }));
    const claims: Claim<string>[] = [];
    let wrongPairs = 0;
    let coinciding = 0;
    for (let o = 0; o < 800; o++) {
      const picked = new Set<number>();
      while (picked.size < 4) picked.add(Math.floor(rand() * sources.length));
      const wrong = [0, 0];
      for (const i of picked) {
        const s = sources[i] as { name: string; accuracy: number };
        if (rand() < s.accuracy) claims.push({ source: s.name, object: `o${o}`, value: "t" });
        else {
          const w = rand() < 0.6 ? 0 : 1;
          wrong[w] = (wrong[w] as number) + 1;
          claims.push({ source: s.name, object: `o${o}`, value: `w${w}` });
        }
      }
      const [a, b] = wrong as [number, number];
      wrongPairs += ((a + b) * (a + b - 1)) / 2;
      coinciding += (a * (a - 1)) / 2 + (b * (b - 1)) / 2;
    }
    const labelled = wrongPairs / coinciding;
    expect(labelled).toBeGreaterThan(1.7);
    expect(labelled).toBeLessThan(2.2);
    const r = estimateReliability({ claims, valueKey: id });
    expect(r.converged).toBe(true);
    expect(Math.abs((r.fittedFalseValues ?? 0) - labelled)).toBeLessThan(0.25);
  });

  it("keeps n near its prior on a handful of claims instead of fitting an extreme", () => {
    // One object, two wrong claims that coincide: the likelihood alone would take n to 1.
    const claims: Claim<string>[] = ["t", "t", "t", "w", "w"].map((value, i) => ({
      source: `s${i}`,
      object: "o",
      value,
    }));
    const r = estimateReliability({ claims, valueKey: id, params: { detectCopying: false } });
    expect(r.fittedFalseValues).toBeGreaterThan(1.3);
    expect(r.fittedFalseValues).toBeLessThan(3);
  });

  it("stops at max rounds and says it did not converge", () => {
    const r = estimateReliability({
      claims: synthetic({ a: 0.9, b: 0.6, c: 0.5 }, 30),
      valueKey: id,
      params: { maxRounds: 1, tolerance: 0 },
    });
    expect(r).toMatchObject({ rounds: 1, converged: false });
  });

  it("explains each object: every claim appears as a contribution with its vote weight", () => {
    const rand = seededRandom(9);
    const claims = synthetic({ a: 0.9, b: 0.7, c: 0.6 }, 20, 1, Math.floor(rand() * 1000));
    const r = estimateReliability({ claims, valueKey: id });
    for (const o of r.objects) {
      expect(o.contributions.map((c) => c.source)).toEqual(["a", "b", "c"]);
      const winnerVote = o.contributions.filter((c) => c.valueKey === o.winnerKey);
      expect(winnerVote.length).toBeGreaterThan(0);
      for (const c of o.contributions) expect(c.weight).toBeGreaterThan(0);
    }
  });

  it("rejects nonsensical parameters", () => {
    expect(() => estimateReliability({ claims: [], valueKey: id, params: { alpha: 0 } })).toThrow(RangeError);
  });
});
