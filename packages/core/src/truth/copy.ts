// Source dependence (Dong, Berti-Equille & Srivastava 2009, "Depen"), simplified:
// - Evidence for a pair of sources is counted over the objects both describe, with soft counts:
//   sharing value v adds P(v) to k_t (shared true) and 1 - P(v) to k_f (shared false); different
//   values add to k_d. The paper counts hard true/false after each round; soft counts avoid the
//   flip-flopping that hard thresholds cause between rounds.
// - Likelihoods are the paper's: independent sources share a true value with Pt = A1·A2, a false one
//   with Pf = (1-A1)(1-A2)/n; a copier (probability c of copying each value) shares with
//   A2·c + Pt(1-c), (1-A2)·c + Pf(1-c), and differs with Pd(1-c); prior alpha/2 per direction.
// - Both copy directions are scored: the likelihood of "S1 copies S2" uses S2's accuracy, so the
//   more accurate source of a dependent pair tends to come out as the original.
// - The vote discount orders each value's providers by accuracy instead of the paper's greedy
//   search for the most independent provider; see independenceFactors.
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
 * Directed dependence: key `copier * S + original` → posterior probability that `copier` copies
 * `original`, given current accuracies and the probability of each claim's value. Declared copies
 * are 1. Only entries above 1e-3 are kept: smaller discounts change no vote measurably.
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
    // A declared relation is fact; detection does not second-guess it in either direction.
    if (prep.declared.has(a * S + b) || prep.declared.has(b * S + a)) continue;
    const A1 = accuracy[a] as number;
    const A2 = accuracy[b] as number;
    const t = kt[id] as number;
    const f = kf[id] as number;
    const d = kd[id] as number;
    const pt = A1 * A2;
    const pf = ((1 - A1) * (1 - A2)) / n;
    const pd = Math.max(1e-300, 1 - pt - pf);
    const logInd = logPriorInd + t * Math.log(pt) + f * Math.log(pf) + d * Math.log(pd);
    // The copy likelihood depends on the original's accuracy: that is what tells the directions apart.
    const logCopy = (original: number) =>
      logPriorDir +
      t * Math.log(original * c + pt * (1 - c)) +
      f * Math.log((1 - original) * c + pf * (1 - c)) +
      d * Math.log(pd * (1 - c));
    const aCopiesB = logCopy(A2);
    const bCopiesA = logCopy(A1);
    const logAll = logAdd(logInd, logAdd(aCopiesB, bCopiesA));
    const pab = Math.exp(aCopiesB - logAll);
    const pba = Math.exp(bCopiesA - logAll);
    if (pab > 1e-3) out.set(a * S + b, pab);
    if (pba > 1e-3) out.set(b * S + a, pba);
  }
  return out;
}

/**
 * Share of each claim's vote that survives the dependence discount (Dong et al.'s I(S)). Providers
 * of a value are ordered, declared copiers after their originals, then by `rank` (accuracy, higher
 * first), then index; each keeps Π (1 - c·P(dependent on s')) over the providers s' before it, so
 * the first of a dependent group counts in full and its copies much less. An unordered product
 * (every provider discounted by every other) was tried and fails on real data: a true value that
 * many partly dependent sources share loses nearly all its votes.
 */
export function independenceFactors<V>(
  prep: Prepared<V>,
  rank: Float64Array,
  dependence: ReadonlyMap<number, number>,
): Float64Array {
  const out = new Float64Array(prep.claims.length).fill(1);
  if (dependence.size === 0) return out;
  const c = prep.params.copyProbability;
  const S = prep.sources.length;
  const src = (ci: number) => (prep.claims[ci] as PreparedClaim).source;
  // Either direction of dependence means the two votes are not independent evidence.
  const dep = (x: number, y: number) =>
    Math.min(1, (dependence.get(x * S + y) ?? 0) + (dependence.get(y * S + x) ?? 0));
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
      const copies = new Map<number, number>();
      for (const x of list) {
        let k = 0;
        for (const y of list) if (prep.declared.has(src(x) * S + src(y))) k++;
        copies.set(x, k);
      }
      list.sort(
        (x, y) =>
          (copies.get(x) as number) - (copies.get(y) as number) ||
          (rank[src(y)] as number) - (rank[src(x)] as number) ||
          src(x) - src(y),
      );
      for (let i = 1; i < list.length; i++) {
        let keep = 1;
        for (let j = 0; j < i; j++) {
          const d = dep(src(list[i] as number), src(list[j] as number));
          if (d > 0) keep *= 1 - c * d;
        }
        out[list[i] as number] = keep;
      }
    }
  }
  return out;
}
