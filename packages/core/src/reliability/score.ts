// The exported outlet score: the engine's accuracy, discounted for sourcing practice. Kept apart
// from the engine so the formula stays one small, documented function (docs/reliability.md) that
// anyone can recompute from an exported row's components.

/** Version of the score formula; stored with each snapshot next to the engine's ALGORITHM_VERSION. */
export const SCORE_VERSION = "score-1";

export interface ScoreWeights {
  /** Penalty per unit share of assertions with no attribution at all. */
  unsourced: number;
  /** Penalty per unit share of assertions attributed to an unnamed source. */
  anonymous: number;
}

/**
 * Unsourced assertions weigh twice as much as anonymous ones: an anonymous source is still a
 * source the reader can weigh, no attribution is none. An outlet whose every assertion is
 * unsourced keeps 70% of its accuracy; the sourcing factor never drops below 1 − 0.3 − 0 = 0.7
 * or, with every assertion anonymous, 0.85. Accuracy stays the main term on purpose.
 */
export const DEFAULT_SCORE_WEIGHTS: Readonly<ScoreWeights> = Object.freeze({
  unsourced: 0.3,
  anonymous: 0.15,
});

/** The formula as text, with the weights filled in; exported with every score. */
export function scoreFormula(w: ScoreWeights = DEFAULT_SCORE_WEIGHTS): string {
  return `score = accuracy × (1 − ${w.unsourced}·unsourcedShare − ${w.anonymous}·anonymousShare)`;
}

export interface ScoreInput {
  /** Posterior mean accuracy and its credible interval. */
  accuracy: number;
  interval: readonly [number, number];
  assertionCount: number;
  unsourcedCount: number;
  anonymousCount: number;
}

export interface ScoreOutput {
  score: number;
  /** The same factor applied to the accuracy interval's ends. */
  scoreLow: number;
  scoreHigh: number;
  unsourcedShare: number;
  anonymousShare: number;
  sourcingFactor: number;
}

const clip = (x: number) => Math.min(1, Math.max(0, x));

/** Applies the formula. An outlet with no assertions has shares 0: no evidence is no penalty. */
export function outletScore(input: ScoreInput, weights: ScoreWeights = DEFAULT_SCORE_WEIGHTS): ScoreOutput {
  const n = input.assertionCount;
  const unsourcedShare = n > 0 ? input.unsourcedCount / n : 0;
  const anonymousShare = n > 0 ? input.anonymousCount / n : 0;
  const sourcingFactor = clip(1 - weights.unsourced * unsourcedShare - weights.anonymous * anonymousShare);
  return {
    score: clip(input.accuracy * sourcingFactor),
    scoreLow: clip(input.interval[0] * sourcingFactor),
    scoreHigh: clip(input.interval[1] * sourcingFactor),
    unsourcedShare,
    anonymousShare,
    sourcingFactor,
  };
}
