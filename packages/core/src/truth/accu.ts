// The reliability model: Accu / AccuSim with dependence (Dong, Berti-Equille & Srivastava, VLDB
// 2009) and a Beta prior on each source's accuracy. One round:
//   1. dependence between sources from the previous round's value probabilities (copy.ts);
//   2. vote of a source = ln(n·A/(1-A)), times its independence factor, split over its values;
//   3. C(v) = Σ votes; C*(v) = C(v) + rho·Σ_{v'≠v} sim(v,v')·C(v');
//   4. P(v) = exp C*(v) / (Σ_observed exp C* + unseen), where the object's domain holds n false
//      values plus the truth and every value nobody claimed has confidence 0: a lone source of
//      accuracy A then gives its value P = A, as the model intends;
//   5. A(s) = (alpha + Σ P(v)) / (alpha + beta + #claims), the posterior mean under Beta(alpha, beta).
// Rounds repeat until no accuracy moves more than `tolerance`.
import { betaCredibleInterval } from "./beta";
import { detectDependence, independenceFactors, planPairs } from "./copy";
import { type Prepared, type PreparedClaim, prepare } from "./prepare";
import { buildResult } from "./result";
import { ALGORITHM_VERSION, type TruthInput, type TruthResult } from "./types";

// The provider order behind the copy discount follows accuracy for this many rounds and is then
// frozen: re-sorting is a discontinuous step, and on the Book data it made the iteration cycle
// between two states forever. Freezing leaves a continuous map, which settles.
const ORDER_ROUNDS = 10;

// Keeps ln(A/(1-A)) finite; posterior means never reach 0 or 1 but user-set initial values might.
const EPS = 1e-9;

interface Probabilities {
  probability: Float64Array[];
  confidence: Float64Array[];
  claimWeight: Float64Array;
  claimProbability: Float64Array;
}

function valueProbabilities<V>(
  prep: Prepared<V>,
  accuracy: Float64Array,
  independence: Float64Array,
): Probabilities {
  const { falseValues: n, rho } = prep.params;
  const vote = accuracy.map((a) => {
    const x = Math.min(1 - EPS, Math.max(EPS, a));
    return Math.log((n * x) / (1 - x));
  });
  const claimWeight = new Float64Array(prep.claims.length);
  const claimProbability = new Float64Array(prep.claims.length);
  const probability: Float64Array[] = [];
  const confidence: Float64Array[] = [];
  for (const obj of prep.objects) {
    const m = obj.values.length;
    const base = new Float64Array(m);
    for (const ci of obj.claims) {
      const c = prep.claims[ci] as PreparedClaim;
      const w = (vote[c.source] as number) * (independence[ci] as number) * c.share;
      claimWeight[ci] = w;
      base[c.value] = (base[c.value] as number) + w;
    }
    const conf = new Float64Array(base);
    if (obj.sim && rho > 0) {
      for (let v = 0; v < m; v++) {
        let support = 0;
        for (let u = 0; u < m; u++)
          if (u !== v) support += (obj.sim[v * m + u] as number) * (base[u] as number);
        conf[v] = (base[v] as number) + rho * support;
      }
    }
    const prob = new Float64Array(m);
    if (obj.fixedValue >= 0) {
      prob[obj.fixedValue] = 1;
    } else {
      let max = 0;
      for (const x of conf) if (x > max) max = x;
      const unseen = Math.max(0, n + 1 - m);
      let denom = unseen * Math.exp(-max);
      for (let v = 0; v < m; v++) {
        prob[v] = Math.exp((conf[v] as number) - max);
        denom += prob[v] as number;
      }
      for (let v = 0; v < m; v++) prob[v] = (prob[v] as number) / denom;
    }
    for (const ci of obj.claims)
      claimProbability[ci] = prob[(prep.claims[ci] as PreparedClaim).value] as number;
    probability.push(prob);
    confidence.push(conf);
  }
  return { probability, confidence, claimWeight, claimProbability };
}

function run<V>(prep: Prepared<V>, algorithm: string, onRound?: TruthInput<V>["onRound"]): TruthResult<V> {
  const { alpha, beta, initialAccuracy, maxRounds, tolerance, detectCopying, credibleMass } = prep.params;
  const S = prep.sources.length;
  let accuracy = new Float64Array(S).fill(initialAccuracy);
  const plan = detectCopying ? planPairs(prep) : null;
  let dependence: Map<number, number> = new Map([...prep.declared].map((k) => [k, 1]));
  const correct = new Float64Array(S);
  const total = new Float64Array(S);
  let rank = accuracy;
  let independence = independenceFactors(prep, rank, dependence);
  let probs = valueProbabilities(prep, accuracy, independence);
  let rounds = 0;
  let converged = false;
  while (rounds < maxRounds) {
    rounds++;
    if (plan && rounds > 1) {
      dependence = detectDependence(prep, plan, accuracy, probs.claimProbability);
      if (rounds <= ORDER_ROUNDS) rank = accuracy;
      independence = independenceFactors(prep, rank, dependence);
      probs = valueProbabilities(prep, accuracy, independence);
    } else if (rounds > 1) {
      probs = valueProbabilities(prep, accuracy, independence);
    }
    const next = new Float64Array(S);
    let delta = 0;
    for (let s = 0; s < S; s++) {
      let sumP = 0;
      let count = 0;
      for (const ci of prep.bySource[s] as number[]) {
        const c = prep.claims[ci] as PreparedClaim;
        sumP += c.share * (probs.claimProbability[ci] as number);
        count += c.share;
      }
      correct[s] = sumP;
      total[s] = count;
      next[s] = (alpha + sumP) / (alpha + beta + count);
      delta = Math.max(delta, Math.abs((next[s] as number) - (accuracy[s] as number)));
    }
    accuracy = next;
    onRound?.({ round: rounds, delta, maxRounds, tolerance });
    if (delta < tolerance) {
      converged = true;
      break;
    }
  }
  return buildResult(prep, {
    algorithm,
    version: ALGORITHM_VERSION,
    ...probs,
    claimIndependence: independence,
    accuracy,
    interval: (s) =>
      betaCredibleInterval(
        alpha + (correct[s] as number),
        beta + (total[s] as number) - (correct[s] as number),
        credibleMass,
      ),
    dependence,
    rounds,
    converged,
  });
}

/**
 * Copy-aware Bayesian source accuracy (AccuSim with dependence detection): the reliability model.
 * Ablations through params: `rho: 0` drops value similarity, `detectCopying: false` keeps only
 * declared copies.
 */
export function estimateReliability<V>(input: TruthInput<V>): TruthResult<V> {
  const prep = prepare(input);
  const sim = prep.params.rho > 0 && input.similarity !== undefined;
  const name = `accu${sim ? "-sim" : ""}${prep.params.detectCopying ? "-copy" : ""}`;
  return run(prep, name, input.onRound);
}

/** The paper's name for the same model: alias of `estimateReliability`. */
export const accuSim = estimateReliability;
