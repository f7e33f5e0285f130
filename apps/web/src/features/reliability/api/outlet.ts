import type { ReliabilityHistoryEntrySchema } from "@kroscek/schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

export type HistoryEntry = ReturnType<typeof ReliabilityHistoryEntrySchema.parse>;
const outletKey = (ws: string, id: string) => [...keys.workspace(ws), "outlet", id] as const;

/** The outlet page reads its first pages only: 50 snapshots, assertions, flags and copy groups. */
export const LIMIT = 50;

export const outletQueryOptions = (ws: string, id: string) =>
  queryOptions({
    queryKey: [...outletKey(ws, id), "detail"],
    queryFn: ({ signal }) =>
      api.get("/api/v1/workspaces/{workspace}/outlets/{id}", { path: { workspace: ws, id }, signal }),
  });
export const useOutlet = (ws: string, id: string) => useQuery(outletQueryOptions(ws, id));

export const outletHistoryQueryOptions = (ws: string, id: string) =>
  queryOptions({
    queryKey: [...keys.workspace(ws), "reliability", "history", id],
    queryFn: ({ signal }) =>
      api.get("/api/v1/workspaces/{workspace}/outlets/{id}/reliability-history", {
        path: { workspace: ws, id },
        query: { limit: LIMIT },
        signal,
      }),
    // Oldest first, as a time axis reads.
    select: (p) => [...p.items].reverse(),
  });
export const useOutletHistory = (ws: string, id: string) => useQuery(outletHistoryQueryOptions(ws, id));

export const useOutletAssertions = (ws: string, id: string) =>
  useQuery({
    queryKey: [...outletKey(ws, id), "assertions"],
    queryFn: ({ signal }) =>
      api.get("/api/v1/workspaces/{workspace}/outlets/{id}/assertions", {
        path: { workspace: ws, id },
        query: { limit: LIMIT },
        signal,
      }),
  });

export const useOutletFlags = (ws: string, id: string) =>
  useQuery({
    queryKey: [...outletKey(ws, id), "flags"],
    queryFn: ({ signal }) =>
      api.get("/api/v1/workspaces/{workspace}/flags", {
        path: { workspace: ws },
        query: { outletId: id, limit: LIMIT },
        signal,
      }),
    select: (p) => p.items,
  });

export const useOutletCopyGroups = (ws: string, id: string) =>
  useQuery({
    queryKey: [...outletKey(ws, id), "copy-groups"],
    queryFn: ({ signal }) =>
      api.get("/api/v1/workspaces/{workspace}/outlets/{id}/copy-groups", {
        path: { workspace: ws, id },
        query: { limit: LIMIT },
        signal,
      }),
    select: (p) => p.items,
  });
