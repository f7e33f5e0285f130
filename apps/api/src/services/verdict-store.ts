import type { Db } from "@kroscek/db";
import type { EventVerdictCreateSchema, Verdict, VerdictDraftSchema } from "@kroscek/schema";
import { claims, events, verdictClaims, verdicts } from "@kroscek/schema/tables";
import { and, eq, inArray, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import type { z } from "zod";
import { ApiError, conflict, notFound } from "../lib/api-error";
import type { Actor } from "./actor";
import { audit } from "./audit";
import { findVerdictRow, type StoredDraft, toVerdicts, type VerdictRow } from "./verdict-read";
import { requireRating } from "./verdict-scale";
import { failStaleOrMissing } from "./versioned";

async function requireClaim(db: Db, workspaceId: string, claimId: string): Promise<void> {
  const [row] = await db
    .select({ id: claims.id })
    .from(claims)
    .where(and(eq(claims.workspaceId, workspaceId), eq(claims.id, claimId)));
  if (!row) throw notFound("Claim");
}

async function findClaimVerdict(
  db: Db,
  workspaceId: string,
  claimId: string,
): Promise<VerdictRow | undefined> {
  const [row] = await db
    .select()
    .from(verdicts)
    .where(and(eq(verdicts.workspaceId, workspaceId), eq(verdicts.claimId, claimId)));
  return row;
}

export async function one(db: Db, workspaceId: string, row: VerdictRow): Promise<Verdict> {
  const [v] = await toVerdicts(db, workspaceId, [row]);
  if (!v) throw new Error("verdict mapping returned nothing");
  return v;
}

/** A claim's own verdict (not an event-level one that includes it), or 404. */
export async function getVerdict(db: Db, workspaceId: string, claimId: string): Promise<Verdict> {
  await requireClaim(db, workspaceId, claimId);
  const row = await findClaimVerdict(db, workspaceId, claimId);
  if (!row) throw notFound("Verdict");
  return one(db, workspaceId, row);
}

/** The id of a claim's own verdict, or 404. */
export async function claimVerdictId(db: Db, workspaceId: string, claimId: string): Promise<string> {
  await requireClaim(db, workspaceId, claimId);
  const row = await findClaimVerdict(db, workspaceId, claimId);
  if (!row) throw notFound("Verdict");
  return row.id;
}

type DraftInput = z.output<typeof VerdictDraftSchema>;

/**
 * Drafts a claim's verdict, or redrafts it with the version the caller read. Redrafting a
 * published verdict prepares its next revision: the published one stays public until an editor
 * publishes the revision.
 */
export async function draftVerdict(
  tx: Db,
  actor: Actor,
  claimId: string,
  input: DraftInput,
): Promise<{ verdict: Verdict; created: boolean }> {
  await requireClaim(tx, actor.workspaceId, claimId);
  await requireRating(tx, actor.workspaceId, input.ratingKey);
  const before = await findClaimVerdict(tx, actor.workspaceId, claimId);
  if (!before) {
    if (input.version !== undefined) throw notFound("Verdict");
    const [row] = await tx
      .insert(verdicts)
      .values({
        workspaceId: actor.workspaceId,
        id: uuidv7(),
        claimId,
        reviewerId: actor.userId,
        ratingKey: input.ratingKey,
        rationale: input.rationale,
        evidence: input.evidence,
        url: input.url ?? null,
      })
      .onConflictDoNothing()
      .returning();
    // Lost a race with another first draft: the caller must reload, as with a stale version.
    if (!row) throw conflict("A verdict was drafted for this claim meanwhile; reload and retry");
    await audit(tx, actor, { action: "verdict.create", targetType: "verdict", targetId: row.id, after: row });
    return { verdict: await one(tx, actor.workspaceId, row), created: true };
  }
  if (input.version === undefined)
    throw conflict("This claim already has a verdict; send the version you read", {
      currentVersion: before.version,
    });
  return { verdict: await redraft(tx, actor, before, input), created: false };
}

/** Redrafts a verdict by its id (claim- or event-level); `version` is required. */
export async function redraftVerdict(tx: Db, actor: Actor, id: string, input: DraftInput): Promise<Verdict> {
  const before = await findVerdictRow(tx, actor.workspaceId, id);
  if (input.version === undefined)
    throw conflict("Send the version of the verdict you read", { currentVersion: before.version });
  await requireRating(tx, actor.workspaceId, input.ratingKey);
  return redraft(tx, actor, before, input);
}

async function redraft(tx: Db, actor: Actor, before: VerdictRow, input: DraftInput): Promise<Verdict> {
  const version = input.version ?? before.version;
  const now = new Date();
  const fields = { ratingKey: input.ratingKey, rationale: input.rationale, evidence: input.evidence };
  // Never published: the draft is the verdict. Published or retracted: the public fields stay as
  // published and the next revision waits beside them.
  const patch =
    before.status === "draft"
      ? { ...fields, url: input.url === undefined ? before.url : input.url, reviewerId: actor.userId }
      : {
          draft: {
            ...fields,
            url: input.url === undefined ? before.url : input.url,
            reviewerId: actor.userId,
            updatedAt: now.toISOString(),
          } satisfies StoredDraft,
        };
  const [row] = await tx
    .update(verdicts)
    .set({ ...patch, updatedAt: now, version: sql`${verdicts.version} + 1` })
    .where(
      and(
        eq(verdicts.workspaceId, actor.workspaceId),
        eq(verdicts.id, before.id),
        eq(verdicts.version, version),
      ),
    )
    .returning();
  if (!row) return failStaleOrMissing(tx, verdicts, actor.workspaceId, before.id, "Verdict", version);
  await audit(tx, actor, {
    action: "verdict.update",
    targetType: "verdict",
    targetId: row.id,
    before,
    after: row,
  });
  return one(tx, actor.workspaceId, row);
}

/**
 * Drafts a verdict on an event as a whole: several of its claims rated together (e.g. the date and
 * the place of one meeting). Each claim must belong to the event, one per slot.
 */
export async function createEventVerdict(
  tx: Db,
  actor: Actor,
  eventId: string,
  input: z.output<typeof EventVerdictCreateSchema>,
): Promise<Verdict> {
  const [event] = await tx
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.workspaceId, actor.workspaceId), eq(events.id, eventId)));
  if (!event) throw notFound("Event");
  await requireRating(tx, actor.workspaceId, input.ratingKey);
  const ids = [...new Set(input.claimIds)];
  const rows = await tx
    .select({ id: claims.id, eventId: claims.eventId, slot: claims.slot })
    .from(claims)
    .where(and(eq(claims.workspaceId, actor.workspaceId), inArray(claims.id, ids)));
  const issues: Array<{ path: string; message: string }> = [];
  const slots = new Set<string>();
  ids.forEach((id, i) => {
    const c = rows.find((r) => r.id === id);
    if (!c || c.eventId !== eventId)
      issues.push({ path: `claimIds.${i}`, message: "Not a claim of this event" });
    else if (slots.has(c.slot))
      issues.push({
        path: `claimIds.${i}`,
        message: `Two values of the slot '${c.slot}' cannot both be rated true`,
      });
    else slots.add(c.slot);
  });
  if (issues.length) throw new ApiError("validation_failed", "The request is not valid", { issues });
  const [row] = await tx
    .insert(verdicts)
    .values({
      workspaceId: actor.workspaceId,
      id: uuidv7(),
      eventId,
      reviewerId: actor.userId,
      ratingKey: input.ratingKey,
      rationale: input.rationale,
      evidence: input.evidence,
      url: input.url ?? null,
    })
    .returning();
  if (!row) throw new Error("verdict insert returned nothing");
  await tx
    .insert(verdictClaims)
    .values(ids.map((claimId) => ({ workspaceId: actor.workspaceId, verdictId: row.id, claimId })));
  await audit(tx, actor, {
    action: "verdict.create",
    targetType: "verdict",
    targetId: row.id,
    after: { ...row, claimIds: ids },
  });
  return one(tx, actor.workspaceId, row);
}
