// Shapes of same-event grouping: plain data in, plain data out.
import type { EventKind } from "@kroscek/schema";

/** A named thing in a sentence: `key` is the entity id, or the normalised name when no entity has it. */
export interface NamedRef {
  key: string;
  name: string;
}

/** One claim suggestion as grouping sees it. */
export interface GroupCandidate {
  /** The suggestion id. */
  id: string;
  /** Stable across recomputation (article and position), so groups can be recognised again. */
  key: string;
  articleId: string;
  outletId: string;
  kind: EventKind;
  text: string;
  /** Where the sentence starts in its article; the first dated sentence of a kind is its lead. */
  start?: number;
  participants: NamedRef[];
  place: NamedRef | null;
  /** The resolved date interval the sentence states, if any. */
  date: { start: string; end: string; precision: string } | null;
}

export interface GroupOptions {
  /** Sentences whose dates lie further apart (in days) are not one event; default 3. */
  windowDays?: number;
  /** Pairs scoring below this are not merged; default 0.45. */
  minScore?: number;
}

export type ReasonCode =
  | "same_kind"
  | "one_article"
  | "date_stated"
  | "shared_participants"
  | "same_day"
  | "dates_within"
  | "date_unknown"
  | "same_place"
  | "place_unknown"
  | "different_places"
  | "similar_text"
  | "continues_lead";

/** Why a group probably is one event: a code with parameters and the words in both languages. */
export interface GroupReason {
  code: ReasonCode;
  params: Record<string, string | number | string[]>;
  text: { id: string; en: string };
}

export interface EventGroup {
  kind: EventKind;
  title: string;
  /**
   * 0–1: for several outlets, the mean pair score of the members; for one article, 0.1 plus 0.1 for
   * each of date, place and participants its sentences state (at most 0.4).
   */
  score: number;
  reasons: GroupReason[];
  /** Suggestion ids, ordered by candidate key. */
  members: string[];
}
