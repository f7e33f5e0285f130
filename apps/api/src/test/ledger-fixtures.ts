import {
  type Article,
  type Claim,
  ClaimSchema,
  type Entity,
  EntitySchema,
  ErrorEnvelopeSchema,
  type Event,
  EventSchema,
} from "@kroscek/schema";
import { systemActor } from "../services/actor";
import { importArticle } from "../services/article-import";
import type { TestServer } from "./harness";
import type { SeededWorkspace } from "./seed";

/** Test helpers shared by the ledger route tests (entities, events, claims, assertions). */
export const wsPath = (ws: SeededWorkspace, rest: string) => `/api/v1/workspaces/${ws.slug}/${rest}`;

/** The field paths of a 422 answer. */
export function issuePaths(body: unknown): string[] {
  const details = ErrorEnvelopeSchema.parse(body).error.details as { issues?: Array<{ path: string }> };
  return (details.issues ?? []).map((i) => i.path);
}

async function created<T>(s: TestServer, ws: SeededWorkspace, rest: string, body: unknown): Promise<T> {
  const res = await s.json<T>("POST", wsPath(ws, rest), ws.tokens.factchecker, body);
  if (res.status !== 201) throw new Error(`POST ${rest} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

export const addEntity = async (
  s: TestServer,
  ws: SeededWorkspace,
  canonicalName: string,
  kind = "person",
  aliases: string[] = [],
): Promise<Entity> => EntitySchema.parse(await created(s, ws, "entities", { canonicalName, kind, aliases }));

export const addEvent = async (
  s: TestServer,
  ws: SeededWorkspace,
  body: { kind?: string; title: string; placeEntityId?: string; participantIds?: string[] },
): Promise<Event> => EventSchema.parse(await created(s, ws, "events", { kind: "meeting", ...body }));

export const addClaim = async (
  s: TestServer,
  ws: SeededWorkspace,
  eventId: string,
  value: unknown,
  summary?: string,
): Promise<Claim> => ClaimSchema.parse(await created(s, ws, "claims", { eventId, value, summary }));

/** Stores an article directly (the articles route belongs to another part of the API). */
export async function addArticle(
  s: TestServer,
  ws: SeededWorkspace,
  input: { outlet?: string; body: string; title?: string; url?: string; publishedAt?: string },
): Promise<Pick<Article, "id" | "outletId">> {
  const { article } = await s.t.db.transaction((tx) => importArticle(tx, systemActor(ws.id), input));
  return { id: article.id, outletId: article.outletId };
}

/** Audit actions recorded for one target, oldest first. */
export async function auditActions(s: TestServer, ws: SeededWorkspace, targetId: string) {
  const rows = await s.t.db.query.auditEvents.findMany({
    where: (t, { and, eq }) => and(eq(t.workspaceId, ws.id), eq(t.targetId, targetId)),
    orderBy: (t, { asc }) => asc(t.id),
  });
  return rows;
}

/** Day-precision interval of a Jakarta calendar day. */
export const jakartaDay = (date: string) => {
  const start = new Date(`${date}T00:00:00+07:00`);
  return {
    start: start.toISOString(),
    end: new Date(start.getTime() + 86_400_000).toISOString(),
    precision: "day" as const,
  };
};
