// Pure rule functions: contradictions, corroboration, flags, spam and copy detection.
// Explicit exports keep helper names out of `@kroscek/core`, where other modules export too.

/** Classifies a cited attribution text as anonymous, named, wire, document or none. */
export { type AttributionTextClass, classifyAttributionText } from "./attribution";
/** Contradictions between assertions of one event (date, place, actor, participants, quantity, occurrence, internal). */
export { type ContradictionOptions, detectContradictions } from "./contradictions";
/** Groups wire copies and near-identical texts across outlets (MinHash LSH, verified containment). */
export { type CopyDetectionOptions, detectCopies } from "./copies";
/** Distinct values of each event slot with their independent supporting sources (copies counted once). */
export {
  type CorroboratedValue,
  corroboration,
  type IndependentSource,
  type SupportRef,
} from "./corroboration";
/** All flags of one article, and the per-assertion sourcing and date flags. */
export { type ArticleFlagOptions, articleFlags, sourcingFlag, unresolvedDateFlag } from "./flags";
/** Finds injected gambling/SEO spam tokens in an article body. */
export { BANDS, textBandHashes } from "./minhash";
/** Canonical value identity: equal keys mean the same claim value. */
export { type PlaceExtent, placeExtentOfName, placesConflict } from "./places";
export { detectSpam, type SpamToken } from "./spam";
/** Rule ids and the plain-data input and output shapes of every rule. */
export {
  type CopyGroup,
  type EntityNames,
  type Finding,
  type FlagFinding,
  RULE_IDS,
  type RuleArticle,
  type RuleAssertion,
  type RuleDateResolution,
  type RuleId,
  type RuleOptions,
} from "./types";
export { countsPeople, sameMeasure } from "./units";
export { valueKey } from "./values";
/** Parses wire credits ("sumber : reuters", "(AFP)") into canonical wire names. */
export { articleWire, canonicalWireName, parseWireCredit, WIRE_NAMES, wiresInCredit } from "./wire";
