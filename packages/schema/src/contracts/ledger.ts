import { z } from "zod";
import {
  ATTRIBUTION_KINDS,
  CLAIM_SLOTS,
  ENTITY_KINDS,
  EVENT_KINDS,
  OUTLET_KINDS,
  PUBLISHED_PRECISIONS,
  STANCES,
} from "../enums";
import { ClaimValueSchema } from "./claim-value";
import {
  HttpUrlSchema,
  IdSchema,
  IsoDateTimeSchema,
  LanguageSchema,
  MAX_INT4,
  TextSchema,
  VersionSchema,
} from "./common";

export const OutletKindSchema = z.enum(OUTLET_KINDS);
export const OutletSchema = z.object({
  id: IdSchema,
  name: z.string(),
  domain: z.string().nullable(),
  country: z.string().nullable(),
  language: z.string().nullable(),
  kind: OutletKindSchema,
  version: VersionSchema,
  createdAt: IsoDateTimeSchema,
});
export type Outlet = z.infer<typeof OutletSchema>;
const outletFields = {
  name: TextSchema.trim().min(1).max(200),
  domain: TextSchema.trim()
    .toLowerCase()
    .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "a domain such as republika.co.id")
    .nullish(),
  country: TextSchema.regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code").nullish(),
  language: LanguageSchema.nullish(),
  kind: OutletKindSchema,
};
export const OutletCreateSchema = z.object({ ...outletFields, kind: outletFields.kind.default("news") });
// Built from the fields without defaults: zod 4 applies a default inside `.partial()`, which would
// silently reset omitted fields (kind, aliases, participants) on every PATCH.
export const OutletUpdateSchema = z.object(outletFields).partial().extend({ version: VersionSchema });

export const PublishedPrecisionSchema = z.enum(PUBLISHED_PRECISIONS);

/** Metadata an article arrives with; the body is stored exactly as given. */
export const ArticleInputSchema = z.object({
  outlet: TextSchema.trim().min(1).max(200).optional(),
  outletId: IdSchema.optional(),
  url: HttpUrlSchema.nullish(),
  title: TextSchema.max(1000).nullish(),
  byline: TextSchema.max(500).nullish(),
  publishedAt: z
    .union([z.iso.datetime({ offset: true }), z.iso.date()])
    .nullish()
    .describe("ISO 8601; a bare date means day precision"),
  timeZone: TextSchema.max(64)
    .optional()
    .describe(
      "IANA zone or '+10:00'; when left out, the offset of a publishedAt timestamp, else the workspace's default zone",
    ),
  language: LanguageSchema.optional(),
  wireCredit: TextSchema.max(200).nullish(),
  body: TextSchema.min(1).max(2_000_000),
});
export type ArticleInput = z.input<typeof ArticleInputSchema>;

export const ArticleSummarySchema = z.object({
  id: IdSchema,
  outletId: IdSchema,
  outletName: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  byline: z.string().nullable(),
  publishedAt: IsoDateTimeSchema.nullable(),
  publishedPrecision: PublishedPrecisionSchema.nullable(),
  timeZone: z.string(),
  language: z.string(),
  bodySha256: z.string(),
  wireCredit: z.string().nullable(),
  importedAt: IsoDateTimeSchema,
  version: VersionSchema,
});
export const ArticleSchema = ArticleSummarySchema.extend({ body: z.string() });
export type Article = z.infer<typeof ArticleSchema>;
export const ArticleUpdateSchema = z.object({
  title: TextSchema.max(1000).nullish(),
  byline: TextSchema.max(500).nullish(),
  url: HttpUrlSchema.nullish(),
  wireCredit: TextSchema.max(200).nullish(),
  version: VersionSchema,
});

export const EntityKindSchema = z.enum(ENTITY_KINDS);
export const EntitySchema = z.object({
  id: IdSchema,
  canonicalName: z.string(),
  kind: EntityKindSchema,
  wikidataId: z.string().nullable(),
  aliases: z.array(z.string()),
  version: VersionSchema,
  createdAt: IsoDateTimeSchema,
});
export type Entity = z.infer<typeof EntitySchema>;
const entityFields = {
  canonicalName: TextSchema.trim().min(1).max(300),
  kind: EntityKindSchema,
  wikidataId: TextSchema.regex(/^Q[0-9]+$/, "a Wikidata id such as Q7747").nullish(),
  aliases: z.array(TextSchema.trim().min(1).max(300)).max(100),
};
export const EntityCreateSchema = z.object({ ...entityFields, aliases: entityFields.aliases.default([]) });
export const EntityUpdateSchema = z.object(entityFields).partial().extend({ version: VersionSchema });

export const EventKindSchema = z.enum(EVENT_KINDS);
export const EventSchema = z.object({
  id: IdSchema,
  kind: EventKindSchema,
  title: z.string(),
  description: z.string().nullable(),
  placeEntityId: IdSchema.nullable(),
  participantIds: z.array(IdSchema),
  version: VersionSchema,
  createdAt: IsoDateTimeSchema,
});
export type Event = z.infer<typeof EventSchema>;
const eventFields = {
  kind: EventKindSchema,
  title: TextSchema.trim().min(1).max(500),
  description: TextSchema.max(5000).nullish(),
  placeEntityId: IdSchema.nullish(),
  participantIds: z.array(IdSchema).max(100),
};
export const EventCreateSchema = z.object({
  ...eventFields,
  participantIds: eventFields.participantIds.default([]),
});
export const EventUpdateSchema = z.object(eventFields).partial().extend({ version: VersionSchema });

export const ClaimSlotSchema = z.enum(CLAIM_SLOTS);
export const ClaimSchema = z.object({
  id: IdSchema,
  eventId: IdSchema,
  slot: ClaimSlotSchema,
  value: ClaimValueSchema,
  summary: z.string(),
  /** The claim in words: the fact-checker's wording where given, else generated from event and value. */
  sentence: z.object({ id: z.string(), en: z.string() }),
  /** The fact-checker's wording per language (null: the generated sentence is used). */
  sentenceOverride: z.object({ id: z.string().nullable(), en: z.string().nullable() }),
  version: VersionSchema,
  createdAt: IsoDateTimeSchema,
});
export type Claim = z.infer<typeof ClaimSchema>;
const SentenceTextSchema = TextSchema.trim().min(1).max(500).nullable();
export const ClaimCreateSchema = z.object({
  eventId: IdSchema,
  value: ClaimValueSchema,
  summary: TextSchema.trim().min(1).max(1000).optional(),
});
export const ClaimUpdateSchema = z.object({
  value: ClaimValueSchema.optional(),
  summary: TextSchema.trim().min(1).max(1000).optional(),
  /** The claim's wording per language; null goes back to the generated sentence. */
  sentence: z.object({ id: SentenceTextSchema.optional(), en: SentenceTextSchema.optional() }).optional(),
  version: VersionSchema,
});

export const StanceSchema = z.enum(STANCES);
export const AttributionKindSchema = z.enum(ATTRIBUTION_KINDS);
export const AttributionSchema = z.object({
  kind: AttributionKindSchema,
  text: TextSchema.max(1000).nullish(),
  entityId: IdSchema.nullish(),
});

/** W3C Web Annotation TextQuoteSelector. */
export const TextQuoteSelectorSchema = z.object({
  exact: TextSchema.min(1).max(20_000),
  prefix: TextSchema.max(200).optional(),
  suffix: TextSchema.max(200).optional(),
});
/** W3C Web Annotation TextPositionSelector, in Unicode code points of the article body. */
export const TextPositionSelectorSchema = z
  .object({ start: z.int().min(0).max(MAX_INT4), end: z.int().min(1).max(MAX_INT4) })
  .refine((p) => p.end > p.start, { message: "end must be after start", path: ["end"] });

export const AssertionSchema = z.object({
  id: IdSchema,
  articleId: IdSchema,
  claimId: IdSchema,
  outletId: IdSchema,
  stance: StanceSchema,
  quote: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
  position: z.object({ start: z.int(), end: z.int() }),
  attribution: z.object({
    kind: AttributionKindSchema,
    text: z.string().nullable(),
    entityId: IdSchema.nullable(),
  }),
  note: z.string().nullable(),
  version: VersionSchema,
  createdAt: IsoDateTimeSchema,
});
export type Assertion = z.infer<typeof AssertionSchema>;
const assertionFields = {
  articleId: IdSchema,
  stance: StanceSchema.default("asserts"),
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema.optional(),
  attribution: AttributionSchema.default({ kind: "none" }),
  note: TextSchema.max(5000).nullish(),
};
/** An assertion of a claim the fact-checker names; the quote must not contradict the claim's value. */
export const AssertionOfClaimSchema = z.object({ ...assertionFields, claimId: IdSchema });
/**
 * An assertion of one slot of an event: the value is read from the quote (or given, and checked
 * against it), and the claim with that value is found or created.
 */
export const AssertionOfSlotSchema = z.object({
  ...assertionFields,
  eventId: IdSchema,
  slot: ClaimSlotSchema,
  value: ClaimValueSchema.optional(),
});
/**
 * Either `claimId`, or `eventId` + `slot` (+ optional `value`). One object rather than a union, so
 * a missing field is reported by name instead of as "no union member matched".
 */
export const AssertionCreateSchema = z
  .object({
    ...assertionFields,
    claimId: IdSchema.optional(),
    eventId: IdSchema.optional(),
    slot: ClaimSlotSchema.optional(),
    value: ClaimValueSchema.optional(),
  })
  .superRefine((a, ctx) => {
    if (a.claimId) {
      for (const k of ["eventId", "slot", "value"] as const)
        if (a[k] !== undefined)
          ctx.addIssue({ code: "custom", path: [k], message: "give either claimId or eventId and slot" });
      return;
    }
    if (!a.eventId) ctx.addIssue({ code: "custom", path: ["eventId"], message: "required without claimId" });
    if (!a.slot) ctx.addIssue({ code: "custom", path: ["slot"], message: "required without claimId" });
    if (a.value && a.slot && a.value.slot !== a.slot)
      ctx.addIssue({ code: "custom", path: ["value", "slot"], message: `must be '${a.slot}' like slot` });
  });
export type AssertionCreate = z.output<typeof AssertionCreateSchema>;
/** What recording an assertion answers: the assertion and the claim it asserts (found or created). */
export const AssertionCreatedSchema = AssertionSchema.extend({ claim: ClaimSchema });
export const AssertionUpdateSchema = z.object({
  stance: StanceSchema.optional(),
  attribution: AttributionSchema.optional(),
  note: TextSchema.max(5000).nullish(),
  version: VersionSchema,
});
