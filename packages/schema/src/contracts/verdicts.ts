import { z } from "zod";
import { HttpUrlSchema, IdSchema, IsoDateTimeSchema, TextSchema, VersionSchema } from "./common";
import { VerdictScaleEntrySchema } from "./review";

/** The workspace's scale, best first; ClaimReview ratings run from worstRating to bestRating. */
export const VerdictScaleSchema = z.object({
  items: z.array(VerdictScaleEntrySchema),
  bestRating: z.int(),
  worstRating: z.int(),
});
export type VerdictScale = z.infer<typeof VerdictScaleSchema>;

export const EvidenceLinkSchema = z.object({ url: HttpUrlSchema, title: TextSchema.max(500).optional() });

const verdictFields = {
  ratingKey: TextSchema.min(1).max(100),
  rationale: TextSchema.trim().min(1).max(20_000),
  evidence: z.array(EvidenceLinkSchema).max(50).default([]),
  /** Where the fact-check is published, when not at the workspace's publisher address. */
  url: HttpUrlSchema.nullish(),
};

/**
 * Draft (or redraft) a verdict. `version` is required once a verdict exists (optimistic
 * concurrency) and must be absent for the first draft. Drafting over a published verdict prepares
 * its next revision; the published one stays public until that revision is published.
 */
export const VerdictDraftSchema = z.object({ ...verdictFields, version: VersionSchema.optional() });

/** A first draft of a verdict on an event as a whole: the claims of the event it rates together. */
export const EventVerdictCreateSchema = z.object({
  ...verdictFields,
  claimIds: z.array(IdSchema).min(1).max(50),
});

export const VerdictPublishSchema = z.object({ version: VersionSchema });

/** An editor's retraction: the verdict leaves public view and the export shows it as a correction. */
export const VerdictRetractSchema = z.object({
  version: VersionSchema,
  reason: TextSchema.trim().min(1).max(5000),
});

/** One published revision, as it was published. */
export const VerdictRevisionSchema = z.object({
  revision: z.int(),
  ratingKey: z.string(),
  rationale: z.string(),
  evidence: z.array(z.object({ url: z.url(), title: z.string().optional() })),
  url: z.string().nullable(),
  reviewerId: IdSchema.nullable(),
  publishedBy: IdSchema.nullable(),
  publishedAt: IsoDateTimeSchema,
  retractedAt: IsoDateTimeSchema.nullable(),
  retractionReason: z.string().nullable(),
});
export type VerdictRevision = z.infer<typeof VerdictRevisionSchema>;
export const VerdictRevisionListSchema = z.object({ items: z.array(VerdictRevisionSchema) });
