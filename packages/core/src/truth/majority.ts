// Naive majority vote: the baseline every truth-discovery paper starts from. Each source has one
// vote per object (split over its values if it gives several); copies count in full, which is
// exactly the weakness the other models address.
import { prepare } from "./prepare";
import { buildResult, type Decision, decideWinner } from "./result";
import { ALGORITHM_VERSION, type TruthInput, type TruthResult } from "./types";

/**
 * Majority vote on the common interface. Value probability = share of the object's votes; source
 * accuracy = share of its claims that agree with the winner; the interval is degenerate [a, a]
 * because a vote count has no posterior.
 */
export function majorityVote<V>(input: TruthInput<V>): TruthResult<V> {
  const prep = prepare(input);
  const probability: Float64Array[] = [];
  const confidence: Float64Array[] = [];
  const winner: number[] = [];
  const decisions: { index: number; decision: Decision }[] = [];
  const claimWeight = new Float64Array(prep.claimCount);
  for (const obj of prep.objects) {
    const votes = new Float64Array(obj.values.length);
    let total = 0;
    for (let ci = obj.start; ci < obj.end; ci++) {
      const share = prep.claimShare[ci] as number;
      const v = prep.claimValue[ci] as number;
      claimWeight[ci] = share;
      votes[v] = (votes[v] as number) + share;
      total += share;
    }
    const prob =
      obj.fixedValue >= 0 ? new Float64Array(votes.length) : votes.map((x) => (total > 0 ? x / total : 0));
    if (obj.fixedValue >= 0) prob[obj.fixedValue] = 1;
    const d =
      obj.values.length > 0
        ? decideWinner(prep, probability.length, prob, null)
        : { index: -1, decision: "probability" as Decision };
    decisions.push(d);
    winner.push(d.index);
    probability.push(prob);
    confidence.push(votes);
  }
  const accuracy = new Float64Array(prep.sources.length);
  for (let s = 0; s < prep.sources.length; s++) {
    let right = 0;
    let count = 0;
    for (let i = prep.sourceStart[s] as number; i < (prep.sourceStart[s + 1] as number); i++) {
      const ci = prep.sourceClaims[i] as number;
      const share = prep.claimShare[ci] as number;
      count += share;
      if (winner[prep.claimObject[ci] as number] === prep.claimValue[ci]) right += share;
    }
    accuracy[s] = count > 0 ? right / count : 0;
  }
  return buildResult(
    prep,
    {
      algorithm: "majority-vote",
      version: ALGORITHM_VERSION,
      probability,
      confidence,
      claimWeight,
      claimIndependence: new Float64Array(prep.claimCount).fill(1),
      accuracy,
      interval: (s) => [accuracy[s] as number, accuracy[s] as number],
      dependence: new Map(),
      rounds: 1,
      converged: true,
      convergence: {
        criterion: "one pass (no iteration)",
        converged: true,
        rounds: 1,
        maxRounds: 1,
        tolerance: 0,
        deltas: [],
        dampedFrom: null,
        reason: null,
      },
      decisions,
    },
    input.detail,
  );
}
