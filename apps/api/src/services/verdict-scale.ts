// A workspace's verdict scale: labels in Indonesian and English, each mapped to a ClaimReview rating.
import type { Db } from "@kroscek/db";
import type { VerdictScale } from "@kroscek/schema";
import { verdictScale } from "@kroscek/schema/tables";
import { and, asc, eq } from "drizzle-orm";
import { ApiError } from "../lib/api-error";

type ScaleRow = typeof verdictScale.$inferSelect;

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

export async function requireRating(tx: Db, workspaceId: string, ratingKey: string): Promise<void> {
  await ensureVerdictScale(tx, workspaceId);
  const [rating] = await tx
    .select({ key: verdictScale.key })
    .from(verdictScale)
    .where(and(eq(verdictScale.workspaceId, workspaceId), eq(verdictScale.key, ratingKey)));
  if (!rating)
    throw new ApiError("validation_failed", "The request is not valid", {
      issues: [{ path: "ratingKey", message: `'${ratingKey}' is not on this workspace's verdict scale` }],
    });
}
