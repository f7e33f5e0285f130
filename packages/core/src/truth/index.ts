// Truth discovery: which value of a contested fact is probably true, and how accurate each source
// is. Pure functions over (source, object, value) triples; see DESIGN.md "Reliability scores".

/** The reliability model (copy-aware AccuSim with Beta priors) and its paper-named alias. */
export { accuSim, type EngineState, estimateReliability, estimateReliabilityWithState } from "./accu";
/** Beta distribution helpers used for credible intervals. */
export { betaCredibleInterval, betaQuantile, logGamma, regularizedBeta } from "./beta";
/** A refresh state stored in parts: per-source sums apart from each object's claims. */
export { attachState, type DetachedState, detachState, type ObjectClaims, objectClaims } from "./detached";
/** Incremental refresh of the estimates after a write touching a few objects. */
export { type RefreshInput, type RefreshState, refreshReliability } from "./incremental";
/** Naive majority vote baseline. */
export { majorityVote } from "./majority";
/** Value similarity functions and canonical keys per value type. */
export {
  type DateClosenessOptions,
  type DateInterval,
  DEFAULT_DATE_CLOSENESS,
  DEFAULT_NUMBER_CLOSENESS,
  dateCloseness,
  dateContains,
  dateKey,
  dateSimilarity,
  dateWidthDays,
  entitySetSimilarity,
  entitySimilarity,
  jaccard,
  type NumberClosenessOptions,
  numberCloseness,
  numberClosenessSimilarity,
  numberContains,
  numberGranularity,
  numberHalfWidth,
  numberSimilarity,
  type Quantity,
  quantityCloseness,
  quantitySimilarity,
  setKey,
  textKey,
  textSimilarity,
  textTokens,
} from "./similarity";
/** TruthFinder baseline (Yin, Han & Yu 2007). */
export { truthFinder } from "./truthfinder";
/** Input, parameter and result types, defaults and the engine version string. */
export {
  ALGORITHM_VERSION,
  type Claim,
  type Contribution,
  type ConvergenceReport,
  type CopyRelation,
  DEFAULT_PARAMS,
  type Dependence,
  type FixedTruth,
  type ObjectEstimate,
  type PriorEstimate,
  type RoundReport,
  type Similarity,
  type SourceEstimate,
  type TieReport,
  type TruthInput,
  type TruthParams,
  type TruthResult,
  type ValueEstimate,
} from "./types";
