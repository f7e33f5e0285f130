import type { Db } from "@kroscek/db";
import type { Event, EventCreateSchema, EventUpdateSchema } from "@kroscek/schema";
import { eventParticipants, events } from "@kroscek/schema/tables";
import { and, asc, desc, eq, exists, ilike, inArray, lt, type SQL, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import type { z } from "zod";
import { notFound } from "../lib/api-error";
import { pageFrom } from "../lib/pagination";
import { preparedRead } from "../lib/prepared";
import { iso } from "../lib/serialize";
import type { Actor } from "./actor";
import { audit } from "./audit";
import { requireEntities, unknownReference } from "./entity-store";
import { failStaleOrMissing } from "./versioned";

type EventRow = typeof events.$inferSelect;

const toEvent = (r: EventRow, participantIds: string[]): Event => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  description: r.description,
  placeEntityId: r.placeEntityId,
  participantIds,
  version: r.version,
  createdAt: iso(r.createdAt),
});

/** Participant ids per event, in entity creation order (ids are UUIDv7). */
async function participantsOf(db: Db, workspaceId: string, eventIds: string[]) {
  const out = new Map<string, string[]>();
  if (!eventIds.length) return out;
  const rows = await db
    .select()
    .from(eventParticipants)
    .where(and(eq(eventParticipants.workspaceId, workspaceId), inArray(eventParticipants.eventId, eventIds)))
    .orderBy(asc(eventParticipants.entityId));
  for (const r of rows) out.set(r.eventId, [...(out.get(r.eventId) ?? []), r.entityId]);
  return out;
}

async function withParticipants(db: Db, workspaceId: string, rows: EventRow[]): Promise<Event[]> {
  const parts = await participantsOf(
    db,
    workspaceId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toEvent(r, parts.get(r.id) ?? []));
}

/** Checks the place and participants exist in the workspace (422 naming the field otherwise). */
async function checkReferences(
  db: Db,
  workspaceId: string,
  input: { placeEntityId?: string | null | undefined; participantIds?: string[] | undefined },
) {
  const refs = (input.participantIds ?? []).map((id, i) => ({ path: `participantIds.${i}`, id }));
  if (input.placeEntityId) refs.unshift({ path: "placeEntityId", id: input.placeEntityId });
  await requireEntities(db, workspaceId, refs);
}

async function replaceParticipants(tx: Db, workspaceId: string, eventId: string, ids: string[]) {
  await tx
    .delete(eventParticipants)
    .where(and(eq(eventParticipants.workspaceId, workspaceId), eq(eventParticipants.eventId, eventId)));
  const unique = [...new Set(ids)];
  if (unique.length)
    await tx.insert(eventParticipants).values(unique.map((entityId) => ({ workspaceId, eventId, entityId })));
  return unique.sort();
}

/** Records an event with its participants. */
export async function createEvent(
  tx: Db,
  actor: Actor,
  input: z.output<typeof EventCreateSchema>,
): Promise<Event> {
  await checkReferences(tx, actor.workspaceId, input);
  const [row] = await tx
    .insert(events)
    .values({
      workspaceId: actor.workspaceId,
      id: uuidv7(),
      kind: input.kind,
      title: input.title,
      description: input.description ?? null,
      placeEntityId: input.placeEntityId ?? null,
    })
    .returning();
  if (!row) throw new Error("event insert returned nothing");
  const event = toEvent(row, await replaceParticipants(tx, actor.workspaceId, row.id, input.participantIds));
  await audit(tx, actor, { action: "event.create", targetType: "event", targetId: row.id, after: event });
  return event;
}

/**
 * One event's row with its participants' ids in entity creation order (ids are UUIDv7): one query,
 * built once.
 */
const eventWithParticipants = preparedRead((db) =>
  db
    .select({
      row: events,
      participantIds: sql<string[]>`coalesce((select json_agg(p.entity_id order by p.entity_id)
        from ${eventParticipants} p where p.workspace_id = ${events.workspaceId} and p.event_id = ${events.id}), '[]')`,
    })
    .from(events)
    .where(
      and(eq(events.workspaceId, sql.placeholder("workspaceId")), eq(events.id, sql.placeholder("eventId"))),
    ),
);

/** An event with its participants (one statement); 404 when it is not the workspace's. */
export async function getEventWithRow(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<{ event: Event; row: EventRow; participantIds: string[] }> {
  const [found] = await eventWithParticipants(db, { workspaceId, eventId: id });
  if (!found) throw notFound("Event");
  const { row, participantIds } = found;
  return { event: toEvent(row, participantIds), row, participantIds };
}

/** One event with its participant ids, or 404. */
export async function getEvent(db: Db, workspaceId: string, id: string): Promise<Event> {
  const [row] = await db
    .select()
    .from(events)
    .where(and(eq(events.workspaceId, workspaceId), eq(events.id, id)));
  if (!row) throw notFound("Event");
  return (await withParticipants(db, workspaceId, [row]))[0] as Event;
}

/** 422 naming `path` unless the event exists in the workspace (for event ids inside bodies). */
export async function requireEvent(db: Db, workspaceId: string, id: string, path: string): Promise<void> {
  const [row] = await db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.workspaceId, workspaceId), eq(events.id, id)));
  if (!row) throw unknownReference(path, "Event");
}

/** A page of events, newest first, filtered by kind, a participant entity or title text. */
export async function listEvents(
  db: Db,
  workspaceId: string,
  q: {
    cursor: string | null;
    limit: number;
    kind?: string | undefined;
    entityId?: string | undefined;
    text?: string | undefined;
  },
) {
  const where: SQL[] = [eq(events.workspaceId, workspaceId)];
  if (q.cursor) where.push(lt(events.id, q.cursor));
  if (q.kind) where.push(sql`${events.kind}::text = ${q.kind}`);
  if (q.text) where.push(ilike(events.title, `%${q.text.replace(/[%_\\]/g, "\\$&")}%`));
  if (q.entityId)
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(eventParticipants)
          .where(
            and(
              eq(eventParticipants.workspaceId, events.workspaceId),
              eq(eventParticipants.eventId, events.id),
              eq(eventParticipants.entityId, q.entityId),
            ),
          ),
      ),
    );
  const rows = await db
    .select()
    .from(events)
    .where(and(...where))
    .orderBy(desc(events.id))
    .limit(q.limit + 1);
  const page = pageFrom(rows, q.limit, (r) => r);
  return { items: await withParticipants(db, workspaceId, page.items), nextCursor: page.nextCursor };
}

/** Edits an event; `participantIds`, when sent, replaces the participant set. */
export async function updateEvent(
  tx: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof EventUpdateSchema>,
): Promise<Event> {
  const { version, participantIds, ...patch } = input;
  const before = await getEvent(tx, actor.workspaceId, id);
  await checkReferences(tx, actor.workspaceId, input);
  const [row] = await tx
    .update(events)
    .set({ ...patch, version: sql`${events.version} + 1` })
    .where(and(eq(events.workspaceId, actor.workspaceId), eq(events.id, id), eq(events.version, version)))
    .returning();
  if (!row) return failStaleOrMissing(tx, events, actor.workspaceId, id, "Event", version);
  const ids = participantIds
    ? await replaceParticipants(tx, actor.workspaceId, id, participantIds)
    : before.participantIds;
  const after = toEvent(row, ids);
  await audit(tx, actor, { action: "event.update", targetType: "event", targetId: id, before, after });
  return after;
}
