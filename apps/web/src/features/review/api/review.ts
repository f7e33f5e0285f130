import type { FlagKind, ReviewStatus } from "@kroscek/schema";
import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

export interface Decision {
  status: ReviewStatus;
  note: string;
  version: number;
}

export const getContradictions = (
  ws: string,
  status: ReviewStatus | null,
  cursor?: string,
  signal?: AbortSignal,
) =>
  api.get("/api/v1/workspaces/{workspace}/contradictions", {
    path: { workspace: ws },
    query: { status, cursor, limit: 50 },
    signal,
  });
export const contradictionsQueryOptions = (ws: string, status: ReviewStatus | null) =>
  infiniteQueryOptions({
    queryKey: [...keys.contradictions(ws), "queue", status],
    queryFn: ({ pageParam, signal }) => getContradictions(ws, status, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
export const useContradictions = (ws: string, status: ReviewStatus | null) =>
  useInfiniteQuery(contradictionsQueryOptions(ws, status));

export const reviewContradiction = (ws: string, id: string, d: Decision) =>
  api.patch("/api/v1/workspaces/{workspace}/contradictions/{id}", { path: { workspace: ws, id }, body: d });
export function useReviewContradiction(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: Decision }) =>
      reviewContradiction(ws, id, decision),
    onSuccess: () => void qc.invalidateQueries({ queryKey: keys.contradictions(ws) }),
  });
}

export interface FlagFilter {
  status: ReviewStatus | null;
  kind: FlagKind | null;
}
export const getFlags = (ws: string, f: FlagFilter, cursor?: string, signal?: AbortSignal) =>
  api.get("/api/v1/workspaces/{workspace}/flags", {
    path: { workspace: ws },
    query: { status: f.status, kind: f.kind, cursor, limit: 50 },
    signal,
  });
export const flagsQueryOptions = (ws: string, f: FlagFilter) =>
  infiniteQueryOptions({
    queryKey: [...keys.flags(ws), "list", f],
    queryFn: ({ pageParam, signal }) => getFlags(ws, f, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
export const useFlags = (ws: string, f: FlagFilter) => useInfiniteQuery(flagsQueryOptions(ws, f));

export const reviewFlag = (ws: string, id: string, d: Decision) =>
  api.patch("/api/v1/workspaces/{workspace}/flags/{id}", { path: { workspace: ws, id }, body: d });
export function useReviewFlag(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: Decision }) => reviewFlag(ws, id, decision),
    onSuccess: () => void qc.invalidateQueries({ queryKey: keys.flags(ws) }),
  });
}
