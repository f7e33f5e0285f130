import { z } from "zod";
import { IdSchema, IsoDateTimeSchema, TextSchema } from "./common";
import {
  AssertionSchema,
  AttributionSchema,
  ClaimSlotSchema,
  EntityKindSchema,
  EntitySchema,
  EventKindSchema,
  EventSchema,
  StanceSchema,
} from "./ledger";

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
export const ACCEPTABLE_SUGGESTION_KINDS = ["claim", "date", "attribution", "entity", "new_entity"] as const;

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

/**
 * Accepting a suggestion. A claim suggestion takes the event its sentence reports (`eventId`, or
 * `event` to create one) and records one assertion per slot the sentence states; `claimId` records
 * one assertion of that claim (the only way for date, attribution and entity suggestions). A
 * new_entity suggestion takes nothing (or `entity` to correct the name, kind or aliases).
 */
export const SuggestionAcceptSchema = z
  .object({
    claimId: IdSchema.optional(),
    eventId: IdSchema.optional(),
    event: z.object({ kind: EventKindSchema, title: TextSchema.trim().min(1).max(500) }).optional(),
    entity: z
      .object({
        canonicalName: TextSchema.trim().min(1).max(300).optional(),
        kind: EntityKindSchema.optional(),
        aliases: z.array(TextSchema.trim().min(1).max(300)).max(100).optional(),
      })
      .optional(),
    stance: StanceSchema.optional(),
    /** Defaults to the attribution the extractor found for the quote. */
    attribution: AttributionSchema.optional(),
    note: TextSchema.max(5000).nullish(),
  })
  .superRefine((b, ctx) => {
    const given = (["claimId", "eventId", "event"] as const).filter((k) => b[k] !== undefined);
    if (given.length > 1)
      for (const k of given.slice(1))
        ctx.addIssue({ code: "custom", path: [k], message: `give only one of ${given.join(", ")}` });
  });
export type SuggestionAccept = z.output<typeof SuggestionAcceptSchema>;

/** A slot the sentence states whose value could not be read (e.g. participants no entity names yet). */
export const SkippedSlotSchema = z.object({
  slot: ClaimSlotSchema,
  reason: z.enum(["value_unreadable"]),
  tried: z.array(z.object({ reader: z.string(), found: z.array(z.string()), note: z.string() })),
  unresolved: z.array(z.string()),
});

export const SuggestionAcceptResultSchema = z.object({
  suggestion: SuggestionSchema,
  /** The event the assertions are about (null for a new_entity suggestion). */
  event: EventSchema.nullable(),
  /** One assertion per slot the sentence states (accepting again answers the same ones). */
  assertions: z.array(AssertionSchema),
  /** The first of `assertions`, for callers of the one-claim accept. */
  assertion: AssertionSchema.nullable(),
  skipped: z.array(SkippedSlotSchema),
  /** The entity a new_entity suggestion became. */
  entity: EntitySchema.nullable(),
});
export type SuggestionAcceptResult = z.infer<typeof SuggestionAcceptResultSchema>;

export const SuggestionRefreshResultSchema = ArticleSuggestionsSchema.extend({
  /** Open suggestions replaced; accepted ones are kept. */
  replaced: z.int(),
});
