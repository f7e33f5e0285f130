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
import type { Prepared } from "./prepare";

/** The claim pairs behind each source pair that shares enough objects, built once per run. */
export interface PairPlan {
  /** Flat triples: claim a, claim b, pair id. */
  entries: Int32Array;
  /** Source indices of each pair id. */
  pairA: Int32Array;
  pairB: Int32Array;
  /** Number of distinct objects each pair shares. */
  shared: Int32Array;
}

/** Growable Int32Array. */
class Ints {
  data = new Int32Array(1024);
  length = 0;
  push(x: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Lists the pairs of claims by two different sources about one object, for the source pairs that
 * share at least `minShared` objects (default `minSharedObjects`: others are never judged
 * dependent, so their claim pairs are not kept). Pairs come from an inverted index: for each source s, the objects it claims
 * and the other sources on them, counted in one dense array, so the cost is Σ over objects of
 * (sources on it)² and the memory is the kept pairs only, not every pair of sources.
 */
export function planPairs<V>(prep: Prepared<V>, minShared = prep.params.minSharedObjects): PairPlan {
  const S = prep.sources.length;
  const { claimSource, claimObject, sourceStart, sourceClaims, objects } = prep;
  const min = Math.max(1, minShared);
  const pairA = new Ints();
  const pairB = new Ints();
  const shared = new Ints();
  const entries = new Ints();
  // Per other source t (> s): objects shared with s, the object last counted, the pair id.
  const count = new Int32Array(S);
  const lastObject = new Int32Array(S).fill(-1);
  const pairId = new Int32Array(S).fill(-1);
  const touched = new Ints();
  for (let s = 0; s < S; s++) {
    const c0 = sourceStart[s] as number;
    const c1 = sourceStart[s + 1] as number;
    touched.length = 0;
    for (let i = c0; i < c1; i++) {
      const o = claimObject[sourceClaims[i] as number] as number;
      const obj = objects[o] as Prepared<V>["objects"][number];
      for (let c = obj.start; c < obj.end; c++) {
        const t = claimSource[c] as number;
        if (t <= s || lastObject[t] === o) continue;
        if (lastObject[t] === -1) touched.push(t);
        lastObject[t] = o;
        count[t] = (count[t] as number) + 1;
      }
    }
    // Pair ids in order of the other source, so the plan does not depend on visiting order.
    const others = touched.data.subarray(0, touched.length).sort();
    for (const t of others) {
      if ((count[t] as number) >= min) {
        pairId[t] = pairA.length;
        pairA.push(s);
        pairB.push(t);
        shared.push(count[t] as number);
      }
    }
    if (pairA.length > 0) {
      for (let i = c0; i < c1; i++) {
        const cs = sourceClaims[i] as number;
        const o = claimObject[cs] as number;
        // A source's claims on one object are adjacent; visit each object's other claims once per claim.
        const obj = objects[o] as Prepared<V>["objects"][number];
        for (let c = obj.start; c < obj.end; c++) {
          const t = claimSource[c] as number;
          if (t <= s) continue;
          const id = pairId[t] as number;
          if (id < 0) continue;
          entries.push(cs);
          entries.push(c);
          entries.push(id);
        }
      }
    }
    for (const t of others) {
      count[t] = 0;
      lastObject[t] = -1;
      pairId[t] = -1;
    }
  }
  return { entries: entries.done(), pairA: pairA.done(), pairB: pairB.done(), shared: shared.done() };
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
  const { claimShare, claimValue } = prep;
  for (let i = 0; i < e.length; i += 3) {
    const ca = e[i] as number;
    const cb = e[i + 1] as number;
    const id = e[i + 2] as number;
    const w = (claimShare[ca] as number) * (claimShare[cb] as number);
    if (claimValue[ca] === claimValue[cb]) {
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
/** Claims grouped by (object, value), and each claim's count of declared originals in its group. */
interface ValueGroups {
  /** Claim indices, grouped: group g is order[start[g] .. start[g+1]). */
  order: Int32Array;
  start: Int32Array;
  copies: Int32Array;
}

const groupCache = new WeakMap<object, ValueGroups>();

function valueGroups<V>(prep: Prepared<V>): ValueGroups {
  const cached = groupCache.get(prep);
  if (cached) return cached;
  const { claimSource, claimValue, declared } = prep;
  const S = prep.sources.length;
  const order = new Int32Array(prep.claimCount);
  const start: number[] = [0];
  const copies = new Int32Array(prep.claimCount);
  let at = 0;
  for (const obj of prep.objects) {
    const m = obj.values.length;
    for (let v = 0; v < m; v++) {
      const first = at;
      for (let ci = obj.start; ci < obj.end; ci++) if (claimValue[ci] === v) order[at++] = ci;
      if (at === first) continue;
      start.push(at);
      if (declared.size === 0) continue;
      for (let x = first; x < at; x++) {
        const cx = order[x] as number;
        let n = 0;
        for (let y = first; y < at; y++)
          if (declared.has((claimSource[cx] as number) * S + (claimSource[order[y] as number] as number)))
            n++;
        copies[cx] = n;
      }
    }
  }
  const groups = { order, start: Int32Array.from(start), copies };
  groupCache.set(prep, groups);
  return groups;
}

export function independenceFactors<V>(
  prep: Prepared<V>,
  rank: Float64Array,
  dependence: ReadonlyMap<number, number>,
): Float64Array {
  const out = new Float64Array(prep.claimCount).fill(1);
  if (dependence.size === 0) return out;
  const c = prep.params.copyProbability;
  const S = prep.sources.length;
  const { claimSource } = prep;
  // Sources in any dependence: a value whose providers include fewer than two of them keeps every vote.
  const involved = new Uint8Array(S);
  for (const key of dependence.keys()) {
    involved[Math.floor(key / S)] = 1;
    involved[key % S] = 1;
  }
  // Either direction of dependence means the two votes are not independent evidence.
  const dep = (x: number, y: number) =>
    Math.min(1, (dependence.get(x * S + y) ?? 0) + (dependence.get(y * S + x) ?? 0));
  const { order, start, copies } = valueGroups(prep);
  const src = (ci: number) => claimSource[ci] as number;
  const byEvidence = (x: number, y: number) =>
    (copies[x] as number) - (copies[y] as number) ||
    (rank[src(y)] as number) - (rank[src(x)] as number) ||
    src(x) - src(y);
  const list: number[] = [];
  for (let g = 0; g + 1 < start.length; g++) {
    const g0 = start[g] as number;
    const g1 = start[g + 1] as number;
    if (g1 - g0 < 2) continue;
    let k = 0;
    for (let i = g0; i < g1 && k < 2; i++) if (involved[src(order[i] as number)]) k++;
    if (k < 2) continue;
    list.length = 0;
    for (let i = g0; i < g1; i++) list.push(order[i] as number);
    list.sort(byEvidence);
    for (let i = 1; i < list.length; i++) {
      const si = src(list[i] as number);
      if (!involved[si]) continue;
      let keep = 1;
      for (let j = 0; j < i; j++) {
        const sj = src(list[j] as number);
        if (!involved[sj]) continue;
        const d = dep(si, sj);
        if (d > 0) keep *= 1 - c * d;
      }
      out[list[i] as number] = keep;
    }
  }
  return out;
}
