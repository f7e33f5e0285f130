import { z } from "zod";
import { HttpUrlSchema, TextSchema, VersionSchema } from "./common";
import { VerdictScaleEntrySchema } from "./review";

/** The workspace's scale, best first; ClaimReview ratings run from worstRating to bestRating. */
export const VerdictScaleSchema = z.object({
  items: z.array(VerdictScaleEntrySchema),
  bestRating: z.int(),
  worstRating: z.int(),
});
export type VerdictScale = z.infer<typeof VerdictScaleSchema>;

export const EvidenceLinkSchema = z.object({ url: HttpUrlSchema, title: TextSchema.max(500).optional() });

/**
 * Draft (or redraft) a claim's verdict. `version` is required once a verdict exists (optimistic
 * concurrency) and must be absent for the first draft.
 */
export const VerdictDraftSchema = z.object({
  ratingKey: TextSchema.min(1).max(100),
  rationale: TextSchema.trim().min(1).max(20_000),
  evidence: z.array(EvidenceLinkSchema).max(50).default([]),
  version: VersionSchema.optional(),
});

export const VerdictPublishSchema = z.object({ version: VersionSchema });
