// Structured findings: a code and typed parameters, so every client renders them in its reader's
// language. Stored in the finding's `details.message` and returned by the API as `message`.
import type { ClaimValue } from "../contracts/claim-value";
import type { ClaimSlot, Stance } from "../enums";

/** The interface languages. */
export type Lang = "id" | "en";

/** An outlet as a finding names it; `name` null is the explicit unknown outlet. */
export interface OutletParam {
  id: string;
  name: string | null;
}

/** An entity with the name it had when the finding was made. */
export interface EntityParam {
  id: string;
  name: string;
}

/** Where and when an article was published: relative dates count from here. */
export interface AnchorParam {
  /** ISO date-time of publication, or null when the article prints no date. */
  publishedAt: string | null;
  /** IANA zone or fixed offset ("+07:00") the article's dates were resolved in. */
  timeZone: string;
}

/** One side of a contradiction: an outlet asserting (or denying) a value, with its words. */
export interface SideParam {
  assertionId: string;
  outlet: OutletParam;
  value: ClaimValue;
  stance: Stance;
  quote: string;
  /** For dates: the words the date was read from ("pada Selasa"). */
  expression: string | null;
  /** For relative dates: the publication date they were counted from. */
  anchor: AnchorParam | null;
  /** For dates: the zone the interval is shown in (the article's). */
  timeZone: string | null;
}

/** Why a relative date stayed unresolved. */
export type UnresolvedReason = "no_publication_date" | "no_anchor";

/** Why a token reads as injected spam. */
export type SpamReasonCode =
  | "gambling_term"
  | "gambling_term_digits"
  | "gambling_domain"
  | "call_to_action"
  | "promo_contact"
  | "brand_like";

export interface SpamTokenParam {
  token: string;
  reason: SpamReasonCode;
  /** The gambling word that triggered it, when there is one. */
  term: string | null;
}

/** Every finding message: its code and its parameters. */
export type FindingMessage =
  | {
      code: "contradiction.conflict";
      params: {
        slot: ClaimSlot;
        a: SideParam;
        b: SideParam;
        names: Record<string, string>;
        relativeDifference?: number;
        tolerance?: number;
      };
    }
  | {
      code: "contradiction.internal";
      params: {
        outlet: OutletParam;
        slot: ClaimSlot;
        a: SideParam;
        b: SideParam;
        names: Record<string, string>;
      };
    }
  | {
      code: "contradiction.actor_not_participant";
      params: {
        outlet: OutletParam;
        role: "statement" | "action";
        quote: string;
        credited: EntityParam;
        participants: EntityParam[];
        participantsQuote: string;
      };
    }
  | { code: "flag.anonymous_source"; params: { outlet: OutletParam; quote: string; source: string | null } }
  | {
      /** Unnamed sources the extractor read in sentences of the article that no assertion records yet. */
      code: "flag.anonymous_source_text";
      params: { outlet: OutletParam; sources: Array<{ quote: string; source: string }> };
    }
  | { code: "flag.unsourced"; params: { outlet: OutletParam; quote: string } }
  | {
      code: "flag.unresolved_relative_date";
      params: { outlet: OutletParam; expression: string; reason: UnresolvedReason };
    }
  | { code: "flag.undated"; params: { outlet: OutletParam; expressions: string[] } }
  | {
      code: "flag.syndicated_copy";
      params: {
        outlet: OutletParam;
        wire: string | null;
        copies: number;
        method: "wire_credit" | "text_similarity" | null;
      };
    }
  | { code: "flag.spam_injection"; params: { tokens: SpamTokenParam[] } };

export type FindingCode = FindingMessage["code"];
export const FINDING_CODES = [
  "contradiction.conflict",
  "contradiction.internal",
  "contradiction.actor_not_participant",
  "flag.anonymous_source",
  "flag.anonymous_source_text",
  "flag.unsourced",
  "flag.unresolved_relative_date",
  "flag.undated",
  "flag.syndicated_copy",
  "flag.spam_injection",
] as const satisfies readonly FindingCode[];

/**
 * The code and gambling word of a spam reason as the extractor words it ("gambling spam term
 * 'slot'"), so it can be rendered in either language.
 */
export function spamReasonOf(reason: string): { reason: SpamReasonCode; term: string | null } {
  const term = /'([^']+)'/.exec(reason)?.[1] ?? null;
  if (reason.startsWith("link to a gambling domain")) return { reason: "gambling_domain", term };
  if (reason.startsWith("gambling spam term")) return { reason: "gambling_term", term };
  if (reason.startsWith("gambling term")) return { reason: "gambling_term_digits", term };
  if (reason.startsWith("gambling call")) return { reason: "call_to_action", term: null };
  if (reason.startsWith("promotion with a contact")) return { reason: "promo_contact", term };
  return { reason: "brand_like", term: null };
}
