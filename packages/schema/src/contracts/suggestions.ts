import { z } from "zod";
import { DatePrecisionSchema } from "./claim-value";
import { IdSchema, IsoDateTimeSchema, TextSchema } from "./common";
import {
  AssertionSchema,
  AttributionKindSchema,
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

/**
 * The kind-specific details of suggestions, one schema per kind. `lenient` is how stored rows are
 * read: a field a row lacks (it was stored before the field existed) or holds in an older form takes
 * the fallback written beside it, so old rows are served in today's shape.
 */
function detailsSchemas(lenient: boolean) {
  const field = <T extends z.ZodType>(schema: T, fallback: z.output<T>) =>
    lenient ? schema.catch(fallback) : schema;
  /** A list; read leniently, the items that do not parse are left out and the rest kept. */
  const list = <T extends z.ZodType>(item: T) =>
    lenient
      ? z
          .array(z.unknown())
          .catch([])
          .transform((xs) =>
            xs.flatMap((x) => {
              const r = item.safeParse(x);
              return r.success ? [r.data as z.output<T>] : [];
            }),
          )
      : z.array(item);
  const position = field(PositionSchema, { start: 0, end: 1 });
  const date = z.object({
    /** The words the date was read from. */
    text: field(z.string(), ""),
    position,
    status: field(z.enum(["resolved", "unresolved"]), "unresolved"),
    /** Half-open UTC interval [start, end) at `precision`; null when unresolved. */
    interval: field(
      z
        .object({ start: IsoDateTimeSchema, end: IsoDateTimeSchema, precision: DatePrecisionSchema })
        .nullable(),
      null,
    ),
    precision: field(DatePrecisionSchema.nullable(), null),
    /** Counted from the publication date ("kemarin", "pekan ini"). */
    relative: field(z.boolean(), false),
    explanation: field(z.string(), ""),
    /** Read in page furniture (a caption, a related-links box). */
    furniture: field(z.boolean(), false),
  });
  const attribution = z.object({
    attributionKind: field(AttributionKindSchema, "none"),
    /** The attribution as written, cue included ("kata Peskov"). */
    text: field(z.string(), ""),
    position,
    /** The cue word(s): "kata", "menurut", "said". */
    cue: field(z.string(), ""),
    /** The cited speaker as written; null when the cue names none. */
    speaker: field(z.object({ text: field(z.string(), ""), position }).nullable(), null),
    /** The entity a workspace alias names as the speaker. */
    entityId: field(IdSchema.nullable(), null),
    /** A new entity name the speaker carries, when no known entity does. */
    proposedName: field(z.string().nullable(), null),
    furniture: field(z.boolean(), false),
  });
  /** A participant or place a sentence names: a known entity, or a name no entity has yet. */
  const namedRef = z.object({
    entityId: field(IdSchema.nullable(), null),
    name: z.string().min(1),
    position,
  });
  return {
    claim: z.object({
      eventKind: field(EventKindSchema, "other"),
      /** The event word(s) the kind came from. */
      cues: list(z.string()),
      participants: list(namedRef),
      place: field(
        namedRef
          .extend({
            /** Gazetteer id ("geonames:2013348") when the gazetteer knows the place. */
            gazetteerId: field(z.string().nullable(), null),
          })
          .nullable(),
        null,
      ),
      date: field(date.nullable(), null),
      attribution: field(attribution.nullable(), null),
    }),
    date,
    attribution,
    entity: z.object({
      entityId: IdSchema,
      /** "alias": a whole alias; "short_name": a person's first or last name seen in full elsewhere. */
      via: field(z.enum(["alias", "short_name"]), "alias"),
      furniture: field(z.boolean(), false),
    }),
    new_entity: z.object({
      name: field(z.string(), ""),
      entityKind: field(z.union([EntityKindSchema, z.literal("unknown")]), "unknown"),
      /** Every place the name occurs, the first being the suggestion's own. */
      mentions: list(z.object({ text: field(z.string(), ""), position })),
    }),
    /** `reason` names the pattern ("link_farm", "term:judi") that marked the passage. */
    spam: z.object({ reason: field(z.string(), "") }),
    /** `reason`: related_links, advertisement, byline, photo_caption …; `label`: the words that gave it away. */
    furniture: z.object({ reason: field(z.string(), ""), label: field(z.string(), "") }),
  } satisfies Record<SuggestionKind, z.ZodType>;
}

const DETAILS = detailsSchemas(false);
export const ClaimSuggestionDetailsSchema = DETAILS.claim;
export const DateSuggestionDetailsSchema = DETAILS.date;
export const AttributionSuggestionDetailsSchema = DETAILS.attribution;
export type ClaimSuggestionDetails = z.infer<typeof ClaimSuggestionDetailsSchema>;
export type DateSuggestionDetails = z.infer<typeof DateSuggestionDetailsSchema>;
export type AttributionSuggestionDetails = z.infer<typeof AttributionSuggestionDetailsSchema>;

/** One object schema per kind: `shape`, the kind and the details of that kind. */
const byKind = <S extends z.ZodRawShape>(shape: S, d: ReturnType<typeof detailsSchemas>) =>
  z.discriminatedUnion("kind", [
    z.object({ ...shape, kind: z.literal("claim"), details: d.claim }),
    z.object({ ...shape, kind: z.literal("date"), details: d.date }),
    z.object({ ...shape, kind: z.literal("attribution"), details: d.attribution }),
    z.object({ ...shape, kind: z.literal("entity"), details: d.entity }),
    z.object({ ...shape, kind: z.literal("new_entity"), details: d.new_entity }),
    z.object({ ...shape, kind: z.literal("spam"), details: d.spam }),
    z.object({ ...shape, kind: z.literal("furniture"), details: d.furniture }),
  ]);

/**
 * A stored suggestion's kind and details as the API serves them: fields that rows stored by an
 * older extractor lack take their fallbacks. Only an entity mention without its entity (which no
 * extractor version has stored) fails.
 */
export const StoredSuggestionDetailsSchema = byKind({}, detailsSchemas(true));

/** A suggestion; its `details` depend on its `kind` (positions in code points). */
export const SuggestionSchema = byKind(
  {
    id: IdSchema,
    articleId: IdSchema,
    status: z.enum(SUGGESTION_STATUSES),
    /** The body text at `position`, exactly. */
    quote: z.string(),
    position: PositionSchema,
    confidence: z.number().min(0).max(1),
    extractorVersion: z.string(),
    assertionId: IdSchema.nullable(),
    acceptedAt: IsoDateTimeSchema.nullable(),
    createdAt: IsoDateTimeSchema,
  },
  DETAILS,
);
export type Suggestion = z.infer<typeof SuggestionSchema>;
/** A suggestion of one kind, its details narrowed to that kind. */
export type SuggestionOf<K extends SuggestionKind> = Extract<Suggestion, { kind: K }>;

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
