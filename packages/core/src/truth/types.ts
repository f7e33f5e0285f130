/** Version of the truth-discovery engine; stored with every reliability snapshot so scores can be reproduced. */
export const ALGORITHM_VERSION = "truth-1.4.0";

/** One observation: `source` asserts that `object` (an event slot, a book's authors...) has `value`. */
export interface Claim<V> {
  source: string;
  object: string;
  value: V;
}

/** Similarity of two values of one type, in [0, 1]; 1 means "the same fact". */
export type Similarity<V> = (a: V, b: V) => number;

/** A known dependence: `copier` republishes `original` (a wire copy, a syndicated feed). */
export interface CopyRelation {
  copier: string;
  original: string;
}

/** A published verdict: the truth about `object` is `value`, never re-estimated. */
export interface FixedTruth<V> {
  object: string;
  value: V;
}

/** Tuning knobs shared by all algorithms; each algorithm reads the ones it needs. */
export interface TruthParams {
  /** Beta prior pseudo-count of correct claims (Accu family). */
  alpha: number;
  /** Beta prior pseudo-count of wrong claims (Accu family). */
  beta: number;
  /** Accuracy every source starts with before the first round (Accu 0.8, TruthFinder 0.9 in the papers). */
  initialAccuracy: number;
  /** Number of false values an object's domain holds (n in Accu); sets vote weights and the unseen-value mass. */
  falseValues: number;
  /**
   * Accu family: fit n from the data each round (start: `falseValues`): two wrong claims on one
   * object coincide with probability 1/n, so n is fitted by maximum likelihood from how each
   * object's claims fall into values, given the claims' accuracies and summed over which value is
   * true (not from the value probabilities n itself sets). News errors pile up (everyone repeats
   * the old toll), which a fixed n = 100 reads as independent confirmation. The fitted n is the
   * result's `fittedFalseValues`.
   */
  fitFalseValues: boolean;
  /** Weight of similar values' support (rho); 0 disables similarity. */
  rho: number;
  /** Probability that a dependent source copies a given value (c in Depen). */
  copyProbability: number;
  /** Prior probability that two sources are dependent (alpha in Depen's copy detection). */
  copyPrior: number;
  /** Detect dependence from shared false values (Depen); declared copies are always applied. */
  detectCopying: boolean;
  /** Pairs of sources sharing fewer objects are never judged dependent: too little evidence. */
  minSharedObjects: number;
  /** TruthFinder: dampening factor gamma. */
  gamma: number;
  /** TruthFinder: similarity below this value counts against a value (implication = sim - baseSimilarity). */
  baseSimilarity: number;
  /** Upper bound on iterations. */
  maxRounds: number;
  /** Stop when no source accuracy moves more than this between rounds. */
  tolerance: number;
  /** Mass of the credible interval reported per source (0.9 = 5% to 95%). */
  credibleMass: number;
  /**
   * Accu family: "hierarchical" (default) fits each source's Beta prior from the data, its mean
   * shrunk from the source's group (outlet kind) toward the whole workspace; "fixed" uses
   * Beta(alpha, beta) for every source.
   */
  prior: "hierarchical" | "fixed";
  /** Hierarchical prior: bounds on its strength (pseudo-claims), so one or two claims never decide a score. */
  priorStrengthMin: number;
  priorStrengthMax: number;
  /** Hierarchical prior: weight, in sources, of the workspace mean in each group's mean. */
  groupStrength: number;
  /**
   * A round whose largest accuracy change is not smaller than the previous one's counts as a
   * setback; after this many setbacks in a row updates are damped (halfway steps), which keeps the
   * fixed point but stops two-state cycles.
   */
  dampAfter: number;
}

/**
 * Defaults follow the papers where they give a value (c = 0.8, alpha_dep = 0.2, n = 100, rho = 0.5,
 * gamma = 0.3, initial accuracy 0.8). The Beta(4, 1) prior has mean 0.8, Accu's initial accuracy,
 * and weighs as much as 5 claims: a source with a handful of claims stays near 0.8 with a wide
 * interval instead of swinging to 0 or 1 (packages/bench/reliability/RESULTS.md shows the effect of
 * other priors).
 */
export const DEFAULT_PARAMS: Readonly<TruthParams> = Object.freeze({
  alpha: 4,
  beta: 1,
  initialAccuracy: 0.8,
  falseValues: 100,
  fitFalseValues: true,
  rho: 0.5,
  copyProbability: 0.8,
  copyPrior: 0.2,
  detectCopying: true,
  minSharedObjects: 3,
  gamma: 0.3,
  baseSimilarity: 0.5,
  maxRounds: 100,
  tolerance: 1e-4,
  credibleMass: 0.9,
  prior: "hierarchical",
  priorStrengthMin: 4,
  priorStrengthMax: 100,
  groupStrength: 5,
  dampAfter: 2,
});

/**
 * Claims in columns: per claim the source name's index into `sources`, the object name's index
 * into `objects`, and the value's index into `values` (equal values may share an index; they
 * need not). The form a ledger read page by page is packed into, without an object per claim.
 */
export interface ClaimColumns<V> {
  sources: readonly string[];
  objects: readonly string[];
  values: readonly V[];
  source: Int32Array;
  object: Int32Array;
  value: Int32Array;
  count: number;
}

/** Everything an algorithm needs; only `claims` and `valueKey` are required. */
export interface TruthInput<V> {
  claims: readonly Claim<V>[];
  /** More claims, in columns (added to `claims`): the form for large ledgers, no object per claim. */
  columns?: ClaimColumns<V>;
  /** Canonical string for a value: claims whose keys are equal support the same value. */
  valueKey: (value: V) => string;
  similarity?: Similarity<V>;
  /**
   * `outer` is a strictly less precise claim consistent with `inner` ("June 2024" ⊃ "19 June 2024",
   * "sekitar 3.000" ⊃ "2.950"): the outer claim supports the inner value fully, counts as right
   * when the inner one is, and the inner one wins a tie. The inner claim gives the outer value no
   * support (whatever their similarity): "19 June" is evidence for that day, not for "June" as
   * the better answer.
   */
  contains?: (outer: V, inner: V) => boolean;
  /** Width of a value (smaller = more precise); breaks ties between equally supported values. */
  width?: (value: V) => number;
  /** Group of each source (outlet kind): hierarchical priors shrink a source toward its group. */
  sourceGroups?: Readonly<Record<string, string>>;
  copies?: readonly CopyRelation[];
  /** Sets of mutually dependent sources (e.g. all outlets running one wire story). */
  copyGroups?: readonly (readonly string[])[];
  fixed?: readonly FixedTruth<V>[];
  params?: Partial<TruthParams>;
  /**
   * Estimates of an earlier run (e.g. the last snapshot): accuracies by source and the fitted n.
   * The iteration starts from them instead of `initialAccuracy`, and reaches the same fixed point
   * in fewer rounds after a small change to the claims.
   */
  warmStart?: { accuracy: Readonly<Record<string, number>>; falseValues?: number };
  /**
   * "full" (default) reports every object's values and contributions; "sources" only the sources,
   * dependences and reports (`objects` empty): outlet scores at scale need nothing per claim.
   */
  detail?: "full" | "sources";
  /** Called after every round: for progress reports on long runs; it cannot change the result. */
  onRound?: (round: RoundReport) => void;
}

/** How far a run has got: `delta` is the largest change of a source's accuracy in this round. */
export interface RoundReport {
  round: number;
  delta: number;
  maxRounds: number;
  tolerance: number;
}

/** One candidate value of an object. */
export interface ValueEstimate<V> {
  key: string;
  value: V;
  /** Probability that this value is the truth (normalised confidence for the baselines). */
  probability: number;
  /** The algorithm's raw score before normalisation (vote count, sigma*, ...). */
  confidence: number;
  /** Sources asserting this value, sorted. */
  sources: string[];
}

/** Why an object came out the way it did: one row per (source, value) claim. */
export interface Contribution {
  source: string;
  valueKey: string;
  /** Effective vote after copy discount and splitting among a source's values for the object. */
  weight: number;
  /** Share of the source's vote kept after discounting for dependence (1 = independent). */
  independence: number;
}

/** Result for one object. */
export interface ObjectEstimate<V> {
  object: string;
  winner: V;
  winnerKey: string;
  /** True when the winner came from a fixed truth (verdict), not from the votes. */
  fixed: boolean;
  /** Sorted by probability descending, then key. */
  values: ValueEstimate<V>[];
  /** Sorted by source. */
  contributions: Contribution[];
}

/** Result for one source. */
export interface SourceEstimate {
  source: string;
  /** Posterior mean accuracy (Accu family); trust score for TruthFinder; agreement share for majority vote. */
  accuracy: number;
  /** Credible interval of `accuracy`; degenerate [a, a] for the baselines, which have no posterior. */
  interval: [number, number];
  claims: number;
  objects: number;
  /** Claims whose value is the winner of their object. */
  agreeing: number;
  /** Group the prior came from (absent: the workspace prior). */
  group?: string;
  /** Mean and strength (pseudo-claims) of the Beta prior this source's accuracy was shrunk toward. */
  priorMean?: number;
  priorStrength?: number;
  /** Beta(a, b) behind `interval` (Accu family): for predictive checks against a sample of claims. */
  posterior?: [number, number];
}

/** A fitted Beta prior: mean and strength in pseudo-claims (Beta(mean·strength, (1-mean)·strength)). */
export interface PriorEstimate {
  mean: number;
  strength: number;
  /** Credible interval of the prior itself: what is known of a source with no claims. */
  interval: [number, number];
  sources: number;
}

/** How the objects decided by a tie were decided (several values with the top probability). */
export interface TieReport {
  /** Objects whose winner came from a tie-break. */
  objects: number;
  /** ... by the more precise value (smaller width). */
  byPrecision: number;
  /** ... by the more accurate best supporter. */
  byAccuracy: number;
  /** ... by the number of supporters. */
  bySupport: number;
  /** ... by nothing the evidence tells apart: a stable hash of object and value, not key order. */
  arbitrary: number;
}

/** The stopping rule, what each round changed, and why a run stopped. */
export interface ConvergenceReport {
  criterion: string;
  converged: boolean;
  rounds: number;
  maxRounds: number;
  tolerance: number;
  /** Largest change of a source's accuracy (TruthFinder: 1 - cosine of the trust vectors) per round. */
  deltas: number[];
  /** Round from which updates were damped, or null. */
  dampedFrom: number | null;
  /** Why the run did not converge, or null. */
  reason: string | null;
}

/** A detected or declared dependence between two sources. */
export interface Dependence {
  /** The more probable copier of the pair. */
  copier: string;
  original: string;
  /** Probability that the two are dependent, either direction. */
  probability: number;
  /** Probability of this direction (copier copies original). */
  directed: number;
  declared: boolean;
}

/** Common output of every algorithm. */
export interface TruthResult<V> {
  algorithm: string;
  version: string;
  params: TruthParams;
  /** Per-object estimates; empty when the run asked for `detail: "sources"`. */
  objects: ObjectEstimate<V>[];
  /** Number of objects estimated (also when `objects` is left out). */
  objectCount: number;
  sources: SourceEstimate[];
  /** Dependent pairs (probability >= 0.5), most probable first. */
  dependences: Dependence[];
  rounds: number;
  converged: boolean;
  ties: TieReport;
  convergence: ConvergenceReport;
  /** Number of false values the run ended with (Accu family with `fitFalseValues`; else `params.falseValues`). */
  fittedFalseValues?: number;
  /** Fitted priors (Accu family): the workspace's and each group's; null for the baselines. */
  priors: { workspace: PriorEstimate; groups: Record<string, PriorEstimate> } | null;
}
