// Reading verdicts: the contract shape, one verdict, an event's verdicts, a verdict's published
// history. What is published now is `publishedVerdicts` (published-verdicts.ts).
import type { Db } from "@kroscek/db";
import type { Verdict, VerdictDraftState, VerdictRevision } from "@kroscek/schema";
import { events, verdictClaims, verdictRevisions, verdicts } from "@kroscek/schema/tables";
import { and, asc, eq, inArray } from "drizzle-orm";
import { notFound } from "../lib/api-error";
import { iso, isoOrNull } from "../lib/serialize";

export type VerdictRow = typeof verdicts.$inferSelect;
type Evidence = Verdict["evidence"];
export type StoredEvidence = Evidence;

/** The stored form of a next revision (`verdicts.draft`). */
export interface StoredDraft {
  ratingKey: string;
  rationale: string;
  evidence: Evidence;
  url: string | null;
  reviewerId: string | null;
  updatedAt: string;
}

export function toVerdict(r: VerdictRow, claimIds: string[]): Verdict {
  const draft = r.draft as StoredDraft | null;
  return {
    id: r.id,
    claimId: r.claimId,
    eventId: r.eventId,
    claimIds,
    ratingKey: r.ratingKey,
    status: r.status,
    rationale: r.rationale,
    evidence: r.evidence as Evidence,
    url: r.url,
    reviewerId: r.reviewerId,
    publishedAt: isoOrNull(r.publishedAt),
    modifiedAt: isoOrNull(r.modifiedAt),
    revision: r.revision,
    draft: draft ? (draft satisfies VerdictDraftState) : null,
    retraction:
      r.retractedAt && r.retractionReason
        ? { at: iso(r.retractedAt), reason: r.retractionReason, by: r.retractedBy }
        : null,
    version: r.version,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

/** The claims each verdict rates: its claim, or the claims listed for an event-level verdict. */
export async function claimIdsOf(
  db: Db,
  workspaceId: string,
  rows: VerdictRow[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const eventLevel = rows.filter((r) => !r.claimId).map((r) => r.id);
  for (const r of rows) if (r.claimId) out.set(r.id, [r.claimId]);
  if (eventLevel.length) {
    const links = await db
      .select()
      .from(verdictClaims)
      .where(and(eq(verdictClaims.workspaceId, workspaceId), inArray(verdictClaims.verdictId, eventLevel)))
      .orderBy(asc(verdictClaims.claimId));
    for (const id of eventLevel)
      out.set(
        id,
        links.filter((l) => l.verdictId === id).map((l) => l.claimId),
      );
  }
  return out;
}

export async function toVerdicts(db: Db, workspaceId: string, rows: VerdictRow[]): Promise<Verdict[]> {
  const ids = await claimIdsOf(db, workspaceId, rows);
  return rows.map((r) => toVerdict(r, ids.get(r.id) ?? []));
}

export async function findVerdictRow(db: Db, workspaceId: string, id: string): Promise<VerdictRow> {
  const [row] = await db
    .select()
    .from(verdicts)
    .where(and(eq(verdicts.workspaceId, workspaceId), eq(verdicts.id, id)));
  if (!row) throw notFound("Verdict");
  return row;
}

export async function getVerdictById(db: Db, workspaceId: string, id: string): Promise<Verdict> {
  const [v] = await toVerdicts(db, workspaceId, [await findVerdictRow(db, workspaceId, id)]);
  if (!v) throw notFound("Verdict");
  return v;
}

/** Every verdict on an event as a whole, oldest first. */
export async function listEventVerdicts(db: Db, workspaceId: string, eventId: string): Promise<Verdict[]> {
  const [event] = await db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.workspaceId, workspaceId), eq(events.id, eventId)));
  if (!event) throw notFound("Event");
  const rows = await db
    .select()
    .from(verdicts)
    .where(and(eq(verdicts.workspaceId, workspaceId), eq(verdicts.eventId, eventId)))
    .orderBy(asc(verdicts.id));
  return toVerdicts(db, workspaceId, rows);
}

/** Every published revision of a verdict, oldest first. */
export async function listVerdictRevisions(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<VerdictRevision[]> {
  await findVerdictRow(db, workspaceId, id);
  const rows = await db
    .select()
    .from(verdictRevisions)
    .where(and(eq(verdictRevisions.workspaceId, workspaceId), eq(verdictRevisions.verdictId, id)))
    .orderBy(asc(verdictRevisions.revision));
  return rows.map((r) => ({
    revision: r.revision,
    ratingKey: r.ratingKey,
    rationale: r.rationale,
    evidence: r.evidence as Evidence,
    url: r.url,
    reviewerId: r.reviewerId,
    publishedBy: r.publishedBy,
    publishedAt: iso(r.publishedAt),
    retractedAt: isoOrNull(r.retractedAt),
    retractionReason: r.retractionReason,
  }));
}
