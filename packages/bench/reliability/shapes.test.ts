import { estimateReliability, type TruthInput } from "@kroscek/core";
import { describe, expect, it } from "vitest";
import { betaBinomialInterval, intervalMisses, score } from "./evaluate";
import { METHODS, runBenchmark } from "./run";
import { formatMisses } from "./shapes";
import { generate, SHAPES, type Shape } from "./synthetic";

const inputOf = (ds: ReturnType<typeof generate>, params: TruthInput<unknown>["params"] = {}) => ({
  claims: ds.claims,
  valueKey: ds.valueKey,
  similarity: ds.similarity,
  ...(ds.contains ? { contains: ds.contains } : {}),
  ...(ds.width ? { width: ds.width } : {}),
  params,
});

describe("synthetic shapes", () => {
  it("are deterministic for a seed", () => {
    const shape = SHAPES[0];
    if (!shape) throw new Error("no shapes");
    const a = generate(shape, 0.1);
    const b = generate(shape, 0.1);
    expect(a.claims).toEqual(b.claims);
    expect(generate({ ...shape, seed: shape.seed + 1 }, 0.1).claims).not.toEqual(a.claims);
  });

  it("give long-tailed sizes, copiers' shared values and mixed date precisions", () => {
    const tailShape = SHAPES.find((s) => s.sizes === "long-tail" && s.kind === "category");
    const dateShape = SHAPES.find((s) => s.kind === "date");
    if (!tailShape || !dateShape) throw new Error("missing shapes");
    const tail = generate(tailShape);
    const sizes = new Map<string, number>();
    for (const c of tail.claims) sizes.set(c.source, (sizes.get(c.source) ?? 0) + 1);
    const small = [...sizes.values()].filter((n) => n <= 2).length;
    expect(small / sizes.size).toBeGreaterThan(0.5);
    const dates = generate(dateShape, 0.2);
    const widths = new Set(dates.claims.map((c) => Math.round(dates.width?.(c.value) ?? 0)));
    expect([...widths].some((w) => w === 1)).toBe(true);
    expect([...widths].some((w) => w >= 28 && w <= 31)).toBe(true);
    expect([...widths].some((w) => w >= 365)).toBe(true);
  });

  // Convergence on every shape, and the mean estimated accuracy within 0.05 of the measured one.
  for (const shape of SHAPES) {
    it(`the engine converges on "${shape.name}" and its mean accuracy is within 0.05 of measured`, () => {
      const ds = generate(shape);
      const r = estimateReliability(inputOf(ds));
      expect(r.converged).toBe(true);
      expect(r.convergence.reason).toBeNull();
      expect(r.rounds).toBeLessThan(r.params.maxRounds);
      const s = score(ds, r);
      expect(Math.abs(s.meanEstimated - s.meanMeasured)).toBeLessThanOrEqual(0.05);
    });
  }

  it("90% intervals hold the measured accuracy of at least 85% of sources with ≥ 10 claims (numbers, long tail, copiers, few claims per object)", () => {
    for (const name of [
      "numbers (noise + rounding)",
      "long-tailed sources",
      "copiers",
      "few claims per object",
    ]) {
      const shape = SHAPES.find((s) => s.name === name);
      if (!shape) throw new Error(`no shape ${name}`);
      const ds = generate(shape);
      const s = score(ds, estimateReliability(inputOf(ds)));
      expect(s.coverageSources).toBeGreaterThan(50);
      expect(s.coverage, name).toBeGreaterThanOrEqual(0.85);
    }
  });

  // Calibration where the truth is poorly known, so intervals from counts alone are too narrow:
  // most claims on an object nobody else describes, and a long tail of sources (another seed
  // than the benchmark's). Deterministic seeds; both sets held fewer than 85% before intervals
  // took the missing information of estimated truth into account and the prior's spread was
  // fitted from the posteriors.
  const calibrationSets: Shape[] = [
    {
      name: "uncorroborated claims",
      kind: "category",
      sources: 100,
      objects: 4000,
      claims: 5000,
      sizes: "even",
      accuracy: [0.4, 0.95],
      copiers: 0,
      copyRate: 0,
      seed: 21,
    },
    { ...(SHAPES.find((s) => s.name === "long-tailed sources") as Shape), seed: 112 },
  ];
  for (const shape of calibrationSets) {
    it(`is calibrated on "${shape.name}" (seed ${shape.seed}): mean within 0.05, 90% intervals hold ≥ 85%`, () => {
      const ds = generate(shape);
      const r = estimateReliability(inputOf(ds));
      expect(r.converged).toBe(true);
      const s = score(ds, r);
      expect(s.coverageSources).toBeGreaterThan(50);
      expect(Math.abs(s.meanEstimated - s.meanMeasured)).toBeLessThanOrEqual(0.05);
      expect(s.coverage).toBeGreaterThanOrEqual(0.85);
    });
  }

  // Dates at mixed precision and "newsroom" at the seeds the engine was developed on (not the
  // benchmark's reported seeds). truth-1.2.0 held 0.76, 0.73, 0.79 on dates and 0.85, 0.71, 0.75
  // on newsroom: its intervals ignored that the sources deciding an object are estimated too, and
  // a finer date backed the month containing it. truth-1.3.0 held 0.83, 0.88, 0.89 and 0.86, 0.78,
  // 0.82: its number of false values, fitted from the value probabilities it sets, came out high.
  for (const [name, seeds, least, mean] of [
    ["dates at mixed precision", [98, 99, 100], 0.84, 0.87],
    ["newsroom (all of the above, numbers)", [99, 100, 101], 0.8, 0.85],
  ] as const) {
    it(`90% intervals on "${name}" at seeds ${seeds.join(", ")}: each ≥ ${least}, mean ≥ ${mean}`, () => {
      const base = SHAPES.find((s) => s.name === name);
      if (!base) throw new Error(`no shape ${name}`);
      const coverage = seeds.map((seed) => {
        const ds = generate({ ...base, seed });
        const r = estimateReliability(inputOf(ds));
        expect(r.converged).toBe(true);
        const s = score(ds, r);
        expect(s.coverageSources).toBeGreaterThan(50);
        expect(s.coverage, `seed ${seed}`).toBeGreaterThanOrEqual(least);
        return s.coverage;
      });
      expect(coverage.reduce((a, b) => a + b, 0) / coverage.length).toBeGreaterThanOrEqual(mean);
    });
  }

  it("hierarchical priors calibrate a long tail the fixed Beta(4, 1) prior over-rates", () => {
    const shape = SHAPES.find((s) => s.name === "long-tailed sources");
    if (!shape) throw new Error("no shape");
    const ds = generate(shape);
    const ours = score(ds, estimateReliability(inputOf(ds)));
    const fixed = score(ds, estimateReliability(inputOf(ds, { prior: "fixed" })));
    expect(Math.abs(fixed.meanEstimated - fixed.meanMeasured)).toBeGreaterThan(0.1);
    expect(Math.abs(ours.meanEstimated - ours.meanMeasured)).toBeLessThan(0.05);
  });
});

describe("Beta-binomial predictive interval", () => {
  it("is wider for fewer claims and holds about its mass", () => {
    const [lo10, hi10] = betaBinomialInterval(10, 80, 20, 0.9);
    const [lo100, hi100] = betaBinomialInterval(100, 80, 20, 0.9);
    expect(hi10 / 10 - lo10 / 10).toBeGreaterThan(hi100 / 100 - lo100 / 100);
    expect(lo100).toBeLessThanOrEqual(80);
    expect(hi100).toBeGreaterThanOrEqual(80);
    expect(betaBinomialInterval(1, 1, 1, 0.9)).toEqual([0, 1]);
  });
});

describe("warm start after one write", () => {
  it("reaches the full recomputation's estimates within 0.01, in no more rounds", () => {
    let saved = 0;
    for (const name of ["copiers", "long-tailed sources", "dates at mixed precision"]) {
      const shape = SHAPES.find((s) => s.name === name);
      if (!shape) throw new Error(`no shape ${name}`);
      const ds = generate(shape, 0.5);
      const before = estimateReliability(inputOf(ds));
      // One write: a source files a claim on an object, with another source's value there.
      const other = ds.claims.find((c) => c.object === "o7" && c.source !== "s00003");
      if (!other) throw new Error("no claim on o7");
      const after = { ...ds, claims: [...ds.claims, { source: "s00003", object: "o7", value: other.value }] };
      const full = estimateReliability(inputOf(after));
      const warm = estimateReliability({
        ...inputOf(after),
        warmStart: {
          accuracy: Object.fromEntries(before.sources.map((s) => [s.source, s.accuracy])),
          ...(before.fittedFalseValues !== undefined ? { falseValues: before.fittedFalseValues } : {}),
        },
      });
      expect(warm.converged, name).toBe(true);
      saved += full.rounds - warm.rounds;
      expect(warm.rounds, name).toBeLessThanOrEqual(full.rounds);
      const fullBy = new Map(full.sources.map((s) => [s.source, s.accuracy]));
      let worst = 0;
      for (const s of warm.sources)
        worst = Math.max(worst, Math.abs(s.accuracy - (fullBy.get(s.source) ?? 0)));
      expect(worst, name).toBeLessThanOrEqual(0.01);
      const differ = warm.objects.filter((o, i) => o.winnerKey !== full.objects[i]?.winnerKey).length;
      expect(differ / warm.objects.length, name).toBeLessThan(0.005);
    }
    expect(saved).toBeGreaterThan(0);
  });
});

describe("interval misses", () => {
  // Newsroom at seed 100, a development seed: the sources its coverage figure leaves out.
  const base = SHAPES.find((s) => s.name === "newsroom (all of the above, numbers)");
  if (!base) throw new Error("no newsroom shape");
  const ds = generate({ ...base, seed: 100 });
  const result = estimateReliability(inputOf(ds));

  it("are the sources the coverage does not count, each outside its interval on the side named", () => {
    const s = score(ds, result);
    const misses = intervalMisses(ds, result);
    expect(misses.length).toBe(Math.round(s.coverageSources * (1 - s.coverage)));
    expect(misses.length).toBeGreaterThan(0);
    for (const m of misses) {
      expect(m.claims).toBeGreaterThanOrEqual(10);
      if (m.side === "over") expect(m.interval[0]).toBeGreaterThan(m.measured);
      else expect(m.interval[1]).toBeLessThan(m.measured);
    }
    for (let i = 1; i < misses.length; i++)
      expect((misses[i - 1] as { claims: number }).claims).toBeGreaterThanOrEqual(
        (misses[i] as { claims: number }).claims,
      );
    const table = formatMisses(misses);
    expect(table.split("\n").filter((l) => l.startsWith("| s0"))).toHaveLength(misses.length);
  });

  it("follow the engine parameters a benchmark run is given", () => {
    const full = METHODS.filter((m) => m.name === "AccuSim + copy detection (ours)");
    const [capped] = runBenchmark(ds, 1, full, { priorStrengthMax: 5 });
    const [plain] = runBenchmark(ds, 1, full);
    const direct = score(ds, estimateReliability(inputOf(ds, { priorStrengthMax: 5 })));
    expect(capped?.coverage).toBe(direct.coverage);
    expect(plain?.coverage).toBe(score(ds, result).coverage);
    expect(capped?.coverage).not.toBe(plain?.coverage);
  });
});
