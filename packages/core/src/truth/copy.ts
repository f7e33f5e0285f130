// Source dependence (Dong, Berti-Equille & Srivastava 2009, "Depen"), simplified:
// - Evidence for a pair of sources is counted over the objects both describe, with soft counts:
//   sharing value v adds P(v) to k_t (shared true) and 1 - P(v) to k_f (shared false); different
//   values add to k_d. The paper counts hard true/false after each round; soft counts avoid the
//   flip-flopping that hard thresholds cause between rounds.
// - Likelihoods are the paper's: independent sources share a true value with Pt = A1·A2, a false one
//   with Pf = (1-A1)(1-A2)/n; a copier (probability c of copying each value) shares with
//   A2·c + Pt(1-c), (1-A2)·c + Pf(1-c), and differs with Pd(1-c). Both directions are scored and
//   summed into one "dependent" probability, because the discount below is applied symmetrically.
// - The vote discount for value v orders its providers by accuracy (then name) and multiplies each
//   provider's vote by Π (1 - c·P(dep with an earlier provider)); the paper uses a greedy order over
//   providers with an explicit copy direction, which costs a search per value for little change.
// Shared false values dominate: one costs a pair about ln(c·n) ≈ 4.4 nats (c = 0.8, n = 100) in
// favour of dependence, while a shared true value adds only about 0.2.
import { type Prepared, type PreparedClaim, pairKey } from "./prepare";

/** The claim pairs behind each source pair, built once per run. */
export interface PairPlan {
  /** Flat triples: claim a, claim b, pair id. */
  entries: Int32Array;
  /** Source indices of each pair id. */
  pairA: Int32Array;
  pairB: Int32Array;
  /** Number of distinct objects each pair shares. */
  shared: Int32Array;
}

/** Lists every pair of claims by two different sources about one object. */
export function planPairs<V>(prep: Prepared<V>): PairPlan {
  const S = prep.sources.length;
  const ids = new Map<number, number>();
  const pairA: number[] = [];
  const pairB: number[] = [];
  const shared: number[] = [];
  const entries: number[] = [];
  for (const obj of prep.objects) {
    const seenPairs = new Set<number>();
    for (let x = 0; x < obj.claims.length; x++) {
      const cx = obj.claims[x] as number;
      const sx = (prep.claims[cx] as PreparedClaim).source;
      for (let y = x + 1; y < obj.claims.length; y++) {
        const cy = obj.claims[y] as number;
        const sy = (prep.claims[cy] as PreparedClaim).source;
        if (sx === sy) continue;
        const key = pairKey(sx, sy, S);
        let id = ids.get(key);
        if (id === undefined) {
          id = pairA.length;
          ids.set(key, id);
          pairA.push(Math.min(sx, sy));
          pairB.push(Math.max(sx, sy));
          shared.push(0);
        }
        if (!seenPairs.has(id)) {
          seenPairs.add(id);
          shared[id] = (shared[id] ?? 0) + 1;
        }
        entries.push(cx, cy, id);
      }
    }
  }
  return {
    entries: Int32Array.from(entries),
    pairA: Int32Array.from(pairA),
    pairB: Int32Array.from(pairB),
    shared: Int32Array.from(shared),
  };
}

// log(exp(a) + exp(b)) without overflow.
function logAdd(a: number, b: number): number {
  const m = Math.max(a, b);
  if (m === Number.NEGATIVE_INFINITY) return m;
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
}

/**
 * Posterior probability that each pair of sources is dependent, given current accuracies and the
 * probability of each claim's value. Declared pairs are 1. Only pairs above 1e-3 are kept: smaller
 * discounts do not change any vote measurably and the map stays small.
 */
export function detectDependence<V>(
  prep: Prepared<V>,
  plan: PairPlan,
  accuracy: Float64Array,
  claimProbability: Float64Array,
): Map<number, number> {
  const { copyProbability: c, copyPrior, falseValues: n, minSharedObjects } = prep.params;
  const P = plan.pairA.length;
  const kt = new Float64Array(P);
  const kf = new Float64Array(P);
  const kd = new Float64Array(P);
  const e = plan.entries;
  for (let i = 0; i < e.length; i += 3) {
    const ca = prep.claims[e[i] as number] as PreparedClaim;
    const cb = prep.claims[e[i + 1] as number] as PreparedClaim;
    const id = e[i + 2] as number;
    const w = ca.share * cb.share;
    if (ca.value === cb.value) {
      const p = claimProbability[e[i] as number] as number;
      kt[id] = (kt[id] as number) + w * p;
      kf[id] = (kf[id] as number) + w * (1 - p);
    } else {
      kd[id] = (kd[id] as number) + w;
    }
  }
  const S = prep.sources.length;
  const out = new Map<number, number>();
  for (const key of prep.declared) out.set(key, 1);
  const logPriorInd = Math.log(1 - copyPrior);
  const logPriorDir = Math.log(copyPrior / 2);
  for (let id = 0; id < P; id++) {
    if ((plan.shared[id] as number) < minSharedObjects) continue;
    const a = plan.pairA[id] as number;
    const b = plan.pairB[id] as number;
    const key = pairKey(a, b, S);
    if (out.has(key)) continue;
    const A1 = accuracy[a] as number;
    const A2 = accuracy[b] as number;
    const t = kt[id] as number;
    const f = kf[id] as number;
    const d = kd[id] as number;
    const pt = A1 * A2;
    const pf = ((1 - A1) * (1 - A2)) / n;
    const pd = Math.max(1e-300, 1 - pt - pf);
    const logInd = t * Math.log(pt) + f * Math.log(pf) + d * Math.log(pd);
    const logCopy = (Aorig: number) =>
      t * Math.log(Aorig * c + pt * (1 - c)) + f * Math.log((1 - Aorig) * c + pf * (1 - c)) + d * Math.log(pd * (1 - c));
    const logDep = logPriorDir + logAdd(logCopy(A2), logCopy(A1));
    const logAll = logAdd(logPriorInd + logInd, logDep);
    const prob = Math.exp(logDep - logAll);
    if (prob > 1e-3) out.set(key, prob);
  }
  return out;
}

/**
 * Share of each claim's vote that survives the dependence discount. Providers of a value are
 * ordered with declared copiers after their originals, then by accuracy (then index); each keeps
 * Π (1 - c·dep) over the providers before it, so the first of a copied group counts in full and
 * its copies much less.
 */
export function independenceFactors<V>(
  prep: Prepared<V>,
  accuracy: Float64Array,
  dependence: ReadonlyMap<number, number>,
): Float64Array {
  const out = new Float64Array(prep.claims.length).fill(1);
  if (dependence.size === 0) return out;
  const c = prep.params.copyProbability;
  const S = prep.sources.length;
  const src = (ci: number) => (prep.claims[ci] as PreparedClaim).source;
  for (const obj of prep.objects) {
    const byValue = new Map<number, number[]>();
    for (const ci of obj.claims) {
      const v = (prep.claims[ci] as PreparedClaim).value;
      const list = byValue.get(v) ?? [];
      list.push(ci);
      byValue.set(v, list);
    }
    for (const list of byValue.values()) {
      if (list.length < 2) continue;
      // A declared copier of another provider of this value never goes first: the original's vote
      // is the one that counts. (Chains of copiers fall back to accuracy order among themselves.)
      const copies = new Map<number, number>();
      for (const x of list) {
        let n = 0;
        for (const y of list) if (prep.copierOf.has(src(x) * S + src(y))) n++;
        copies.set(x, n);
      }
      list.sort(
        (x, y) =>
          (copies.get(x) as number) - (copies.get(y) as number) ||
          (prep.bySource[src(y)] as number[]).length - (prep.bySource[src(x)] as number[]).length ||
          src(x) - src(y),
      );
      for (let i = 1; i < list.length; i++) {
        let keep = 1;
        for (let j = 0; j < i; j++) {
          const dep = dependence.get(pairKey(src(list[i] as number), src(list[j] as number), S));
          if (dep !== undefined) keep *= 1 - c * dep;
        }
        out[list[i] as number] = keep;
      }
    }
  }
  return out;
}
