import type { Verdict, VerdictDraftSchema, VerdictScale } from "@kroscek/schema";
import { claims, verdictScale, verdicts } from "@kroscek/schema/tables";
import { and, asc, eq, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import type { z } from "zod";
import { ApiError, conflict, notFound } from "../lib/api-error";
import { can } from "../lib/permissions";
import { iso, isoOrNull } from "../lib/serialize";
import type { Actor } from "./actor";
import { audit, type Db } from "./audit";
import { failStaleOrMissing } from "./versioned";

/**
 * The default scale, best first, in Indonesian and English with ClaimReview ratings 1–5.
 * "Unverifiable" has rating 0: it is outside the 1–5 range on purpose, so ClaimReview exports give
 * it only its label (alternateName) and never a numeric rating.
 */
export const DEFAULT_VERDICT_SCALE = [
  { key: "true", labelId: "benar", labelEn: "True", ratingValue: 5 },
  { key: "mostly_true", labelId: "sebagian besar benar", labelEn: "Mostly true", ratingValue: 4 },
  { key: "misleading", labelId: "menyesatkan", labelEn: "Misleading", ratingValue: 3 },
  { key: "mostly_false", labelId: "sebagian besar salah", labelEn: "Mostly false", ratingValue: 2 },
  { key: "false", labelId: "salah", labelEn: "False", ratingValue: 1 },
  { key: "unverifiable", labelId: "tidak dapat diverifikasi", labelEn: "Unverifiable", ratingValue: 0 },
] as const;

type VerdictRow = typeof verdicts.$inferSelect;
type ScaleRow = typeof verdictScale.$inferSelect;

export const toVerdict = (r: VerdictRow): Verdict => ({
  id: r.id,
  claimId: r.claimId,
  ratingKey: r.ratingKey,
  status: r.status,
  rationale: r.rationale,
  evidence: r.evidence as Verdict["evidence"],
  reviewerId: r.reviewerId,
  publishedAt: isoOrNull(r.publishedAt),
  version: r.version,
  createdAt: iso(r.createdAt),
  updatedAt: iso(r.updatedAt),
});

/**
 * Seeds the default scale the first time a workspace needs it. Lazy (not at workspace creation) so
 * workspaces made before verdicts existed get one too; `on conflict do nothing` makes two
 * concurrent first uses harmless, and a workspace that already has any scale is left alone.
 */
export async function ensureVerdictScale(tx: Db, workspaceId: string): Promise<void> {
  const [any] = await tx
    .select({ key: verdictScale.key })
    .from(verdictScale)
    .where(eq(verdictScale.workspaceId, workspaceId))
    .limit(1);
  if (any) return;
  await tx
    .insert(verdictScale)
    .values(DEFAULT_VERDICT_SCALE.map((e, position) => ({ workspaceId, position, ...e })))
    .onConflictDoNothing();
}

/** Numeric ratings of a scale; entries outside 1.. (e.g. unverifiable 0) carry no numeric rating. */
export function ratingBounds(rows: Array<Pick<ScaleRow, "ratingValue">>) {
  const rated = rows.map((r) => r.ratingValue).filter((v) => v >= 1);
  return {
    bestRating: rated.length ? Math.max(...rated) : 5,
    worstRating: rated.length ? Math.min(...rated) : 1,
  };
}

export async function getVerdictScale(db: Db, workspaceId: string): Promise<VerdictScale> {
  await ensureVerdictScale(db, workspaceId);
  const rows = await db
    .select()
    .from(verdictScale)
    .where(eq(verdictScale.workspaceId, workspaceId))
    .orderBy(asc(verdictScale.position));
  const items = rows.map((r) => ({
    key: r.key,
    position: r.position,
    labelId: r.labelId,
    labelEn: r.labelEn,
    ratingValue: r.ratingValue,
  }));
  return { items, ...ratingBounds(rows) };
}

async function requireClaim(db: Db, workspaceId: string, claimId: string): Promise<void> {
  const [row] = await db
    .select({ id: claims.id })
    .from(claims)
    .where(and(eq(claims.workspaceId, workspaceId), eq(claims.id, claimId)));
  if (!row) throw notFound("Claim");
}

async function findVerdict(db: Db, workspaceId: string, claimId: string): Promise<VerdictRow | undefined> {
  const [row] = await db
    .select()
    .from(verdicts)
    .where(and(eq(verdicts.workspaceId, workspaceId), eq(verdicts.claimId, claimId)));
  return row;
}

export async function getVerdict(db: Db, workspaceId: string, claimId: string): Promise<Verdict> {
  await requireClaim(db, workspaceId, claimId);
  const row = await findVerdict(db, workspaceId, claimId);
  if (!row) throw notFound("Verdict");
  return toVerdict(row);
}

/**
 * Drafts a claim's verdict, or redrafts it with the version the caller read. Redrafting a
 * published verdict takes it back to draft: only an editor's publish makes a change public, so a
 * fact-checker cannot alter a published rating on their own.
 */
export async function draftVerdict(
  tx: Db,
  actor: Actor,
  claimId: string,
  input: z.output<typeof VerdictDraftSchema>,
): Promise<{ verdict: Verdict; created: boolean }> {
  await requireClaim(tx, actor.workspaceId, claimId);
  await ensureVerdictScale(tx, actor.workspaceId);
  const [rating] = await tx
    .select({ key: verdictScale.key })
    .from(verdictScale)
    .where(and(eq(verdictScale.workspaceId, actor.workspaceId), eq(verdictScale.key, input.ratingKey)));
  if (!rating)
    throw new ApiError("validation_failed", "The request is not valid", {
      issues: [
        { path: "ratingKey", message: `'${input.ratingKey}' is not on this workspace's verdict scale` },
      ],
    });
  const fields = { ratingKey: input.ratingKey, rationale: input.rationale, evidence: input.evidence };
  const before = await findVerdict(tx, actor.workspaceId, claimId);
  if (!before) {
    if (input.version !== undefined) throw notFound("Verdict");
    const [row] = await tx
      .insert(verdicts)
      .values({ workspaceId: actor.workspaceId, id: uuidv7(), claimId, reviewerId: actor.userId, ...fields })
      .onConflictDoNothing()
      .returning();
    // Lost a race with another first draft: the caller must reload, as with a stale version.
    if (!row) throw conflict("A verdict was drafted for this claim meanwhile; reload and retry");
    await audit(tx, actor, { action: "verdict.create", targetType: "verdict", targetId: row.id, after: row });
    return { verdict: toVerdict(row), created: true };
  }
  if (input.version === undefined)
    throw conflict("This claim already has a verdict; send the version you read", {
      currentVersion: before.version,
    });
  // Redrafting a published verdict retracts it from public view: an editor's act, not a draft.
  // (A stale version still answers 409 below: the caller must first see what is published.)
  if (
    before.status === "published" &&
    before.version === input.version &&
    !can(actor.role, "verdict.retract")
  )
    throw new ApiError(
      "forbidden",
      `Role '${actor.role}' may not change a published verdict (needs 'verdict.retract')`,
    );
  const [row] = await tx
    .update(verdicts)
    .set({
      ...fields,
      status: "draft",
      publishedAt: null,
      reviewerId: actor.userId,
      updatedAt: new Date(),
      version: sql`${verdicts.version} + 1`,
    })
    .where(
      and(
        eq(verdicts.workspaceId, actor.workspaceId),
        eq(verdicts.id, before.id),
        eq(verdicts.version, input.version),
      ),
    )
    .returning();
  if (!row) return failStaleOrMissing(tx, verdicts, actor.workspaceId, before.id, "Verdict", input.version);
  await audit(tx, actor, {
    action: "verdict.update",
    targetType: "verdict",
    targetId: row.id,
    before,
    after: row,
  });
  return { verdict: toVerdict(row), created: false };
}

/** Publishes the draft the caller read; publishing an already published verdict is a 409. */
export async function publishVerdict(
  tx: Db,
  actor: Actor,
  claimId: string,
  version: number,
): Promise<Verdict> {
  await requireClaim(tx, actor.workspaceId, claimId);
  const before = await findVerdict(tx, actor.workspaceId, claimId);
  if (!before) throw notFound("Verdict");
  if (before.status === "published" && before.version === version)
    throw conflict("This verdict is already published", { currentVersion: before.version });
  const now = new Date();
  const [row] = await tx
    .update(verdicts)
    .set({ status: "published", publishedAt: now, updatedAt: now, version: sql`${verdicts.version} + 1` })
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
    action: "verdict.publish",
    targetType: "verdict",
    targetId: row.id,
    before,
    after: row,
  });
  return toVerdict(row);
}
