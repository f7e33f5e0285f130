import { pgEnum } from "drizzle-orm/pg-core";
import * as E from "../enums";

export const roleEnum = pgEnum("role", E.ROLES);
export const outletKindEnum = pgEnum("outlet_kind", E.OUTLET_KINDS);
export const publishedPrecisionEnum = pgEnum("published_precision", E.PUBLISHED_PRECISIONS);
export const entityKindEnum = pgEnum("entity_kind", E.ENTITY_KINDS);
export const eventKindEnum = pgEnum("event_kind", E.EVENT_KINDS);
export const claimSlotEnum = pgEnum("claim_slot", E.CLAIM_SLOTS);
export const datePrecisionEnum = pgEnum("date_precision", E.DATE_PRECISIONS);
export const stanceEnum = pgEnum("stance", E.STANCES);
export const attributionKindEnum = pgEnum("attribution_kind", E.ATTRIBUTION_KINDS);
export const reviewStatusEnum = pgEnum("review_status", E.REVIEW_STATUSES);
export const flagKindEnum = pgEnum("flag_kind", E.FLAG_KINDS);
export const verdictStatusEnum = pgEnum("verdict_status", E.VERDICT_STATUSES);
export const snapshotStatusEnum = pgEnum("snapshot_status", E.SNAPSHOT_STATUSES);
export const scoreStatusEnum = pgEnum("score_status", E.SCORE_STATUSES);
export const evidenceBasisEnum = pgEnum("evidence_basis", E.EVIDENCE_BASES);
