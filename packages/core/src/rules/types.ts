// Plain-data inputs and outputs of the rules. Nothing here knows about the database: the caller
// loads rows, resolves dates and entity names, and hands the rules these shapes.

import type {
  AttributionKind,
  ClaimValue,
  DateInterval,
  FindingMessage,
  FlagKind,
  OutletKind,
  Stance,
  UnresolvedReason,
} from "@kroscek/schema";
import type { PlaceExtent } from "./places";

/** Stable rule ids: stored with every contradiction and flag, so never rename one. */
export const RULE_IDS = {
  dateConflict: "date.conflict",
  placeConflict: "place.conflict",
  participantsConflict: "participants.conflict",
  actorConflict: "actor.conflict",
  quantityConflict: "quantity.conflict",
  occurrenceConflict: "occurrence.conflict",
  internalInconsistency: "article.internal_inconsistency",
  unsourced: "flag.unsourced",
  anonymousSource: "flag.anonymous_source",
  undated: "flag.undated",
  unresolvedRelativeDate: "flag.unresolved_relative_date",
  spamInjection: "flag.spam_injection",
  syndicatedCopy: "flag.syndicated_copy",
} as const;
export type RuleId = (typeof RULE_IDS)[keyof typeof RULE_IDS];

/** One article asserting one claim about one event, with everything a rule needs to explain itself. */
export interface RuleAssertion {
  id: string;
  articleId: string;
  outletId: string;
  outletName: string;
  eventId: string;
  claimId: string;
  stance: Stance;
  /** The exact quote from the article body. */
  quote: string;
  value: ClaimValue;
  /** For a relative date: the publication date it was counted from, shown with the value. */
  dateAnchor?: { publishedAt: string; timeZone: string };
  /** The article's time zone: its dates are shown in it. */
  timeZone?: string | null;
  /** False when a date claim could not be resolved; such assertions never take part in date conflicts. */
  dateResolved?: boolean;
  attribution: { kind: AttributionKind; text: string | null };
  /** Copy group from `detectCopies`: members are one source, not several. */
  copyGroupId?: string | null;
  /** Canonical wire the article credits (or the wire itself, for a wire's own article). */
  wire?: string | null;
  /** For `statement` claims: the entity the statement is credited to (e.g. Putin). */
  speakerEntityId?: string | null;
}

/** An article as the article-level rules see it. */
export interface RuleArticle {
  id: string;
  outletId: string;
  outletName: string;
  outletKind: OutletKind;
  /** ISO date-time, or null when the article prints no date. */
  publishedAt: string | null;
  body: string;
  /** Wire credit as stored ("sumber: reuters"), or null to parse it from the body. */
  wireCredit: string | null;
  language: string;
  /**
   * Unnamed sources the extractor read in the body ("kata seorang pejabat yang enggan disebut
   * namanya", "officials said"): code point offsets of the attribution, its text and its cue word.
   * Those in sentences no assertion records give the article-level anonymous source flag.
   */
  anonymousSources?: ReadonlyArray<{ start: number; end: number; text: string; cue: string }>;
}

/** How a date expression in an assertion was (or was not) resolved by the date resolver. */
export interface RuleDateResolution {
  assertionId: string;
  /** The words the date was read from, e.g. "pada hari Kamis". */
  expression: string;
  /** Absolute dates ("16/1/2024") need no anchor; relative ones ("Selasa") need the article date. */
  kind: "absolute" | "relative";
  /** The resolved interval, or null when it could not be resolved. */
  interval: DateInterval | null;
  /** Why resolution failed, e.g. "the article has no publication date". */
  reason?: string;
  /** Why resolution failed, as a code the catalogue renders. */
  reasonCode?: UnresolvedReason;
}

/** A contradiction between two assertions; `assertionAId < assertionBId` so each pair is stored once. */
export interface Finding {
  ruleId: RuleId;
  assertionAId: string;
  assertionBId: string;
  eventId: string;
  /** The finding as a code and typed parameters; every reader-facing text is rendered from it. */
  message: FindingMessage;
  /** English rendering of `message`, kept for clients that read a sentence. */
  explanation: string;
  details: Record<string, unknown>;
}

/** An issue with one article, or with one assertion when `assertionId` is set. */
export interface FlagFinding {
  kind: FlagKind;
  ruleId: RuleId;
  articleId: string;
  assertionId: string | null;
  /** The flag as a code and typed parameters; every reader-facing text is rendered from it. */
  message: FindingMessage;
  /** English rendering of `message`, kept for clients that read a sentence. */
  explanation: string;
  details: Record<string, unknown>;
}

/** Display names of entities by id; rules fall back to the id when a name is missing. */
export type EntityNames = Readonly<Record<string, string>> | ReadonlyMap<string, string>;

/** Options shared by rules that describe entities. */
export interface RuleOptions {
  entityNames?: EntityNames;
  /** How far each place reaches, by entity id; by default read from its name through the gazetteer. */
  placeExtents?: ReadonlyMap<string, PlaceExtent>;
}

/** A group of articles carrying one text: wire copies or near-identical texts. */
export interface CopyGroup {
  groupId: string;
  articleIds: string[];
  method: "wire_credit" | "text_similarity";
  /** Weakest verified containment among the pairs that joined the group (0..1). */
  similarity?: number;
  wire?: string;
  explanation: string;
}
