import type { AuditEvent, ClaimAssertions } from "@kroscek/schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, wsPath } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

export const getClaimAssertions = (ws: string, id: string, signal?: AbortSignal) =>
  api.get<ClaimAssertions>(wsPath(ws, `/claims/${id}/assertions`), undefined, signal);
export const claimAssertionsQueryOptions = (ws: string, id: string) =>
  queryOptions({
    queryKey: [...keys.assertions(ws), "claim", id],
    queryFn: ({ signal }) => getClaimAssertions(ws, id, signal),
  });
export const useClaimAssertions = (ws: string, id: string) => useQuery(claimAssertionsQueryOptions(ws, id));

export const getClaimAudit = (ws: string, id: string, signal?: AbortSignal) =>
  api.get<{ items: AuditEvent[]; nextCursor: string | null }>(
    wsPath(ws, "/audit"),
    { targetType: "claim", targetId: id, limit: 100 },
    signal,
  );
export const claimAuditQueryOptions = (ws: string, id: string) =>
  queryOptions({
    queryKey: [...keys.audit(ws), "claim", id],
    queryFn: ({ signal }) => getClaimAudit(ws, id, signal),
    select: (p) => p.items,
  });
export const useClaimAudit = (ws: string, id: string) => useQuery(claimAuditQueryOptions(ws, id));
