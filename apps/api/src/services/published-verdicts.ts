// `publishedVerdicts`: the one answer to "which revision of which verdict is public now", for the
// ClaimReview export, the editor's report and anything else that shows verdicts to readers.
import type { Db } from "@kroscek/db";
import { claims, verdictClaims, verdictScale, verdicts } from "@kroscek/schema/tables";
import { and, asc, eq, gt, inArray, or, type SQL, sql } from "drizzle-orm";
import { preparedRead, uuidArray } from "../lib/prepared";
import { claimIdsOf, type StoredEvidence } from "./verdict-read";

/** A verdict as the public sees it: its published revision (or its retraction). */
export interface PublishedVerdict {
  id: string;
  /** Set for a verdict on one claim. */
  claimId: string | null;
  /** The event rated: the claim's event, or the event of an event-level verdict. */
  eventId: string;
  /** The claims rated (one, or several of one event). */
  claimIds: string[];
  status: "published" | "retracted";
  ratingKey: string;
  /** The scale's ClaimReview rating (0 where the label is outside the numeric range). */
  ratingValue: number;
  labelId: string;
  labelEn: string;
  rationale: string;
  evidence: StoredEvidence;
  url: string | null;
  revision: number;
  publishedAt: Date;
  modifiedAt: Date;
  retraction: { at: Date; reason: string } | null;
}

export interface PublishedVerdictFilter {
  /** Verdicts rating any of these claims (as one claim or as part of an event). */
  claimIds?: string[];
  /** Verdicts about this event (on one of its claims or on the event as a whole). */
  eventId?: string;
  /** Include retracted verdicts (exports show them as corrections). Default false. */
  includeRetracted?: boolean;
  /** Paging for long feeds: verdicts after this id, at most `limit` of them. */
  after?: string;
  limit?: number;
}

/** The published verdict rows of a filter's shape (which of its parts are given): built once. */
const verdictQuery = preparedRead((db, shape: string) => {
  const has = new Set(shape.split(","));
  const p = sql.placeholder;
  const where: Array<SQL | undefined> = [
    eq(verdicts.workspaceId, p("workspaceId")),
    has.has("retracted")
      ? inArray(verdicts.status, ["published", "retracted"])
      : eq(verdicts.status, "published"),
  ];
  if (has.has("eventId")) {
    const ofEvent = db
      .select({ id: claims.id })
      .from(claims)
      .where(and(eq(claims.workspaceId, p("workspaceId")), eq(claims.eventId, p("eventId"))));
    where.push(or(eq(verdicts.eventId, p("eventId")), inArray(verdicts.claimId, ofEvent)));
  }
  if (has.has("claimIds")) {
    const viaEvent = db
      .select({ id: verdictClaims.verdictId })
      .from(verdictClaims)
      .where(
        and(
          eq(verdictClaims.workspaceId, p("workspaceId")),
          sql`${verdictClaims.claimId} = any(${p("claimIds")}::uuid[])`,
        ),
      );
    where.push(or(sql`${verdicts.claimId} = any(${p("claimIds")}::uuid[])`, inArray(verdicts.id, viaEvent)));
  }
  return db
    .select({ v: verdicts, label: verdictScale, claimEvent: claims.eventId })
    .from(verdicts)
    .innerJoin(
      verdictScale,
      and(eq(verdictScale.workspaceId, verdicts.workspaceId), eq(verdictScale.key, verdicts.ratingKey)),
    )
    .leftJoin(claims, and(eq(claims.workspaceId, verdicts.workspaceId), eq(claims.id, verdicts.claimId)))
    .where(and(...where, has.has("after") ? gt(verdicts.id, p("after")) : undefined))
    .orderBy(asc(verdicts.id))
    .limit(p("limit"));
});

/**
 * The currently published revision of every verdict in the workspace matching the filter: never
 * a draft, and never a next revision still being prepared. Ordered by verdict id.
 */
export async function publishedVerdicts(
  db: Db,
  workspaceId: string,
  filter: PublishedVerdictFilter = {},
): Promise<PublishedVerdict[]> {
  if (filter.claimIds?.length === 0) return [];
  const shape = [
    filter.includeRetracted ? "retracted" : "",
    filter.eventId ? "eventId" : "",
    filter.claimIds ? "claimIds" : "",
    filter.after ? "after" : "",
  ].join(",");
  const rows = await verdictQuery(
    db,
    {
      workspaceId,
      eventId: filter.eventId,
      claimIds: filter.claimIds ? uuidArray(filter.claimIds) : undefined,
      after: filter.after,
      limit: filter.limit ?? 1_000_000,
    },
    shape,
  );
  const ids = await claimIdsOf(
    db,
    workspaceId,
    rows.map((r) => r.v),
  );
  return rows.map(({ v, label, claimEvent }) => ({
    id: v.id,
    claimId: v.claimId,
    eventId: v.eventId ?? claimEvent ?? "",
    claimIds: ids.get(v.id) ?? [],
    status: v.status === "retracted" ? "retracted" : "published",
    ratingKey: v.ratingKey,
    ratingValue: label.ratingValue,
    labelId: label.labelId,
    labelEn: label.labelEn,
    rationale: v.rationale,
    evidence: v.evidence as StoredEvidence,
    url: v.url,
    revision: v.revision,
    publishedAt: v.publishedAt ?? v.updatedAt,
    modifiedAt: v.modifiedAt ?? v.publishedAt ?? v.updatedAt,
    retraction:
      v.status === "retracted" && v.retractedAt
        ? { at: v.retractedAt, reason: v.retractionReason ?? "" }
        : null,
  }));
}
