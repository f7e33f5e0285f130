// Assisted extraction: suggested claims, dates, entities and attributions of one article.
export { EXTRACTOR_VERSION, extractArticle } from "./extract";
export { type GazetteerPlace, gazetteer } from "./gazetteer";
export { codePointOffsets, toCodePoints } from "./offsets";
export { findPlaces, governmentMetonym } from "./places";
export { siteKey, siteName, siteNameForms } from "./site-names";
export type {
  Attribution as ExtractedAttribution,
  CandidateClaim,
  ClaimParticipant,
  EntityAlias,
  EntityMention,
  ExtractedDate,
  Extraction,
  ExtractOptions,
  Furniture,
  FurnitureReason,
  PlaceMention,
  ProposedEntity,
  Sentence,
  SpamMark,
  TextSpan,
} from "./types";
