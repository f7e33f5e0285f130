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
import { queryRows } from "@kroscek/db";
import { type ClaimValue, DEFAULT_TIME_ZONE, type EventKind } from "@kroscek/schema";
import type { claims } from "@kroscek/schema/tables";
import { sql } from "drizzle-orm";
import { uuidArray } from "../lib/prepared";
import { fixedSql } from "./detection/fixed-sql";

type ClaimRow = typeof claims.$inferSelect;
export type SentenceLanguage = "id" | "en";

/** Everything sentences of some events need, loaded in one statement. */
export interface SentenceWorld {
  timeZone: string;
  context(eventId: string): SentenceContext;
}

function entityIdsOf(value: ClaimValue): string[] {
  if (value.slot === "place" || value.slot === "actor") return [value.entityId];
  if (value.slot === "participants") return value.entityIds;
  return [];
}

/** Events the caller has read already, with their participants (the event matrix reads its event first). */
export interface KnownEvents {
  events: ReadonlyArray<{ id: string; kind: EventKind; title: string }>;
  participants: ReadonlyArray<{ eventId: string; entityId: string }>;
}

/**
 * The workspace's time zone, the events with their participants, and every entity named (by a
 * value or as a participant) with its aliases: one statement of fixed text (the id lists are one
 * parameter each), built once.
 */
const worldStatement = fixedSql(
  ["value", "value", "value"],
  (workspaceId: string, readEvents: string, entityIds: string) =>
    sql`select
        (select w.time_zone from workspaces w where w.id = ${workspaceId}::uuid) as time_zone,
        coalesce((select json_agg(json_build_object('id', e.id, 'kind', e.kind, 'title', e.title,
                    'participants', array(select p.entity_id from event_participants p
                                           where p.workspace_id = e.workspace_id and p.event_id = e.id)))
                    from events e
                   where e.workspace_id = ${workspaceId}::uuid and e.id = any(${readEvents}::uuid[])),
                 '[]') as events,
        coalesce((select json_agg(json_build_object('id', n.id, 'canonical_name', n.canonical_name, 'kind', n.kind,
                    'aliases', array(select a.alias from entity_aliases a
                                      where a.workspace_id = n.workspace_id and a.entity_id = n.id)))
                    from entities n
                   where n.workspace_id = ${workspaceId}::uuid
                     -- One list of ids, so each entity is found by its key (an "or" of the two
                     -- lists would scan every entity of the workspace).
                     and n.id in (select unnest(${entityIds}::uuid[])
                                  union all
                                  select p.entity_id from event_participants p
                                   where p.workspace_id = ${workspaceId}::uuid
                                     and p.event_id = any(${readEvents}::uuid[]))),
                 '[]') as entities`,
);

/** Loads the events, participants and named entities of these claims. */
export async function loadSentenceWorld(
  db: Db,
  workspaceId: string,
  rows: ReadonlyArray<Pick<ClaimRow, "eventId" | "value">>,
  known?: KnownEvents,
): Promise<SentenceWorld> {
  const eventIds = [...new Set(rows.map((r) => r.eventId))];
  // Events the caller has read are not read again.
  const allKnown = known !== undefined && eventIds.every((id) => known.events.some((e) => e.id === id));
  const readEvents = allKnown ? [] : eventIds;
  const entityIds = [
    ...new Set([
      ...(allKnown ? known.participants.map((p) => p.entityId) : []),
      ...rows.flatMap((r) => entityIdsOf(r.value as ClaimValue)),
    ]),
  ];
  // One statement: the workspace's time zone, the events with their participants, and every
  // entity named (by a value or as a participant) with its aliases.
  const [world] = await queryRows<{
    time_zone: string | null;
    events: Array<{ id: string; kind: EventKind; title: string; participants: string[] }>;
    entities: Array<{ id: string; canonical_name: string; kind: NamedEntity["kind"]; aliases: string[] }>;
  }>(db, worldStatement(workspaceId, uuidArray(readEvents), uuidArray(entityIds)));
  const eventRows = allKnown
    ? known.events
    : (world?.events ?? []).map((e) => ({ id: e.id, kind: e.kind, title: e.title }));
  const participantRows = allKnown
    ? known.participants
    : (world?.events ?? []).flatMap((e) => e.participants.map((entityId) => ({ eventId: e.id, entityId })));
  const entityRows = (world?.entities ?? []).map((e) => ({
    id: e.id,
    canonicalName: e.canonical_name,
    kind: e.kind,
  }));
  const aliasRows = (world?.entities ?? []).flatMap((e) =>
    e.aliases.map((alias) => ({ entityId: e.id, alias })),
  );
  const ws = world?.time_zone ? { timeZone: world.time_zone } : undefined;
  const aliasesOf = new Map<string, string[]>();
  for (const a of aliasRows) {
    const list = aliasesOf.get(a.entityId);
    if (list) list.push(a.alias);
    else aliasesOf.set(a.entityId, [a.alias]);
  }
  const named = new Map<string, NamedEntity>();
  for (const e of entityRows) {
    named.set(e.id, {
      canonicalName: e.canonicalName,
      kind: e.kind,
      aliases: [...(aliasesOf.get(e.id) ?? [])],
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
  // Each event's context is made once: every claim of the event is said in both languages.
  const contexts = new Map<string, SentenceContext>();
  const entity = (id: string) => named.get(id);
  return {
    timeZone,
    context: (eventId) => {
      let ctx = contexts.get(eventId);
      if (!ctx) {
        const ev = byEvent.get(eventId);
        ctx = {
          event: { kind: ev?.kind ?? "other", title: ev?.title ?? "", participants: participants(eventId) },
          entity,
          timeZone,
        };
        contexts.set(eventId, ctx);
      }
      return ctx;
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
