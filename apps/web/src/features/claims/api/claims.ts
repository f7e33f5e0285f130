import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ApiResponse, api } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

export const getClaimAssertions = (ws: string, id: string, signal?: AbortSignal) =>
  api.get("/api/v1/workspaces/{workspace}/claims/{id}/assertions", { path: { workspace: ws, id }, signal });
export const claimAssertionsQueryOptions = (ws: string, id: string) =>
  queryOptions({
    queryKey: [...keys.assertions(ws), "claim", id],
    queryFn: ({ signal }) => getClaimAssertions(ws, id, signal),
  });
export const useClaimAssertions = (ws: string, id: string) => useQuery(claimAssertionsQueryOptions(ws, id));

/** One entry of the workspace's audit trail, as the API answers it. */
export type AuditRecord = ApiResponse<"/api/v1/workspaces/{workspace}/audit", "get">["items"][number];

export const getClaimAudit = (ws: string, id: string, signal?: AbortSignal) =>
  api.get("/api/v1/workspaces/{workspace}/audit", {
    path: { workspace: ws },
    query: { targetType: "claim", targetId: id, limit: 100 },
    signal,
  });
export const claimAuditQueryOptions = (ws: string, id: string) =>
  queryOptions({
    queryKey: [...keys.audit(ws), "claim", id],
    queryFn: ({ signal }) => getClaimAudit(ws, id, signal),
    select: (p) => p.items,
  });
export const useClaimAudit = (ws: string, id: string) => useQuery(claimAuditQueryOptions(ws, id));

/** Saves the fact-checker's wording of a claim per language (null: back to the generated sentence). */
export function useUpdateClaimSentence(ws: string, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; sentence: { id: string | null; en: string | null } }) =>
      api.patch("/api/v1/workspaces/{workspace}/claims/{id}", { path: { workspace: ws, id }, body: input }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: keys.assertions(ws) });
      void qc.invalidateQueries({ queryKey: keys.claims(ws) });
      void qc.invalidateQueries({ queryKey: keys.audit(ws) });
    },
  });
}

/** The claims of an event (one page is plenty: an event has a handful of slots and values). */
export const eventClaimsQueryOptions = (ws: string, eventId: string) =>
  queryOptions({
    queryKey: [...keys.claims(ws), "event", eventId],
    queryFn: ({ signal }) =>
      api.get("/api/v1/workspaces/{workspace}/claims", {
        path: { workspace: ws },
        query: { eventId, limit: 100 },
        signal,
      }),
    select: (p) => p.items,
  });
export const useEventClaims = (ws: string, eventId: string) => useQuery(eventClaimsQueryOptions(ws, eventId));
