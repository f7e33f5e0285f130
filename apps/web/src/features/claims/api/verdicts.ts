import type { Verdict } from "@kroscek/schema";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

const verdictKey = (ws: string) => [...keys.workspace(ws), "verdicts"] as const;

export const getVerdictScale = (ws: string, signal?: AbortSignal) =>
  api.get("/api/v1/workspaces/{workspace}/verdict-scale", { path: { workspace: ws }, signal });
export const verdictScaleQueryOptions = (ws: string) =>
  queryOptions({
    queryKey: [...verdictKey(ws), "scale"],
    queryFn: ({ signal }) => getVerdictScale(ws, signal),
    staleTime: 10 * 60_000,
  });
export const useVerdictScale = (ws: string) => useQuery(verdictScaleQueryOptions(ws));

/** The claim's verdict, or null while none has been drafted (the API answers 404). */
export async function getVerdict(ws: string, claimId: string, signal?: AbortSignal): Promise<Verdict | null> {
  try {
    return await api.get("/api/v1/workspaces/{workspace}/claims/{id}/verdict", {
      path: { workspace: ws, id: claimId },
      signal,
    });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
export const verdictQueryOptions = (ws: string, claimId: string) =>
  queryOptions({
    queryKey: [...verdictKey(ws), claimId],
    queryFn: ({ signal }) => getVerdict(ws, claimId, signal),
  });
export const useVerdict = (ws: string, claimId: string) => useQuery(verdictQueryOptions(ws, claimId));

export interface VerdictDraft {
  ratingKey: string;
  rationale: string;
  evidence: Array<{ url: string; title?: string }>;
  url?: string | null;
  version?: number;
}

function useInvalidate(ws: string) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: verdictKey(ws) });
    void qc.invalidateQueries({ queryKey: keys.audit(ws) });
  };
}

export function useDraftVerdict(ws: string, claimId: string) {
  const invalidate = useInvalidate(ws);
  return useMutation({
    mutationFn: (draft: VerdictDraft) =>
      api.put("/api/v1/workspaces/{workspace}/claims/{id}/verdict", {
        path: { workspace: ws, id: claimId },
        body: draft,
      }),
    onSuccess: invalidate,
  });
}

/** Publishes the draft or next revision the caller read (it replaces the published one). */
export function usePublishVerdict(ws: string) {
  const invalidate = useInvalidate(ws);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api.post("/api/v1/workspaces/{workspace}/verdicts/{id}/publish", {
        path: { workspace: ws, id },
        body: { version },
      }),
    onSuccess: invalidate,
  });
}

/** Retracts a published verdict with a reason (editors). */
export function useRetractVerdict(ws: string) {
  const invalidate = useInvalidate(ws);
  return useMutation({
    mutationFn: ({ id, version, reason }: { id: string; version: number; reason: string }) =>
      api.post("/api/v1/workspaces/{workspace}/verdicts/{id}/retract", {
        path: { workspace: ws, id },
        body: { version, reason },
      }),
    onSuccess: invalidate,
  });
}

export const verdictRevisionsQueryOptions = (ws: string, verdictId: string | undefined) =>
  queryOptions({
    queryKey: [...verdictKey(ws), "revisions", verdictId],
    queryFn: ({ signal }) =>
      api.get("/api/v1/workspaces/{workspace}/verdicts/{id}/revisions", {
        path: { workspace: ws, id: verdictId ?? "" },
        signal,
      }),
    select: (p) => p.items,
    enabled: Boolean(verdictId),
  });
export const useVerdictRevisions = (ws: string, verdictId: string | undefined) =>
  useQuery(verdictRevisionsQueryOptions(ws, verdictId));

export const getVerdictAudit = (ws: string, verdictId: string, signal?: AbortSignal) =>
  api.get("/api/v1/workspaces/{workspace}/audit", {
    path: { workspace: ws },
    query: { targetType: "verdict", targetId: verdictId, limit: 100 },
    signal,
  });
export const verdictAuditQueryOptions = (ws: string, verdictId: string | undefined) =>
  queryOptions({
    queryKey: [...keys.audit(ws), "verdict", verdictId],
    queryFn: ({ signal }) => getVerdictAudit(ws, verdictId ?? "", signal),
    select: (p) => p.items,
    enabled: Boolean(verdictId),
  });
export const useVerdictAudit = (ws: string, verdictId: string | undefined) =>
  useQuery(verdictAuditQueryOptions(ws, verdictId));

/** Verdicts on an event as a whole. */
export const eventVerdictsQueryOptions = (ws: string, eventId: string) =>
  queryOptions({
    queryKey: [...verdictKey(ws), "event", eventId],
    queryFn: ({ signal }) =>
      api.get("/api/v1/workspaces/{workspace}/events/{id}/verdicts", {
        path: { workspace: ws, id: eventId },
        signal,
      }),
    select: (p) => p.items,
  });
export const useEventVerdicts = (ws: string, eventId: string) =>
  useQuery(eventVerdictsQueryOptions(ws, eventId));

export function useCreateEventVerdict(ws: string, eventId: string) {
  const invalidate = useInvalidate(ws);
  return useMutation({
    mutationFn: (draft: VerdictDraft & { claimIds: string[] }) =>
      api.post("/api/v1/workspaces/{workspace}/events/{id}/verdicts", {
        path: { workspace: ws, id: eventId },
        body: draft,
      }),
    onSuccess: invalidate,
  });
}
