// One reliability row per outlet: engine accuracy + sourcing counts + the score formula. Pure; the
// API's snapshot service feeds it rows read from the database and stores what it returns.
import { estimateReliability } from "../truth/accu";
import { betaCredibleInterval } from "../truth/beta";
import {
  ALGORITHM_VERSION,
  DEFAULT_PARAMS,
  type RoundReport,
  type TruthParams,
  type TruthResult,
} from "../truth/types";
import { type LedgerAssertion, type LedgerOutlet, type LedgerVerdict, ledgerToTruthInput } from "./ledger";
import { DEFAULT_SCORE_WEIGHTS, outletScore, SCORE_VERSION, type ScoreWeights, scoreFormula } from "./score";
import type { ClosenessConfig } from "./values";

export interface OutletReliability {
  outletId: string;
  score: number;
  accuracy: number;
  accuracyLow: number;
  accuracyHigh: number;
  assertionCount: number;
  /** Distinct (event slot, value) votes the outlet gave the engine. */
  claimCount: number;
  unsourcedCount: number;
  anonymousCount: number;
  /** Everything needed to recompute `score` by hand, plus the evidence behind the accuracy. */
  components: {
    formula: string;
    weights: ScoreWeights;
    accuracy: number;
    unsourcedShare: number;
    anonymousShare: number;
    sourcingFactor: number;
    scoreLow: number;
    scoreHigh: number;
    credibleMass: number;
    objects: number;
    agreeing: number;
    deniedCount: number;
    unconfirmedCount: number;
    wireCopyCount: number;
    /** The prior the accuracy was shrunk toward: the outlet kind's, or the workspace's. */
    priorGroup: string | null;
    priorMean: number;
    priorStrength: number;
  };
}

export interface ReliabilityRun {
  algorithm: string;
  /** Engine version + score formula version, e.g. `truth-1.1.0+score-1`. */
  algorithmVersion: string;
  parameters: { engine: TruthParams; weights: ScoreWeights };
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
  };
}

export const RELIABILITY_VERSION = `${ALGORITHM_VERSION}+${SCORE_VERSION}`;

interface Counts {
  assertions: number;
  unsourced: number;
  anonymous: number;
  denied: number;
  unconfirmed: number;
  wire: number;
}

/** Runs the engine over the ledger and scores every outlet, including those with no evidence. */
export function computeOutletReliability(
  outlets: readonly LedgerOutlet[],
  assertions: readonly LedgerAssertion[],
  verdicts: readonly LedgerVerdict[],
  options: {
    params?: Partial<TruthParams>;
    weights?: ScoreWeights;
    onRound?: (r: RoundReport) => void;
    closeness?: Partial<ClosenessConfig>;
  } = {},
): ReliabilityRun {
  const weights = options.weights ?? DEFAULT_SCORE_WEIGHTS;
  const { input, virtualWires } = ledgerToTruthInput(
    outlets,
    assertions,
    verdicts,
    options.params,
    options.onRound,
    options.closeness,
  );
  const result = estimateReliability(input);
  const counts = new Map<string, Counts>();
  for (const a of assertions) {
    let c = counts.get(a.outletId);
    if (!c) {
      c = { assertions: 0, unsourced: 0, anonymous: 0, denied: 0, unconfirmed: 0, wire: 0 };
      counts.set(a.outletId, c);
    }
    c.assertions++;
    if (a.attributionKind === "none") c.unsourced++;
    if (a.attributionKind === "anonymous") c.anonymous++;
    if (a.stance === "denies") c.denied++;
    if (a.stance === "reports_unconfirmed") c.unconfirmed++;
    if (a.wireCredit?.trim()) c.wire++;
  }
  const bySource = new Map(result.sources.map((s) => [s.source, s]));
  const { alpha, beta, credibleMass } = result.params;
  // An outlet the engine never saw keeps its prior: its kind's (or the workspace's) fitted prior
  // under hierarchical priors, Beta(alpha, beta) under fixed ones; the mean and its wide interval.
  const fixedPrior = {
    group: null as string | null,
    accuracy: alpha / (alpha + beta),
    interval: betaCredibleInterval(alpha, beta, credibleMass),
    strength: alpha + beta,
  };
  const priorOf = (kind: string) => {
    const p = result.priors?.groups[kind] ?? result.priors?.workspace;
    if (!p) return fixedPrior;
    return {
      group: result.priors?.groups[kind] ? kind : null,
      accuracy: p.mean,
      interval: p.interval,
      strength: p.strength,
    };
  };
  const prior = priorOf("");
  const rows = [...outlets]
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .map((o): OutletReliability => {
      const est = bySource.get(o.id);
      const c = counts.get(o.id) ?? {
        assertions: 0,
        unsourced: 0,
        anonymous: 0,
        denied: 0,
        unconfirmed: 0,
        wire: 0,
      };
      const own = priorOf(o.kind);
      const accuracy = est?.accuracy ?? own.accuracy;
      const interval = est?.interval ?? own.interval;
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
        score: s.score,
        accuracy,
        accuracyLow: interval[0],
        accuracyHigh: interval[1],
        assertionCount: c.assertions,
        claimCount: est?.claims ?? 0,
        unsourcedCount: c.unsourced,
        anonymousCount: c.anonymous,
        components: {
          formula: scoreFormula(weights),
          weights: { ...weights },
          accuracy,
          unsourcedShare: s.unsourcedShare,
          anonymousShare: s.anonymousShare,
          sourcingFactor: s.sourcingFactor,
          scoreLow: s.scoreLow,
          scoreHigh: s.scoreHigh,
          credibleMass,
          objects: est?.objects ?? 0,
          agreeing: est?.agreeing ?? 0,
          deniedCount: c.denied,
          unconfirmedCount: c.unconfirmed,
          wireCopyCount: c.wire,
          priorGroup: est ? (est.group ?? null) : own.group,
          priorMean: est?.priorMean ?? own.accuracy,
          priorStrength: est?.priorStrength ?? own.strength,
        },
      };
    });
  return {
    algorithm: result.algorithm,
    algorithmVersion: RELIABILITY_VERSION,
    parameters: { engine: { ...DEFAULT_PARAMS, ...result.params }, weights: { ...weights } },
    outlets: rows,
    summary: {
      assertions: assertions.length,
      engineClaims: input.claims.length,
      objects: result.objects.length,
      fixedTruths: input.fixed?.length ?? 0,
      rounds: result.rounds,
      converged: result.converged,
      dependences: result.dependences.length,
      ties: result.ties,
      fittedFalseValues: result.fittedFalseValues ?? result.params.falseValues,
      convergence: result.convergence,
      priors: result.priors,
      wires: virtualWires.map((w) => {
        const est = bySource.get(w);
        return { source: w, accuracy: est?.accuracy ?? prior.accuracy, claims: est?.claims ?? 0 };
      }),
    },
  };
}
