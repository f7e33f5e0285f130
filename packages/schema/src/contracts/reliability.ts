import { z } from "zod";
import { IdSchema, IsoDateTimeSchema } from "./common";
import { ReliabilitySnapshotSchema } from "./review";

/** Optional overrides for one computation; everything else takes the engine's defaults. */
export const SnapshotCreateSchema = z
  .object({
    params: z
      .object({
        alpha: z.number().positive().max(1000),
        beta: z.number().positive().max(1000),
        falseValues: z.number().min(1).max(1e6),
        rho: z.number().min(0).max(1),
        detectCopying: z.boolean(),
        credibleMass: z.number().gt(0).lt(1),
      })
      .partial()
      .default({}),
    weights: z
      .object({ unsourced: z.number().min(0).max(1), anonymous: z.number().min(0).max(1) })
      .optional(),
  })
  .default({ params: {} });

export const ReliabilityScoreSchema = z.object({
  outletId: IdSchema,
  outletName: z.string(),
  score: z.number(),
  accuracy: z.number(),
  accuracyLow: z.number(),
  accuracyHigh: z.number(),
  assertionCount: z.int(),
  claimCount: z.int(),
  unsourcedCount: z.int(),
  anonymousCount: z.int(),
  /** The formula, its weights and inputs, and the evidence counts behind the accuracy. */
  components: z.record(z.string(), z.unknown()),
});
export type ReliabilityScore = z.infer<typeof ReliabilityScoreSchema>;

export const ReliabilitySnapshotViewSchema = ReliabilitySnapshotSchema.extend({
  summary: z.record(z.string(), z.unknown()).nullable(),
  error: z.string().nullable(),
});
export type ReliabilitySnapshotView = z.infer<typeof ReliabilitySnapshotViewSchema>;

export const ReliabilitySnapshotDetailSchema = ReliabilitySnapshotViewSchema.extend({
  scores: z.array(ReliabilityScoreSchema),
});

export const ReliabilityHistoryEntrySchema = ReliabilityScoreSchema.omit({ outletName: true }).extend({
  snapshotId: IdSchema,
  algorithmVersion: z.string(),
  computedAt: IsoDateTimeSchema,
});
