import type {
  AssertionCreateSchema,
  ClaimCreateSchema,
  Entity,
  EntityCreateSchema,
  EventCreateSchema,
} from "@kroscek/schema";
import { queryOptions, useQueries, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

type In<S extends { parse: (v: unknown) => unknown }> = ReturnType<S["parse"]>;
export type EventInput = Omit<In<typeof EventCreateSchema>, "participantIds"> & { participantIds?: string[] };
export type ClaimInput = Omit<In<typeof ClaimCreateSchema>, "summary"> & { summary?: string };
export type EntityInput = Omit<In<typeof EntityCreateSchema>, "aliases"> & { aliases?: string[] };
export type AssertionInput = In<typeof AssertionCreateSchema>;

export const getEvents = (ws: string, q: string, signal?: AbortSignal) =>
  api.get("/api/v1/workspaces/{workspace}/events", {
    path: { workspace: ws },
    query: { q: q || undefined, limit: 50 },
    signal,
  });
export const eventsQueryOptions = (ws: string, q: string) =>
  queryOptions({
    queryKey: [...keys.events(ws), "list", q],
    queryFn: ({ signal }) => getEvents(ws, q, signal),
    select: (p) => p.items,
    placeholderData: (prev) => prev,
  });
export const useEventOptions = (ws: string, q: string) => useQuery(eventsQueryOptions(ws, q));
export const createEvent = (ws: string, input: EventInput) =>
  api.post("/api/v1/workspaces/{workspace}/events", { path: { workspace: ws }, body: input });

export const getEventClaims = (ws: string, eventId: string, signal?: AbortSignal) =>
  api.get("/api/v1/workspaces/{workspace}/claims", {
    path: { workspace: ws },
    query: { eventId, limit: 200 },
    signal,
  });
export const eventClaimsQueryOptions = (ws: string, eventId: string) =>
  queryOptions({
    queryKey: [...keys.claims(ws), "event", eventId],
    queryFn: ({ signal }) => getEventClaims(ws, eventId, signal),
    select: (p) => p.items,
    enabled: Boolean(eventId),
  });
export const useEventClaims = (ws: string, eventId: string | null) =>
  useQuery(eventClaimsQueryOptions(ws, eventId ?? ""));
export const createClaim = (ws: string, input: ClaimInput) =>
  api.post("/api/v1/workspaces/{workspace}/claims", { path: { workspace: ws }, body: input });

/** Entities whose name or alias matches `name` after normalisation, plus those containing it. */
export async function findEntities(ws: string, name: string, signal?: AbortSignal): Promise<Entity[]> {
  const [resolved, listed] = await Promise.all([
    api.get("/api/v1/workspaces/{workspace}/entities/resolve", {
      path: { workspace: ws },
      query: { name },
      signal,
    }),
    api.get("/api/v1/workspaces/{workspace}/entities", {
      path: { workspace: ws },
      query: { q: name, limit: 20 },
      signal,
    }),
  ]);
  const seen = new Map<string, Entity>();
  for (const e of [...resolved.items, ...listed.items]) seen.set(e.id, e);
  return [...seen.values()];
}
export const entitySearchQueryOptions = (ws: string, name: string) =>
  queryOptions({
    queryKey: [...keys.entities(ws), "find", name],
    queryFn: ({ signal }) => findEntities(ws, name, signal),
    enabled: name.trim().length > 0,
    placeholderData: (prev) => prev,
  });
export const useEntitySearch = (ws: string, name: string) => useQuery(entitySearchQueryOptions(ws, name));
/** One entity by id (a picker preset by id, a suggestion naming a known entity). */
export const getEntity = (ws: string, id: string, signal?: AbortSignal) =>
  api.get("/api/v1/workspaces/{workspace}/entities/{id}", { path: { workspace: ws, id }, signal });
export const entityQueryOptions = (ws: string, id: string) =>
  queryOptions({
    queryKey: [...keys.entities(ws), "one", id],
    queryFn: ({ signal }) => getEntity(ws, id, signal),
    staleTime: 5 * 60_000,
  });
export const useEntity = (ws: string, id: string | null) =>
  useQuery({ ...entityQueryOptions(ws, id ?? ""), enabled: Boolean(id) });
/** Several entities by id, each cached on its own. */
export const useEntitiesById = (ws: string, ids: readonly string[]) =>
  useQueries({ queries: ids.map((id) => entityQueryOptions(ws, id)) });
export const createEntity = (ws: string, input: EntityInput) =>
  api.post("/api/v1/workspaces/{workspace}/entities", { path: { workspace: ws }, body: input });

export const createAssertion = (ws: string, input: AssertionInput) =>
  api.post("/api/v1/workspaces/{workspace}/assertions", { path: { workspace: ws }, body: input });
