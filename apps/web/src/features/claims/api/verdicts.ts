import type { AuditEvent, Verdict, VerdictScale } from "@kroscek/schema";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api, wsPath } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

const verdictKey = (ws: string) => [...keys.workspace(ws), "verdicts"] as const;

export const getVerdictScale = (ws: string, signal?: AbortSignal) =>
  api.get<VerdictScale>(wsPath(ws, "/verdict-scale"), undefined, signal);
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
    return await api.get<Verdict>(wsPath(ws, `/claims/${claimId}/verdict`), undefined, signal);
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
    mutationFn: (draft: VerdictDraft) => api.put<Verdict>(wsPath(ws, `/claims/${claimId}/verdict`), draft),
    onSuccess: invalidate,
  });
}

export function usePublishVerdict(ws: string, claimId: string) {
  const invalidate = useInvalidate(ws);
  return useMutation({
    mutationFn: (version: number) =>
      api.post<Verdict>(wsPath(ws, `/claims/${claimId}/verdict/publish`), { version }),
    onSuccess: invalidate,
  });
}

export const getVerdictAudit = (ws: string, verdictId: string, signal?: AbortSignal) =>
  api.get<{ items: AuditEvent[]; nextCursor: string | null }>(
    wsPath(ws, "/audit"),
    { targetType: "verdict", targetId: verdictId, limit: 100 },
    signal,
  );
export const verdictAuditQueryOptions = (ws: string, verdictId: string | undefined) =>
  queryOptions({
    queryKey: [...keys.audit(ws), "verdict", verdictId],
    queryFn: ({ signal }) => getVerdictAudit(ws, verdictId ?? "", signal),
    select: (p) => p.items,
    enabled: Boolean(verdictId),
  });
export const useVerdictAudit = (ws: string, verdictId: string | undefined) =>
  useQuery(verdictAuditQueryOptions(ws, verdictId));
