// TruthFinder (Yin, Han & Yu, KDD 2007), as a baseline on the common interface:
//   tau(s) = -ln(1 - t(s));  sigma(v) = Σ tau(s) over its sources;
//   sigma*(v) = sigma(v) + rho · Σ_{v'≠v} sigma(v') · (sim(v, v') - baseSimilarity);
//   s(v) = 1 / (1 + e^{-gamma·sigma*(v)});  t(s) = mean of s(v) over the source's values.
// Without a similarity function distinct values have sim 0, so they count against each other, as
// in the paper where conflicting facts have negative implication. Stops when the trust vector's
// cosine similarity to the previous round is within 1e-6 of 1 (the paper's criterion).
import { prepare } from "./prepare";
import { buildResult } from "./result";
import { ALGORITHM_VERSION, type TruthInput, type TruthResult } from "./types";

const COSINE_STOP = 1e-6;
// Trust 1 would make tau infinite.
const MAX_TRUST = 1 - 1e-9;

function cosine(a: Float64Array, b: Float64Array): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    ab += x * y;
    aa += x * x;
    bb += y * y;
  }
  return aa === 0 || bb === 0 ? 1 : ab / Math.sqrt(aa * bb);
}

/**
 * TruthFinder baseline. Value probability = s(v) normalised within the object (a ranking, not a
 * calibrated probability); source accuracy = trust t(s), interval degenerate [t, t]. Starts from
 * t0 = 0.9 (the paper's value) unless `initialAccuracy` is given.
 */
export function truthFinder<V>(input: TruthInput<V>): TruthResult<V> {
  const t0 = input.params?.initialAccuracy ?? 0.9;
  const prep = prepare({ ...input, params: { ...input.params, initialAccuracy: t0 } });
  const { rho, gamma, baseSimilarity, maxRounds } = prep.params;
  const S = prep.sources.length;
  let trust = new Float64Array(S).fill(t0);
  const claimWeight = new Float64Array(prep.claimCount);
  let probability: Float64Array[] = [];
  let confidence: Float64Array[] = [];
  let rounds = 0;
  let converged = false;
  const deltas: number[] = [];
  while (rounds < maxRounds) {
    rounds++;
    const tau = trust.map((t) => -Math.log(1 - Math.min(MAX_TRUST, t)));
    const claimScore = new Float64Array(prep.claimCount);
    probability = [];
    confidence = [];
    for (const obj of prep.objects) {
      const m = obj.values.length;
      const sigma = new Float64Array(m);
      for (let ci = obj.start; ci < obj.end; ci++) {
        const v = prep.claimValue[ci] as number;
        claimWeight[ci] = (tau[prep.claimSource[ci] as number] as number) * (prep.claimShare[ci] as number);
        sigma[v] = (sigma[v] as number) + (claimWeight[ci] as number);
      }
      const adjusted = new Float64Array(sigma);
      for (let v = 0; v < m; v++) {
        let imp = 0;
        for (let u = 0; u < m; u++) {
          if (u === v) continue;
          const sim = obj.sim ? (obj.sim[v * m + u] as number) : 0;
          imp += (sigma[u] as number) * (sim - baseSimilarity);
        }
        adjusted[v] = (sigma[v] as number) + rho * imp;
      }
      const score = adjusted.map((x) => 1 / (1 + Math.exp(-gamma * x)));
      if (obj.fixedValue >= 0) {
        score.fill(0);
        score[obj.fixedValue] = 1;
      }
      for (let ci = obj.start; ci < obj.end; ci++)
        claimScore[ci] = score[prep.claimValue[ci] as number] as number;
      const total = score.reduce((a, b) => a + b, 0);
      probability.push(score.map((x) => (total > 0 ? x / total : 0)));
      confidence.push(adjusted);
    }
    const next = new Float64Array(S);
    for (let s = 0; s < S; s++) {
      let sum = 0;
      let count = 0;
      for (let i = prep.sourceStart[s] as number; i < (prep.sourceStart[s + 1] as number); i++) {
        const ci = prep.sourceClaims[i] as number;
        const share = prep.claimShare[ci] as number;
        sum += share * (claimScore[ci] as number);
        count += share;
      }
      next[s] = count > 0 ? sum / count : t0;
    }
    const change = 1 - cosine(trust, next);
    deltas.push(change);
    input.onRound?.({ round: rounds, delta: change, maxRounds, tolerance: COSINE_STOP });
    trust = next;
    if (change < COSINE_STOP) {
      converged = true;
      break;
    }
  }
  return buildResult(
    prep,
    {
      algorithm: "truthfinder",
      version: ALGORITHM_VERSION,
      probability,
      confidence,
      claimWeight,
      claimIndependence: new Float64Array(prep.claimCount).fill(1),
      accuracy: trust,
      interval: (s) => [trust[s] as number, trust[s] as number],
      dependence: new Map(),
      rounds,
      converged,
      convergence: {
        criterion: `1 - cosine(trust vectors of two rounds) < ${COSINE_STOP}`,
        converged,
        rounds,
        maxRounds,
        tolerance: COSINE_STOP,
        deltas,
        dampedFrom: null,
        reason: converged
          ? null
          : `trust vector still changing after ${maxRounds} rounds (last change ${deltas.at(-1)})`,
      },
    },
    input.detail,
  );
}
