// Assembles the common output shape from the numeric state an algorithm ends with, so the three
// algorithms cannot drift apart in how they rank, break ties or count evidence.
import { compareStrings, type Prepared } from "./prepare";
import type {
  Contribution,
  ConvergenceReport,
  Dependence,
  ObjectEstimate,
  SourceEstimate,
  TieReport,
  TruthResult,
  ValueEstimate,
} from "./types";

export interface FinalState {
  algorithm: string;
  version: string;
  /** Per object, per value: probability (sums to <= 1; the rest is unseen values). */
  probability: Float64Array[];
  /** Per object, per value: the algorithm's raw score. */
  confidence: Float64Array[];
  /** Per claim: effective vote weight and kept share after dependence discount. */
  claimWeight: Float64Array;
  claimIndependence: Float64Array;
  /** Per source: accuracy and its interval. */
  accuracy: Float64Array;
  interval: (source: number) => [number, number];
  /** Beta parameters behind the interval, when it comes from one. */
  posterior?: (source: number) => [number, number];
  dependence: ReadonlyMap<number, number>;
  rounds: number;
  converged: boolean;
  convergence: ConvergenceReport;
  /** Accu family: per-source prior, and the fitted priors; absent for the baselines. */
  sourcePrior?: (source: number) => { group?: string; mean: number; strength: number };
  priors?: TruthResult<unknown>["priors"];
  /** Winners already decided by the algorithm (majority vote); otherwise decided here. */
  decisions?: { index: number; decision: Decision }[];
}

/** What decided an object: the top probability alone, or one of the tie-breaks. */
export type Decision = "probability" | "precision" | "accuracy" | "support" | "arbitrary";

// Values whose probabilities differ by less than this share are tied: sums of equal votes added in
// another order differ in their last bits.
const TIE = 1e-9;

/** FNV-1a hash: an order-free, reproducible last resort between values the evidence cannot tell apart. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Winning value of an object: the fixed value, else the highest probability. Ties are broken by
 * evidence, in order: the more precise value (smaller width, or the one inside the other), the more
 * accurate best supporter (when `accuracy` is given), more supporters; then a hash of object and
 * value, so no value wins for sorting first.
 */
export function decideWinner<V>(
  prep: Prepared<V>,
  o: number,
  probability: Float64Array,
  accuracy: Float64Array | null,
): { index: number; decision: Decision } {
  const obj = prep.objects[o] as Prepared<V>["objects"][number];
  if (obj.fixedValue >= 0) return { index: obj.fixedValue, decision: "probability" };
  const m = probability.length;
  let max = Number.NEGATIVE_INFINITY;
  for (let v = 0; v < m; v++) max = Math.max(max, probability[v] as number);
  let tied: number[] = [];
  for (let v = 0; v < m; v++)
    if ((probability[v] as number) >= max - TIE * Math.max(Math.abs(max), 1e-300)) tied.push(v);
  if (tied.length <= 1) return { index: tied[0] ?? 0, decision: "probability" };
  const narrow = (score: (v: number) => number): boolean => {
    let best = Number.NEGATIVE_INFINITY;
    for (const v of tied) best = Math.max(best, score(v));
    const kept = tied.filter((v) => score(v) >= best - 1e-12);
    const changed = kept.length < tied.length;
    tied = kept;
    return changed && tied.length === 1;
  };
  const width = obj.width;
  const inside = obj.inside;
  if (width && narrow((v) => -(width[v] as number)))
    return { index: tied[0] as number, decision: "precision" };
  if (inside) {
    // A value inside another tied value is the more precise of the two.
    const outerCount = (v: number) => {
      let k = 0;
      for (const u of tied) if (inside[u * m + v]) k++;
      return k;
    };
    if (narrow(outerCount)) return { index: tied[0] as number, decision: "precision" };
  }
  if (accuracy) {
    const best = new Float64Array(m).fill(Number.NEGATIVE_INFINITY);
    for (let ci = obj.start; ci < obj.end; ci++) {
      const v = prep.claimValue[ci] as number;
      best[v] = Math.max(best[v] as number, accuracy[prep.claimSource[ci] as number] as number);
    }
    if (narrow((v) => best[v] as number)) return { index: tied[0] as number, decision: "accuracy" };
  }
  const supporters = new Float64Array(m);
  for (let ci = obj.start; ci < obj.end; ci++) {
    const v = prep.claimValue[ci] as number;
    supporters[v] = (supporters[v] as number) + 1;
  }
  if (narrow((v) => supporters[v] as number)) return { index: tied[0] as number, decision: "support" };
  narrow((v) => hash(`${obj.id}\u0000${(obj.values[v] as { key: string }).key}`));
  return { index: tied[0] as number, decision: "arbitrary" };
}

/** Counts decisions into the result's tie report. */
export function tieReport(decisions: readonly Decision[]): TieReport {
  const r: TieReport = { objects: 0, byPrecision: 0, byAccuracy: 0, bySupport: 0, arbitrary: 0 };
  for (const d of decisions) {
    if (d === "probability") continue;
    r.objects++;
    if (d === "precision") r.byPrecision++;
    else if (d === "accuracy") r.byAccuracy++;
    else if (d === "support") r.bySupport++;
    else r.arbitrary++;
  }
  return r;
}

/**
 * Builds the public result. With `detail: "sources"` the per-object estimates are left out
 * (`objects` is empty, `objectCount` still counts them): what outlet scores need, without an
 * object per claim for the contributions.
 */
export function buildResult<V>(
  prep: Prepared<V>,
  st: FinalState,
  detail: "full" | "sources" = "full",
  /** Receives each object's winning value index, when given. */
  winners: Int32Array = new Int32Array(prep.objects.length),
): TruthResult<V> {
  const decisions: Decision[] = [];
  const objects: ObjectEstimate<V>[] = [];
  prep.objects.forEach((obj, o) => {
    const prob = st.probability[o] as Float64Array;
    const conf = st.confidence[o] as Float64Array;
    const d =
      st.decisions?.[o] ??
      (obj.values.length > 0
        ? decideWinner(prep, o, prob, st.accuracy)
        : { index: -1, decision: "probability" as Decision });
    const w = d.index;
    decisions.push(d.decision);
    winners[o] = w;
    if (obj.values.length === 0) throw new Error(`object ${obj.id} has no values`);
    if (detail === "sources") return;
    const supporters: string[][] = obj.values.map(() => []);
    const contributions: Contribution[] = [];
    for (let ci = obj.start; ci < obj.end; ci++) {
      const source = prep.sources[prep.claimSource[ci] as number] as string;
      const v = prep.claimValue[ci] as number;
      (supporters[v] as string[]).push(source);
      contributions.push({
        source,
        valueKey: (obj.values[v] as { key: string }).key,
        weight: st.claimWeight[ci] as number,
        independence: st.claimIndependence[ci] as number,
      });
    }
    const values: ValueEstimate<V>[] = obj.values.map((v, i) => ({
      key: v.key,
      value: v.value,
      probability: prob[i] as number,
      confidence: conf[i] as number,
      sources: supporters[i] as string[],
    }));
    values.sort((a, b) => b.probability - a.probability || compareStrings(a.key, b.key));
    const winner = (obj.values[w] ?? obj.values[0]) as { key: string; value: V };
    objects.push({
      object: obj.id,
      winner: winner.value,
      winnerKey: winner.key,
      fixed: obj.fixedValue >= 0,
      values,
      contributions,
    });
  });

  const sources: SourceEstimate[] = prep.sources.map((name, s) => {
    const c0 = prep.sourceStart[s] as number;
    const c1 = prep.sourceStart[s + 1] as number;
    // A source's claims are in object order, so its distinct objects are runs.
    let objs = 0;
    let lastObject = -1;
    let agreeing = 0;
    for (let i = c0; i < c1; i++) {
      const ci = prep.sourceClaims[i] as number;
      const o = prep.claimObject[ci] as number;
      if (o !== lastObject) objs++;
      lastObject = o;
      if (winners[o] === prep.claimValue[ci]) agreeing++;
    }
    const prior = st.sourcePrior?.(s);
    const posterior = st.posterior?.(s);
    return {
      source: name,
      accuracy: st.accuracy[s] as number,
      interval: st.interval(s),
      claims: c1 - c0,
      objects: objs,
      agreeing,
      ...(prior
        ? {
            ...(prior.group !== undefined ? { group: prior.group } : {}),
            priorMean: prior.mean,
            priorStrength: prior.strength,
          }
        : {}),
      ...(posterior ? { posterior } : {}),
    };
  });

  const S = prep.sources.length;
  const dependences: Dependence[] = [];
  for (const [key, p] of st.dependence) {
    const copier = Math.floor(key / S);
    const original = key % S;
    const reverse = st.dependence.get(original * S + copier) ?? 0;
    // Each pair once, under its more probable direction (ties: lower index as copier).
    if (reverse > p || (reverse === p && copier > original) || p + reverse < 0.5) continue;
    dependences.push({
      copier: prep.sources[copier] as string,
      original: prep.sources[original] as string,
      probability: Math.min(1, p + reverse),
      directed: p,
      declared: prep.declared.has(key),
    });
  }
  dependences.sort(
    (x, y) =>
      y.probability - x.probability ||
      compareStrings(x.copier, y.copier) ||
      compareStrings(x.original, y.original),
  );

  return {
    algorithm: st.algorithm,
    version: st.version,
    params: { ...prep.params },
    objects,
    objectCount: prep.objects.length,
    sources,
    dependences,
    rounds: st.rounds,
    converged: st.converged,
    ties: tieReport(decisions),
    convergence: st.convergence,
    priors: st.priors ?? null,
  };
}
