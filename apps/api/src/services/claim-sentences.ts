// Claims in words: the generated sentence of each claim (core) from its event, the entities it
// names and the workspace's time zone, replaced per language by the fact-checker's wording.
import {
  claimSentence,
  eventSentence,
  type NamedEntity,
  type SentenceContext,
  type SentenceOptions,
} from "@kroscek/core";
import type { Db } from "@kroscek/db";
import { type ClaimValue, DEFAULT_TIME_ZONE, type EventKind } from "@kroscek/schema";
import {
  type claims,
  entities,
  entityAliases,
  eventParticipants,
  events,
  workspaces,
} from "@kroscek/schema/tables";
import { and, eq, inArray } from "drizzle-orm";

type ClaimRow = typeof claims.$inferSelect;
export type SentenceLanguage = "id" | "en";

/** Everything sentences of some events need, loaded in four queries. */
export interface SentenceWorld {
  timeZone: string;
  context(eventId: string): SentenceContext;
}

function entityIdsOf(value: ClaimValue): string[] {
  if (value.slot === "place" || value.slot === "actor") return [value.entityId];
  if (value.slot === "participants") return value.entityIds;
  return [];
}

/** Loads the events, participants and named entities of these claims. */
/** Events the caller has read already, with their participants (the event matrix reads its event first). */
export interface KnownEvents {
  events: ReadonlyArray<{ id: string; kind: EventKind; title: string }>;
  participants: ReadonlyArray<{ eventId: string; entityId: string }>;
}

export async function loadSentenceWorld(
  db: Db,
  workspaceId: string,
  rows: ReadonlyArray<Pick<ClaimRow, "eventId" | "value">>,
  known?: KnownEvents,
): Promise<SentenceWorld> {
  const eventIds = [...new Set(rows.map((r) => r.eventId))];
  const wsQuery = db
    .select({ timeZone: workspaces.timeZone })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  const allKnown = known !== undefined && eventIds.every((id) => known.events.some((e) => e.id === id));
  // Independent reads are sent together: on PostgreSQL they share the round trip. Events the
  // caller has read are not read again, and the workspace is then read with the entities.
  const [eventRows, participantRows] = allKnown
    ? [known.events, known.participants]
    : await Promise.all([
        eventIds.length
          ? db
              .select({ id: events.id, kind: events.kind, title: events.title })
              .from(events)
              .where(and(eq(events.workspaceId, workspaceId), inArray(events.id, eventIds)))
          : [],
        eventIds.length
          ? db
              .select({ eventId: eventParticipants.eventId, entityId: eventParticipants.entityId })
              .from(eventParticipants)
              .where(
                and(
                  eq(eventParticipants.workspaceId, workspaceId),
                  inArray(eventParticipants.eventId, eventIds),
                ),
              )
          : [],
      ]);
  const entityIds = [
    ...new Set([
      ...participantRows.map((p) => p.entityId),
      ...rows.flatMap((r) => entityIdsOf(r.value as ClaimValue)),
    ]),
  ];
  const [[ws], entityRows, aliasRows] = await Promise.all([
    wsQuery,
    entityIds.length
      ? db
          .select({ id: entities.id, canonicalName: entities.canonicalName, kind: entities.kind })
          .from(entities)
          .where(and(eq(entities.workspaceId, workspaceId), inArray(entities.id, entityIds)))
      : [],
    entityIds.length
      ? db
          .select({ entityId: entityAliases.entityId, alias: entityAliases.alias })
          .from(entityAliases)
          .where(and(eq(entityAliases.workspaceId, workspaceId), inArray(entityAliases.entityId, entityIds)))
      : [],
  ]);
  const named = new Map<string, NamedEntity>();
  for (const e of entityRows) {
    named.set(e.id, {
      canonicalName: e.canonicalName,
      kind: e.kind,
      aliases: aliasRows.filter((a) => a.entityId === e.id).map((a) => a.alias),
    });
  }
  const timeZone = ws?.timeZone ?? DEFAULT_TIME_ZONE;
  const byEvent = new Map(eventRows.map((e) => [e.id, e]));
  // Participants in a stable order (entity ids are time-ordered: the order they were recorded in),
  // so a sentence does not change between reads.
  const participants = (eventId: string) =>
    participantRows
      .filter((p) => p.eventId === eventId)
      .sort((a, b) => a.entityId.localeCompare(b.entityId))
      .map((p) => named.get(p.entityId))
      .filter((e): e is NamedEntity => Boolean(e));
  return {
    timeZone,
    context: (eventId) => {
      const ev = byEvent.get(eventId);
      return {
        event: { kind: ev?.kind ?? "other", title: ev?.title ?? "", participants: participants(eventId) },
        entity: (id) => named.get(id),
        timeZone,
      };
    },
  };
}

/** The generated sentence of a claim in both languages. */
export function generatedSentences(world: SentenceWorld, row: Pick<ClaimRow, "eventId" | "value">) {
  const ctx = world.context(row.eventId);
  const value = row.value as ClaimValue;
  return { id: claimSentence(ctx, value, "id"), en: claimSentence(ctx, value, "en") };
}

/** A claim's sentence: the fact-checker's wording where given, else the generated one. */
export function claimSentences(world: SentenceWorld, row: ClaimRow) {
  const generated = generatedSentences(world, row);
  return { id: row.sentenceId ?? generated.id, en: row.sentenceEn ?? generated.en };
}

/**
 * The words of several claims of one event rated together, in one language, for a given length
 * budget (`opts.compact`). A single claim with the fact-checker's wording keeps that wording.
 */
export function sentenceOfClaims(
  world: SentenceWorld,
  rows: ClaimRow[],
  lang: SentenceLanguage,
  opts: SentenceOptions = {},
): string {
  const [only] = rows;
  if (!only) return "";
  if (rows.length === 1) {
    const override = lang === "id" ? only.sentenceId : only.sentenceEn;
    if (override) return override;
    return claimSentence(world.context(only.eventId), only.value as ClaimValue, lang, opts);
  }
  return eventSentence(
    world.context(only.eventId),
    rows.map((r) => r.value as ClaimValue),
    lang,
    opts,
  );
}
