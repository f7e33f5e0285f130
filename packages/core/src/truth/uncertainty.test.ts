// How a source's estimate and interval account for what is estimated around it: leave-one-out
// votes, the other sources' accuracy uncertainty in the interval, and direction of containment.
import { describe, expect, it } from "vitest";
import {
  estimateReliability,
  leaveOneOut,
  othersVariance,
  posteriorBeta,
  probabilityBuffers,
  valueProbabilities,
} from "./accu";
import { prepare } from "./prepare";
import { type DateInterval, dateContains, dateKey, dateSimilarity, dateWidthDays } from "./similarity";
import { seededRandom, synthetic } from "./test-fixtures";
import type { Claim } from "./types";

const id = (v: string) => v;
const day = (d: string): DateInterval => ({ start: d, end: d });
const june: DateInterval = { start: "2024-06-01", end: "2024-06-30" };
const dateFns = {
  valueKey: dateKey,
  similarity: dateSimilarity,
  contains: dateContains,
  width: dateWidthDays,
};

/** Days, months and years around a true day per object, claimed by sources of mixed accuracy. */
function mixedDates(seed: number): Claim<DateInterval>[] {
  const rand = seededRandom(seed);
  const claims: Claim<DateInterval>[] = [];
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  for (let o = 0; o < 12; o++) {
    const truth = Date.UTC(2024, 0, 1) + Math.floor(rand() * 300) * 86_400_000;
    for (let s = 0; s < 6; s++) {
      if (rand() < 0.3) continue;
      const wrong = rand() > 0.4 + 0.1 * s;
      const at = wrong ? truth + (rand() < 0.5 ? 1 : 20) * 86_400_000 : truth;
      const d = new Date(at);
      const r = rand();
      const value =
        r < 0.6
          ? day(iso(at))
          : r < 0.85
            ? {
                start: iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)),
                end: iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)),
              }
            : { start: `${d.getUTCFullYear()}-01-01`, end: `${d.getUTCFullYear()}-12-31` };
      claims.push({ source: `s${s}`, object: `o${o}`, value });
    }
  }
  return claims;
}

describe("leave-one-out votes", () => {
  it("a claim votes with its source's accuracy on its other claims", () => {
    const claims = synthetic({ a: 0.9, b: 0.7, c: 0.6, d: 0.5 }, 30, 0.7, 11);
    const params = { prior: "fixed" as const, fitFalseValues: false, detectCopying: false, tolerance: 1e-10 };
    const r = estimateReliability({ claims, valueKey: id, params });
    expect(r.converged).toBe(true);
    const { alpha, beta, falseValues: n } = r.params;
    const probability = new Map(
      r.objects.flatMap((o) => o.values.map((v) => [`${o.object}\u0000${v.key}`, v.probability])),
    );
    let checked = 0;
    for (const src of r.sources) {
      const own = r.objects.flatMap((o) =>
        o.contributions.filter((c) => c.source === src.source).map((c) => ({ o, c })),
      );
      const k = own.reduce(
        (sum, { o, c }) => sum + (probability.get(`${o.object}\u0000${c.valueKey}`) ?? 0),
        0,
      );
      for (const { o, c } of own) {
        const p = probability.get(`${o.object}\u0000${c.valueKey}`) ?? 0;
        const loo = (alpha + k - p) / (alpha + beta + own.length - 1);
        expect(c.weight).toBeCloseTo(Math.log((n * loo) / (1 - loo)), 6);
        checked++;
      }
      // Not the vote of the source's own estimate: its claims would then confirm themselves.
      const first = own[0];
      if (first) expect(first.c.weight).not.toBeCloseTo(Math.log((n * src.accuracy) / (1 - src.accuracy)), 3);
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe("interval: the other sources' accuracies are estimated too", () => {
  it("the variance matches the finite-difference derivative of the count by each other source's accuracy", () => {
    const prep = prepare({ claims: mixedDates(5), ...dateFns, params: { detectCopying: false } });
    const S = prep.sources.length;
    const accuracy = Float64Array.from({ length: S }, (_, s) => 0.45 + 0.08 * s);
    const independence = new Float64Array(prep.claimCount).fill(1);
    const priorA = new Float64Array(S).fill(4);
    const priorB = new Float64Array(S).fill(1);
    const correct = Float64Array.from({ length: S }, (_, s) => 6 + s);
    const total = Float64Array.from({ length: S }, () => 12);
    const last = new Float64Array(prep.claimCount).fill(0.5);
    const loo = leaveOneOut(prep, priorA, priorB, correct, total, last, new Float64Array(prep.claimCount));
    const counts = (votes: Float64Array) => {
      const probs = valueProbabilities(prep, accuracy, independence, probabilityBuffers(prep), votes);
      const k = new Float64Array(S);
      for (let c = 0; c < prep.claimCount; c++) {
        const s = prep.claimSource[c] as number;
        k[s] = (k[s] as number) + (prep.claimShare[c] as number) * (probs.claimProbability[c] as number);
      }
      return { probs, k };
    };
    const { probs, k } = counts(loo);
    const eps = 1e-6;
    let compared = 0;
    for (let t = 0; t < S; t++) {
      // Unit variance for t alone: the result is (∂k_s/∂A_t)² for every other source s.
      const unit = new Float64Array(S);
      unit[t] = 1;
      const analytic = othersVariance(prep, probs, independence, loo, accuracy, unit, new Float64Array(S));
      const moved = Float64Array.from(loo, (a, c) => (prep.claimSource[c] === t ? a + eps : a));
      const { k: k2 } = counts(moved);
      for (let s = 0; s < S; s++) {
        if (s === t) continue;
        const d = ((k2[s] as number) - (k[s] as number)) / eps;
        expect(Math.sqrt(analytic[s] as number)).toBeCloseTo(Math.abs(d), 4);
        if (Math.abs(d) > 1e-3) compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });

  it("widens a source's interval beyond its own claims' label variance when others decide its objects", () => {
    const claims = synthetic({ a: 0.9, b: 0.75, c: 0.6, d: 0.5, e: 0.4 }, 40, 0.6, 3);
    // "lone" has objects of its own: nobody else's accuracy bears on them.
    for (let o = 0; o < 15; o++) claims.push({ source: "lone", object: `own${o}`, value: "v" });
    const r = estimateReliability({ claims, valueKey: id, params: { detectCopying: false } });
    const probability = new Map(
      r.objects.flatMap((o) => o.values.map((v) => [`${o.object}\u0000${v.key}`, v.probability])),
    );
    const selfOnly = (source: string) => {
      let k = 0;
      let n = 0;
      let variance = 0;
      for (const o of r.objects)
        for (const c of o.contributions) {
          if (c.source !== source) continue;
          const p = probability.get(`${o.object}\u0000${c.valueKey}`) ?? 0;
          k += p;
          n += 1;
          variance += p * (1 - p);
        }
      const s = r.sources.find((x) => x.source === source);
      const strength = s?.priorStrength ?? 0;
      const mean = s?.priorMean ?? 0;
      return posteriorBeta(mean * strength, (1 - mean) * strength, k, n, variance);
    };
    for (const name of ["a", "b", "c", "d", "e"]) {
      const post = r.sources.find((s) => s.source === name)?.posterior ?? [0, 0];
      const [pa, pb] = selfOnly(name);
      // A smaller effective count: a wider interval than the label variance alone gives.
      expect(post[0] + post[1], name).toBeLessThan(pa + pb - 0.2);
    }
    const lone = r.sources.find((s) => s.source === "lone")?.posterior ?? [0, 0];
    const [la, lb] = selfOnly("lone");
    expect(lone[0] + lone[1]).toBeCloseTo(la + lb, 9);
  });
});

describe("containment has a direction", () => {
  it("a finer date backs nothing coarser: the month's confidence is its own votes only", () => {
    const claims: Claim<DateInterval>[] = [
      { source: "a", object: "e", value: june },
      { source: "b", object: "e", value: day("2024-06-19") },
      { source: "c", object: "e", value: day("2024-06-19") },
    ];
    const r = estimateReliability({ claims, ...dateFns, params: { detectCopying: false } });
    const e = r.objects[0];
    const weight = (key: string) =>
      (e?.contributions ?? []).filter((c) => c.valueKey === key).reduce((sum, c) => sum + c.weight, 0);
    const month = e?.values.find((v) => v.key === dateKey(june));
    const theDay = e?.values.find((v) => v.key === dateKey(day("2024-06-19")));
    // The month backs the day inside it fully; the day gives the month nothing.
    expect(month?.confidence).toBeCloseTo(weight(dateKey(june)), 12);
    expect(theDay?.confidence).toBeCloseTo(weight(dateKey(day("2024-06-19"))) + weight(dateKey(june)), 12);
    expect(e?.winnerKey).toBe(dateKey(day("2024-06-19")));
    // The month's outlet is still right when the day inside it is.
    const acc = Object.fromEntries(r.sources.map((s) => [s.source, s.accuracy]));
    expect(acc.a).toBeGreaterThan(0.5);
  });
});
