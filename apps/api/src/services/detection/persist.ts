import type { Finding, FlagFinding } from "@kroscek/core";
import { contradictions, flags } from "@kroscek/schema/tables";
import { and, eq, notInArray, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import type { Db } from "../audit";

/**
 * Stores one event's findings idempotently: new pairs are inserted open; known pairs get a fresh
 * explanation and become active again, but their review status is never touched, so a dismissed
 * contradiction stays dismissed; pairs no longer found are kept, marked inactive.
 */
export async function saveContradictions(tx: Db, workspaceId: string, eventId: string, findings: Finding[]) {
  const keep: string[] = [];
  for (const f of findings) {
    const [row] = await tx
      .insert(contradictions)
      .values({
        workspaceId,
        id: uuidv7(),
        ruleId: f.ruleId,
        eventId: f.eventId,
        assertionAId: f.assertionAId,
        assertionBId: f.assertionBId,
        explanation: f.explanation,
        details: f.details,
      })
      .onConflictDoUpdate({
        target: [
          contradictions.workspaceId,
          contradictions.ruleId,
          contradictions.assertionAId,
          contradictions.assertionBId,
        ],
        set: { explanation: f.explanation, details: f.details, active: true, eventId: f.eventId },
      })
      .returning({ id: contradictions.id });
    if (row) keep.push(row.id);
  }
  await tx
    .update(contradictions)
    .set({ active: false })
    .where(
      and(
        eq(contradictions.workspaceId, workspaceId),
        eq(contradictions.eventId, eventId),
        eq(contradictions.active, true),
        keep.length > 0 ? notInArray(contradictions.id, keep) : sql`true`,
      ),
    );
  return keep.length;
}

const flagKey = (f: { kind: string; assertionId: string | null }) => `${f.kind}|${f.assertionId ?? ""}`;

/** Stores one article's flags with the same rules as contradictions (status kept, stale ones inactive). */
export async function saveFlags(tx: Db, workspaceId: string, articleId: string, findings: FlagFinding[]) {
  const unique = new Map<string, FlagFinding>();
  for (const f of findings) if (!unique.has(flagKey(f))) unique.set(flagKey(f), f);
  const keep: string[] = [];
  for (const f of unique.values()) {
    const [row] = await tx
      .insert(flags)
      .values({
        workspaceId,
        id: uuidv7(),
        kind: f.kind,
        ruleId: f.ruleId,
        articleId,
        assertionId: f.assertionId,
        explanation: f.explanation,
        details: f.details,
      })
      .onConflictDoUpdate({
        target: [flags.workspaceId, flags.kind, flags.articleId, flags.assertionId],
        set: { explanation: f.explanation, details: f.details, ruleId: f.ruleId, active: true },
      })
      .returning({ id: flags.id });
    if (row) keep.push(row.id);
  }
  await tx
    .update(flags)
    .set({ active: false })
    .where(
      and(
        eq(flags.workspaceId, workspaceId),
        eq(flags.articleId, articleId),
        eq(flags.active, true),
        keep.length > 0 ? notInArray(flags.id, keep) : sql`true`,
      ),
    );
  return keep.length;
}
