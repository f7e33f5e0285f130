// Scores an algorithm's output against gold values: precision on the gold objects and
// calibration of the estimated source accuracies against accuracies measured on those objects.
import { type Claim, logGamma, type TruthInput, type TruthResult } from "@kroscek/core";
import type { Dataset } from "./datasets";

/** Figures printed for one algorithm. */
export interface Score {
  /** Gold objects whose winner matches gold / gold objects that have claims. */
  precision: number;
  correct: number;
  goldObjects: number;
  /** Sources with at least one claim on a gold object. */
  calibratedSources: number;
  meanEstimated: number;
  meanMeasured: number;
  /** Mean over those sources of |estimated - measured|: a mean can match while every source is off. */
  perSourceError: number;
  rounds: number;
  converged: boolean;
  /** Sources with at least COVERAGE_MIN_CLAIMS gold claims, and the share whose interval holds their measured accuracy. */
  coverageSources: number;
  coverage: number;
  /**
   * Same sources: share whose measured accuracy lies in the 90% predictive interval of the rate on
   * as many claims as they have gold ones (Beta-binomial from the posterior). Measured accuracy on
   * g gold claims carries binomial noise the credible interval of the latent accuracy does not.
   */
  predictiveCoverage: number;
  /** Objects decided by a tie-break. */
  ties: number;
}

/** Sources need this many gold claims to count in the interval coverage. */
export const COVERAGE_MIN_CLAIMS = 10;

/** Per source: share of its distinct claims on gold objects that are right, and how many there are. */
export function measuredAccuracy<V>(
  claims: readonly Claim<V>[],
  gold: ReadonlyMap<string, V>,
  key: (v: V) => string,
  isRight?: (object: string, value: V) => boolean,
): Map<string, { accuracy: number; claims: number }> {
  const goldKeys = new Map([...gold].map(([o, v]) => [o, key(v)]));
  const tally = new Map<string, { right: number; total: number }>();
  // A store listing a book twice with the same authors is one claim, as in the engine.
  const seen = new Set<string>();
  for (const c of claims) {
    const g = goldKeys.get(c.object);
    if (g === undefined) continue;
    const k = key(c.value);
    const id = `${c.source}\u0000${c.object}\u0000${k}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const t = tally.get(c.source) ?? { right: 0, total: 0 };
    t.total++;
    if (isRight ? isRight(c.object, c.value) : k === g) t.right++;
    tally.set(c.source, t);
  }
  return new Map([...tally].map(([s, t]) => [s, { accuracy: t.right / t.total, claims: t.total }]));
}

/** Equal-tailed interval of K ~ BetaBinomial(g, a, b) holding at least `mass`. */
export function betaBinomialInterval(g: number, a: number, b: number, mass: number): [number, number] {
  const logB = (x: number, y: number) => logGamma(x) + logGamma(y) - logGamma(x + y);
  const base = logB(a, b);
  const pmf: number[] = [];
  for (let k = 0; k <= g; k++)
    pmf.push(
      Math.exp(logGamma(g + 1) - logGamma(k + 1) - logGamma(g - k + 1) + logB(k + a, g - k + b) - base),
    );
  const tail = (1 - mass) / 2;
  let acc = 0;
  let lo = 0;
  while (lo < g && acc + (pmf[lo] as number) <= tail) acc += pmf[lo++] as number;
  acc = 0;
  let hi = g;
  while (hi > 0 && acc + (pmf[hi] as number) <= tail) acc += pmf[hi--] as number;
  return [lo, hi];
}

/** Scores one result against the data set's gold values. */
export function score<V>(ds: Dataset<V>, result: TruthResult<V>): Score {
  const byObject = new Map(result.objects.map((o) => [o.object, o]));
  let correct = 0;
  let goldObjects = 0;
  for (const [object, value] of ds.gold) {
    const o = byObject.get(object);
    if (o === undefined) continue;
    goldObjects++;
    const right = ds.isRightWinner
      ? ds.isRightWinner(
          object,
          o.winner,
          o.values.map((v) => v.value),
        )
      : ds.isRight
        ? ds.isRight(object, o.winner)
        : o.winnerKey === ds.valueKey(value);
    if (right) correct++;
  }
  const measured = measuredAccuracy(ds.claims, ds.gold, ds.valueKey, ds.isRight);
  const estimated = new Map(result.sources.map((s) => [s.source, s]));
  let sumEst = 0;
  let sumMeas = 0;
  let sumErr = 0;
  let covered = 0;
  let predicted = 0;
  let coverageSources = 0;
  for (const [source, m] of measured) {
    const est = estimated.get(source);
    const e = est?.accuracy ?? 0;
    sumEst += e;
    sumMeas += m.accuracy;
    sumErr += Math.abs(e - m.accuracy);
    if (m.claims >= COVERAGE_MIN_CLAIMS) {
      coverageSources++;
      if (est && est.interval[0] <= m.accuracy + 1e-12 && m.accuracy <= est.interval[1] + 1e-12) covered++;
      if (est?.posterior) {
        const [lo, hi] = betaBinomialInterval(m.claims, est.posterior[0], est.posterior[1], 0.9);
        const k = Math.round(m.accuracy * m.claims);
        if (lo <= k && k <= hi) predicted++;
      }
    }
  }
  const n = measured.size;
  return {
    precision: goldObjects > 0 ? correct / goldObjects : 0,
    correct,
    goldObjects,
    calibratedSources: n,
    meanEstimated: n > 0 ? sumEst / n : 0,
    meanMeasured: n > 0 ? sumMeas / n : 0,
    perSourceError: n > 0 ? sumErr / n : 0,
    rounds: result.rounds,
    converged: result.converged,
    coverageSources,
    coverage: coverageSources > 0 ? covered / coverageSources : Number.NaN,
    predictiveCoverage: coverageSources > 0 ? predicted / coverageSources : Number.NaN,
    ties: result.ties.objects,
  };
}

/** A source with at least COVERAGE_MIN_CLAIMS gold claims whose 90% interval misses its measured accuracy. */
export interface IntervalMiss {
  source: string;
  /** Its distinct claims on gold objects. */
  claims: number;
  measured: number;
  estimated: number;
  interval: [number, number];
  /** "over": the interval lies above the measured accuracy (the source is rated too high); "under": below. */
  side: "over" | "under";
}

/**
 * The sources counted in `score`'s coverage whose interval misses their measured accuracy, largest
 * first: which sources a coverage figure leaves out, and on which side.
 */
export function intervalMisses<V>(ds: Dataset<V>, result: TruthResult<V>): IntervalMiss[] {
  const measured = measuredAccuracy(ds.claims, ds.gold, ds.valueKey, ds.isRight);
  const estimated = new Map(result.sources.map((s) => [s.source, s]));
  const out: IntervalMiss[] = [];
  for (const [source, m] of measured) {
    if (m.claims < COVERAGE_MIN_CLAIMS) continue;
    const est = estimated.get(source);
    const interval: [number, number] = est ? est.interval : [0, 0];
    if (interval[0] <= m.accuracy + 1e-12 && m.accuracy <= interval[1] + 1e-12) continue;
    out.push({
      source,
      claims: m.claims,
      measured: m.accuracy,
      estimated: est?.accuracy ?? 0,
      interval,
      side: interval[0] > m.accuracy ? "over" : "under",
    });
  }
  return out.sort((a, b) => b.claims - a.claims || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}

/** Runs `algorithm` `runs` times; returns the last result and the median wall time in ms. */
export function timed<V>(
  algorithm: (input: TruthInput<V>) => TruthResult<V>,
  input: TruthInput<V>,
  runs = 3,
): { result: TruthResult<V>; medianMs: number } {
  const times: number[] = [];
  let result: TruthResult<V> | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = algorithm(input);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  if (!result) throw new Error("runs must be >= 1");
  return { result, medianMs: times[Math.floor(times.length / 2)] as number };
}
