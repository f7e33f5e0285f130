/** Value sets shared by the zod contracts and the database enums, so both enforce the same lists. */
export const ROLES = ["admin", "editor", "factchecker", "viewer"] as const;
export const OUTLET_KINDS = ["news", "wire", "state_media", "aggregator", "unknown"] as const;
export const PUBLISHED_PRECISIONS = ["minute", "day", "month", "year"] as const;
export const ENTITY_KINDS = ["person", "organisation", "place", "country"] as const;
export const EVENT_KINDS = [
  "meeting",
  "visit",
  "statement",
  "agreement",
  "military_action",
  "other",
] as const;
export const CLAIM_SLOTS = [
  "date",
  "place",
  "participants",
  "actor",
  "quantity",
  "occurred",
  "statement",
] as const;
export const DATE_PRECISIONS = ["day", "week", "month", "year"] as const;
export const STANCES = ["asserts", "denies", "reports_unconfirmed"] as const;
export const ATTRIBUTION_KINDS = [
  "named_person",
  "named_org",
  "wire",
  "document",
  "anonymous",
  "none",
] as const;
export const REVIEW_STATUSES = ["open", "confirmed", "dismissed"] as const;
export const FLAG_KINDS = [
  "unsourced",
  "anonymous_source",
  "undated",
  "unresolved_relative_date",
  "internal_inconsistency",
  "spam_injection",
  "syndicated_copy",
] as const;
export const VERDICT_STATUSES = ["draft", "published", "retracted"] as const;
export const SNAPSHOT_STATUSES = ["queued", "running", "done", "failed"] as const;
export const LANGUAGES = ["id", "en"] as const;
/** Whether a reliability row has a score (docs/reliability.md, "Minimum evidence"). */
export const SCORE_STATUSES = ["scored", "insufficient_evidence", "no_outlet"] as const;
/** What an outlet's evidence rests on: its own articles, only other outlets' wire copies, both, none. */
export const EVIDENCE_BASES = ["own", "copies_only", "own_and_copies", "none"] as const;

export type Role = (typeof ROLES)[number];
export type OutletKind = (typeof OUTLET_KINDS)[number];
export type PublishedPrecision = (typeof PUBLISHED_PRECISIONS)[number];
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type ClaimSlot = (typeof CLAIM_SLOTS)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type Stance = (typeof STANCES)[number];
export type AttributionKind = (typeof ATTRIBUTION_KINDS)[number];
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type FlagKind = (typeof FLAG_KINDS)[number];
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];
export type SnapshotStatus = (typeof SNAPSHOT_STATUSES)[number];
export type ScoreStatus = (typeof SCORE_STATUSES)[number];
export type EvidenceBasis = (typeof EVIDENCE_BASES)[number];
/** Every action the audit trail records; each has a label in both interface languages. */
export const AUDIT_ACTIONS = [
  "article.archive",
  "article.create",
  "article.update",
  "assertion.create",
  "assertion.delete",
  "assertion.update",
  "claim.create",
  "claim.update",
  "contradiction.confirm",
  "contradiction.dismiss",
  "contradiction.reopen",
  "entity.create",
  "entity.update",
  "event.create",
  "event.update",
  "event_suggestion.accept",
  "event_suggestion.dismiss",
  "feed.create",
  "feed.delete",
  "feed.update",
  "flag.confirmed",
  "flag.dismissed",
  "flag.open",
  "member.add",
  "member.invite",
  "member.join",
  "member.password_reset",
  "member.remove",
  "member.uninvite",
  "member.update",
  "outlet.create",
  "outlet.update",
  "suggestion.accept",
  "suggestions.refresh",
  "token.create",
  "token.revoke",
  "verdict.create",
  "verdict.publish",
  "verdict.retract",
  "verdict.update",
  "webhook.create",
  "webhook.delete",
  "webhook.update",
  "workspace.archive",
  "workspace.create",
  "workspace.restore",
  "workspace.update",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
