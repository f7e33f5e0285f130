// Same-event suggestions, stored per workspace: recomputed (packages/core/src/grouping) from the
// open claim suggestions when articles are imported or suggestions refreshed, never on read. A
// group is known by its member sentences (article and position), so it keeps its id across
// recomputation, and a dismissed group stays dismissed: a recomputed group whose members all lie
// in a dismissed one is not proposed again.
import { createHash } from "node:crypto";
import {
  type GroupCandidate,
  groupEventCandidates,
  movedFromOrTo,
  normalizeName,
  siteKey,
} from "@kroscek/core";
import type { Db } from "@kroscek/db";
import type { EventKind, EventSuggestion } from "@kroscek/schema";
import { articleSuggestions, articles, entities, eventSuggestions, outlets } from "@kroscek/schema/tables";
import { and, eq, inArray, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import { iso } from "../lib/serialize";
import { outletOfArticle } from "./joins";

type Row = typeof eventSuggestions.$inferSelect;
/** A stored member: the contract's member plus the stable key it is recognised by. */
export type StoredMember = EventSuggestion["members"][number] & { key: string };

interface ClaimDetails {
  eventKind: EventKind;
  participants?: Array<{ entityId: string | null; name: string }>;
  place?: { entityId: string | null; name: string; position?: { start: number; end: number } } | null;
  date?: { text: string; interval: { start: string; end: string; precision: string } | null } | null;
}

export const memberKey = (articleId: string, start: number, end: number) => `${articleId}:${start}:${end}`;
const groupKey = (keys: string[]) =>
  createHash("sha256")
    .update([...keys].sort().join("\n"))
    .digest("hex");

/** Maps a stored row onto the contract (member keys stay inside). */
export const toEventSuggestion = (r: Row): EventSuggestion => ({
  id: r.id,
  status: r.status as EventSuggestion["status"],
  kind: r.kind as EventKind,
  title: r.title,
  score: r.score,
  reasons: r.reasons as EventSuggestion["reasons"],
  members: (r.members as StoredMember[]).map(({ key: _key, ...m }) => m),
  eventId: r.eventId,
  version: r.version,
  createdAt: iso(r.createdAt),
  updatedAt: iso(r.updatedAt),
});

/** The workspace's open claim suggestions with their article and outlet, as grouping candidates. */
async function loadCandidates(tx: Db, workspaceId: string) {
  const rows = await tx
    .select({
      s: articleSuggestions,
      outletId: articles.outletId,
      outletName: outlets.name,
      title: articles.title,
    })
    .from(articleSuggestions)
    .innerJoin(
      articles,
      and(
        eq(articles.workspaceId, articleSuggestions.workspaceId),
        eq(articles.id, articleSuggestions.articleId),
      ),
    )
    .innerJoin(outlets, outletOfArticle)
    .where(
      and(
        eq(articleSuggestions.workspaceId, workspaceId),
        eq(articleSuggestions.kind, "claim"),
        eq(articleSuggestions.status, "open"),
      ),
    );
  const ids = new Set<string>();
  for (const { s } of rows) {
    const d = s.details as ClaimDetails;
    for (const p of d.participants ?? []) if (p.entityId) ids.add(p.entityId);
    if (d.place?.entityId) ids.add(d.place.entityId);
  }
  const names = new Map<string, string>();
  if (ids.size)
    for (const e of await tx
      .select({ id: entities.id, name: entities.canonicalName })
      .from(entities)
      .where(and(eq(entities.workspaceId, workspaceId), inArray(entities.id, [...ids]))))
      names.set(e.id, e.name);
  // A site named in either language ("Gunung Ruang", "Mount Ruang") has one key.
  const ref = (p: { entityId: string | null; name: string }) => ({
    key: p.entityId ?? (siteKey(p.name) ? `site:${siteKey(p.name)}` : `name:${normalizeName(p.name)}`),
    name: (p.entityId && names.get(p.entityId)) || p.name,
  });
  const members = new Map<string, StoredMember>();
  const candidates: GroupCandidate[] = rows.map(({ s, outletId, outletName, title }) => {
    const d = s.details as ClaimDetails;
    const participants = (d.participants ?? []).map(ref);
    // A place named as where something was sent from or moved to is not where the event was.
    const at = d.place?.position ? d.place.position.start - s.positionStart : -1;
    const moved = d.place && at >= 0 && movedFromOrTo(s.quote, at);
    const place = d.place && !moved ? ref(d.place) : null;
    const date = d.date?.interval ?? null;
    const key = memberKey(s.articleId, s.positionStart, s.positionEnd);
    members.set(s.id, {
      key,
      suggestionId: s.id,
      articleId: s.articleId,
      outletId,
      outletName,
      articleTitle: title,
      quote: s.quote,
      position: { start: s.positionStart, end: s.positionEnd },
      date: date && d.date ? { text: d.date.text, ...date } : null,
      place: place?.name ?? null,
      participants: participants.map((p) => p.name),
    });
    return {
      id: s.id,
      key,
      articleId: s.articleId,
      outletId,
      kind: d.eventKind,
      text: s.quote,
      start: s.positionStart,
      participants,
      place,
      date,
    };
  });
  return { candidates, members };
}

/** Whether a stored group already holds these values (JSON order of keys aside). */
function sameValues(
  row: Row,
  v: { kind: string; title: string; score: number; reasons: unknown; members: StoredMember[] },
): boolean {
  const canon = (x: unknown): string =>
    JSON.stringify(x, (_k, val) =>
      val && typeof val === "object" && !Array.isArray(val)
        ? Object.fromEntries(Object.entries(val).sort(([a], [b]) => (a < b ? -1 : 1)))
        : val,
    );
  return (
    row.kind === v.kind &&
    row.title === v.title &&
    row.score === v.score &&
    canon(row.reasons) === canon(v.reasons) &&
    canon(row.members) === canon(v.members)
  );
}

/**
 * Recomputes the workspace's same-event suggestions: open groups are replaced (keeping the id of a
 * group with the same members), accepted and dismissed ones stay, and no group is proposed whose
 * members all lie in a dismissed or accepted one. Serialised per workspace by an advisory lock.
 */
export async function recomputeEventSuggestions(tx: Db, workspaceId: string): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`event-suggestions:${workspaceId}`}))`);
  const { candidates, members } = await loadCandidates(tx, workspaceId);
  const groups = groupEventCandidates(candidates);
  const existing = await tx
    .select()
    .from(eventSuggestions)
    .where(eq(eventSuggestions.workspaceId, workspaceId));
  const byKey = new Map(existing.map((r) => [r.key, r]));
  const decided = existing
    .filter((r) => r.status !== "open")
    .map((r) => ({ status: r.status, keys: new Set((r.members as StoredMember[]).map((m) => m.key)) }));
  const kept = new Set<string>();
  const fresh: Array<typeof eventSuggestions.$inferInsert> = [];
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const queue = [...groups];
  for (let gi = 0; gi < queue.length; gi++) {
    const g = queue[gi] as (typeof groups)[number];
    const list = g.members.map((id) => members.get(id) as StoredMember);
    const keys = list.map((m) => m.key);
    const key = groupKey(keys);
    const old = byKey.get(key);
    // Within a decided group no group of two or more is proposed again; its sentences still open
    // (those of a dismissed group, those left out of an accepted one) may be events of their own.
    const within =
      old && old.status !== "open"
        ? { status: old.status }
        : decided.find((d) => keys.length > 1 && keys.every((k) => d.keys.has(k)));
    if (within) {
      // Regrouped as before, the sentences of a dismissed group are proposed one by one.
      if (keys.length > 1)
        for (const id of g.members) queue.push(...groupEventCandidates([byId.get(id) as GroupCandidate]));
      continue;
    }
    const values = { kind: g.kind, title: g.title, score: g.score, reasons: g.reasons, members: list };
    kept.add(key);
    // Only groups that changed are written: an import rewrites the groups it touches, not all.
    if (old && sameValues(old, values)) continue;
    if (old)
      await tx
        .update(eventSuggestions)
        .set({ ...values, updatedAt: sql`now()` })
        .where(and(eq(eventSuggestions.workspaceId, workspaceId), eq(eventSuggestions.id, old.id)));
    else fresh.push({ workspaceId, id: uuidv7(), key, ...values });
  }
  for (let i = 0; i < fresh.length; i += 500)
    await tx.insert(eventSuggestions).values(fresh.slice(i, i + 500));
  const stale = existing.filter((r) => r.status === "open" && !kept.has(r.key)).map((r) => r.id);
  if (stale.length)
    await tx
      .delete(eventSuggestions)
      .where(and(eq(eventSuggestions.workspaceId, workspaceId), inArray(eventSuggestions.id, stale)));
  return kept.size;
}

/**
 * Proposes the sentences of a dismissed group one by one (each may still be an event only its
 * article reports), leaving every other group as it is, so lists already read stay valid. The next
 * recomputation proposes the same groups under the same ids.
 */
export async function proposeOneByOne(tx: Db, workspaceId: string, keys: readonly string[]): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`event-suggestions:${workspaceId}`}))`);
  const { candidates, members } = await loadCandidates(tx, workspaceId);
  const existing = await tx
    .select({ key: eventSuggestions.key, members: eventSuggestions.members, status: eventSuggestions.status })
    .from(eventSuggestions)
    .where(eq(eventSuggestions.workspaceId, workspaceId));
  const taken = new Set(
    existing
      .filter((r) => r.status === "open" || (r.members as StoredMember[]).length === 1)
      .flatMap((r) => (r.members as StoredMember[]).map((m) => m.key)),
  );
  const wanted = new Set(keys);
  for (const c of candidates) {
    if (!wanted.has(c.key) || taken.has(c.key)) continue;
    for (const g of groupEventCandidates([c])) {
      const list = g.members.map((id) => members.get(id) as StoredMember);
      await tx.insert(eventSuggestions).values({
        workspaceId,
        id: uuidv7(),
        key: groupKey(list.map((m) => m.key)),
        kind: g.kind,
        title: g.title,
        score: g.score,
        reasons: g.reasons,
        members: list,
      });
    }
  }
}

/** The workspace's same-event suggestions of one status (default open), best first. */
export async function listEventSuggestions(
  db: Db,
  workspaceId: string,
  status: EventSuggestion["status"] = "open",
): Promise<EventSuggestion[]> {
  const rows = await db
    .select()
    .from(eventSuggestions)
    .where(and(eq(eventSuggestions.workspaceId, workspaceId), eq(eventSuggestions.status, status)))
    .orderBy(sql`${eventSuggestions.score} desc`, eventSuggestions.id);
  return rows.map(toEventSuggestion);
}
