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
import { IdSchema, IsoDateTimeSchema, LanguageSchema, VersionSchema } from "./common";

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
  name: z.string().trim().min(1).max(200),
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "a domain such as republika.co.id")
    .nullish(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code")
    .nullish(),
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
  outlet: z.string().trim().min(1).max(200).optional(),
  outletId: IdSchema.optional(),
  url: z.url().max(2000).nullish(),
  title: z.string().max(1000).nullish(),
  byline: z.string().max(500).nullish(),
  publishedAt: z
    .union([z.iso.datetime({ offset: true }), z.iso.date()])
    .nullish()
    .describe("ISO 8601; a bare date means day precision"),
  timeZone: z
    .string()
    .max(64)
    .optional()
    .describe(
      "IANA zone or '+10:00'; when left out, the offset of a publishedAt timestamp, else Asia/Jakarta",
    ),
  language: LanguageSchema.optional(),
  wireCredit: z.string().max(200).nullish(),
  body: z.string().min(1).max(2_000_000),
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
  title: z.string().max(1000).nullish(),
  byline: z.string().max(500).nullish(),
  url: z.url().max(2000).nullish(),
  wireCredit: z.string().max(200).nullish(),
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
  canonicalName: z.string().trim().min(1).max(300),
  kind: EntityKindSchema,
  wikidataId: z
    .string()
    .regex(/^Q[0-9]+$/, "a Wikidata id such as Q7747")
    .nullish(),
  aliases: z.array(z.string().trim().min(1).max(300)).max(100),
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
  title: z.string().trim().min(1).max(500),
  description: z.string().max(5000).nullish(),
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
  version: VersionSchema,
  createdAt: IsoDateTimeSchema,
});
export type Claim = z.infer<typeof ClaimSchema>;
export const ClaimCreateSchema = z.object({
  eventId: IdSchema,
  value: ClaimValueSchema,
  summary: z.string().trim().min(1).max(1000).optional(),
});
export const ClaimUpdateSchema = z.object({
  value: ClaimValueSchema.optional(),
  summary: z.string().trim().min(1).max(1000).optional(),
  version: VersionSchema,
});

export const StanceSchema = z.enum(STANCES);
export const AttributionKindSchema = z.enum(ATTRIBUTION_KINDS);
export const AttributionSchema = z.object({
  kind: AttributionKindSchema,
  text: z.string().max(1000).nullish(),
  entityId: IdSchema.nullish(),
});

/** W3C Web Annotation TextQuoteSelector. */
export const TextQuoteSelectorSchema = z.object({
  exact: z.string().min(1).max(20_000),
  prefix: z.string().max(200).optional(),
  suffix: z.string().max(200).optional(),
});
/** W3C Web Annotation TextPositionSelector, in Unicode code points of the article body. */
export const TextPositionSelectorSchema = z
  .object({ start: z.int().min(0), end: z.int().min(1) })
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
export const AssertionCreateSchema = z.object({
  articleId: IdSchema,
  claimId: IdSchema,
  stance: StanceSchema.default("asserts"),
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema.optional(),
  attribution: AttributionSchema.default({ kind: "none" }),
  note: z.string().max(5000).nullish(),
});
export const AssertionUpdateSchema = z.object({
  stance: StanceSchema.optional(),
  attribution: AttributionSchema.optional(),
  note: z.string().max(5000).nullish(),
  version: VersionSchema,
});
