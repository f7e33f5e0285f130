import type { ContradictionView, Event, EventMatrix } from "@kroscek/schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, wsPath } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

type Page<T> = { items: T[]; nextCursor: string | null };

export const getEvents = (ws: string, q: string, signal?: AbortSignal) =>
  api.get<Page<Event>>(wsPath(ws, "/events"), { q: q || undefined, limit: 200 }, signal);
export const eventListQueryOptions = (ws: string, q: string) =>
  queryOptions({
    queryKey: [...keys.events(ws), "list", q],
    queryFn: ({ signal }) => getEvents(ws, q, signal),
    placeholderData: (prev) => prev,
  });
export const useEventList = (ws: string, q: string) => useQuery(eventListQueryOptions(ws, q));

export const getEventMatrix = (ws: string, id: string, signal?: AbortSignal) =>
  api.get<EventMatrix>(wsPath(ws, `/events/${id}/matrix`), undefined, signal);
export const eventMatrixQueryOptions = (ws: string, id: string) =>
  queryOptions({
    // Under the assertions key: recording an assertion changes the matrix.
    queryKey: [...keys.assertions(ws), "matrix", id],
    queryFn: ({ signal }) => getEventMatrix(ws, id, signal),
  });
export const useEventMatrix = (ws: string, id: string) => useQuery(eventMatrixQueryOptions(ws, id));

/** The event's contradictions, dismissed ones included so the matrix can say they were reviewed. */
export const getEventContradictions = (ws: string, eventId: string, signal?: AbortSignal) =>
  api.get<Page<ContradictionView>>(wsPath(ws, "/contradictions"), { eventId, limit: 200 }, signal);
export const eventContradictionsQueryOptions = (ws: string, eventId: string) =>
  queryOptions({
    queryKey: [...keys.contradictions(ws), "event", eventId],
    queryFn: ({ signal }) => getEventContradictions(ws, eventId, signal),
    select: (p) => p.items,
  });
export const useEventContradictions = (ws: string, eventId: string) =>
  useQuery(eventContradictionsQueryOptions(ws, eventId));
