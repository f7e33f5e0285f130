// Assisted extraction: suggested claims, dates, entities and attributions of one article.
export { EXTRACTOR_VERSION, extractArticle } from "./extract";
export { codePointOffsets, toCodePoints } from "./offsets";
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
  ProposedEntity,
  Sentence,
  SpamMark,
  TextSpan,
} from "./types";
