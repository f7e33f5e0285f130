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

/**
 * The part of a plan for the pairs sharing at least `minShared` objects: the same entries, in the
 * same order, as `planPairs(prep, minShared)` builds (pair ids renumbered in order).
 */
export function restrictPlan(plan: PairPlan, minShared: number): PairPlan {
  const P = plan.pairA.length;
  const renumber = new Int32Array(P).fill(-1);
  let kept = 0;
  for (let id = 0; id < P; id++) if ((plan.shared[id] as number) >= minShared) renumber[id] = kept++;
  if (kept === P) return plan;
  const pairA = new Int32Array(kept);
  const pairB = new Int32Array(kept);
  const shared = new Int32Array(kept);
  for (let id = 0; id < P; id++) {
    const to = renumber[id] as number;
    if (to < 0) continue;
    pairA[to] = plan.pairA[id] as number;
    pairB[to] = plan.pairB[id] as number;
    shared[to] = plan.shared[id] as number;
  }
  const e = plan.entries;
  let n = 0;
  for (let i = 0; i < e.length; i += 3) if ((renumber[e[i + 2] as number] as number) >= 0) n += 3;
  const entries = new Int32Array(n);
  let at = 0;
  for (let i = 0; i < e.length; i += 3) {
    const to = renumber[e[i + 2] as number] as number;
    if (to < 0) continue;
    entries[at++] = e[i] as number;
    entries[at++] = e[i + 1] as number;
    entries[at++] = to;
  }
  return { entries, pairA, pairB, shared };
}

const pairPlans = new WeakMap<object, PairPlan>();

/** Drops the plan `pairPlanOf` keeps for a prepared input (its run is over). */
export function releasePairPlan(prep: object): void {
  pairPlans.delete(prep);
}

/**
 * `planPairs(prep, minShared)`, from one plan per prepared input of the pairs sharing two or more
 * objects (the variance pass's), so a run lists the claim pairs once.
 */
export function pairPlanOf<V>(prep: Prepared<V>, minShared: number): PairPlan {
  if (minShared < 2) return planPairs(prep, minShared);
  let base = pairPlans.get(prep);
  if (!base) {
    base = planPairs(prep, 2);
    pairPlans.set(prep, base);
  }
  return minShared === 2 ? base : restrictPlan(base, minShared);
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
  /** Where to write the factors (one per claim); a new array when not given. */
  into?: Float64Array,
): Float64Array {
  const out = (into ?? new Float64Array(prep.claimCount)).fill(1);
  if (dependence.size === 0) return out;
  const c = prep.params.copyProbability;
  const S = prep.sources.length;
  const { claimSource } = prep;
  // Sources in any dependence: a value whose providers include fewer than two of them keeps every
  // vote, and a provider outside every dependence neither discounts nor is discounted.
  const involved = new Uint8Array(S);
  for (const key of dependence.keys()) {
    involved[Math.floor(key / S)] = 1;
    involved[key % S] = 1;
  }
  // Either direction of dependence means the two votes are not independent evidence: per source,
  // its partners and min(1, P(x copies y) + P(y copies x)), listed once (CSR).
  const partners = dependencePartners(dependence, S);
  const { order, start, copies } = valueGroups(prep);
  // Providers in order of fewer declared originals, then rank (higher first), then index: the rank
  // and index part as one position per source, so a provider's place is one integer.
  const bySource = Array.from({ length: S }, (_, s) => s).sort(
    (x, y) => (rank[y] as number) - (rank[x] as number) || x - y,
  );
  const position = new Float64Array(S);
  for (let i = 0; i < S; i++) position[bySource[i] as number] = i;
  let widest = 0;
  for (let g = 0; g + 1 < start.length; g++)
    widest = Math.max(widest, (start[g + 1] as number) - (start[g] as number));
  const list = new Int32Array(widest);
  const place = new Float64Array(widest);
  for (let g = 0; g + 1 < start.length; g++) {
    const g0 = start[g] as number;
    const g1 = start[g + 1] as number;
    if (g1 - g0 < 2) continue;
    // The group's providers in a dependence, in order (a stable insertion sort: groups are small).
    let k = 0;
    for (let i = g0; i < g1; i++) {
      const ci = order[i] as number;
      const s = claimSource[ci] as number;
      if (!involved[s]) continue;
      const key = (copies[ci] as number) * S + (position[s] as number);
      let j = k++;
      while (j > 0 && (place[j - 1] as number) > key) {
        list[j] = list[j - 1] as number;
        place[j] = place[j - 1] as number;
        j--;
      }
      list[j] = ci;
      place[j] = key;
    }
    if (k < 2) continue;
    const { start: ps, other, value } = partners;
    for (let i = 1; i < k; i++) {
      const si = claimSource[list[i] as number] as number;
      let keep = 1;
      for (let j = 0; j < i; j++) {
        const sj = claimSource[list[j] as number] as number;
        // The pair's entry, searched in the shorter of the two sources' sorted partner lists.
        const short =
          (ps[si + 1] as number) - (ps[si] as number) <= (ps[sj + 1] as number) - (ps[sj] as number);
        const x = short ? si : sj;
        const y = short ? sj : si;
        let lo = ps[x] as number;
        const end = ps[x + 1] as number;
        let hi = end;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if ((other[mid] as number) < y) lo = mid + 1;
          else hi = mid;
        }
        const d = lo < end && other[lo] === y ? (value[lo] as number) : 0;
        if (d > 0) keep *= 1 - c * d;
      }
      out[list[i] as number] = keep;
    }
  }
  return out;
}

/**
 * Per source, the sources it depends on in either direction, in increasing order (CSR), each with
 * min(1, P(x copies y) + P(y copies x)).
 */
function dependencePartners(dependence: ReadonlyMap<number, number>, S: number) {
  // Directed entries x → y, both directions of every pair, listed once per pair.
  const from: number[] = [];
  const to: number[] = [];
  const dep: number[] = [];
  for (const [key, p] of dependence) {
    const x = Math.floor(key / S);
    const y = key % S;
    const back = dependence.get(y * S + x);
    if (back !== undefined && x > y) continue;
    const d = Math.min(1, p + (back ?? 0));
    from.push(x);
    to.push(y);
    dep.push(d);
    if (x === y) continue;
    from.push(y);
    to.push(x);
    dep.push(d);
  }
  const E = from.length;
  // Two counting sorts, by the partner and then (stably) by the source: each source's partners ascending.
  const byTo = new Int32Array(S + 1);
  for (let e = 0; e < E; e++) byTo[(to[e] as number) + 1] = (byTo[(to[e] as number) + 1] as number) + 1;
  for (let s = 0; s < S; s++) byTo[s + 1] = (byTo[s + 1] as number) + (byTo[s] as number);
  const sorted = new Int32Array(E);
  for (let e = 0; e < E; e++) {
    const t = to[e] as number;
    sorted[byTo[t] as number] = e;
    byTo[t] = (byTo[t] as number) + 1;
  }
  const start = new Int32Array(S + 1);
  for (let e = 0; e < E; e++) start[(from[e] as number) + 1] = (start[(from[e] as number) + 1] as number) + 1;
  for (let s = 0; s < S; s++) start[s + 1] = (start[s + 1] as number) + (start[s] as number);
  const at = start.slice(0, S);
  const other = new Int32Array(E);
  const value = new Float64Array(E);
  for (let i = 0; i < E; i++) {
    const e = sorted[i] as number;
    const x = from[e] as number;
    const q = at[x] as number;
    other[q] = to[e] as number;
    value[q] = dep[e] as number;
    at[x] = q + 1;
  }
  return { start, other, value };
}
