// Incremental refresh after a small change (a write touching one event): only the changed objects
// are re-estimated, warm-started from the last run's end state. Everything else is held: the other
// objects' claim probabilities, the dependences found by copy detection, the fitted priors and the
// fitted number of false values. The sources whose claims are on the changed objects get their
// accuracy re-fitted against the held sums of their other claims, and the changed objects' values
// are re-estimated with those accuracies, round after round, until no accuracy moves more than the
// tolerance; each claim votes with its source's accuracy on its other claims, as in a full run.
// The part of a source's interval that comes from the other sources' estimated accuracies
// (othersVariance) is held with the sums too. The next full run re-detects dependences and re-fits the priors; the held parts move
// little after one write, so the refreshed scores stay close to a full recomputation
// (incremental.test.ts checks within 0.01).
import { type EngineState, leaveOneOut, posteriorBeta, probabilityBuffers, valueProbabilities } from "./accu";
import { betaCredibleInterval } from "./beta";
import { independenceFactors } from "./copy";
import { compareStrings, type Prepared, prepare } from "./prepare";
import { decideWinner } from "./result";
import type { Claim, FixedTruth, SourceEstimate, TruthInput, TruthResult } from "./types";

/** The claims of one refreshed object, as the state keeps them (global source indices). */
interface Block {
  source: Int32Array;
  share: Float64Array;
  probability: Float64Array;
  /** 1 when the claim's value is its object's winner. */
  agrees: Uint8Array;
}

/** End state of a refresh: the full run's state plus the refreshed objects and sources. */
export interface RefreshState<V> extends EngineState<V> {
  /** Sources of the full run followed by sources first seen in a refresh. */
  allSources: string[];
  /** Refreshed objects' claims, by object id; they replace the full run's claims of that object. */
  blocks: Map<string, Block>;
  agreeing: Float64Array;
  objectsPerSource: Float64Array;
  claimsPerSource: Float64Array;
}

export interface RefreshInput<V> {
  /** Objects whose claims changed (the slots of the events a write touched). */
  objects: readonly string[];
  /** Every claim now on those objects, not only the new ones. */
  claims: readonly Claim<V>[];
  /** Verdicts on those objects. */
  fixed?: readonly FixedTruth<V>[];
  /** The same value functions as the full run. */
  valueKey: TruthInput<V>["valueKey"];
  similarity?: TruthInput<V>["similarity"];
  contains?: TruthInput<V>["contains"];
  width?: TruthInput<V>["width"];
}

const objectIndexCache = new WeakMap<Prepared<unknown>, Map<string, number>>();

function objectIndex<V>(prep: Prepared<V>): Map<string, number> {
  const key = prep as Prepared<unknown>;
  let m = objectIndexCache.get(key);
  if (!m) {
    m = new Map(prep.objects.map((o, i) => [o.id, i]));
    objectIndexCache.set(key, m);
  }
  return m;
}

/** Per-source counts the refresh adjusts, from the full run's result. */
function baseState<V>(state: EngineState<V> | RefreshState<V>): RefreshState<V> {
  if ("blocks" in state) return state;
  const S = state.prep.sources.length;
  const agreeing = new Float64Array(S);
  const objectsPerSource = new Float64Array(S);
  const claimsPerSource = new Float64Array(S);
  state.result.sources.forEach((r, s) => {
    agreeing[s] = r.agreeing;
    objectsPerSource[s] = r.objects;
    claimsPerSource[s] = r.claims;
  });
  return {
    ...state,
    allSources: [...state.prep.sources],
    blocks: new Map(),
    agreeing,
    objectsPerSource,
    claimsPerSource,
  };
}

function grow(a: Float64Array, n: number, fill = 0): Float64Array {
  if (a.length >= n) return new Float64Array(a);
  const b = new Float64Array(n).fill(fill);
  b.set(a);
  return b;
}

/**
 * Re-estimates the changed objects from `state` (a full run's, or an earlier refresh's) and
 * returns the updated sources (the result's `objects` is empty) with the state to refresh from
 * next. Sources first seen here start from the workspace prior.
 */
export function refreshReliability<V>(
  previous: EngineState<V> | RefreshState<V>,
  change: RefreshInput<V>,
): { result: TruthResult<V>; state: RefreshState<V> } {
  const base = baseState(previous);
  const { prep } = base;
  const params = { ...prep.params, falseValues: base.falseValues };
  const sourceIndex = new Map(base.allSources.map((name, s) => [name, s]));
  const allSources = [...base.allSources];
  const changed = new Set(change.objects);
  const claims = change.claims.filter((c) => changed.has(c.object));
  for (const c of claims) {
    if (!sourceIndex.has(c.source)) {
      sourceIndex.set(c.source, allSources.length);
      allSources.push(c.source);
    }
  }
  const S = allSources.length;
  const ws = base.priors?.workspace ?? {
    mean: params.alpha / (params.alpha + params.beta),
    strength: params.alpha + params.beta,
  };
  const priorA = grow(base.priorA, S, ws.mean * ws.strength);
  const priorB = grow(base.priorB, S, (1 - ws.mean) * ws.strength);
  const correct = grow(base.correct, S);
  const total = grow(base.total, S);
  const labelVariance = grow(base.labelVariance, S);
  const agreeing = grow(base.agreeing, S);
  const objectsPerSource = grow(base.objectsPerSource, S);
  const claimsPerSource = grow(base.claimsPerSource, S);
  const accuracy = grow(base.accuracy, S, ws.mean);
  const touched = new Set<number>();

  // 1. Take the changed objects' old claims out of the per-source sums.
  const remove = (source: number, share: number, p: number, agrees: number) => {
    correct[source] = (correct[source] as number) - share * p;
    total[source] = (total[source] as number) - share;
    labelVariance[source] = (labelVariance[source] as number) - share * share * p * (1 - p);
    agreeing[source] = (agreeing[source] as number) - agrees;
    claimsPerSource[source] = (claimsPerSource[source] as number) - 1;
    touched.add(source);
  };
  const objectIds = objectIndex(prep);
  for (const id of changed) {
    const block = base.blocks.get(id);
    const seen = new Set<number>();
    if (block) {
      block.source.forEach((s, i) => {
        remove(s, block.share[i] as number, block.probability[i] as number, block.agrees[i] as number);
        seen.add(s);
      });
    } else {
      const o = objectIds.get(id);
      if (o === undefined) continue;
      const obj = prep.objects[o] as Prepared<V>["objects"][number];
      for (let c = obj.start; c < obj.end; c++) {
        const s = prep.claimSource[c] as number;
        const agrees = base.winners[o] === prep.claimValue[c] ? 1 : 0;
        remove(s, prep.claimShare[c] as number, base.claimProbability[c] as number, agrees);
        seen.add(s);
      }
    }
    for (const s of seen) objectsPerSource[s] = (objectsPerSource[s] as number) - 1;
  }

  // 2. The changed objects' claims now, prepared on their own, sources mapped to the state's.
  const mini = prepare({
    claims,
    valueKey: change.valueKey,
    ...(change.similarity ? { similarity: change.similarity } : {}),
    ...(change.contains ? { contains: change.contains } : {}),
    ...(change.width ? { width: change.width } : {}),
    ...(change.fixed ? { fixed: change.fixed.filter((f) => changed.has(f.object)) } : {}),
    params,
  });
  const toGlobal = Int32Array.from(mini.sources, (name) => sourceIndex.get(name) as number);
  const claimSource = Int32Array.from(mini.claimSource, (s) => toGlobal[s] as number);
  // Dependence keys are `copier * S0 + original` over the full run's sources; new sources have none.
  const local: Prepared<V> = { ...mini, claimSource, sources: prep.sources, declared: prep.declared };
  for (const s of claimSource) touched.add(s);
  const sums = { correct: new Float64Array(S), total: new Float64Array(S), spread: new Float64Array(S) };
  const buffers = probabilityBuffers(local);
  const { maxRounds, tolerance } = params;
  let rounds = 0;
  let converged = false;
  const deltas: number[] = [];
  let probs = buffers;
  let independence: Float64Array = new Float64Array(local.claimCount).fill(1);
  // Each claim votes with its source's accuracy on its other claims, as in a full run
  // (leaveOneOut): the held sums plus this round's sums on the changed objects, less the claim.
  // In the first round nothing of the changed objects is counted yet, so that is the held sums.
  const claimAccuracy = new Float64Array(local.claimCount);
  const looCorrect = new Float64Array(S);
  const looTotal = new Float64Array(S);
  const lastProbability = new Float64Array(local.claimCount);
  const zeroShare: Prepared<V> = { ...local, claimShare: new Float64Array(local.claimCount) };
  while (rounds < maxRounds) {
    rounds++;
    for (const s of touched) {
      looCorrect[s] = (correct[s] as number) + (sums.correct[s] as number);
      looTotal[s] = (total[s] as number) + (sums.total[s] as number);
    }
    leaveOneOut(
      rounds === 1 ? zeroShare : local,
      priorA,
      priorB,
      looCorrect,
      looTotal,
      lastProbability,
      claimAccuracy,
    );
    independence = independenceFactors(local, accuracy, base.dependence);
    probs = valueProbabilities(local, accuracy, independence, buffers, claimAccuracy);
    lastProbability.set(probs.claimProbability);
    sums.correct.fill(0);
    sums.total.fill(0);
    sums.spread.fill(0);
    for (let c = 0; c < local.claimCount; c++) {
      const s = claimSource[c] as number;
      const share = local.claimShare[c] as number;
      const p = probs.claimProbability[c] as number;
      sums.correct[s] = (sums.correct[s] as number) + share * p;
      sums.total[s] = (sums.total[s] as number) + share;
      sums.spread[s] = (sums.spread[s] as number) + share * share * p * (1 - p);
    }
    let delta = 0;
    for (const s of touched) {
      const a = priorA[s] as number;
      const b = priorB[s] as number;
      const k = (correct[s] as number) + (sums.correct[s] as number);
      const n = (total[s] as number) + (sums.total[s] as number);
      const target = (a + k) / (a + b + n);
      delta = Math.max(delta, Math.abs(target - (accuracy[s] as number)));
      accuracy[s] = target;
    }
    deltas.push(delta);
    if (delta < tolerance) {
      converged = true;
      break;
    }
  }

  // 3. Put the new claims into the sums and keep them as the objects' blocks.
  const blocks = new Map(base.blocks);
  for (const id of changed) blocks.delete(id);
  local.objects.forEach((obj, o) => {
    const w = decideWinner(local, o, probs.probability[o] as Float64Array, accuracy).index;
    const n = obj.end - obj.start;
    const block: Block = {
      source: claimSource.slice(obj.start, obj.end),
      share: local.claimShare.slice(obj.start, obj.end),
      probability: probs.claimProbability.slice(obj.start, obj.end),
      agrees: new Uint8Array(n),
    };
    const seen = new Set<number>();
    for (let i = 0; i < n; i++) {
      const c = obj.start + i;
      const s = claimSource[c] as number;
      const share = local.claimShare[c] as number;
      const p = probs.claimProbability[c] as number;
      const agrees = local.claimValue[c] === w ? 1 : 0;
      block.agrees[i] = agrees;
      correct[s] = (correct[s] as number) + share * p;
      total[s] = (total[s] as number) + share;
      labelVariance[s] = (labelVariance[s] as number) + share * share * p * (1 - p);
      agreeing[s] = (agreeing[s] as number) + agrees;
      claimsPerSource[s] = (claimsPerSource[s] as number) + 1;
      seen.add(s);
    }
    for (const s of seen) objectsPerSource[s] = (objectsPerSource[s] as number) + 1;
    blocks.set(obj.id, block);
  });

  // 4. Only the touched sources' estimates change.
  const bySource = new Map(previous.result.sources.map((r) => [r.source, r]));
  for (const s of touched) {
    const a = priorA[s] as number;
    const b = priorB[s] as number;
    const k = Math.max(0, correct[s] as number);
    const n = Math.max(0, total[s] as number);
    const post = posteriorBeta(a, b, k, n, Math.max(0, labelVariance[s] as number));
    const name = allSources[s] as string;
    const old = bySource.get(name);
    const estimate: SourceEstimate = {
      source: name,
      accuracy: accuracy[s] as number,
      interval: betaCredibleInterval(post[0], post[1], params.credibleMass),
      claims: Math.round(claimsPerSource[s] as number),
      objects: Math.round(objectsPerSource[s] as number),
      agreeing: Math.round(agreeing[s] as number),
      ...(old?.group !== undefined ? { group: old.group } : {}),
      priorMean: a / (a + b),
      priorStrength: a + b,
      posterior: post,
    };
    bySource.set(name, estimate);
  }
  const sources = [...bySource.values()].sort((x, y) => compareStrings(x.source, y.source));
  const result: TruthResult<V> = {
    ...previous.result,
    objects: [],
    objectCount:
      previous.result.objectCount +
      local.objects.filter((o) => !objectIds.has(o.id) && !base.blocks.has(o.id)).length,
    sources,
    rounds,
    converged,
    convergence: {
      criterion: `refresh of ${changed.size} object(s): largest change of a touched source's accuracy between two rounds < ${tolerance}`,
      converged,
      rounds,
      maxRounds,
      tolerance,
      deltas,
      dampedFrom: null,
      reason: converged ? null : `still changing after ${rounds} rounds (last change ${deltas.at(-1)})`,
    },
  };
  return {
    result,
    state: {
      ...base,
      accuracy,
      priorA,
      priorB,
      correct,
      total,
      labelVariance,
      allSources,
      blocks,
      agreeing,
      objectsPerSource,
      claimsPerSource,
      result,
    },
  };
}
