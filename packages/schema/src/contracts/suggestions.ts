import { z } from "zod";
import { IdSchema, IsoDateTimeSchema, TextSchema } from "./common";
import { AssertionSchema, AttributionSchema, StanceSchema } from "./ledger";

/** What assisted extraction proposes for an article. */
export const SUGGESTION_KINDS = [
  "claim",
  "date",
  "entity",
  "new_entity",
  "attribution",
  "spam",
  "furniture",
] as const;
export const SUGGESTION_STATUSES = ["open", "accepted"] as const;
/** Kinds whose quote can become an assertion. */
export const ACCEPTABLE_SUGGESTION_KINDS = ["claim", "date", "attribution", "entity"] as const;

export const SuggestionKindSchema = z.enum(SUGGESTION_KINDS);
export type SuggestionKind = z.infer<typeof SuggestionKindSchema>;

/** A position in the article body, in Unicode code points (like assertion positions). */
const PositionSchema = z.object({ start: z.int().min(0), end: z.int().min(1) });

export const SuggestionSchema = z.object({
  id: IdSchema,
  articleId: IdSchema,
  kind: SuggestionKindSchema,
  status: z.enum(SUGGESTION_STATUSES),
  /** The body text at `position`, exactly. */
  quote: z.string(),
  position: PositionSchema,
  confidence: z.number().min(0).max(1),
  /**
   * Kind-specific details, positions in code points. claim: eventKind, cues, participants, place,
   * date, attribution. date: status, interval, precision, relative, explanation, furniture. entity:
   * entityId, via. new_entity: name, entityKind, mentions. attribution: attributionKind, cue,
   * speaker, entityId. spam: reason. furniture: reason, label.
   */
  details: z.record(z.string(), z.unknown()),
  extractorVersion: z.string(),
  assertionId: IdSchema.nullable(),
  acceptedAt: IsoDateTimeSchema.nullable(),
  createdAt: IsoDateTimeSchema,
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const ArticleSuggestionsSchema = z.object({
  articleId: IdSchema,
  language: z.string(),
  counts: z.record(z.string(), z.int()),
  items: z.array(SuggestionSchema),
});
export type ArticleSuggestions = z.infer<typeof ArticleSuggestionsSchema>;

export const SuggestionListQuerySchema = z.object({
  kind: SuggestionKindSchema.optional(),
  status: z.enum(SUGGESTION_STATUSES).optional(),
});

/** The fact-checker confirms the claim (of an event) the suggestion's quote asserts. */
export const SuggestionAcceptSchema = z.object({
  claimId: IdSchema,
  stance: StanceSchema.optional(),
  /** Defaults to the attribution the extractor found for the quote. */
  attribution: AttributionSchema.optional(),
  note: TextSchema.max(5000).nullish(),
});

export const SuggestionAcceptResultSchema = z.object({
  suggestion: SuggestionSchema,
  assertion: AssertionSchema,
});

export const SuggestionRefreshResultSchema = ArticleSuggestionsSchema.extend({
  /** Open suggestions replaced; accepted ones are kept. */
  replaced: z.int(),
});
