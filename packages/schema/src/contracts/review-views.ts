import { z } from "zod";
import { CLAIM_SLOTS, EVENT_KINDS, LANGUAGES, STANCES } from "../enums";
import { ClaimValueSchema } from "./claim-value";
import { IdSchema, IsoDateTimeSchema, TextSchema } from "./common";
import {
  ContradictionSchema,
  FindingMessageSchema,
  FlagKindSchema,
  FlagSchema,
  ReviewStatusSchema,
} from "./review";

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

/** Filters of the editor's report, and its language (else Accept-Language, else the workspace's). */
export const ReportQuerySchema = ContradictionQuerySchema.extend({
  lang: z
    .enum(LANGUAGES)
    .optional()
    .describe("id or en; else Accept-Language, else the workspace's language"),
});

const ReportOutletSchema = z.object({
  assertionId: IdSchema,
  outletId: IdSchema,
  outletName: z.string(),
  articleId: IdSchema,
  articleTitle: z.string().nullable(),
  articleUrl: z.string().nullable(),
  publishedAt: IsoDateTimeSchema.nullable(),
  /** The publication day in the article's own time zone, in the report's language. */
  publishedLocal: z.string().nullable(),
  timeZone: z.string(),
  quote: z.string(),
  stance: z.enum(STANCES),
  stanceLabel: z.string(),
  /** The value as this outlet's article dates it (its zone), e.g. "16 Januari 2024". */
  valueLabel: z.string(),
});

const ReportVerdictSchema = z.object({
  id: IdSchema,
  ratingKey: z.string(),
  ratingLabel: z.string(),
  ratingValue: z.int(),
  rationale: z.string(),
  publishedAt: IsoDateTimeSchema.nullable(),
  /** Outlets whose account the verdict bears out (asserting a value rated true, denying one rated false). */
  supports: z.array(z.object({ outletId: IdSchema, outletName: z.string() })),
});

const ReportFindingSchema = z.object({
  id: IdSchema,
  ruleId: z.string(),
  ruleLabel: z.string(),
  status: ReviewStatusSchema,
  statusLabel: z.string(),
  reviewer: z.object({ id: IdSchema, name: z.string() }).nullable(),
  reviewedAt: IsoDateTimeSchema.nullable(),
  resolutionNote: z.string().nullable(),
  assertionIds: z.tuple([IdSchema, IdSchema]),
  message: FindingMessageSchema,
  /** `message` rendered in the report's language. */
  text: z.string(),
});

/** The editor's report: per event and slot, every outlet's value and quote, verdicts and findings. */
export const ContradictionReportSchema = z.object({
  workspace: z.object({ slug: z.string(), name: z.string(), timeZone: z.string() }),
  lang: z.enum(LANGUAGES),
  generatedAt: IsoDateTimeSchema,
  filters: ReportQuerySchema.omit({ lang: true }),
  totals: z.object({ open: z.number(), confirmed: z.number(), dismissed: z.number() }),
  events: z.array(
    z.object({
      eventId: IdSchema,
      title: z.string(),
      kind: z.enum(EVENT_KINDS),
      kindLabel: z.string(),
      slots: z.array(
        z.object({
          slot: z.enum(CLAIM_SLOTS),
          slotLabel: z.string(),
          values: z.array(
            z.object({
              claimId: IdSchema,
              value: ClaimValueSchema.nullable(),
              label: z.string(),
              outlets: z.array(ReportOutletSchema),
              verdict: ReportVerdictSchema.nullable(),
            }),
          ),
          findings: z.array(ReportFindingSchema),
        }),
      ),
    }),
  ),
});
export type ContradictionReport = z.infer<typeof ContradictionReportSchema>;
export type ReportQuery = z.infer<typeof ReportQuerySchema>;
