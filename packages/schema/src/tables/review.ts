import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { createdAt, id, version } from "./columns";
import {
  evidenceBasisEnum,
  flagKindEnum,
  reviewStatusEnum,
  scoreStatusEnum,
  snapshotStatusEnum,
  verdictStatusEnum,
} from "./enums";
import { articles, assertions, claims, events, outlets } from "./ledger";
import { workspaceId } from "./workspace-column";

/** Two assertions that cannot both be true. `assertion_a_id < assertion_b_id` keeps each pair once. */
export const contradictions = pgTable(
  "contradictions",
  {
    workspaceId: workspaceId(),
    id: id(),
    ruleId: text("rule_id").notNull(),
    eventId: uuid("event_id").notNull(),
    assertionAId: uuid("assertion_a_id").notNull(),
    assertionBId: uuid("assertion_b_id").notNull(),
    explanation: text("explanation").notNull(),
    details: jsonb("details").notNull().default({}),
    status: reviewStatusEnum("status").notNull().default("open"),
    resolutionNote: text("resolution_note"),
    reviewedBy: uuid("reviewed_by"),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true, mode: "date" }),
    detectedAt: timestamp("detected_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    /** False once re-detection no longer finds it (the evidence changed); kept for the record. */
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    unique("contradictions_pair_key").on(t.workspaceId, t.ruleId, t.assertionAId, t.assertionBId),
    foreignKey({ columns: [t.workspaceId, t.eventId], foreignColumns: [events.workspaceId, events.id] }),
    foreignKey({
      columns: [t.workspaceId, t.assertionAId],
      foreignColumns: [assertions.workspaceId, assertions.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.workspaceId, t.assertionBId],
      foreignColumns: [assertions.workspaceId, assertions.id],
    }).onDelete("cascade"),
    foreignKey({ columns: [t.reviewedBy], foreignColumns: [users.id] }).onDelete("set null"),
    index("contradictions_status_idx").on(t.workspaceId, t.status, t.eventId),
    // Detection retires an event's stale pairs and the report filters by event on every call; without
    // this, both scan every contradiction of the workspace (status leads the index above).
    index("contradictions_event_idx").on(t.workspaceId, t.eventId),
    check("contradictions_pair_order", sql`${t.assertionAId} < ${t.assertionBId}`),
  ],
);

/** An issue with one article, or with one assertion of it. */
export const flags = pgTable(
  "flags",
  {
    workspaceId: workspaceId(),
    id: id(),
    kind: flagKindEnum("kind").notNull(),
    ruleId: text("rule_id").notNull(),
    articleId: uuid("article_id").notNull(),
    assertionId: uuid("assertion_id"),
    explanation: text("explanation").notNull(),
    details: jsonb("details").notNull().default({}),
    status: reviewStatusEnum("status").notNull().default("open"),
    resolutionNote: text("resolution_note"),
    reviewedBy: uuid("reviewed_by"),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true, mode: "date" }),
    /** False once re-detection no longer finds it (the evidence changed); kept for the record. */
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    unique("flags_target_key").on(t.workspaceId, t.kind, t.articleId, t.assertionId).nullsNotDistinct(),
    foreignKey({
      columns: [t.workspaceId, t.articleId],
      foreignColumns: [articles.workspaceId, articles.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.assertionId],
      foreignColumns: [assertions.workspaceId, assertions.id],
    }).onDelete("cascade"),
    foreignKey({ columns: [t.reviewedBy], foreignColumns: [users.id] }).onDelete("set null"),
    index("flags_kind_idx").on(t.workspaceId, t.kind, t.status),
    index("flags_article_idx").on(t.workspaceId, t.articleId),
  ],
);

/** A workspace's verdict scale: each label in Indonesian and English, mapped to a ClaimReview rating. */
export const verdictScale = pgTable(
  "verdict_scale",
  {
    workspaceId: workspaceId(),
    key: text("key").notNull(),
    position: integer("position").notNull(),
    labelId: text("label_id").notNull(),
    labelEn: text("label_en").notNull(),
    ratingValue: integer("rating_value").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.key] }),
    unique("verdict_scale_position_key").on(t.workspaceId, t.position),
  ],
);

/**
 * A verdict: a rating of one claim, or of an event as a whole (several of its claims, listed in
 * `verdict_claims`). The row holds what the public sees: the last published revision (or the first
 * draft until one is published). A next revision is prepared in `draft` while the published one
 * stays public; publishing it replaces the public fields and appends to `verdict_revisions`.
 */
export const verdicts = pgTable(
  "verdicts",
  {
    workspaceId: workspaceId(),
    id: id(),
    /** Set for a verdict on one claim. */
    claimId: uuid("claim_id"),
    /** Set for a verdict on an event as a whole. */
    eventId: uuid("event_id"),
    ratingKey: text("rating_key").notNull(),
    status: verdictStatusEnum("status").notNull().default("draft"),
    rationale: text("rationale").notNull(),
    evidence: jsonb("evidence").notNull().default([]),
    /** The published fact-check's address when the editor gives one (http or https). */
    url: text("url"),
    reviewerId: uuid("reviewer_id"),
    /** First publication (ClaimReview datePublished). */
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    /** Publication of the current revision (ClaimReview dateModified). */
    modifiedAt: timestamp("modified_at", { withTimezone: true, mode: "date" }),
    /** Number of the published revision the public fields hold; 0 before the first publication. */
    revision: integer("revision").notNull().default(0),
    /** The next revision being prepared while the published one stays public. */
    draft: jsonb("draft"),
    retractedAt: timestamp("retracted_at", { withTimezone: true, mode: "date" }),
    retractionReason: text("retraction_reason"),
    retractedBy: uuid("retracted_by"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    unique("verdicts_claim_key").on(t.workspaceId, t.claimId),
    foreignKey({ columns: [t.workspaceId, t.claimId], foreignColumns: [claims.workspaceId, claims.id] }),
    foreignKey({ columns: [t.workspaceId, t.eventId], foreignColumns: [events.workspaceId, events.id] }),
    foreignKey({
      columns: [t.workspaceId, t.ratingKey],
      foreignColumns: [verdictScale.workspaceId, verdictScale.key],
    }),
    foreignKey({ columns: [t.reviewerId], foreignColumns: [users.id] }).onDelete("set null"),
    foreignKey({ columns: [t.retractedBy], foreignColumns: [users.id] }).onDelete("set null"),
    index("verdicts_event_idx").on(t.workspaceId, t.eventId),
    check("verdicts_published_once", sql`(${t.status} = 'draft') = (${t.publishedAt} is null)`),
    check("verdicts_target", sql`(${t.claimId} is null) <> (${t.eventId} is null)`),
  ],
);

/** The claims an event-level verdict rates together (e.g. its date and its place). */
export const verdictClaims = pgTable(
  "verdict_claims",
  {
    workspaceId: workspaceId(),
    verdictId: uuid("verdict_id").notNull(),
    claimId: uuid("claim_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.verdictId, t.claimId] }),
    foreignKey({
      columns: [t.workspaceId, t.verdictId],
      foreignColumns: [verdicts.workspaceId, verdicts.id],
    }).onDelete("cascade"),
    foreignKey({ columns: [t.workspaceId, t.claimId], foreignColumns: [claims.workspaceId, claims.id] }),
    index("verdict_claims_claim_idx").on(t.workspaceId, t.claimId),
  ],
);

/** Every published revision of a verdict, kept as it was published; a retraction is marked on the last. */
export const verdictRevisions = pgTable(
  "verdict_revisions",
  {
    workspaceId: workspaceId(),
    verdictId: uuid("verdict_id").notNull(),
    revision: integer("revision").notNull(),
    ratingKey: text("rating_key").notNull(),
    rationale: text("rationale").notNull(),
    evidence: jsonb("evidence").notNull().default([]),
    url: text("url"),
    reviewerId: uuid("reviewer_id"),
    publishedBy: uuid("published_by"),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }).notNull(),
    retractedAt: timestamp("retracted_at", { withTimezone: true, mode: "date" }),
    retractionReason: text("retraction_reason"),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.verdictId, t.revision] }),
    foreignKey({
      columns: [t.workspaceId, t.verdictId],
      foreignColumns: [verdicts.workspaceId, verdicts.id],
    }).onDelete("cascade"),
    foreignKey({ columns: [t.reviewerId], foreignColumns: [users.id] }).onDelete("set null"),
    foreignKey({ columns: [t.publishedBy], foreignColumns: [users.id] }).onDelete("set null"),
    check("verdict_revisions_positive", sql`${t.revision} >= 1`),
  ],
);

/** One computation of every outlet's reliability, with the parameters that reproduce it. */
export const reliabilitySnapshots = pgTable(
  "reliability_snapshots",
  {
    workspaceId: workspaceId(),
    id: id(),
    algorithm: text("algorithm").notNull(),
    algorithmVersion: text("algorithm_version").notNull(),
    parameters: jsonb("parameters").notNull(),
    status: snapshotStatusEnum("status").notNull().default("queued"),
    progress: doublePrecision("progress").notNull().default(0),
    summary: jsonb("summary"),
    error: text("error"),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
    /** The process computing it; its lease is renewed while it works, so a dead one's job is taken over. */
    claimedBy: text("claimed_by"),
    leaseUntil: timestamp("lease_until", { withTimezone: true, mode: "date" }),
    attempts: integer("attempts").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.createdBy], foreignColumns: [users.id] }).onDelete("set null"),
    index("reliability_snapshots_created_idx").on(t.workspaceId, t.createdAt),
    // The job runner's claim query: unfinished snapshots, oldest first, across workspaces.
    index("reliability_snapshots_pending_idx")
      .on(t.createdAt)
      .where(sql`${t.status} in ('queued', 'running')`),
    check("reliability_snapshots_progress", sql`${t.progress} >= 0 and ${t.progress} <= 1`),
  ],
);

export const reliabilityScores = pgTable(
  "reliability_scores",
  {
    workspaceId: workspaceId(),
    snapshotId: uuid("snapshot_id").notNull(),
    outletId: uuid("outlet_id").notNull(),
    /** Scored, or why not; the score columns are null unless `scored`. */
    status: scoreStatusEnum("status").notNull().default("scored"),
    basis: evidenceBasisEnum("basis").notNull().default("own"),
    score: doublePrecision("score"),
    accuracy: doublePrecision("accuracy"),
    accuracyLow: doublePrecision("accuracy_low"),
    accuracyHigh: doublePrecision("accuracy_high"),
    assertionCount: integer("assertion_count").notNull(),
    claimCount: integer("claim_count").notNull(),
    unsourcedCount: integer("unsourced_count").notNull(),
    anonymousCount: integer("anonymous_count").notNull(),
    components: jsonb("components").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.snapshotId, t.outletId] }),
    foreignKey({
      columns: [t.workspaceId, t.snapshotId],
      foreignColumns: [reliabilitySnapshots.workspaceId, reliabilitySnapshots.id],
    }).onDelete("cascade"),
    foreignKey({ columns: [t.workspaceId, t.outletId], foreignColumns: [outlets.workspaceId, outlets.id] }),
    index("reliability_scores_outlet_idx").on(t.workspaceId, t.outletId),
    // The order every reader lists a snapshot in (best score first, unscored last, by outlet id),
    // so a streamed export walks it page by page without sorting the snapshot again per page.
    index("reliability_scores_rank_idx").on(
      t.workspaceId,
      t.snapshotId,
      t.status,
      sql`(-coalesce(${t.score}, -1))`,
      t.outletId,
    ),
    check(
      "reliability_scores_score_iff_scored",
      sql`(${t.status} = 'scored') = (${t.score} is not null and ${t.accuracy} is not null)`,
    ),
  ],
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/**
 * The engine's end state after the workspace's last full snapshot and the refreshes since, which
 * the next refresh after a write starts from: per-source sums, priors and dependences here, each
 * event slot's claims in `reliability_state_parts`. Replaced by every full snapshot.
 */
export const reliabilityStates = pgTable(
  "reliability_states",
  {
    workspaceId: workspaceId(),
    /** The full snapshot the state comes from. */
    snapshotId: uuid("snapshot_id").notNull(),
    algorithmVersion: text("algorithm_version").notNull(),
    /** The snapshot's parameters, as the rows a refresh re-builds need them. */
    parameters: jsonb("parameters").notNull(),
    /** The detached engine state, serialised (node:v8). */
    state: bytea("state").notNull(),
    refreshes: integer("refreshes").notNull().default(0),
    refreshedAt: timestamp("refreshed_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId] }),
    foreignKey({
      columns: [t.workspaceId, t.snapshotId],
      foreignColumns: [reliabilitySnapshots.workspaceId, reliabilitySnapshots.id],
    }).onDelete("cascade"),
  ],
);

/** The claims of the state's event slots, in parts of consecutive slot ids (`first_object`..`last_object`). */
export const reliabilityStateParts = pgTable(
  "reliability_state_parts",
  {
    workspaceId: workspaceId(),
    snapshotId: uuid("snapshot_id").notNull(),
    firstObject: text("first_object").notNull(),
    lastObject: text("last_object").notNull(),
    claims: bytea("claims").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.firstObject] }),
    foreignKey({
      columns: [t.workspaceId, t.snapshotId],
      foreignColumns: [reliabilitySnapshots.workspaceId, reliabilitySnapshots.id],
    }).onDelete("cascade"),
  ],
);

/**
 * Outlets' scores refreshed after writes since the last full snapshot (only the outlets a refresh
 * re-estimated); every other outlet's current score is its row in that snapshot. Emptied by the
 * next full snapshot.
 */
export const reliabilityRefreshedScores = pgTable(
  "reliability_refreshed_scores",
  {
    workspaceId: workspaceId(),
    outletId: uuid("outlet_id").notNull(),
    /** The full snapshot the refresh started from. */
    snapshotId: uuid("snapshot_id").notNull(),
    refreshedAt: timestamp("refreshed_at", { withTimezone: true, mode: "date" }).notNull(),
    status: scoreStatusEnum("status").notNull(),
    basis: evidenceBasisEnum("basis").notNull(),
    score: doublePrecision("score"),
    accuracy: doublePrecision("accuracy"),
    accuracyLow: doublePrecision("accuracy_low"),
    accuracyHigh: doublePrecision("accuracy_high"),
    assertionCount: integer("assertion_count").notNull(),
    claimCount: integer("claim_count").notNull(),
    unsourcedCount: integer("unsourced_count").notNull(),
    anonymousCount: integer("anonymous_count").notNull(),
    components: jsonb("components").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.outletId] }),
    foreignKey({
      columns: [t.workspaceId, t.snapshotId],
      foreignColumns: [reliabilitySnapshots.workspaceId, reliabilitySnapshots.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.workspaceId, t.outletId],
      foreignColumns: [outlets.workspaceId, outlets.id],
    }).onDelete("cascade"),
    check(
      "reliability_refreshed_scores_score_iff_scored",
      sql`(${t.status} = 'scored') = (${t.score} is not null and ${t.accuracy} is not null)`,
    ),
  ],
);

/**
 * Events whose claims, assertions or verdicts changed since the last refresh: written with the
 * change, taken by the workspace's `reliability.refresh` job. No foreign key: a deleted event's
 * slots are refreshed too.
 */
export const reliabilityRefreshQueue = pgTable(
  "reliability_refresh_queue",
  {
    workspaceId: workspaceId(),
    eventId: uuid("event_id").notNull(),
    requestedAt: timestamp("requested_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.eventId] })],
);

/** Who changed what, before and after; written in the same transaction as the change. */
export const auditEvents = pgTable(
  "audit_events",
  {
    workspaceId: workspaceId(),
    id: bigint("id", { mode: "number" }).generatedAlwaysAsIdentity(),
    actorUserId: uuid("actor_user_id"),
    actorTokenId: uuid("actor_token_id"),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    requestId: text("request_id"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.actorUserId], foreignColumns: [users.id] }).onDelete("set null"),
    index("audit_events_target_idx").on(t.workspaceId, t.targetType, t.targetId),
  ],
);
