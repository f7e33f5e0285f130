// Public shapes of assisted extraction. Every offset is a JS string (UTF-16) index into the
// ORIGINAL article body, half-open [start, end), so `body.slice(start, end) === text`; use
// `codePointOffsets` to convert to the code points quotes are stored in.

import type { AttributionKind, EntityKind, EventKind } from "@kroscek/schema";
import type { DatePrecision, ResolvedDate } from "../dates";

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** A known name of an entity, as the ledger stores it (the canonical name is one of them). */
export interface EntityAlias {
  entityId: string;
  alias: string;
  /** Kind of the entity when known: short names ("Kim", "Putin") are only inferred for persons. */
  kind?: EntityKind | undefined;
}

export interface ExtractOptions {
  /** Publication instant or bare date (ISO 8601), null when the article has none. */
  publishedAt: string | null;
  /**
   * IANA time zone (or "+10:00") of the article; when not given, the offset of `publishedAt`
   * when it has one, else "Asia/Jakarta".
   */
  timeZone?: string | undefined;
  /** The wire credit stored with the article ("sumber: reuters"), when there is one. */
  wireCredit?: string | null | undefined;
  /** "id" | "en"; detected when not given. */
  language?: string | undefined;
  aliases: readonly EntityAlias[];
}

export type FurnitureReason =
  | "related_links"
  | "advertisement"
  | "more_news"
  | "share_follow"
  | "byline"
  | "photo_caption"
  | "faq"
  | "dateline";

export interface Furniture extends TextSpan {
  reason: FurnitureReason;
  /** The words that gave it away ("Baca Juga", "Foto:", "IKUTI … DI GOOGLE NEWS"). */
  label: string;
}

export interface Sentence extends TextSpan {
  /** True when the sentence lies in page furniture (captions, FAQ, …). */
  furniture: boolean;
}

export interface ExtractedDate extends TextSpan {
  status: "resolved" | "unresolved";
  /** Half-open UTC interval; null when unresolved (a relative date without publication date). */
  interval: ResolvedDate | null;
  precision: DatePrecision | null;
  relative: boolean;
  explanation: string;
  furniture: boolean;
}

export interface EntityMention extends TextSpan {
  entityId: string;
  /** "alias": a whole alias; "short_name": a person's first or last name seen in full elsewhere. */
  via: "alias" | "short_name";
  confidence: number;
  furniture: boolean;
}

export type ProposedKind = EntityKind | "unknown";

/** An unknown capitalised name, proposed as a new entity. */
export interface ProposedEntity {
  name: string;
  kind: ProposedKind;
  confidence: number;
  mentions: TextSpan[];
}

export interface Attribution extends TextSpan {
  /** The cue word(s): "kata", "mengatakan", "menurut", "sumber :", "said", … */
  cue: TextSpan;
  /** The cited speaker or organisation as written; null when the cue has none (agentless passive). */
  speaker: TextSpan | null;
  kind: AttributionKind;
  /** Entity of the speaker when one of the aliases names it (or a pronoun refers back to it). */
  entityId: string | null;
  /** A proposed new entity name the speaker carries, when no known entity does. */
  proposedName: string | null;
  confidence: number;
  furniture: boolean;
}

/** A place named in the text: a workspace entity, a gazetteer place, or a name a cue marks as one. */
export interface PlaceMention extends TextSpan {
  /** Workspace entity when one of its aliases names the place. */
  entityId: string | null;
  /** Gazetteer id ("iso:KP", "geonames:2013348") when the gazetteer knows the name. */
  gazetteerId: string | null;
  kind: "country" | "place";
  /** Names in English and Indonesian, where the gazetteer has them (null for cue-only places). */
  names: { en: string | null; id: string | null };
  /** ISO 3166-1 alpha-2 code of the country the place is in (or is). */
  countryCode: string | null;
  via: "entity" | "gazetteer" | "cue";
  /** After "di", "ke", "in", "at", "from"… or with a place head ("Istana …"): where something happens. */
  locative: boolean;
}

export interface ClaimParticipant {
  entityId: string | null;
  /** Proposed name when the participant is not a known entity. */
  name: string;
  span: TextSpan;
  /** For a place: its gazetteer id ("geonames:2013348"), when the gazetteer knows it. */
  gazetteerId?: string | null;
}

export interface CandidateClaim extends TextSpan {
  kind: EventKind;
  /** The event word(s) the kind came from. */
  cues: string[];
  participants: ClaimParticipant[];
  place: ClaimParticipant | null;
  date: ExtractedDate | null;
  attribution: Attribution | null;
  confidence: number;
}

export interface SpamMark extends TextSpan {
  reason: string;
}

export interface Extraction {
  language: "id" | "en";
  /** Kept text: ranges of the body that are not furniture (trimmed, one per line or part of line). */
  cleanedRanges: Array<{ start: number; end: number }>;
  furniture: Furniture[];
  sentences: Sentence[];
  dates: ExtractedDate[];
  entities: EntityMention[];
  /** Places named in the body (countries, cities, sites), governments-by-metonym excluded. */
  places: PlaceMention[];
  proposedEntities: ProposedEntity[];
  attributions: Attribution[];
  spam: SpamMark[];
  claims: CandidateClaim[];
  /** The wire the article credits (stored credit first, else the body's credit line), or null. */
  wire: string | null;
}
