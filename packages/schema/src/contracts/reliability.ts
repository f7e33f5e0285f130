import { z } from "zod";
import { EVIDENCE_BASES, SCORE_STATUSES } from "../enums";
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
    /** Fewest event slots an outlet needs for a score; default alpha + beta (5). */
    minEvidence: z.int().min(1).max(1_000_000).optional(),
  })
  .default({ params: {} });

export const ScoreStatusSchema = z.enum(SCORE_STATUSES);
export const EvidenceBasisSchema = z.enum(EVIDENCE_BASES);

export const ReliabilityScoreSchema = z.object({
  outletId: IdSchema,
  outletName: z.string(),
  /**
   * `scored`; `insufficient_evidence` (fewer event slots than the snapshot's `minEvidence`);
   * `no_outlet` (articles with no printed outlet, each a separate source in the engine). Score,
   * accuracy and interval are null unless `scored`; the counts are always given.
   */
  status: ScoreStatusSchema,
  /** `copies_only`: a wire whose evidence is only other outlets' credited copies of its stories. */
  basis: EvidenceBasisSchema,
  score: z.number().nullable(),
  accuracy: z.number().nullable(),
  accuracyLow: z.number().nullable(),
  accuracyHigh: z.number().nullable(),
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

/**
 * The current scores: the last full snapshot's rows, with the rows of outlets re-estimated since
 * by an incremental refresh after a write in their place. `refreshedAt` is null on a row as the
 * snapshot computed it and the refresh's time on a refreshed one.
 */
export const ReliabilityCurrentSchema = z.object({
  snapshotId: IdSchema,
  algorithmVersion: z.string(),
  /** When the full snapshot finished. */
  computedAt: IsoDateTimeSchema,
  /** The latest refresh since the snapshot, or null when none. */
  refreshedAt: IsoDateTimeSchema.nullable(),
  scores: z.array(ReliabilityScoreSchema.extend({ refreshedAt: IsoDateTimeSchema.nullable() })),
});
export type ReliabilityCurrent = z.infer<typeof ReliabilityCurrentSchema>;

/** A copy group (near-identical texts) holding at least one article of an outlet, with every member. */
export const OutletCopyGroupSchema = z.object({
  id: IdSchema,
  articles: z.array(
    z.object({
      id: IdSchema,
      title: z.string().nullable(),
      outletId: IdSchema,
      outletName: z.string(),
      publishedAt: IsoDateTimeSchema.nullable(),
      wireCredit: z.string().nullable(),
    }),
  ),
});
export type OutletCopyGroup = z.infer<typeof OutletCopyGroupSchema>;
