import { z } from "zod";
import { ClaimValueSchema } from "./claim-value";
import { IdSchema, IsoDateTimeSchema, TextSchema } from "./common";
import { ContradictionSchema, FlagKindSchema, FlagSchema, ReviewStatusSchema } from "./review";

/** One side of a contradiction: who said what, where. */
export const ContradictionSideSchema = z.object({
  assertionId: IdSchema,
  outletId: IdSchema,
  outletName: z.string(),
  articleId: IdSchema,
  articleTitle: z.string().nullable(),
  articleUrl: z.string().nullable(),
  publishedAt: IsoDateTimeSchema.nullable(),
  quote: z.string(),
  stance: z.string(),
  claimSummary: z.string(),
  /** The claim's typed value, so clients label it in their language (`claimLabel`). */
  claimValue: ClaimValueSchema.nullable(),
  /** The article's time zone: its dates are shown in it. */
  timeZone: z.string(),
});
export const ContradictionViewSchema = ContradictionSchema.extend({
  eventTitle: z.string(),
  sides: z.tuple([ContradictionSideSchema, ContradictionSideSchema]),
});
export type ContradictionView = z.infer<typeof ContradictionViewSchema>;

export const FlagViewSchema = FlagSchema.extend({
  outletId: IdSchema,
  outletName: z.string(),
  articleTitle: z.string().nullable(),
  quote: z.string().nullable(),
});
export type FlagView = z.infer<typeof FlagViewSchema>;

export const ContradictionQuerySchema = z.object({
  status: ReviewStatusSchema.optional(),
  rule: TextSchema.max(100).optional().describe("rule id, e.g. date.conflict"),
  outletId: IdSchema.optional(),
  eventId: IdSchema.optional(),
  from: z.iso.date().optional().describe("detected on or after this date"),
  to: z.iso.date().optional().describe("detected on or before this date"),
  includeInactive: z.enum(["true", "false"]).optional(),
});
export const FlagQuerySchema = z.object({
  status: ReviewStatusSchema.optional(),
  kind: FlagKindSchema.optional(),
  outletId: IdSchema.optional(),
  articleId: IdSchema.optional(),
  eventId: IdSchema.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  includeInactive: z.enum(["true", "false"]).optional(),
});

/** The editor's report: per event, its contradictions side by side. */
export const ContradictionReportSchema = z.object({
  workspace: z.object({ slug: z.string(), name: z.string() }),
  generatedAt: IsoDateTimeSchema,
  totals: z.object({ open: z.number(), confirmed: z.number(), dismissed: z.number() }),
  events: z.array(
    z.object({
      eventId: IdSchema,
      title: z.string(),
      kind: z.string(),
      contradictions: z.array(ContradictionViewSchema),
    }),
  ),
});
export type ContradictionReport = z.infer<typeof ContradictionReportSchema>;
