import type { EventSuggestionAcceptResultSchema, EventSuggestionAcceptSchema } from "@kroscek/schema";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { invalidateAfterAssertionWrite } from "@/features/assertions/api/record-assertion";
import { api } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

export type EventSuggestionAcceptInput = Partial<ReturnType<typeof EventSuggestionAcceptSchema.parse>>;
export type EventSuggestionAcceptResult = ReturnType<typeof EventSuggestionAcceptResultSchema.parse>;

const key = (ws: string) => [...keys.suggestions(ws), "events"] as const;

/** The open same-event suggestions, best first. */
export const getEventSuggestions = (ws: string, signal?: AbortSignal) =>
  api.get("/api/v1/workspaces/{workspace}/event-suggestions", { path: { workspace: ws }, signal });

export const eventSuggestionsQueryOptions = (ws: string) =>
  queryOptions({
    queryKey: key(ws),
    queryFn: ({ signal }) => getEventSuggestions(ws, signal),
    select: (r) => r.items,
  });

export const useEventSuggestions = (ws: string) => useQuery(eventSuggestionsQueryOptions(ws));

/** Creates the event (or extends one) and accepts every member not left out. */
export function useAcceptEventSuggestion(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: EventSuggestionAcceptInput }) =>
      api.post("/api/v1/workspaces/{workspace}/event-suggestions/{id}/accept", {
        path: { workspace: ws, id },
        body: input,
      }),
    onSettled: () => {
      invalidateAfterAssertionWrite(qc, ws);
      void qc.invalidateQueries({ queryKey: keys.suggestions(ws) });
      void qc.invalidateQueries({ queryKey: keys.events(ws) });
    },
  });
}

/** Dismisses a same-event suggestion: it is not proposed again. */
export function useDismissEventSuggestion(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post("/api/v1/workspaces/{workspace}/event-suggestions/{id}/dismiss", {
        path: { workspace: ws, id },
      }),
    onSettled: () => void qc.invalidateQueries({ queryKey: key(ws) }),
  });
}
