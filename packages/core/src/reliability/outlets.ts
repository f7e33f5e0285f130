// One reliability row per outlet: engine accuracy + sourcing counts + the score formula. Pure; the
// API's snapshot service feeds it rows read from the database and stores what it returns.
import type { ClaimValue, EvidenceBasis, ScoreStatus } from "@kroscek/schema";
import { type EngineState, estimateReliability, estimateReliabilityWithState } from "../truth/accu";
import { betaCredibleInterval } from "../truth/beta";
import {
  ALGORITHM_VERSION,
  DEFAULT_PARAMS,
  type RoundReport,
  type SourceEstimate,
  type TruthParams,
  type TruthResult,
} from "../truth/types";
import {
  type LedgerAssertion,
  type LedgerOutlet,
  type LedgerVerdict,
  ledgerRowsToTruthInput,
} from "./ledger";
import { type AssertionRows, arrayRows } from "./rows";
import { DEFAULT_SCORE_WEIGHTS, outletScore, SCORE_VERSION, type ScoreWeights, scoreFormula } from "./score";
import type { ClosenessConfig } from "./values";

/**
 * Whether a row carries a score: `scored`; `insufficient_evidence` (fewer event slots than the
 * snapshot's minimum, so the prior would outweigh the outlet's own record); `no_outlet` (the
 * articles with no printed outlet, scored as separate sources in the engine, never as one).
 */
export type ReliabilityStatus = ScoreStatus;

/**
 * What a wire outlet's evidence rests on: its own articles, only copies of it carried (credited)
 * by other outlets, both, or nothing. Every other outlet is `own` or `none`.
 */
export type { EvidenceBasis };

export interface OutletReliability {
  outletId: string;
  status: ReliabilityStatus;
  basis: EvidenceBasis;
  /** Null unless `status` is `scored`. */
  score: number | null;
  accuracy: number | null;
  accuracyLow: number | null;
  accuracyHigh: number | null;
  assertionCount: number;
  /** Distinct (event slot, value) votes the outlet gave the engine. */
  claimCount: number;
  unsourcedCount: number;
  anonymousCount: number;
  /** Everything needed to recompute `score` by hand, plus the evidence behind the accuracy. */
  components: {
    formula: string;
    weights: ScoreWeights;
    accuracy: number | null;
    unsourcedShare: number;
    anonymousShare: number;
    sourcingFactor: number;
    scoreLow: number | null;
    scoreHigh: number | null;
    credibleMass: number;
    /** Event slots the outlet gave a value for: the evidence measured against `minEvidence`. */
    objects: number;
    minEvidence: number;
    /** Event slots a wire outlet holds only through other outlets' credited copies. */
    copiedObjects: number;
    /** Articles of an outlet with no printed name, each scored as its own source. */
    articleCount: number;
    agreeing: number;
    deniedCount: number;
    unconfirmedCount: number;
    wireCopyCount: number;
    /** The prior the accuracy was shrunk toward: the outlet kind's, or the workspace's (null). */
    priorGroup: string | null;
    priorMean: number;
    priorStrength: number;
  };
}

export interface ReliabilityRun {
  /** The engine's end state, with `keepState`. */
  state?: EngineState<ClaimValue>;
  algorithm: string;
  /** Engine version + score formula version, e.g. `truth-1.1.0+score-1`. */
  algorithmVersion: string;
  parameters: { engine: TruthParams; weights: ScoreWeights; minEvidence: number };
  outlets: OutletReliability[];
  summary: {
    assertions: number;
    engineClaims: number;
    objects: number;
    fixedTruths: number;
    rounds: number;
    converged: boolean;
    dependences: number;
    /** Number of false values per event slot fitted by the engine (parameters keep the start value). */
    fittedFalseValues: number;
    /** Objects whose winner came from a tie-break (see TruthResult.ties). */
    ties: TruthResult<unknown>["ties"];
    convergence: TruthResult<unknown>["convergence"];
    priors: TruthResult<unknown>["priors"];
    /** Wires with no outlet of their own, with the accuracy the engine gave them. */
    wires: Array<{ source: string; accuracy: number; claims: number }>;
    /** Rows per status. */
    statuses: Record<ReliabilityStatus, number>;
    /** Articles with no printed outlet, each its own source in the engine. */
    articlesWithoutOutlet: number;
  };
}

export const RELIABILITY_VERSION = `${ALGORITHM_VERSION}+${SCORE_VERSION}`;

/**
 * Default minimum evidence: the weight of the prior, alpha + beta (5 with Beta(4, 1)). Below it the
 * prior counts for more than the outlet's own record in the posterior mean, so the number would
 * mostly restate the prior rather than say anything about the outlet.
 */
export function defaultMinEvidence(params: Pick<TruthParams, "alpha" | "beta">): number {
  return Math.ceil(params.alpha + params.beta);
}

interface Counts {
  /** Distinct articles, kept for outlets of kind `unknown` only (memory stays flat elsewhere). */
  articles: Set<string>;
  assertions: number;
  unsourced: number;
  anonymous: number;
  denied: number;
  unconfirmed: number;
  wire: number;
}

/**
 * Runs the engine over the ledger and gives every outlet a row: a score when its evidence reaches
 * the minimum, otherwise its counts only (status `insufficient_evidence` or `no_outlet`).
 */
export function computeOutletReliability(
  outlets: readonly LedgerOutlet[],
  assertions: readonly LedgerAssertion[] | AssertionRows,
  verdicts: readonly LedgerVerdict[],
  options: {
    params?: Partial<TruthParams>;
    weights?: ScoreWeights;
    /** Fewest event slots an outlet needs for a score; defaults to `defaultMinEvidence`. */
    minEvidence?: number;
    onRound?: (r: RoundReport) => void;
    /** Closeness of figures and dates per slot (docs/reliability.md §1a). */
    closeness?: Partial<ClosenessConfig>;
    /** Also return the engine's end state, which a later refresh starts from. */
    keepState?: boolean;
  } = {},
): ReliabilityRun {
  const weights = options.weights ?? DEFAULT_SCORE_WEIGHTS;
  const table: AssertionRows = "count" in assertions ? assertions : arrayRows(assertions);
  const { input, virtualWires, wireCopyObjects, wireOwnObjects } = ledgerRowsToTruthInput(
    outlets,
    table,
    verdicts,
    options.params,
    options.onRound,
    options.closeness,
  );
  const engine = options.keepState
    ? estimateReliabilityWithState({ ...input, detail: "sources" })
    : { result: estimateReliability({ ...input, detail: "sources" }), state: undefined };
  const { result } = engine;
  const unknownIds = new Set(outlets.filter((o) => o.kind === "unknown").map((o) => o.id));
  const counts = new Map<string, Counts>();
  for (let i = 0; i < table.count; i++) {
    const a = table.at(i);
    let c = counts.get(a.outletId);
    if (!c) {
      c = {
        articles: new Set(),
        assertions: 0,
        unsourced: 0,
        anonymous: 0,
        denied: 0,
        unconfirmed: 0,
        wire: 0,
      };
      counts.set(a.outletId, c);
    }
    if (unknownIds.has(a.outletId)) c.articles.add(a.articleId);
    c.assertions++;
    if (a.attributionKind === "none") c.unsourced++;
    if (a.attributionKind === "anonymous") c.anonymous++;
    if (a.stance === "denies") c.denied++;
    if (a.stance === "reports_unconfirmed") c.unconfirmed++;
    if (a.wireCredit?.trim()) c.wire++;
  }
  const bySource = new Map(result.sources.map((s) => [s.source, s]));
  const { alpha, beta } = result.params;
  const minEvidence = options.minEvidence ?? defaultMinEvidence({ alpha, beta });
  const statuses: Record<ReliabilityStatus, number> = { scored: 0, insufficient_evidence: 0, no_outlet: 0 };
  let articlesWithoutOutlet = 0;
  const rowOf = outletRowBuilder(result, weights, minEvidence);
  const prior = priorOfKind(result, "");
  const rows = [...outlets]
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .map((o): OutletReliability => {
      const c = counts.get(o.id);
      const own = wireOwnObjects.get(o.id);
      const copied = [...(wireCopyObjects.get(o.id) ?? [])].filter((x) => !own?.has(x)).length;
      const row = rowOf(
        o,
        bySource.get(o.id),
        c ? { ...c, articles: c.articles.size } : { ...NO_COUNTS },
        copied,
      );
      statuses[row.status]++;
      if (o.kind === "unknown") articlesWithoutOutlet += row.components.articleCount;
      return row;
    });
  return {
    ...(engine.state ? { state: engine.state } : {}),
    algorithm: result.algorithm,
    algorithmVersion: RELIABILITY_VERSION,
    parameters: { engine: { ...DEFAULT_PARAMS, ...result.params }, weights: { ...weights }, minEvidence },
    outlets: rows,
    summary: {
      assertions: table.count,
      engineClaims: input.claims.length + (input.columns?.count ?? 0),
      objects: result.objectCount,
      fixedTruths: input.fixed?.length ?? 0,
      rounds: result.rounds,
      converged: result.converged,
      dependences: result.dependences.length,
      fittedFalseValues: result.fittedFalseValues ?? result.params.falseValues,
      ties: result.ties,
      convergence: result.convergence,
      priors: result.priors,
      wires: virtualWires.map((w) => {
        const est = bySource.get(w);
        return { source: w, accuracy: est?.accuracy ?? prior.accuracy, claims: est?.claims ?? 0 };
      }),
      statuses,
      articlesWithoutOutlet,
    },
  };
}

/** An outlet's counts from the ledger: assertions by attribution and stance, articles (kind `unknown`). */
export interface OutletCounts {
  assertions: number;
  unsourced: number;
  anonymous: number;
  denied: number;
  unconfirmed: number;
  wire: number;
  /** Distinct articles; counted for outlets of kind `unknown` only. */
  articles: number;
}

const NO_COUNTS: OutletCounts = {
  articles: 0,
  assertions: 0,
  unsourced: 0,
  anonymous: 0,
  denied: 0,
  unconfirmed: 0,
  wire: 0,
};

/** What an outlet the engine never saw keeps: its kind's (or the workspace's) fitted prior, or the fixed one. */
function priorOfKind(result: Pick<TruthResult<unknown>, "params" | "priors">, kind: string) {
  const { alpha, beta, credibleMass } = result.params;
  const p = result.priors?.groups[kind] ?? result.priors?.workspace;
  if (!p)
    return {
      group: null as string | null,
      accuracy: alpha / (alpha + beta),
      interval: betaCredibleInterval(alpha, beta, credibleMass),
      strength: alpha + beta,
    };
  return {
    group: result.priors?.groups[kind] ? kind : (null as string | null),
    accuracy: p.mean,
    interval: p.interval,
    strength: p.strength,
  };
}

/**
 * The row of one outlet from its engine estimate (undefined: the engine never saw it), its counts
 * and (wires) the event slots it holds only through copies. Used by a full computation and by an
 * incremental refresh, which re-builds the rows of the outlets it re-estimated.
 */
export function outletRowBuilder(
  result: Pick<TruthResult<unknown>, "params" | "priors">,
  weights: ScoreWeights,
  minEvidence: number,
): (o: LedgerOutlet, est: SourceEstimate | undefined, c: OutletCounts, copied: number) => OutletReliability {
  const { credibleMass } = result.params;
  return (o, est, c, copied) => {
    const objects = est?.objects ?? 0;
    const basis: EvidenceBasis =
      objects === 0 ? "none" : copied === 0 ? "own" : copied === objects ? "copies_only" : "own_and_copies";
    const status: ReliabilityStatus =
      o.kind === "unknown" ? "no_outlet" : objects < minEvidence ? "insufficient_evidence" : "scored";
    const scored = status === "scored" && est !== undefined;
    const ownPrior = priorOfKind(result, o.kind);
    const accuracy = est?.accuracy ?? ownPrior.accuracy;
    const interval = est?.interval ?? ownPrior.interval;
    const s = outletScore(
      {
        accuracy,
        interval,
        assertionCount: c.assertions,
        unsourcedCount: c.unsourced,
        anonymousCount: c.anonymous,
      },
      weights,
    );
    return {
      outletId: o.id,
      status,
      basis,
      score: scored ? s.score : null,
      accuracy: scored ? accuracy : null,
      accuracyLow: scored ? interval[0] : null,
      accuracyHigh: scored ? interval[1] : null,
      assertionCount: c.assertions,
      claimCount: est?.claims ?? 0,
      unsourcedCount: c.unsourced,
      anonymousCount: c.anonymous,
      components: {
        formula: scoreFormula(weights),
        weights: { ...weights },
        accuracy: scored ? accuracy : null,
        unsourcedShare: s.unsourcedShare,
        anonymousShare: s.anonymousShare,
        sourcingFactor: s.sourcingFactor,
        scoreLow: scored ? s.scoreLow : null,
        scoreHigh: scored ? s.scoreHigh : null,
        credibleMass,
        objects,
        minEvidence,
        copiedObjects: copied,
        articleCount: c.articles,
        agreeing: est?.agreeing ?? 0,
        deniedCount: c.denied,
        unconfirmedCount: c.unconfirmed,
        wireCopyCount: c.wire,
        priorGroup: est ? (est.group ?? null) : ownPrior.group,
        priorMean: est?.priorMean ?? ownPrior.accuracy,
        priorStrength: est?.priorStrength ?? ownPrior.strength,
      },
    };
  };
}
