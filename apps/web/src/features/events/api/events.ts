import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

export const getEvents = (ws: string, q: string, signal?: AbortSignal) =>
  api.get("/api/v1/workspaces/{workspace}/events", {
    path: { workspace: ws },
    query: { q: q || undefined, limit: 200 },
    signal,
  });
export const eventListQueryOptions = (ws: string, q: string) =>
  queryOptions({
    queryKey: [...keys.events(ws), "list", q],
    queryFn: ({ signal }) => getEvents(ws, q, signal),
    placeholderData: (prev) => prev,
  });
export const useEventList = (ws: string, q: string) => useQuery(eventListQueryOptions(ws, q));

export const getEventMatrix = (ws: string, id: string, signal?: AbortSignal) =>
  api.get("/api/v1/workspaces/{workspace}/events/{id}/matrix", { path: { workspace: ws, id }, signal });
export const eventMatrixQueryOptions = (ws: string, id: string) =>
  queryOptions({
    // Under the assertions key: recording an assertion changes the matrix.
    queryKey: [...keys.assertions(ws), "matrix", id],
    queryFn: ({ signal }) => getEventMatrix(ws, id, signal),
  });
export const useEventMatrix = (ws: string, id: string) => useQuery(eventMatrixQueryOptions(ws, id));

/** The event's contradictions, dismissed ones included so the matrix can say they were reviewed. */
export const getEventContradictions = (ws: string, eventId: string, signal?: AbortSignal) =>
  api.get("/api/v1/workspaces/{workspace}/contradictions", {
    path: { workspace: ws },
    query: { eventId, limit: 200 },
    signal,
  });
export const eventContradictionsQueryOptions = (ws: string, eventId: string) =>
  queryOptions({
    queryKey: [...keys.contradictions(ws), "event", eventId],
    queryFn: ({ signal }) => getEventContradictions(ws, eventId, signal),
    select: (p) => p.items,
  });
export const useEventContradictions = (ws: string, eventId: string) =>
  useQuery(eventContradictionsQueryOptions(ws, eventId));
