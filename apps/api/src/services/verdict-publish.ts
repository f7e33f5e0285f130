// Publishing a verdict (its first draft or its next revision) and retracting it: editors' acts.
import type { Db } from "@kroscek/db";
import type { Verdict } from "@kroscek/schema";
import { verdictRevisions, verdicts } from "@kroscek/schema/tables";
import { and, eq, sql } from "drizzle-orm";
import { conflict } from "../lib/api-error";
import type { Actor } from "./actor";
import { audit } from "./audit";
import { eventsOfClaims } from "./detection";
import { queueRefresh } from "./snapshots/refresh";
import { findVerdictRow, type StoredDraft } from "./verdict-read";
import { claimVerdictId, one } from "./verdict-store";
import { failStaleOrMissing } from "./versioned";
import { emitEvent } from "./webhooks/outbox";

/** Publishes the verdict on a claim (see publishVerdict). */
export async function publishClaimVerdict(
  tx: Db,
  actor: Actor,
  claimId: string,
  version: number,
): Promise<Verdict> {
  return publishVerdict(tx, actor, await claimVerdictId(tx, actor.workspaceId, claimId), version);
}

/**
 * Publishes what the caller read: the first draft, or the next revision, which then replaces the
 * published one (a new entry in the history). Nothing to publish is a 409.
 */
export async function publishVerdict(tx: Db, actor: Actor, id: string, version: number): Promise<Verdict> {
  const before = await findVerdictRow(tx, actor.workspaceId, id);
  const draft = before.draft as StoredDraft | null;
  if (before.version === version && before.status !== "draft" && !draft)
    throw conflict(
      before.status === "published"
        ? "This verdict is already published"
        : "This verdict is retracted; draft a revision to publish it again",
      { currentVersion: before.version },
    );
  const now = new Date();
  const content = draft
    ? {
        ratingKey: draft.ratingKey,
        rationale: draft.rationale,
        evidence: draft.evidence,
        url: draft.url,
        reviewerId: draft.reviewerId,
      }
    : {};
  const [row] = await tx
    .update(verdicts)
    .set({
      ...content,
      status: "published",
      publishedAt: before.publishedAt ?? now,
      modifiedAt: now,
      revision: sql`${verdicts.revision} + 1`,
      draft: null,
      retractedAt: null,
      retractionReason: null,
      retractedBy: null,
      updatedAt: now,
      version: sql`${verdicts.version} + 1`,
    })
    .where(
      and(eq(verdicts.workspaceId, actor.workspaceId), eq(verdicts.id, id), eq(verdicts.version, version)),
    )
    .returning();
  if (!row) return failStaleOrMissing(tx, verdicts, actor.workspaceId, id, "Verdict", version);
  await tx.insert(verdictRevisions).values({
    workspaceId: actor.workspaceId,
    verdictId: row.id,
    revision: row.revision,
    ratingKey: row.ratingKey,
    rationale: row.rationale,
    evidence: row.evidence,
    url: row.url,
    reviewerId: row.reviewerId,
    publishedBy: actor.userId,
    publishedAt: now,
  });
  await audit(tx, actor, {
    action: "verdict.publish",
    targetType: "verdict",
    targetId: row.id,
    before,
    after: row,
  });
  await queueRefresh(tx, actor.workspaceId, await eventsOfVerdict(tx, actor.workspaceId, row));
  const verdict = await one(tx, actor.workspaceId, row);
  await emitEvent(tx, undefined, actor.workspaceId, "verdict.published", { verdict });
  return verdict;
}

/**
 * Retracts a published verdict (editors): it leaves public view, the reason is kept with the
 * published revision, and the ClaimReview export shows it as a correction.
 */
export async function retractVerdict(
  tx: Db,
  actor: Actor,
  id: string,
  version: number,
  reason: string,
): Promise<Verdict> {
  const before = await findVerdictRow(tx, actor.workspaceId, id);
  if (before.version === version && before.status !== "published")
    throw conflict("Only a published verdict can be retracted", { currentVersion: before.version });
  const now = new Date();
  const [row] = await tx
    .update(verdicts)
    .set({
      status: "retracted",
      retractedAt: now,
      retractionReason: reason,
      retractedBy: actor.userId,
      updatedAt: now,
      version: sql`${verdicts.version} + 1`,
    })
    .where(
      and(
        eq(verdicts.workspaceId, actor.workspaceId),
        eq(verdicts.id, id),
        eq(verdicts.version, version),
        eq(verdicts.status, "published"),
      ),
    )
    .returning();
  if (!row) return failStaleOrMissing(tx, verdicts, actor.workspaceId, id, "Verdict", version);
  await tx
    .update(verdictRevisions)
    .set({ retractedAt: now, retractionReason: reason })
    .where(
      and(
        eq(verdictRevisions.workspaceId, actor.workspaceId),
        eq(verdictRevisions.verdictId, id),
        eq(verdictRevisions.revision, row.revision),
      ),
    );
  await audit(tx, actor, {
    action: "verdict.retract",
    targetType: "verdict",
    targetId: row.id,
    before,
    after: row,
  });
  await queueRefresh(tx, actor.workspaceId, await eventsOfVerdict(tx, actor.workspaceId, row));
  const verdict = await one(tx, actor.workspaceId, row);
  await emitEvent(tx, undefined, actor.workspaceId, "verdict.retracted", { verdict });
  return verdict;
}

/** The event a verdict rates (an event-level verdict's, or its claim's), for the reliability refresh. */
async function eventsOfVerdict(
  tx: Db,
  workspaceId: string,
  row: { claimId: string | null; eventId: string | null },
): Promise<string[]> {
  if (row.eventId) return [row.eventId];
  return row.claimId ? eventsOfClaims(tx, workspaceId, [row.claimId]) : [];
}
