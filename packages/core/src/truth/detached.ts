// A refresh state that can be stored and read back in parts: the per-source sums, priors and
// dependences a refresh reads (small: one entry per source), apart from the claims of each object
// (one block per object, read back only for the objects a write touched). A refresh from the
// attached parts computes exactly what it computes from the state in memory: it reads the claims
// of the objects it changes and nothing else of the full run's per-claim data.
import type { EngineState } from "./accu";
import type { RefreshState } from "./incremental";
import type { Prepared } from "./prepare";
import type { TruthParams, TruthResult } from "./types";

/** The claims of one object as a refresh reads them (global source indices). */
export interface ObjectClaims {
  source: Int32Array;
  share: Float64Array;
  probability: Float64Array;
  /** 1 when the claim's value is its object's winner. */
  agrees: Uint8Array;
}

/** Everything of a state but its objects' claims; plain data (typed arrays, arrays, maps). */
export interface DetachedState<V> {
  params: TruthParams;
  /** Sources of the full run (dependence and declared-copy keys are `copier * length + original`). */
  fullSources: string[];
  /** Sources of the full run followed by sources first seen in a refresh. */
  allSources: string[];
  declared: number[];
  dependence: Map<number, number>;
  accuracy: Float64Array;
  priorA: Float64Array;
  priorB: Float64Array;
  correct: Float64Array;
  total: Float64Array;
  labelVariance: Float64Array;
  agreeing: Float64Array;
  objectsPerSource: Float64Array;
  claimsPerSource: Float64Array;
  falseValues: number;
  algorithm: string;
  priors: TruthResult<V>["priors"];
  /** The result a refresh updates; its `objects` are left out. */
  result: TruthResult<V>;
}

const isRefreshed = <V>(s: EngineState<V> | RefreshState<V>): s is RefreshState<V> => "blocks" in s;

/** The state without its objects' claims. */
export function detachState<V>(state: EngineState<V> | RefreshState<V>): DetachedState<V> {
  const S = state.prep.sources.length;
  let agreeing: Float64Array;
  let objectsPerSource: Float64Array;
  let claimsPerSource: Float64Array;
  if (isRefreshed(state)) {
    ({ agreeing, objectsPerSource, claimsPerSource } = state);
  } else {
    agreeing = new Float64Array(S);
    objectsPerSource = new Float64Array(S);
    claimsPerSource = new Float64Array(S);
    state.result.sources.forEach((r, s) => {
      agreeing[s] = r.agreeing;
      objectsPerSource[s] = r.objects;
      claimsPerSource[s] = r.claims;
    });
  }
  return {
    params: state.prep.params,
    fullSources: state.prep.sources,
    allSources: isRefreshed(state) ? state.allSources : [...state.prep.sources],
    declared: [...state.prep.declared],
    dependence: new Map(state.dependence),
    accuracy: state.accuracy,
    priorA: state.priorA,
    priorB: state.priorB,
    correct: state.correct,
    total: state.total,
    labelVariance: state.labelVariance,
    agreeing,
    objectsPerSource,
    claimsPerSource,
    falseValues: state.falseValues,
    algorithm: state.algorithm,
    priors: state.priors,
    result: { ...state.result, objects: [] },
  };
}

/**
 * Every object's claims in the state, by object id: a refreshed object's from its refresh, every
 * other from the full run.
 */
export function* objectClaims<V>(state: EngineState<V> | RefreshState<V>): Generator<[string, ObjectClaims]> {
  const { prep } = state;
  const blocks = isRefreshed(state) ? state.blocks : new Map<string, ObjectClaims>();
  for (let o = 0; o < prep.objects.length; o++) {
    const obj = prep.objects[o] as Prepared<V>["objects"][number];
    const own = blocks.get(obj.id);
    if (own) {
      yield [obj.id, own];
      continue;
    }
    const n = obj.end - obj.start;
    const agrees = new Uint8Array(n);
    const winner = state.winners[o];
    for (let i = 0; i < n; i++) agrees[i] = prep.claimValue[obj.start + i] === winner ? 1 : 0;
    yield [
      obj.id,
      {
        source: prep.claimSource.slice(obj.start, obj.end),
        share: prep.claimShare.slice(obj.start, obj.end),
        probability: state.claimProbability.slice(obj.start, obj.end),
        agrees,
      },
    ];
  }
  // Objects first seen in a refresh.
  const known = new Set(prep.objects.map((o) => o.id));
  for (const [id, block] of blocks) if (!known.has(id)) yield [id, block];
}

/**
 * A state to refresh from, rebuilt from its detached part and the claims of the objects the
 * refresh will change (objects missing from `claims` are taken as new).
 */
export function attachState<V>(
  detached: DetachedState<V>,
  claims: ReadonlyMap<string, ObjectClaims>,
): RefreshState<V> {
  const none = new Int32Array(0);
  const prep: Prepared<V> = {
    params: detached.params,
    sources: detached.fullSources,
    objects: [],
    claimCount: 0,
    claimSource: none,
    claimObject: none,
    claimValue: none,
    claimShare: new Float64Array(0),
    sourceStart: none,
    sourceClaims: none,
    declared: new Set(detached.declared),
    sourceGroup: none,
    groups: [],
  };
  return {
    prep,
    accuracy: detached.accuracy,
    claimProbability: new Float64Array(0),
    independence: new Float64Array(0),
    dependence: detached.dependence,
    priorA: detached.priorA,
    priorB: detached.priorB,
    correct: detached.correct,
    total: detached.total,
    labelVariance: detached.labelVariance,
    winners: none,
    falseValues: detached.falseValues,
    algorithm: detached.algorithm,
    priors: detached.priors,
    result: detached.result,
    allSources: detached.allSources,
    blocks: new Map(claims),
    agreeing: detached.agreeing,
    objectsPerSource: detached.objectsPerSource,
    claimsPerSource: detached.claimsPerSource,
  };
}
