// The reliability model: Accu / AccuSim with dependence (Dong, Berti-Equille & Srivastava, VLDB
// 2009) and a Beta prior on each source's accuracy. One round:
//   1. dependence between sources from the previous round's value probabilities (copy.ts);
//   2. vote of a claim = ln(n·A/(1-A)), times its independence factor, split over its source's
//      values for the object, where A is the source's accuracy on its other claims (leave-one-out,
//      leaveOneOut), so a claim never confirms itself;
//   3. C(v) = Σ votes; C*(v) = C(v) + Σ_{v'≠v} s(v,v')·C(v'), where s = 1 when v' is a coarser
//      claim containing v ("June" for "19 June"), 0 when v' is a finer value inside v, and
//      rho·sim(v,v') otherwise (supportOf);
//   4. P(v) = exp C*(v) / (Σ_observed exp C* + unseen), where the object's domain holds n false
//      values plus the truth and every value nobody claimed has confidence 0 (unseen: n + 1 less
//      the claimed facts, rounding variants of one figure counted once): a lone source of
//      accuracy A then gives its value P = A, as the model intends;
//   5. a claim is right with P(v) plus, for a coarser claim, the P of the finer values inside it,
//      and for values with a width, sim(v, v')·P(v') of values v' it is not strictly inside
//      when sim = 1 or v is at least as wide as v' (creditOf);
//   6. A(s) = (a_s + Σ P) / (a_s + b_s + #claims), the posterior mean under the source's Beta prior:
//      fixed Beta(alpha, beta), or (default) hierarchical, fitted each round (fitPriors); n is
//      fitted each round too, by maximum likelihood over how the objects' claims fall into values
//      with the true value summed out (fitFalseValues). The interval is the Beta with A's mean and the
//      observed information, complete minus missing (posteriorBeta), where the missing part is the
//      variance of the source's count of right claims: given the value probabilities, and from
//      the other sources' accuracies on the objects it shares with them being estimated too
//      (othersVariance). The prior's spread is fitted with the same posteriors.
// Rounds repeat until no accuracy moves more than `tolerance`; repeated setbacks switch on damping.
import { betaCredibleInterval } from "./beta";
import { detectDependence, independenceFactors, type PairPlan, pairPlanOf, releasePairPlan } from "./copy";
import { type Prepared, prepare } from "./prepare";
import { buildResult } from "./result";
import {
  ALGORITHM_VERSION,
  type PriorEstimate,
  type TruthInput,
  type TruthParams,
  type TruthResult,
} from "./types";

// The provider order behind the copy discount follows accuracy for this many rounds and is then
// frozen: re-sorting is a discontinuous step, and on the Book data it made the iteration cycle
// between two states forever. Freezing leaves a continuous map, which settles.
const ORDER_ROUNDS = 10;

// Keeps ln(A/(1-A)) finite; posterior means never reach 0 or 1 but user-set initial values might.
const EPS = 1e-9;

interface Probabilities {
  /** Per object, per value: views into one buffer each, overwritten every round. */
  probability: Float64Array[];
  confidence: Float64Array[];
  claimWeight: Float64Array;
  claimProbability: Float64Array;
}

/** Buffers for the value probabilities, allocated once per run and reused every round. */
export function probabilityBuffers<V>(prep: Prepared<V>): Probabilities {
  let total = 0;
  for (const obj of prep.objects) total += obj.values.length;
  const prob = new Float64Array(total);
  const conf = new Float64Array(total);
  const probability: Float64Array[] = new Array(prep.objects.length);
  const confidence: Float64Array[] = new Array(prep.objects.length);
  let at = 0;
  prep.objects.forEach((obj, o) => {
    const m = obj.values.length;
    probability[o] = prob.subarray(at, at + m);
    confidence[o] = conf.subarray(at, at + m);
    at += m;
  });
  return {
    probability,
    confidence,
    claimWeight: new Float64Array(prep.claimCount),
    claimProbability: new Float64Array(prep.claimCount),
  };
}

type PreparedObjectOf<V> = Prepared<V>["objects"][number];

/**
 * Share of the vote for value `u` that value `v` of one object receives: its own vote fully, a
 * coarser value's fully when `v` lies inside it ("June" backs "19 June"), nothing from a finer
 * value inside `v` (a day says more than its month, not the month: backing "June" from
 * "19 June" would let precise claims lift the vaguer value), otherwise rho times their similarity.
 */
function supportOf<V>(obj: PreparedObjectOf<V>, rho: number, v: number, u: number): number {
  if (u === v) return 1;
  const m = obj.values.length;
  const inside = obj.inside;
  if (inside) {
    if (inside[u * m + v]) return 1;
    if (inside[v * m + u]) return 0;
  }
  return obj.sim && rho > 0 ? rho * (obj.sim[v * m + u] as number) : 0;
}

/**
 * How much a claim of value `u` is right when value `v` is the truth: fully for `v` itself and for
 * values inside a coarser `u`; for values with a width (figures, dates), by their similarity when
 * it is 1 (indistinguishable: "121" and "120" read with its rounding) or when `u` is at least as
 * wide as `v` ("2.980" for "2.957": partly); a claim strictly inside the truth gets no credit.
 */
function creditOf<V>(obj: PreparedObjectOf<V>, u: number, v: number): number {
  if (u === v) return 1;
  const m = obj.values.length;
  const inside = obj.inside;
  if (inside?.[u * m + v]) return 1;
  if (inside?.[v * m + u]) return 0;
  const sim = obj.sim;
  const width = obj.width;
  if (!sim || !width) return 0;
  const x = sim[u * m + v] as number;
  return x >= 1 || (width[u] as number) >= (width[v] as number) ? x : 0;
}

/**
 * Per object, the support and credit matrices (supportOf, creditOf), row-major m × m; computed
 * once per prepared input and rho, as they depend on the values only. -1: the identity (a value
 * supports and is credited by itself alone).
 */
interface Kernels {
  rho: number;
  supportAt: Int32Array;
  creditAt: Int32Array;
  support: Float64Array;
  credit: Float64Array;
  widest: number;
  /** Σ m² over objects: size of a per-object m × m buffer. */
  squares: number;
  /** Per object, four entries: its claims' range [start, end), its number of values m, and the offset of its m × m block. */
  objectInfo: Int32Array;
}

const kernelCache = new WeakMap<object, Kernels>();

function kernelsOf<V>(prep: Prepared<V>): Kernels {
  const rho = prep.params.rho;
  const cached = kernelCache.get(prep);
  if (cached && cached.rho === rho) return cached;
  const O = prep.objects.length;
  const supportAt = new Int32Array(O).fill(-1);
  const creditAt = new Int32Array(O).fill(-1);
  let supportSize = 0;
  let creditSize = 0;
  let widest = 0;
  let squares = 0;
  prep.objects.forEach((obj, o) => {
    const m = obj.values.length;
    widest = Math.max(widest, m);
    squares += m * m;
    if (m < 2) return;
    if ((obj.sim && rho > 0) || obj.inside) {
      supportAt[o] = supportSize;
      supportSize += m * m;
    }
    if (obj.inside || (obj.sim && obj.width)) {
      creditAt[o] = creditSize;
      creditSize += m * m;
    }
  });
  const support = new Float64Array(supportSize);
  const credit = new Float64Array(creditSize);
  prep.objects.forEach((obj, o) => {
    const m = obj.values.length;
    const sa = supportAt[o] as number;
    const ca = creditAt[o] as number;
    for (let v = 0; v < m; v++)
      for (let u = 0; u < m; u++) {
        if (sa >= 0) support[sa + v * m + u] = supportOf(obj, rho, v, u);
        if (ca >= 0) credit[ca + v * m + u] = creditOf(obj, v, u);
      }
  });
  const objectInfo = new Int32Array(4 * O);
  let block = 0;
  prep.objects.forEach((obj, o) => {
    const m = obj.values.length;
    objectInfo[4 * o] = obj.start;
    objectInfo[4 * o + 1] = obj.end;
    objectInfo[4 * o + 2] = m;
    objectInfo[4 * o + 3] = block;
    block += m * m;
  });
  const k = {
    rho,
    supportAt,
    creditAt,
    support,
    credit,
    widest,
    squares,
    objectInfo,
  };
  kernelCache.set(prep, k);
  return k;
}

/** Vote of a claim made with accuracy `a`: ln(n·a/(1-a)). */
const voteOf = (a: number, n: number) => {
  const x = Math.min(1 - EPS, Math.max(EPS, a));
  return Math.log((n * x) / (1 - x));
};

/**
 * Value probabilities of every object from the sources' accuracies. `claimAccuracy`, when given,
 * is the accuracy each claim votes with (leave-one-out: its source's accuracy on its other
 * claims, leaveOneOut); otherwise every claim votes with its source's `accuracy`.
 */
export function valueProbabilities<V>(
  prep: Prepared<V>,
  accuracy: Float64Array,
  independence: Float64Array,
  out: Probabilities,
  claimAccuracy: Float64Array | null = null,
): Probabilities {
  const { falseValues: n } = prep.params;
  const vote = accuracy.map((a) => voteOf(a, n));
  const { claimWeight, claimProbability, probability, confidence } = out;
  const { claimSource, claimValue, claimShare } = prep;
  const kernels = kernelsOf(prep);
  const { support: M, credit: R } = kernels;
  const base = new Float64Array(kernels.widest);
  const right = new Float64Array(kernels.widest);
  prep.objects.forEach((obj, o) => {
    const m = obj.values.length;
    base.fill(0, 0, m);
    for (let ci = obj.start; ci < obj.end; ci++) {
      const v0 = claimAccuracy
        ? voteOf(claimAccuracy[ci] as number, n)
        : (vote[claimSource[ci] as number] as number);
      const w = v0 * (independence[ci] as number) * (claimShare[ci] as number);
      claimWeight[ci] = w;
      const v = claimValue[ci] as number;
      base[v] = (base[v] as number) + w;
    }
    const conf = confidence[o] as Float64Array;
    const sa = kernels.supportAt[o] as number;
    if (sa >= 0) {
      for (let v = 0; v < m; v++) {
        let x = 0;
        const row = sa + v * m;
        for (let u = 0; u < m; u++) x += (M[row + u] as number) * (base[u] as number);
        conf[v] = x;
      }
    } else conf.set(base.subarray(0, m));
    const prob = probability[o] as Float64Array;
    if (obj.fixedValue >= 0) {
      prob.fill(0);
      prob[obj.fixedValue] = 1;
    } else {
      let max = 0;
      for (const x of conf) if (x > max) max = x;
      // The domain holds n false values plus the truth; the values nobody claimed are those left
      // after the claimed facts, where values that state one fact (similarity 1: rounding variants
      // of one figure) count once. A coarser value containing a finer one is not the same fact:
      // "June" leaves the other days of June unclaimed.
      let claimed = m;
      const same = obj.sim;
      const inside = obj.inside;
      if (same) {
        claimed = 0;
        for (let v = 0; v < m; v++) {
          let copies = 1;
          for (let u = 0; u < m; u++) {
            if (u === v || (same[v * m + u] as number) < 1) continue;
            if (inside && (inside[v * m + u] || inside[u * m + v])) continue;
            copies += 1;
          }
          claimed += 1 / copies;
        }
      }
      const unseen = Math.max(0, n + 1 - claimed);
      let denom = unseen * Math.exp(-max);
      for (let v = 0; v < m; v++) {
        prob[v] = Math.exp((conf[v] as number) - max);
        denom += prob[v] as number;
      }
      for (let v = 0; v < m; v++) prob[v] = (prob[v] as number) / denom;
    }
    // A claim is right with the probability of the values it is credited for (creditOf).
    let rightOf: Float64Array = prob;
    const ca = kernels.creditAt[o] as number;
    if (ca >= 0) {
      rightOf = right;
      for (let u = 0; u < m; u++) {
        let r = 0;
        const row = ca + u * m;
        for (let v = 0; v < m; v++) r += (R[row + v] as number) * (prob[v] as number);
        right[u] = Math.min(1, r);
      }
    }
    for (let ci = obj.start; ci < obj.end; ci++)
      claimProbability[ci] = rightOf[claimValue[ci] as number] as number;
  });
  return out;
}

/**
 * The accuracy each claim votes with: its source's posterior mean on its other claims,
 * (a + k - share·p)/(a + b + n - share), where k of n are the source's soft counts and p the
 * claim's probability of being right in the last round. A source's own claim then never confirms
 * itself: a source whose values nobody else gives is judged by its other claims and its prior,
 * not by the confidence its own vote lent them.
 */
export function leaveOneOut<V>(
  prep: Prepared<V>,
  priorA: Float64Array,
  priorB: Float64Array,
  correct: Float64Array,
  total: Float64Array,
  claimProbability: Float64Array,
  out: Float64Array,
  claimSource: Int32Array = prep.claimSource,
): Float64Array {
  for (let ci = 0; ci < prep.claimCount; ci++) {
    const s = claimSource[ci] as number;
    const share = prep.claimShare[ci] as number;
    const a = priorA[s] as number;
    const b = priorB[s] as number;
    const k = Math.max(0, (correct[s] as number) - share * (claimProbability[ci] as number));
    const n = Math.max(0, (total[s] as number) - share);
    out[ci] = Math.min(1 - EPS, Math.max(EPS, (a + Math.min(k, n)) / (a + b + n)));
  }
  return out;
}

/** Buffers of othersVariance, kept per prepared input: it runs every round. */
const varianceScratch = new WeakMap<
  object,
  {
    grad: Float64Array;
    pack: Float64Array;
    plan: PairPlan;
    /** Per plan entry: the object, and the offsets of grad(a's value, b's) and grad(b's, a's). */
    entryObject: Int32Array;
    entryAB: Int32Array;
    entryBA: Int32Array;
    sum: Float64Array;
    squares: Float64Array;
    partial: Float64Array;
    lastObject: Int32Array;
  }
>();

/**
 * Variance of each source's soft count of right claims that comes from the other sources'
 * accuracies being estimated, not known (the law of total variance: the count's variance given
 * the value probabilities is Σ share²·p(1-p); this is the variance of its expectation). To first
 * order, k_s moves with another source t's accuracy by the derivative of s's claims' probabilities
 * through t's votes on the objects they share, summed over those objects (they move together:
 * a source that agrees with s on many objects lifts all of them when it is rated higher), so
 *   Var_others(k_s) = Σ_{t≠s} (∂k_s/∂A_t)² · Var(A_t).
 * With p = P(v) of a claim of value u (credit R, support M, both as in valueProbabilities) and
 * w a vote on value u', ∂right(u)/∂w = Σ_v R(u,v)·P(v)·M(v,u') - right(u)·Σ_v P(v)·M(v,u'), and
 * ∂w/∂A_t = share·independence/(A(1-A)) at the accuracy the claim voted with.
 */
export function othersVariance<V>(
  prep: Prepared<V>,
  probs: Probabilities,
  independence: Float64Array,
  claimAccuracy: Float64Array | null,
  accuracy: Float64Array,
  accuracyVariance: Float64Array,
  out: Float64Array,
): Float64Array {
  const { claimSource, claimValue, claimShare } = prep;
  const kernels = kernelsOf(prep);
  const { support: M, credit: R } = kernels;
  let scratch = varianceScratch.get(prep);
  if (!scratch) {
    const plan = pairPlanOf(prep, 2);
    const P = plan.pairA.length;
    const E = plan.entries.length / 3;
    const entryObject = new Int32Array(E);
    const entryAB = new Int32Array(E);
    const entryBA = new Int32Array(E);
    for (let q = 0; q < E; q++) {
      const ca = plan.entries[3 * q] as number;
      const cb = plan.entries[3 * q + 1] as number;
      const o = prep.claimObject[ca] as number;
      const m = kernels.objectInfo[4 * o + 2] as number;
      const block = kernels.objectInfo[4 * o + 3] as number;
      const va = claimValue[ca] as number;
      const vb = claimValue[cb] as number;
      entryObject[q] = o;
      entryAB[q] = block + va * m + vb;
      entryBA[q] = block + vb * m + va;
    }
    scratch = {
      grad: new Float64Array(kernels.squares),
      pack: new Float64Array(prep.claimCount),
      plan,
      entryObject,
      entryAB,
      entryBA,
      sum: new Float64Array(2 * P),
      squares: new Float64Array(2 * P),
      partial: new Float64Array(2 * P),
      lastObject: new Int32Array(P),
    };
    varianceScratch.set(prep, scratch);
  }
  // Per object, the derivative matrix grad[u·m + u'] of right(u) by a vote for u'.
  const { grad: gradAll, pack } = scratch;
  gradAll.fill(0);
  const q = new Float64Array(kernels.widest);
  const raw = new Float64Array(kernels.widest);
  const rp = new Float64Array(kernels.widest);
  prep.objects.forEach((obj, o) => {
    const m = obj.values.length;
    const at = kernels.objectInfo[4 * o + 3] as number;
    const P = probs.probability[o] as Float64Array;
    const sa = kernels.supportAt[o] as number;
    const ca = kernels.creditAt[o] as number;
    if (obj.fixedValue < 0 && m > 0) {
      // q(u') = Σ_v P(v)·M(v, u'); raw(u) = Σ_v R(u, v)·P(v).
      for (let u2 = 0; u2 < m; u2++) {
        let x = 0;
        if (sa < 0) x = P[u2] as number;
        else for (let v = 0; v < m; v++) x += (P[v] as number) * (M[sa + v * m + u2] as number);
        q[u2] = x;
      }
      for (let u = 0; u < m; u++) {
        let r = 0;
        if (ca < 0) r = P[u] as number;
        else for (let v = 0; v < m; v++) r += (R[ca + u * m + v] as number) * (P[v] as number);
        raw[u] = r;
      }
      for (let u = 0; u < m; u++) {
        // A claim credited with certainty (clamped at 1) does not move.
        if (ca >= 0 && (raw[u] as number) >= 1) continue;
        // rp(v) = R(u, v)·P(v); grad(u, u') = Σ_v rp(v)·M(v, u') - raw(u)·q(u').
        for (let v = 0; v < m; v++)
          rp[v] = (ca < 0 ? (u === v ? 1 : 0) : (R[ca + u * m + v] as number)) * (P[v] as number);
        const row = at + u * m;
        for (let u2 = 0; u2 < m; u2++) {
          let x = 0;
          if (sa < 0) x = rp[u2] as number;
          else for (let v = 0; v < m; v++) x += (rp[v] as number) * (M[sa + v * m + u2] as number);
          gradAll[row + u2] = x - (raw[u] as number) * (q[u2] as number);
        }
      }
    }
  });
  // Per claim: how far its vote moves with its source's accuracy, share·independence/(A(1-A)).
  for (let ci = 0; ci < prep.claimCount; ci++) {
    const a = claimAccuracy
      ? (claimAccuracy[ci] as number)
      : Math.min(1 - EPS, Math.max(EPS, accuracy[claimSource[ci] as number] as number));
    pack[ci] = ((claimShare[ci] as number) * (independence[ci] as number)) / Math.max(EPS, a * (1 - a));
  }
  // Σ_t (Σ_o d_sto)² = Σ_t Σ_o d_sto² + Σ_t [(Σ_o d_sto)² - Σ_o d_sto²], where d_sto is how far
  // s's count moves with t's accuracy through object o. The first sum is taken object by object (in
  // memory order); the second is 0 for pairs sharing one object and is added for the pairs that
  // share two or more, from their claim pairs (a plan built once per run).
  out.fill(0);
  const { objectInfo } = kernels;
  const O = prep.objects.length;
  for (let o = 0; o < O; o++) {
    const c0 = objectInfo[4 * o] as number;
    const c1 = objectInfo[4 * o + 1] as number;
    const m = objectInfo[4 * o + 2] as number;
    const block = objectInfo[4 * o + 3] as number;
    // A source's claims on one object are adjacent: runs [a0, a1) and [b0, b1).
    for (let a0 = c0; a0 < c1; ) {
      const s = claimSource[a0] as number;
      let a1 = a0 + 1;
      while (a1 < c1 && claimSource[a1] === s) a1++;
      let v = 0;
      for (let b0 = c0; b0 < c1; ) {
        const t = claimSource[b0] as number;
        let b1 = b0 + 1;
        while (b1 < c1 && claimSource[b1] === t) b1++;
        if (t !== s) {
          let d = 0;
          for (let a = a0; a < a1; a++) {
            const row = block + (claimValue[a] as number) * m;
            let x = 0;
            for (let b = b0; b < b1; b++)
              x += (gradAll[row + (claimValue[b] as number)] as number) * (pack[b] as number);
            d += (claimShare[a] as number) * x;
          }
          v += d * d * (accuracyVariance[t] as number);
        }
        b0 = b1;
      }
      out[s] = (out[s] as number) + v;
      a0 = a1;
    }
  }
  // Pairs sharing two or more objects: per direction, the sum over objects (D) and the sum of
  // the per-object squares (Q); entries of one pair come in object order.
  const { plan, sum, squares, partial, lastObject, entryObject, entryAB, entryBA } = scratch;
  sum.fill(0);
  squares.fill(0);
  partial.fill(0);
  lastObject.fill(-1);
  const e = plan.entries;
  const flush = (id: number) => {
    for (let k = 0; k < 2; k++) {
      const x = partial[2 * id + k] as number;
      squares[2 * id + k] = (squares[2 * id + k] as number) + x * x;
      partial[2 * id + k] = 0;
    }
  };
  for (let i = 0, q = 0; i < e.length; i += 3, q++) {
    const ca = e[i] as number;
    const cb = e[i + 1] as number;
    const id = e[i + 2] as number;
    const o = entryObject[q] as number;
    if (lastObject[id] !== o) {
      if (lastObject[id] !== -1) flush(id);
      lastObject[id] = o;
    }
    // Direction 0: A's count by B's accuracy; 1: B's count by A's.
    const ab = (claimShare[ca] as number) * (gradAll[entryAB[q] as number] as number) * (pack[cb] as number);
    const ba = (claimShare[cb] as number) * (gradAll[entryBA[q] as number] as number) * (pack[ca] as number);
    sum[2 * id] = (sum[2 * id] as number) + ab;
    sum[2 * id + 1] = (sum[2 * id + 1] as number) + ba;
    partial[2 * id] = (partial[2 * id] as number) + ab;
    partial[2 * id + 1] = (partial[2 * id + 1] as number) + ba;
  }
  const P = plan.pairA.length;
  for (let id = 0; id < P; id++) {
    if (lastObject[id] !== -1) flush(id);
    const a = plan.pairA[id] as number;
    const b = plan.pairB[id] as number;
    const dab = sum[2 * id] as number;
    const dba = sum[2 * id + 1] as number;
    out[a] = (out[a] as number) + (dab * dab - (squares[2 * id] as number)) * (accuracyVariance[b] as number);
    out[b] =
      (out[b] as number) + (dba * dba - (squares[2 * id + 1] as number)) * (accuracyVariance[a] as number);
  }
  for (let s = 0; s < out.length; s++) out[s] = Math.max(0, out[s] as number);
  return out;
}

/**
 * Number of false values from the partition of each object's claims into values, by maximum
 * likelihood under the model the votes assume, with the true value summed out rather than taken
 * from the value probabilities (which n itself sets: a larger n makes agreement on a wrong value
 * look true, so fewer wrong claims seem to coincide, so n grows). A claim is right with its
 * accuracy A; a wrong claim repeats an earlier wrong value of the object with probability 1/n,
 * the coincidence rate a vote ln(n·A/(1 − A)) prices: the j-th wrong claim on an object opens a
 * new wrong value with probability θ/(θ + j − 1) and joins a wrong value given by b earlier wrong
 * claims with probability b/(θ + j − 1), θ = n − 1 (a Chinese restaurant process). For an object
 * whose claims form values with the true one t (or none claimed), the wrong claims W_t in k_t
 * values of b_1 … b_k claims:
 *   L(n) = Σ_t Π_{right given t} A · Π_{wrong} (1 − A) · θ^k_t · Π (b_j − 1)! / Π_{j<W_t} (θ + j)
 * summed over every claimed value and "none". A claim is right given t when it states t's fact
 * (similarity 1) or is credited for it (a coarser value containing it); A is the claim's vote
 * accuracy (its source's on its other claims). Objects with one claim carry no information (L = 1);
 * claims that split a source's vote over several values, and claims judged copied (independence
 * factor below 1/2), are left out. The prior is PRIOR_PAIRS pairs of wrong claims coinciding at the
 * start n's rate; n is kept within [1, 1000].
 */
interface PartitionPlan {
  /** Objects used: claims (flat), per object [claimStart, claimEnd) and [candStart, candEnd). */
  claims: Int32Array;
  objClaims: Int32Array;
  objCands: Int32Array;
  /** Per candidate truth: wrong-value count k, wrong claims W, Σ ln (b_j − 1)!, right claims (flat). */
  k: Int32Array;
  wrong: Int32Array;
  logFact: Float64Array;
  rightStart: Int32Array;
  right: Int32Array;
  longest: number;
}

/**
 * The last plan built for a prepared input, the claims it used, and per object its index in the
 * plan (-1: not used), so a round rebuilds only the objects whose used claims changed. Plans are
 * views into one of two sets of lists, the next plan built into the other: a round allocates
 * nothing once the lists have grown to size.
 */
interface PartitionCache {
  used: Uint8Array;
  plan: PartitionPlan;
  slot: Int32Array;
  lists: [PlanLists, PlanLists | null];
  /** The set the plan is a view into. */
  current: 0 | 1;
  /** The previous plan's `used` and `slot`, reused for the next. */
  spareUsed: Uint8Array | null;
  spareSlot: Int32Array | null;
  changed: Uint8Array;
}

const partitionPlans = new WeakMap<object, PartitionCache>();

// A claim whose independence factor is below this is more likely copied than given independently
// (a factor is 1 − c·P(copied)): it is no draw of a wrong value of its own, and is left out.
const INDEPENDENT = 0.5;

/** A typed list that grows by doubling (no per-element boxing), read as a view of its buffer. */
class TypedList<T extends Int32Array | Float64Array> {
  length = 0;
  constructor(
    public buf: T,
    private readonly make: (n: number) => T,
  ) {}
  push(x: number) {
    if (this.length === this.buf.length) {
      const grown = this.make(this.buf.length * 2);
      grown.set(this.buf);
      this.buf = grown;
    }
    this.buf[this.length++] = x;
  }
  view(): T {
    return this.buf.subarray(0, this.length) as T;
  }
}

const ints = (n: number) => new TypedList(new Int32Array(Math.max(16, n)), (m) => new Int32Array(m));
const floats = (n: number) => new TypedList(new Float64Array(Math.max(16, n)), (m) => new Float64Array(m));

/** The lists a partition plan is built into. */
interface PlanLists {
  claims: TypedList<Int32Array>;
  objClaims: TypedList<Int32Array>;
  objCands: TypedList<Int32Array>;
  k: TypedList<Int32Array>;
  wrong: TypedList<Int32Array>;
  logFact: TypedList<Float64Array>;
  rightStart: TypedList<Int32Array>;
  right: TypedList<Int32Array>;
}

/** Lists sized for a first plan, or a tenth over the lengths of the other set's. */
function planLists(claimCount: number, objects: number, like?: PlanLists): PlanLists {
  const size = (n: number, l?: TypedList<Int32Array | Float64Array>) => (l ? Math.ceil(l.length * 1.1) : n);
  return {
    claims: ints(size(claimCount, like?.claims)),
    objClaims: ints(size(objects + 1, like?.objClaims)),
    objCands: ints(size(objects + 1, like?.objCands)),
    k: ints(size(claimCount, like?.k)),
    wrong: ints(size(claimCount, like?.wrong)),
    logFact: floats(size(claimCount, like?.logFact)),
    rightStart: ints(size(claimCount, like?.rightStart)),
    right: ints(size(claimCount * 2, like?.right)),
  };
}

function partitionPlan<V>(prep: Prepared<V>, independence: Float64Array): PartitionPlan {
  const O = prep.objects.length;
  const cached = partitionPlans.get(prep);
  const used = cached?.spareUsed ?? new Uint8Array(prep.claimCount);
  for (let ci = 0; ci < prep.claimCount; ci++)
    used[ci] = (prep.claimShare[ci] as number) === 1 && (independence[ci] as number) >= INDEPENDENT ? 1 : 0;
  // Objects with a claim that crossed the line since the last plan; the others keep their part.
  let changed: Uint8Array | null = null;
  if (cached) {
    changed = cached.changed;
    changed.fill(0);
    let any = false;
    for (let ci = 0; ci < prep.claimCount; ci++)
      if (used[ci] !== cached.used[ci]) {
        changed[prep.claimObject[ci] as number] = 1;
        any = true;
      }
    if (!any) {
      cached.spareUsed = used;
      return cached.plan;
    }
  }
  const old = cached?.plan;
  // Built into the set of lists the last plan is not a view into.
  const next: 0 | 1 = cached ? (cached.current === 0 ? 1 : 0) : 0;
  const lists =
    (cached?.lists[next] as PlanLists | null | undefined) ??
    planLists(prep.claimCount, O, cached?.lists[cached.current] ?? undefined);
  for (const l of Object.values(lists)) l.length = 0;
  let widest = 1;
  let most = 1;
  for (const obj of prep.objects) {
    widest = Math.max(widest, obj.values.length);
    most = Math.max(most, obj.end - obj.start);
  }
  // Per object: its claims used, each value's group (values stating one fact), the claimed
  // groups and the wrong claims per group; reused from object to object.
  const mine = new Int32Array(most);
  const group = new Int32Array(widest);
  const claimedMark = new Uint8Array(widest);
  const claimedList = new Int32Array(widest);
  const groupSize = new Int32Array(widest);
  const { claims, objClaims, objCands, k, wrong, logFact, rightStart, right } = lists;
  const slot = (cached?.spareSlot ?? new Int32Array(O)).fill(-1);
  objClaims.push(0);
  objCands.push(0);
  rightStart.push(0);
  let longest = 0;
  const lnFact = (b: number) => {
    let x = 0;
    for (let j = 2; j < b; j++) x += Math.log(j);
    return x;
  };
  for (let o = 0; o < O; o++) {
    const obj = prep.objects[o] as Prepared<V>["objects"][number];
    if (old && cached && changed && !changed[o]) {
      // Unchanged: the object's part of the last plan, copied.
      const from = cached.slot[o] as number;
      if (from < 0) continue;
      slot[o] = objClaims.length - 1;
      const c0 = old.objClaims[from] as number;
      const c1 = old.objClaims[from + 1] as number;
      for (let i = c0; i < c1; i++) claims.push(old.claims[i] as number);
      for (let t = old.objCands[from] as number; t < (old.objCands[from + 1] as number); t++) {
        k.push(old.k[t] as number);
        wrong.push(old.wrong[t] as number);
        logFact.push(old.logFact[t] as number);
        for (let i = old.rightStart[t] as number; i < (old.rightStart[t + 1] as number); i++)
          right.push(old.right[i] as number);
        rightStart.push(right.length);
      }
      objClaims.push(claims.length);
      objCands.push(k.length);
      longest = Math.max(longest, c1 - c0);
      continue;
    }
    const m = obj.values.length;
    let n = 0;
    for (let ci = obj.start; ci < obj.end; ci++) if (used[ci]) mine[n++] = ci;
    if (n < 2) continue;
    slot[o] = objClaims.length - 1;
    // Values that state one fact (similarity 1, neither inside the other) form one group.
    for (let v = 0; v < m; v++) group[v] = v;
    const sim = obj.sim;
    const inside = obj.inside;
    if (sim)
      for (let v = 0; v < m; v++)
        for (let u = 0; u < v; u++) {
          if ((sim[v * m + u] as number) < 1) continue;
          if (inside && (inside[v * m + u] || inside[u * m + v])) continue;
          if ((group[u] as number) < (group[v] as number)) group[v] = group[u] as number;
        }
    let claimedCount = 0;
    for (let i = 0; i < n; i++) {
      const g = group[prep.claimValue[mine[i] as number] as number] as number;
      if (!claimedMark[g]) {
        claimedMark[g] = 1;
        claimedList[claimedCount++] = g;
      }
    }
    // Candidate truths: the fixed value, or every claimed group and "none" (-1).
    const candidates = obj.fixedValue >= 0 ? 1 : claimedCount + 1;
    for (let c = 0; c < candidates; c++) {
      const t =
        obj.fixedValue >= 0
          ? (group[obj.fixedValue] as number)
          : c < claimedCount
            ? (claimedList[c] as number)
            : -1;
      let w = 0;
      let kinds = 0;
      for (let i = 0; i < n; i++) {
        const ci = mine[i] as number;
        const u = prep.claimValue[ci] as number;
        const g = group[u] as number;
        const isRight = t >= 0 && (g === t || creditOf(obj, u, t) >= 0.5);
        if (isRight) right.push(ci);
        else {
          w++;
          if ((groupSize[g] as number) === 0) kinds++;
          groupSize[g] = (groupSize[g] as number) + 1;
        }
      }
      let lf = 0;
      for (let g = 0; g < m; g++) {
        const b = groupSize[g] as number;
        if (b > 0) {
          lf += lnFact(b);
          groupSize[g] = 0;
        }
      }
      k.push(kinds);
      wrong.push(w);
      logFact.push(lf);
      rightStart.push(right.length);
    }
    for (let c = 0; c < claimedCount; c++) claimedMark[claimedList[c] as number] = 0;
    for (let i = 0; i < n; i++) claims.push(mine[i] as number);
    objClaims.push(claims.length);
    objCands.push(k.length);
    longest = Math.max(longest, n);
  }
  const plan: PartitionPlan = {
    claims: claims.view(),
    objClaims: objClaims.view(),
    objCands: objCands.view(),
    k: k.view(),
    wrong: wrong.view(),
    logFact: logFact.view(),
    rightStart: rightStart.view(),
    right: right.view(),
    longest,
  };
  const sets: [PlanLists, PlanLists | null] = cached ? [cached.lists[0], cached.lists[1]] : [lists, null];
  sets[next] = lists;
  partitionPlans.set(prep, {
    used,
    plan,
    slot,
    lists: sets,
    current: next,
    spareUsed: cached?.used ?? null,
    spareSlot: cached?.slot ?? null,
    changed: changed ?? new Uint8Array(O),
  });
  return plan;
}

/** The accuracy each claim votes with: `votesWith` (leave-one-out) when given, else its source's. */
function voteAccuracy<V>(
  prep: Prepared<V>,
  accuracy: Float64Array,
  votesWith: Float64Array | null,
): Float64Array {
  if (votesWith) return votesWith;
  const out = new Float64Array(prep.claimCount);
  for (let ci = 0; ci < prep.claimCount; ci++)
    out[ci] = Math.min(1 - EPS, Math.max(EPS, accuracy[prep.claimSource[ci] as number] as number));
  return out;
}

const MIN_FALSE_VALUES = 1;
// Weight of the prior on n, in pairs of wrong claims: enough to keep a handful of claims from an
// extreme n, negligible against a workspace's thousands of pairs.
const PRIOR_PAIRS = 2;
const MAX_FALSE_VALUES = 1000;

/** Half-width of the first bracket, in ln θ, and the width the search stops at. */
const BRACKET_STEP = Math.log(2);
const FIT_TOLERANCE = 1e-3;

/** Buffers of fitFalseValues, kept per prepared input: it runs every round. */
const fitScratch = new WeakMap<
  object,
  { wrongLog: Float64Array; rightLog: Float64Array; base: Float64Array; term: Float64Array }
>();

function fitFalseValues<V>(
  prep: Prepared<V>,
  claimAccuracy: Float64Array,
  independence: Float64Array,
  n0: number,
  /** The n of the previous round, where the search starts. */
  current: number,
): number {
  const plan = partitionPlan(prep, independence);
  const O = plan.objClaims.length - 1;
  if (O === 0) return n0;
  // The accuracy-dependent part of each candidate's term, fixed within the round; per claim used,
  // ln(1 − A) and ln A − ln(1 − A) once.
  let scratch = fitScratch.get(prep);
  if (!scratch || scratch.base.length < plan.k.length) {
    scratch = {
      wrongLog: scratch?.wrongLog ?? new Float64Array(prep.claimCount),
      rightLog: scratch?.rightLog ?? new Float64Array(prep.claimCount),
      base: new Float64Array(plan.k.length),
      term: new Float64Array(plan.k.length),
    };
    fitScratch.set(prep, scratch);
  }
  const { wrongLog, rightLog, base, term } = scratch;
  for (let i = 0; i < plan.claims.length; i++) {
    const ci = plan.claims[i] as number;
    const a = claimAccuracy[ci] as number;
    wrongLog[ci] = Math.log(1 - a);
    rightLog[ci] = Math.log(a) - Math.log(1 - a);
  }
  for (let o = 0; o < O; o++) {
    let all = 0;
    for (let i = plan.objClaims[o] as number; i < (plan.objClaims[o + 1] as number); i++)
      all += wrongLog[plan.claims[i] as number] as number;
    for (let t = plan.objCands[o] as number; t < (plan.objCands[o + 1] as number); t++) {
      let x = all + (plan.logFact[t] as number);
      for (let i = plan.rightStart[t] as number; i < (plan.rightStart[t + 1] as number); i++)
        x += rightLog[plan.right[i] as number] as number;
      base[t] = x;
    }
  }
  const prior = PRIOR_PAIRS * (1 - 1 / n0);
  const rising = new Float64Array(plan.longest + 1);
  const logLikelihood = (theta: number) => {
    for (let j = 0; j < plan.longest; j++) rising[j + 1] = (rising[j] as number) + Math.log(theta + j);
    const lt = Math.log(theta);
    let total = 0;
    for (let o = 0; o < O; o++) {
      const from = plan.objCands[o] as number;
      const to = plan.objCands[o + 1] as number;
      let max = -Infinity;
      for (let t = from; t < to; t++) {
        const x =
          (base[t] as number) + (plan.k[t] as number) * lt - (rising[plan.wrong[t] as number] as number);
        term[t] = x;
        if (x > max) max = x;
      }
      let sum = 0;
      for (let t = from; t < to; t++) sum += Math.exp((term[t] as number) - max);
      total += max + Math.log(sum);
    }
    // The prior: PRIOR_PAIRS pairs of wrong claims coinciding at the rate 1/n0 of the start n.
    return total + prior * lt - PRIOR_PAIRS * Math.log(1 + theta);
  };
  // In x = ln θ (θ = n − 1): a bracket around the current n, widened until it holds a maximum,
  // then golden-section search to a width of FIT_TOLERANCE (n changes little between rounds, so
  // the bracket is usually right at once).
  const lo = Math.log(MIN_FALSE_VALUES - 1 + 1e-4);
  const hi = Math.log(MAX_FALSE_VALUES - 1);
  const f = (x: number) => logLikelihood(Math.exp(x));
  const start = Math.min(hi, Math.max(lo, Math.log(Math.max(1e-4, current - 1))));
  let step = BRACKET_STEP;
  let left = Math.max(lo, start - step);
  let right = Math.min(hi, start + step);
  let mid = start;
  let fMid = f(mid);
  let fLeft = f(left);
  let fRight = f(right);
  // Walk toward the higher side until the middle point is the highest of the three.
  while (fLeft > fMid || fRight > fMid) {
    if (fLeft > fRight) {
      if (left <= lo) break;
      right = mid;
      fRight = fMid;
      mid = left;
      fMid = fLeft;
      step *= 2;
      left = Math.max(lo, mid - step);
      fLeft = f(left);
    } else {
      if (right >= hi) break;
      left = mid;
      fLeft = fMid;
      mid = right;
      fMid = fRight;
      step *= 2;
      right = Math.min(hi, mid + step);
      fRight = f(right);
    }
  }
  // The middle point is the highest of three, or the walk stopped at a bound beside it.
  let a = left;
  let b = right;
  if (fLeft > fMid) b = mid;
  else if (fRight > fMid) a = mid;
  const g = (Math.sqrt(5) - 1) / 2;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = f(c);
  let fd = f(d);
  while (b - a > FIT_TOLERANCE) {
    if (fc > fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - g * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + g * (b - a);
      fd = f(d);
    }
  }
  return Math.min(MAX_FALSE_VALUES, Math.max(MIN_FALSE_VALUES, 1 + Math.exp((a + b) / 2)));
}

// Most sources of a long tail say little, so the spread's EM update moves slowly: iterations per round.
const PRIOR_ITERATIONS = 100;

/** Per-source Beta prior (a, b) and the fitted group/workspace priors. */
interface Priors {
  a: Float64Array;
  b: Float64Array;
  workspace: { mean: number; strength: number; sources: number };
  groups: { mean: number; strength: number; sources: number }[];
}

function fixedPriors(p: TruthParams, S: number, groups: number): Priors {
  const mean = p.alpha / (p.alpha + p.beta);
  const strength = p.alpha + p.beta;
  return {
    a: new Float64Array(S).fill(p.alpha),
    b: new Float64Array(S).fill(p.beta),
    workspace: { mean, strength, sources: S },
    groups: Array.from({ length: groups }, () => ({ mean, strength, sources: 0 })),
  };
}

/**
 * Empirical-Bayes Beta priors from soft counts (k_s right out of n_s claims): the workspace mean m
 * is the mean of the sources' rates, each weighted by n/(n + strength) so a one-claim source counts
 * little, plus `groupStrength` pseudo-sources at the Beta(alpha, beta) prior. The spread tau^2 is
 * the EM update for a hierarchical prior: the mean over sources of (posterior mean - m)^2 plus the
 * posterior variance, each source's posterior including the missing information of its estimated
 * claims (posteriorBeta), plus `groupStrength` pseudo-sources at Beta(alpha, beta)'s spread; it is
 * iterated to its fixed point, and the strength is m(1-m)/tau^2 - 1, kept within
 * [priorStrengthMin, priorStrengthMax]. A source whose claims say little has a posterior close to
 * the prior and leaves the spread where it is; the spread of point estimates alone (or of rates
 * against estimated winners) understates how far sources differ, because estimated truth pulls
 * every rate toward the mean, and fits a prior that is too narrow. A group's mean is its sources'
 * weighted rates shrunk toward m with weight `groupStrength` sources. Every source then gets
 * Beta(strength·m_g, strength·(1-m_g)).
 */
function fitPriors<V>(
  prep: Prepared<V>,
  correct: Float64Array,
  total: Float64Array,
  selfInformation: Float64Array,
  previous: number,
): Priors {
  const { priorStrengthMin: lo, priorStrengthMax: hi, groupStrength, alpha, beta } = prep.params;
  const m0 = alpha / (alpha + beta);
  const tau0 = (m0 * (1 - m0)) / (alpha + beta + 1);
  const S = prep.sources.length;
  let strength = Math.min(hi, Math.max(lo, previous));
  let mean = 0.5;
  let used = 0;
  for (let iter = 0; iter < PRIOR_ITERATIONS; iter++) {
    let sw = 0;
    let swp = 0;
    used = 0;
    for (let s = 0; s < S; s++) {
      const n = total[s] as number;
      if (!(n > 0)) continue;
      const w = n / (n + strength);
      sw += w;
      swp += w * ((correct[s] as number) / n);
      used++;
    }
    if (sw === 0) break;
    // Hyperprior: `groupStrength` pseudo-sources at Beta(alpha, beta)'s mean and spread, so a
    // workspace of a handful of sources does not fit a degenerate prior.
    mean = Math.min(1 - 1e-6, Math.max(1e-6, (swp + groupStrength * m0) / (sw + groupStrength)));
    const a = strength * mean;
    const b = strength * (1 - mean);
    let spread = 0;
    for (let s = 0; s < S; s++) {
      const n = total[s] as number;
      if (!(n > 0)) continue;
      const [pa, pb] = posteriorBeta(a, b, correct[s] as number, n, selfInformation[s] as number);
      const d = pa / (pa + pb) - mean;
      spread += d * d + (pa * pb) / ((pa + pb) ** 2 * (pa + pb + 1));
    }
    const tau2 = Math.max(1e-6, (spread + groupStrength * tau0) / (used + groupStrength));
    const next = Math.min(hi, Math.max(lo, (mean * (1 - mean)) / tau2 - 1));
    const settled = Math.abs(next - strength) <= 1e-4 * strength;
    strength = next;
    if (settled) break;
  }
  if (used === 0) return fixedPriors(prep.params, S, prep.groups.length);
  const G = prep.groups.length;
  const gw = new Float64Array(G);
  const gwp = new Float64Array(G);
  const gn = new Int32Array(G);
  for (let s = 0; s < S; s++) {
    const g = prep.sourceGroup[s] as number;
    const n = total[s] as number;
    if (g < 0 || !(n > 0)) continue;
    const w = n / (n + strength);
    gw[g] = (gw[g] as number) + w;
    gwp[g] = (gwp[g] as number) + (w * (correct[s] as number)) / n;
    gn[g] = (gn[g] as number) + 1;
  }
  const groups = Array.from({ length: G }, (_, g) => ({
    mean: ((gwp[g] as number) + groupStrength * mean) / ((gw[g] as number) + groupStrength),
    strength,
    sources: gn[g] as number,
  }));
  const a = new Float64Array(S);
  const b = new Float64Array(S);
  for (let s = 0; s < S; s++) {
    const g = prep.sourceGroup[s] as number;
    const m = g >= 0 ? (groups[g] as { mean: number }).mean : mean;
    a[s] = strength * m;
    b[s] = strength * (1 - m);
  }
  return { a, b, workspace: { mean, strength, sources: used }, groups };
}

/**
 * Beta(a, b) prior, soft count k right of n claims, and `selfInformation` = the variance of k:
 * Σ share²·p(1-p) over the source's claims (p: probability that a claim is right) plus the part
 * from the other sources' accuracies being estimated (othersVariance). Which claims are right is estimated,
 * not observed, so the data hold less information on the accuracy than k right of n would (Louis's
 * missing-information principle): observed = complete - missing, where, at A = (a+k)/(a+b+n),
 *   complete = (a+b+n+1) / (A(1-A))      (the precision of the Beta(a+k, b+n-k) posterior)
 *   missing  = Σ share²·p(1-p) / (A(1-A))²  (the variance of the count k's score).
 * Returns the Beta with mean A and variance 1/observed = A(1-A)/(a+b+n+1 - Σ share²·p(1-p)/(A(1-A))),
 * the effective count kept within [a+b+1, a+b+n+1]. A source whose claims are all confirmed or
 * contradicted by others (p near 0 or 1) keeps the count posterior; one whose claims nobody else
 * makes (p = A for each) gets exactly the prior's spread: its claims say nothing of its accuracy.
 */
export function posteriorBeta(
  a: number,
  b: number,
  k: number,
  n: number,
  selfInformation: number,
): [number, number] {
  const pa = a + k;
  const pb = Math.max(1e-9, b + n - k);
  const mean = pa / (pa + pb);
  const spread = Math.max(1e-12, mean * (1 - mean));
  const complete = a + b + n + 1;
  const effective = Math.min(complete, Math.max(a + b + 1, complete - Math.max(0, selfInformation) / spread));
  const strength = Math.max(1e-3, effective - 1);
  return [mean * strength, (1 - mean) * strength];
}

/**
 * What a run ends with, kept to refresh the estimates after a small change without a full run
 * (incremental.ts): the prepared claims, the last round's claim probabilities and independence
 * factors, the per-source sums they give, the priors, the dependences and the winners.
 */
export interface EngineState<V> {
  prep: Prepared<V>;
  accuracy: Float64Array;
  claimProbability: Float64Array;
  independence: Float64Array;
  dependence: ReadonlyMap<number, number>;
  priorA: Float64Array;
  priorB: Float64Array;
  correct: Float64Array;
  total: Float64Array;
  labelVariance: Float64Array;
  winners: Int32Array;
  /** Number of false values the run ended with. */
  falseValues: number;
  algorithm: string;
  priors: TruthResult<V>["priors"];
  /** The run's result (sources, dependences, reports), which a refresh updates. */
  result: TruthResult<V>;
}

function run<V>(
  prep: Prepared<V>,
  algorithm: string,
  onRound?: TruthInput<V>["onRound"],
  warmStart?: TruthInput<V>["warmStart"],
  detail: TruthInput<V>["detail"] = "full",
): { result: TruthResult<V>; state: EngineState<V> } {
  const { initialAccuracy, maxRounds, tolerance, detectCopying, credibleMass, dampAfter } = prep.params;
  const hierarchical = prep.params.prior === "hierarchical";
  const startFalseValues = prep.params.falseValues;
  if (warmStart?.falseValues !== undefined && warmStart.falseValues >= 1 && prep.params.fitFalseValues)
    prep.params.falseValues = warmStart.falseValues;
  const S = prep.sources.length;
  let accuracy = new Float64Array(S).fill(initialAccuracy);
  if (warmStart) {
    prep.sources.forEach((name, s) => {
      const a = warmStart.accuracy[name];
      if (a !== undefined && a > 0 && a < 1) accuracy[s] = a;
    });
  }
  const plan = detectCopying ? pairPlanOf(prep, Math.max(1, prep.params.minSharedObjects)) : null;
  let dependence: Map<number, number> = new Map([...prep.declared].map((k) => [k, 1]));
  const correct = new Float64Array(S);
  const total = new Float64Array(S);
  // Variance of the number of right claims: given the value probabilities (a sum of Bernoullis),
  // plus the part from the other sources' estimated accuracies; the missing information of
  // posteriorBeta.
  const labelVariance = new Float64Array(S);
  let priors = fixedPriors(prep.params, S, prep.groups.length);
  let rank = accuracy;
  // The factors of two rounds, written alternately: the last round's stay valid while the next are made.
  const factorBuffers = [new Float64Array(prep.claimCount), new Float64Array(prep.claimCount)] as const;
  let factorTurn = 0;
  let independence = independenceFactors(prep, rank, dependence, factorBuffers[0]);
  const buffers = probabilityBuffers(prep);
  let probs = valueProbabilities(prep, accuracy, independence, buffers);
  // Leave-one-out accuracies the claims vote with (from the second round on: they need the
  // previous round's counts), and the variance of each source's accuracy, which widens the
  // intervals of the sources sharing objects with it (othersVariance).
  const claimAccuracy = new Float64Array(prep.claimCount);
  let votesWith: Float64Array | null = null;
  const selfVariance = new Float64Array(S);
  const extraVariance = new Float64Array(S);
  const accuracyVariance = new Float64Array(S);
  let rounds = 0;
  let converged = false;
  const deltas: number[] = [];
  let setbacks = 0;
  let dampedFrom: number | null = null;
  while (rounds < maxRounds) {
    rounds++;
    if (rounds > 1)
      votesWith = leaveOneOut(
        prep,
        priors.a,
        priors.b,
        correct,
        total,
        probs.claimProbability,
        claimAccuracy,
      );
    // A warm start has estimates to judge dependence from before the first round; a cold one does not.
    if (plan && (rounds > 1 || warmStart)) {
      dependence = detectDependence(prep, plan, accuracy, probs.claimProbability);
      if (rounds <= ORDER_ROUNDS) rank = accuracy;
      factorTurn = 1 - factorTurn;
      independence = independenceFactors(prep, rank, dependence, factorBuffers[factorTurn]);
      probs = valueProbabilities(prep, accuracy, independence, buffers, votesWith);
    } else if (rounds > 1) {
      probs = valueProbabilities(prep, accuracy, independence, buffers, votesWith);
    }
    for (let s = 0; s < S; s++) {
      let sumP = 0;
      let count = 0;
      let spread = 0;
      for (let i = prep.sourceStart[s] as number; i < (prep.sourceStart[s + 1] as number); i++) {
        const ci = prep.sourceClaims[i] as number;
        const share = prep.claimShare[ci] as number;
        const p = probs.claimProbability[ci] as number;
        sumP += share * p;
        count += share;
        spread += share * share * p * (1 - p);
      }
      selfVariance[s] = spread;
      correct[s] = sumP;
      total[s] = count;
    }
    if (rounds > 1)
      othersVariance(prep, probs, independence, votesWith, accuracy, accuracyVariance, extraVariance);
    for (let s = 0; s < S; s++) labelVariance[s] = (selfVariance[s] as number) + (extraVariance[s] as number);
    if (hierarchical) priors = fitPriors(prep, correct, total, labelVariance, priors.workspace.strength);
    for (let s = 0; s < S; s++) {
      const [pa, pb] = posteriorBeta(
        priors.a[s] as number,
        priors.b[s] as number,
        correct[s] as number,
        total[s] as number,
        labelVariance[s] as number,
      );
      accuracyVariance[s] = (pa * pb) / ((pa + pb) ** 2 * (pa + pb + 1));
    }
    if (prep.params.fitFalseValues)
      prep.params.falseValues = fitFalseValues(
        prep,
        voteAccuracy(prep, accuracy, votesWith),
        independence,
        startFalseValues,
        prep.params.falseValues,
      );
    const step = dampedFrom === null ? 1 : 0.5;
    const next = new Float64Array(S);
    let delta = 0;
    for (let s = 0; s < S; s++) {
      const a = priors.a[s] as number;
      const b = priors.b[s] as number;
      const target = (a + (correct[s] as number)) / (a + b + (total[s] as number));
      next[s] = (accuracy[s] as number) + step * (target - (accuracy[s] as number));
      delta = Math.max(delta, Math.abs(target - (accuracy[s] as number)));
    }
    accuracy = next;
    const prev = deltas.at(-1);
    deltas.push(delta);
    onRound?.({ round: rounds, delta, maxRounds, tolerance });
    if (delta < tolerance) {
      converged = true;
      break;
    }
    setbacks = prev !== undefined && delta >= prev ? setbacks + 1 : 0;
    if (dampedFrom === null && setbacks >= dampAfter) dampedFrom = rounds + 1;
  }
  // The rounds' buffers and plans go with the rounds: the end state keeps the prepared input, and
  // the result and its stored form are made while they would still be held.
  partitionPlans.delete(prep);
  fitScratch.delete(prep);
  varianceScratch.delete(prep);
  releasePairPlan(prep);
  // The interval is the posterior of the prior the last round used.
  const prior = (s: number) => ({
    a: priors.a[s] as number,
    b: priors.b[s] as number,
  });
  // 90% interval of the accuracy: the Beta with the posterior mean and the variance of the
  // observed information, the count posterior's information less what is missing because which
  // claims are right is estimated too, with the accuracies of the sources that decide it
  // (posteriorBeta, othersVariance).
  const posterior = (s: number): [number, number] => {
    const { a, b } = prior(s);
    return posteriorBeta(a, b, correct[s] as number, total[s] as number, labelVariance[s] as number);
  };
  const interval = (s: number): [number, number] => {
    const [pa, pb] = posterior(s);
    return betaCredibleInterval(pa, pb, credibleMass);
  };
  const estimate = (p: { mean: number; strength: number; sources: number }): PriorEstimate => ({
    mean: p.mean,
    strength: p.strength,
    interval: betaCredibleInterval(p.strength * p.mean, p.strength * (1 - p.mean), credibleMass),
    sources: p.sources,
  });
  const last = deltas.at(-1) ?? 0;
  let reason: string | null = null;
  if (!converged) {
    const tail = deltas.slice(-10);
    const falling =
      tail.length >= 2 && tail.every((d, i) => i === 0 || d <= (tail[i - 1] as number) * 1.0001);
    reason = falling
      ? `still settling after ${rounds} rounds: the largest change fell to ${last.toExponential(2)}, above the tolerance ${tolerance}`
      : `the largest change stopped falling (between ${Math.min(...tail).toExponential(2)} and ${Math.max(...tail).toExponential(2)} over the last ${tail.length} rounds${dampedFrom !== null ? `, damped from round ${dampedFrom}` : ""}): estimates oscillate`;
  }
  // The result's params are the inputs (re-running with them reproduces the run); the fitted n
  // is reported on its own.
  const fittedFalseValues = prep.params.falseValues;
  prep.params.falseValues = startFalseValues;
  const winners = new Int32Array(prep.objects.length);
  const result = buildResult(
    prep,
    {
      algorithm,
      version: ALGORITHM_VERSION,
      ...probs,
      claimIndependence: independence,
      accuracy,
      interval,
      posterior,
      dependence,
      rounds,
      converged,
      convergence: {
        criterion: `largest change of a source's accuracy between two rounds < ${tolerance}`,
        converged,
        rounds,
        maxRounds,
        tolerance,
        deltas,
        dampedFrom,
        reason,
      },
      sourcePrior: (s) => {
        const { a, b } = prior(s);
        const g = prep.sourceGroup[s] as number;
        return { ...(g >= 0 ? { group: prep.groups[g] as string } : {}), mean: a / (a + b), strength: a + b };
      },
      priors: {
        workspace: estimate(priors.workspace),
        groups: Object.fromEntries(
          prep.groups.map((g, i) => [g, estimate(priors.groups[i] as Priors["groups"][number])]),
        ),
      },
    },
    detail,
    winners,
  );
  return {
    result: { ...result, fittedFalseValues },
    state: {
      prep,
      accuracy,
      claimProbability: probs.claimProbability,
      independence,
      dependence,
      priorA: priors.a,
      priorB: priors.b,
      correct,
      total,
      labelVariance,
      winners,
      falseValues: fittedFalseValues,
      algorithm,
      priors: result.priors,
      result: { ...result, fittedFalseValues },
    },
  };
}

/**
 * Copy-aware Bayesian source accuracy (AccuSim with dependence detection): the reliability model.
 * Ablations through params: `rho: 0` drops value similarity, `detectCopying: false` keeps only
 * declared copies.
 */
export function estimateReliability<V>(input: TruthInput<V>): TruthResult<V> {
  return estimateReliabilityWithState(input).result;
}

/** `estimateReliability`, plus the end state a later `refreshReliability` starts from. */
export function estimateReliabilityWithState<V>(input: TruthInput<V>): {
  result: TruthResult<V>;
  state: EngineState<V>;
} {
  const prep = prepare(input);
  const sim = prep.params.rho > 0 && input.similarity !== undefined;
  const name = `accu${sim ? "-sim" : ""}${prep.params.detectCopying ? "-copy" : ""}`;
  return run(prep, name, input.onRound, input.warmStart, input.detail);
}

/** The paper's name for the same model: alias of `estimateReliability`. */
export const accuSim = estimateReliability;
