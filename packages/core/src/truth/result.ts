// Assembles the common output shape from the numeric state an algorithm ends with, so the three
// algorithms cannot drift apart in how they rank, break ties or count evidence.
import { compareStrings, type Prepared, type PreparedClaim } from "./prepare";
import type {
  Contribution,
  Dependence,
  ObjectEstimate,
  SourceEstimate,
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
  dependence: ReadonlyMap<number, number>;
  rounds: number;
  converged: boolean;
}

/** Index of the winning value: fixed value, else highest probability, ties to the smaller key. */
export function winnerIndex(probability: Float64Array, fixedValue: number): number {
  if (fixedValue >= 0) return fixedValue;
  let best = 0;
  for (let v = 1; v < probability.length; v++) {
    // Values are sorted by key, so keeping the first maximum breaks ties by key.
    if ((probability[v] as number) > (probability[best] as number)) best = v;
  }
  return best;
}

/** Builds the public result. */
export function buildResult<V>(prep: Prepared<V>, st: FinalState): TruthResult<V> {
  const winners: number[] = [];
  const objects: ObjectEstimate<V>[] = prep.objects.map((obj, o) => {
    const prob = st.probability[o] as Float64Array;
    const conf = st.confidence[o] as Float64Array;
    const w = obj.values.length > 0 ? winnerIndex(prob, obj.fixedValue) : -1;
    winners.push(w);
    const supporters: string[][] = obj.values.map(() => []);
    const contributions: Contribution[] = obj.claims.map((ci) => {
      const c = prep.claims[ci] as PreparedClaim;
      (supporters[c.value] as string[]).push(prep.sources[c.source] as string);
      return {
        source: prep.sources[c.source] as string,
        valueKey: (obj.values[c.value] as { key: string }).key,
        weight: st.claimWeight[ci] as number,
        independence: st.claimIndependence[ci] as number,
      };
    });
    const values: ValueEstimate<V>[] = obj.values.map((v, i) => ({
      key: v.key,
      value: v.value,
      probability: prob[i] as number,
      confidence: conf[i] as number,
      sources: supporters[i] as string[],
    }));
    values.sort((a, b) => b.probability - a.probability || compareStrings(a.key, b.key));
    const winner = obj.values[w] ?? obj.values[0];
    if (!winner) throw new Error(`object ${obj.id} has no values`);
    return {
      object: obj.id,
      winner: winner.value,
      winnerKey: winner.key,
      fixed: obj.fixedValue >= 0,
      values,
      contributions,
    };
  });

  const sources: SourceEstimate[] = prep.sources.map((name, s) => {
    const list = prep.bySource[s] as number[];
    const objs = new Set<number>();
    let agreeing = 0;
    for (const ci of list) {
      const c = prep.claims[ci] as PreparedClaim;
      objs.add(c.object);
      if (winners[c.object] === c.value) agreeing++;
    }
    return {
      source: name,
      accuracy: st.accuracy[s] as number,
      interval: st.interval(s),
      claims: list.length,
      objects: objs.size,
      agreeing,
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
    sources,
    dependences,
    rounds: st.rounds,
    converged: st.converged,
  };
}
