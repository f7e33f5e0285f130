// Outlet reliability from the claim ledger: the mapping onto the truth engine and the documented
// score formula (docs/reliability.md).
export {
  articleSource,
  engineValue,
  FIXED_TRUTH_MIN_RATING,
  type LedgerAssertion,
  type LedgerInput,
  type LedgerOutlet,
  type LedgerVerdict,
  ledgerRowsToTruthInput,
  ledgerToTruthInput,
  objectOf,
  wireOf,
} from "./ledger";
export {
  computeOutletReliability,
  defaultMinEvidence,
  type EvidenceBasis,
  type OutletCounts,
  type OutletReliability,
  outletRowBuilder,
  RELIABILITY_VERSION,
  type ReliabilityRun,
  type ReliabilityStatus,
} from "./outlets";
export { type AssertionRows, arrayRows, PACKED_COLUMNS, type PackedRows, packedRows } from "./rows";
export {
  DEFAULT_SCORE_WEIGHTS,
  outletScore,
  SCORE_VERSION,
  type ScoreInput,
  type ScoreOutput,
  type ScoreWeights,
  scoreFormula,
} from "./score";
export {
  type ClosenessConfig,
  claimValueCloseness,
  claimValueContains,
  claimValueKey,
  claimValueSimilarity,
  claimValueWidth,
  DEFAULT_CLOSENESS,
} from "./values";
