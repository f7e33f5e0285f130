import { z } from "zod";
import { ClaimValueSchema } from "./claim-value";
import { IdSchema, IsoDateTimeSchema } from "./common";
import {
  AssertionSchema,
  AttributionKindSchema,
  ClaimSchema,
  ClaimSlotSchema,
  EntitySchema,
  EventKindSchema,
  EventSchema,
  OutletKindSchema,
  StanceSchema,
} from "./ledger";

/** What `GET entities/resolve?name=` answers: every entity with an alias that normalises alike. */
export const EntityResolutionSchema = z.object({
  name: z.string(),
  normalized: z.string(),
  items: z.array(EntitySchema),
});
export type EntityResolution = z.infer<typeof EntityResolutionSchema>;

/** An outlet as a column of the matrix. */
export const OutletRefSchema = z.object({ id: IdSchema, name: z.string(), kind: OutletKindSchema });
export type OutletRef = z.infer<typeof OutletRefSchema>;

/** An article as cited next to an assertion. */
export const ArticleRefSchema = z.object({
  id: IdSchema,
  title: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: IsoDateTimeSchema.nullable(),
});
export type ArticleRef = z.infer<typeof ArticleRefSchema>;

const AssertionCoreSchema = AssertionSchema.pick({
  id: true,
  stance: true,
  quote: true,
  position: true,
  attribution: true,
  note: true,
});

/** One asserting article of a claim, with its outlet and the quote. */
export const AssertingArticleSchema = AssertionCoreSchema.extend({
  outlet: OutletRefSchema,
  article: ArticleRefSchema,
});
export type AssertingArticle = z.infer<typeof AssertingArticleSchema>;

/** `GET claims/{id}/assertions`: a claim and every article asserting (or denying) it. */
export const ClaimAssertionsSchema = z.object({
  claim: ClaimSchema,
  assertions: z.array(AssertingArticleSchema),
});
export type ClaimAssertions = z.infer<typeof ClaimAssertionsSchema>;

/** One assertion inside a matrix cell. */
export const MatrixAssertionSchema = AssertionCoreSchema.extend({ article: ArticleRefSchema });
export type MatrixAssertion = z.infer<typeof MatrixAssertionSchema>;

/**
 * `GET events/{id}/matrix`: rows are the event's claims grouped by slot, columns the outlets that
 * assert any of them; a cell lists one outlet's assertions of one claim (only non-empty cells).
 */
export const EventMatrixSchema = z.object({
  event: EventSchema,
  slots: z.array(z.object({ slot: ClaimSlotSchema, claims: z.array(ClaimSchema) })),
  outlets: z.array(OutletRefSchema),
  cells: z.array(
    z.object({ claimId: IdSchema, outletId: IdSchema, assertions: z.array(MatrixAssertionSchema) }),
  ),
});
export type EventMatrix = z.infer<typeof EventMatrixSchema>;

/** One assertion of an outlet, with what it is about. */
export const OutletAssertionSchema = AssertionCoreSchema.extend({
  article: ArticleRefSchema,
  /** `value` lets clients label the claim in their language (the summary is English when generated). */
  claim: z.object({ id: IdSchema, slot: ClaimSlotSchema, summary: z.string(), value: ClaimValueSchema }),
  event: z.object({ id: IdSchema, kind: EventKindSchema, title: z.string() }),
});
export type OutletAssertion = z.infer<typeof OutletAssertionSchema>;

/** `GET outlets/{id}/assertions`: a page of an outlet's assertions, newest first. */
export const OutletAssertionsPageSchema = z.object({
  outlet: OutletRefSchema,
  items: z.array(OutletAssertionSchema),
  nextCursor: z.string().nullable(),
});
export type OutletAssertionsPage = z.infer<typeof OutletAssertionsPageSchema>;

/** Query filters of `GET assertions`. */
export const AssertionFilterSchema = z.object({
  articleId: IdSchema.optional(),
  claimId: IdSchema.optional(),
  outletId: IdSchema.optional(),
  eventId: IdSchema.optional(),
  stance: StanceSchema.optional(),
  attributionKind: AttributionKindSchema.optional(),
});
