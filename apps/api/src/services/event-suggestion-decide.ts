// Deciding a same-event suggestion: accepting creates the event (or extends the one named) and
// accepts every member sentence into it, one assertion per slot each states; dismissing keeps the
// group from being proposed again. Both are idempotent.
import type { Db } from "@kroscek/db";
import type {
  EventSuggestion,
  EventSuggestionAcceptResultSchema,
  EventSuggestionAcceptSchema,
} from "@kroscek/schema";
import { articleSuggestions, eventSuggestions } from "@kroscek/schema/tables";
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { ApiError, conflict, notFound } from "../lib/api-error";
import type { Actor } from "./actor";
import { audit } from "./audit";
import { unknownReference } from "./entity-store";
import { createEvent, getEvent } from "./event-store";
import { proposeOneByOne, type StoredMember, toEventSuggestion } from "./event-suggestion-store";
import { acceptSuggestion } from "./suggestion-accept";

type Result = z.output<typeof EventSuggestionAcceptResultSchema>;
type Row = typeof eventSuggestions.$inferSelect;

async function lockGroup(tx: Db, workspaceId: string, id: string): Promise<Row> {
  const [row] = await tx
    .select()
    .from(eventSuggestions)
    .where(and(eq(eventSuggestions.workspaceId, workspaceId), eq(eventSuggestions.id, id)))
    .for("update");
  if (!row) throw notFound("Event suggestion");
  return row;
}

/** The member's claim suggestion now (ids change when open suggestions are recomputed). */
async function currentSuggestionId(tx: Db, workspaceId: string, m: StoredMember): Promise<string | null> {
  const [row] = await tx
    .select({ id: articleSuggestions.id })
    .from(articleSuggestions)
    .where(
      and(
        eq(articleSuggestions.workspaceId, workspaceId),
        eq(articleSuggestions.articleId, m.articleId),
        eq(articleSuggestions.kind, "claim"),
        eq(articleSuggestions.positionStart, m.position.start),
        eq(articleSuggestions.positionEnd, m.position.end),
      ),
    );
  return row?.id ?? null;
}

/**
 * The event's participants: entity ids more than one outlet's sentences name, or, for an event only
 * one article reports, every entity its sentences name.
 */
function sharedParticipants(members: StoredMember[], ids: Map<string, string[]>): string[] {
  const byArticle = new Map<string, Set<string>>();
  for (const m of members) {
    const set = byArticle.get(m.articleId) ?? new Set<string>();
    for (const id of ids.get(m.suggestionId) ?? []) set.add(id);
    byArticle.set(m.articleId, set);
  }
  const counts = new Map<string, number>();
  for (const set of byArticle.values()) for (const id of set) counts.set(id, (counts.get(id) ?? 0) + 1);
  const least = byArticle.size > 1 ? 2 : 1;
  return [...counts].filter(([, n]) => n >= least).map(([id]) => id);
}

async function participantIdsOf(tx: Db, workspaceId: string, members: StoredMember[]) {
  const out = new Map<string, string[]>();
  for (const m of members) {
    const [row] = await tx
      .select({ details: articleSuggestions.details })
      .from(articleSuggestions)
      .where(and(eq(articleSuggestions.workspaceId, workspaceId), eq(articleSuggestions.id, m.suggestionId)));
    const list = (
      (row?.details as { participants?: Array<{ entityId: string | null }> })?.participants ?? []
    ).flatMap((p) => (p.entityId ? [p.entityId] : []));
    out.set(m.suggestionId, list);
  }
  return out;
}

/**
 * Accepts a same-event suggestion: the event is created (kind and title as proposed unless
 * corrected, participants those several members name) or the named one extended, then every member
 * not excluded is accepted into it. Members already in another event, or whose sentence states no
 * readable value, are left out and listed. Accepting again answers the same event and assertions.
 */
export async function acceptEventSuggestion(
  tx: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof EventSuggestionAcceptSchema>,
): Promise<Result> {
  const row = await lockGroup(tx, actor.workspaceId, id);
  const members = row.members as StoredMember[];
  const unknownExcluded = input.exclude.filter((x) => !members.some((m) => m.suggestionId === x));
  if (unknownExcluded.length)
    throw new ApiError("validation_failed", "exclude names suggestions that are not members", {
      issues: unknownExcluded.map((x) => ({
        path: "exclude",
        message: `${x} is not a member`,
        code: "not_member",
      })),
    });
  if (row.status === "accepted" && row.eventId && input.eventId && input.eventId !== row.eventId)
    throw conflict("The event suggestion was already accepted into another event", { eventId: row.eventId });
  let eventId = row.status === "accepted" ? row.eventId : null;
  if (!eventId && input.eventId) {
    try {
      eventId = (await getEvent(tx, actor.workspaceId, input.eventId)).id;
    } catch {
      throw unknownReference("eventId", "Event");
    }
  }
  if (!eventId) {
    const participantIds = sharedParticipants(
      members,
      await participantIdsOf(tx, actor.workspaceId, members),
    );
    eventId = (
      await createEvent(tx, actor, {
        kind: input.kind ?? (row.kind as EventSuggestion["kind"]),
        title: input.title ?? row.title,
        participantIds,
      })
    ).id;
  }
  const accepted: Result["accepted"] = [];
  const left: Result["left"] = [];
  for (const m of members) {
    if (input.exclude.includes(m.suggestionId)) {
      left.push({ suggestionId: m.suggestionId, reason: "excluded" });
      continue;
    }
    const suggestionId = (await currentSuggestionId(tx, actor.workspaceId, m)) ?? m.suggestionId;
    try {
      // A savepoint per member: one that cannot be accepted leaves nothing half-written.
      const { result } = await tx.transaction((sp) =>
        acceptSuggestion(sp, actor, m.articleId, suggestionId, { eventId: eventId as string }),
      );
      accepted.push({ suggestionId, assertions: result.assertions, skipped: result.skipped });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.code === "conflict") left.push({ suggestionId, reason: "other_event" });
      else if (error.code === "validation_failed") left.push({ suggestionId, reason: "unreadable" });
      else throw error;
    }
  }
  const first = row.status !== "accepted";
  // Nothing to record (every member left out, or none states a readable value): no empty event.
  if (first && accepted.length === 0)
    throw new ApiError("validation_failed", "No member of the group could be accepted", {
      issues: [
        { path: "exclude", message: "every member was left out or unreadable", code: "none_accepted" },
      ],
      left,
    });
  const [after] = await tx
    .update(eventSuggestions)
    .set({
      status: "accepted",
      eventId,
      ...(first
        ? { decidedBy: actor.userId, decidedAt: sql`now()`, version: sql`${eventSuggestions.version} + 1` }
        : {}),
      updatedAt: sql`now()`,
    })
    .where(and(eq(eventSuggestions.workspaceId, actor.workspaceId), eq(eventSuggestions.id, id)))
    .returning();
  if (!after) throw new Error("event suggestion vanished");
  // The sentences left out may be events of their own: proposed one by one.
  const leftKeys = members
    .filter((m) => left.some((l) => l.suggestionId === m.suggestionId))
    .map((m) => m.key);
  if (first && leftKeys.length) await proposeOneByOne(tx, actor.workspaceId, leftKeys);
  const eventSuggestion = toEventSuggestion(after);
  if (first)
    await audit(tx, actor, {
      action: "event_suggestion.accept",
      targetType: "event_suggestion",
      targetId: id,
      before: toEventSuggestion(row),
      after: { ...eventSuggestion, accepted: accepted.map((a) => a.suggestionId), left },
    });
  return { eventSuggestion, event: await getEvent(tx, actor.workspaceId, eventId), accepted, left };
}

/** Dismisses a same-event suggestion: it (and any group within its members) is not proposed again. */
export async function dismissEventSuggestion(tx: Db, actor: Actor, id: string): Promise<EventSuggestion> {
  const row = await lockGroup(tx, actor.workspaceId, id);
  if (row.status === "accepted")
    throw conflict("The event suggestion was accepted; delete the event's assertions instead", {
      eventId: row.eventId,
    });
  if (row.status === "dismissed") return toEventSuggestion(row);
  const [after] = await tx
    .update(eventSuggestions)
    .set({
      status: "dismissed",
      decidedBy: actor.userId,
      decidedAt: sql`now()`,
      version: sql`${eventSuggestions.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(eventSuggestions.workspaceId, actor.workspaceId), eq(eventSuggestions.id, id)))
    .returning();
  if (!after) throw new Error("event suggestion vanished");
  const result = toEventSuggestion(after);
  // Its sentences are not one event, but each may be an event of its own: proposed one by one.
  const keys = (row.members as StoredMember[]).map((m) => m.key);
  if (keys.length > 1) await proposeOneByOne(tx, actor.workspaceId, keys);
  await audit(tx, actor, {
    action: "event_suggestion.dismiss",
    targetType: "event_suggestion",
    targetId: id,
    before: toEventSuggestion(row),
    after: result,
  });
  return result;
}
