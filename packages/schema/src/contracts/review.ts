import { z } from "zod";
import { FLAG_KINDS, REVIEW_STATUSES, SNAPSHOT_STATUSES, VERDICT_STATUSES } from "../enums";
import { FINDING_CODES } from "../i18n/types";
import { IdSchema, IsoDateTimeSchema, TextSchema, VersionSchema } from "./common";

export const ReviewStatusSchema = z.enum(REVIEW_STATUSES);
export const FlagKindSchema = z.enum(FLAG_KINDS);

/**
 * A finding as a code and typed parameters (outlets, values, quotes, dates with their words and
 * zone); render it with `renderFinding` from this package, or in a client's own words.
 */
export const FindingMessageSchema = z.object({
  code: z.enum(FINDING_CODES),
  params: z.record(z.string(), z.unknown()),
});

export const ContradictionSchema = z.object({
  id: IdSchema,
  ruleId: z.string(),
  eventId: IdSchema,
  assertionAId: IdSchema,
  assertionBId: IdSchema,
  message: FindingMessageSchema,
  explanation: z.string().describe("English rendering of `message`, for older clients"),
  details: z.record(z.string(), z.unknown()),
  status: ReviewStatusSchema,
  resolutionNote: z.string().nullable(),
  reviewedAt: IsoDateTimeSchema.nullable(),
  active: z.boolean(),
  version: VersionSchema,
  createdAt: IsoDateTimeSchema,
});
export type Contradiction = z.infer<typeof ContradictionSchema>;

export const FlagSchema = z.object({
  id: IdSchema,
  kind: FlagKindSchema,
  ruleId: z.string(),
  articleId: IdSchema,
  assertionId: IdSchema.nullable(),
  message: FindingMessageSchema,
  explanation: z.string().describe("English rendering of `message`, for older clients"),
  details: z.record(z.string(), z.unknown()),
  status: ReviewStatusSchema,
  resolutionNote: z.string().nullable(),
  active: z.boolean(),
  version: VersionSchema,
  createdAt: IsoDateTimeSchema,
});
export type Flag = z.infer<typeof FlagSchema>;

/** An editor's decision on a contradiction or flag. */
export const ReviewDecisionSchema = z.object({
  status: z.enum(["confirmed", "dismissed", "open"]),
  note: TextSchema.trim().min(1).max(5000),
  version: VersionSchema,
});

export const VerdictStatusSchema = z.enum(VERDICT_STATUSES);
export const VerdictScaleEntrySchema = z.object({
  key: z.string(),
  position: z.int(),
  labelId: z.string(),
  labelEn: z.string(),
  ratingValue: z.int(),
});
const EvidenceOutSchema = z.array(z.object({ url: z.url(), title: z.string().optional() }));
/** The next revision being prepared while the published one stays public. */
export const VerdictDraftStateSchema = z.object({
  ratingKey: z.string(),
  rationale: z.string(),
  evidence: EvidenceOutSchema,
  url: z.string().nullable(),
  reviewerId: IdSchema.nullable(),
  updatedAt: IsoDateTimeSchema,
});
export type VerdictDraftState = z.infer<typeof VerdictDraftStateSchema>;
/**
 * A verdict on one claim (`claimId`) or on an event as a whole (`eventId`, with the claims it rates
 * in `claimIds`). Its rating, rationale and evidence are what the public sees once published; a
 * next revision waits in `draft` until an editor publishes it.
 */
export const VerdictSchema = z.object({
  id: IdSchema,
  claimId: IdSchema.nullable(),
  eventId: IdSchema.nullable(),
  /** The claims rated: the one claim, or every claim of an event-level verdict. */
  claimIds: z.array(IdSchema),
  ratingKey: z.string(),
  status: VerdictStatusSchema,
  rationale: z.string(),
  evidence: EvidenceOutSchema,
  url: z.string().nullable(),
  reviewerId: IdSchema.nullable(),
  publishedAt: IsoDateTimeSchema.nullable(),
  modifiedAt: IsoDateTimeSchema.nullable(),
  /** The published revision shown; 0 before the first publication. */
  revision: z.int(),
  draft: VerdictDraftStateSchema.nullable(),
  retraction: z.object({ at: IsoDateTimeSchema, reason: z.string(), by: IdSchema.nullable() }).nullable(),
  version: VersionSchema,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type Verdict = z.infer<typeof VerdictSchema>;

export const SnapshotStatusSchema = z.enum(SNAPSHOT_STATUSES);
export const ReliabilitySnapshotSchema = z.object({
  id: IdSchema,
  algorithm: z.string(),
  algorithmVersion: z.string(),
  parameters: z.record(z.string(), z.unknown()),
  status: SnapshotStatusSchema,
  progress: z.number(),
  createdAt: IsoDateTimeSchema,
  finishedAt: IsoDateTimeSchema.nullable(),
});

export const AuditEventSchema = z.object({
  id: z.number(),
  actorUserId: IdSchema.nullable(),
  actorTokenId: IdSchema.nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
  createdAt: IsoDateTimeSchema,
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;
