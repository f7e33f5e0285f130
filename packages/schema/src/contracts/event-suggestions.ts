import { z } from "zod";
import { IdSchema, IsoDateTimeSchema } from "./common";
import { AssertionSchema, EventKindSchema, EventSchema } from "./ledger";
import { SkippedSlotSchema } from "./suggestions";

export const EVENT_SUGGESTION_STATUSES = ["open", "accepted", "dismissed"] as const;
export const EventSuggestionStatusSchema = z.enum(EVENT_SUGGESTION_STATUSES);

/** Why the sentences probably report one event: a code with its parameters, and the words for it. */
export const EventSuggestionReasonSchema = z.object({
  code: z.enum([
    "same_kind",
    "one_article",
    "date_stated",
    "shared_participants",
    "same_day",
    "dates_within",
    "date_unknown",
    "same_place",
    "place_unknown",
    "different_places",
    "similar_text",
    "continues_lead",
  ]),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
  text: z.object({ id: z.string(), en: z.string() }),
});
export type EventSuggestionReason = z.infer<typeof EventSuggestionReasonSchema>;

export const EventSuggestionMemberSchema = z.object({
  suggestionId: IdSchema,
  articleId: IdSchema,
  outletId: IdSchema,
  outletName: z.string(),
  articleTitle: z.string().nullable(),
  quote: z.string(),
  /** Code points of the article body, like suggestion positions. */
  position: z.object({ start: z.int(), end: z.int() }),
  /** What the sentence states, as the extractor read it (for side-by-side review). */
  date: z.object({ text: z.string(), start: z.string(), end: z.string(), precision: z.string() }).nullable(),
  place: z.string().nullable(),
  participants: z.array(z.string()),
});

export const EventSuggestionSchema = z.object({
  id: IdSchema,
  status: EventSuggestionStatusSchema,
  kind: EventKindSchema,
  title: z.string(),
  score: z.number().min(0).max(1),
  reasons: z.array(EventSuggestionReasonSchema),
  members: z.array(EventSuggestionMemberSchema),
  /** The event it was accepted into. */
  eventId: IdSchema.nullable(),
  version: z.int(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type EventSuggestion = z.infer<typeof EventSuggestionSchema>;

export const EventSuggestionListQuerySchema = z.object({
  status: EventSuggestionStatusSchema.optional().describe("default: open"),
});
export const EventSuggestionListSchema = z.object({ items: z.array(EventSuggestionSchema) });

export const EventSuggestionAcceptSchema = z.object({
  /** Extend this event instead of creating one. */
  eventId: IdSchema.optional(),
  /** Correct the proposed kind or title of the event to create. */
  kind: EventKindSchema.optional(),
  title: z.string().trim().min(1).max(500).optional(),
  /** Members left out (their suggestions stay open). */
  exclude: z.array(IdSchema).max(500).default([]),
});

export const EventSuggestionAcceptResultSchema = z.object({
  eventSuggestion: EventSuggestionSchema,
  event: EventSchema,
  accepted: z.array(
    z.object({
      suggestionId: IdSchema,
      assertions: z.array(AssertionSchema),
      skipped: z.array(SkippedSlotSchema),
    }),
  ),
  /** Members not accepted: excluded, or already accepted into another event. */
  left: z.array(
    z.object({ suggestionId: IdSchema, reason: z.enum(["excluded", "other_event", "unreadable"]) }),
  ),
});
