import type {
  FlagView,
  Outlet,
  OutletAssertionsPage,
  OutletCopyGroup,
  ReliabilityHistoryEntrySchema,
} from "@kroscek/schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, wsPath } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

export type HistoryEntry = ReturnType<typeof ReliabilityHistoryEntrySchema.parse>;
type Page<T> = { items: T[]; nextCursor: string | null };
const outletKey = (ws: string, id: string) => [...keys.workspace(ws), "outlet", id] as const;

/** The outlet page reads its first pages only: 50 snapshots, assertions, flags and copy groups. */
export const LIMIT = 50;

export const outletQueryOptions = (ws: string, id: string) =>
  queryOptions({
    queryKey: [...outletKey(ws, id), "detail"],
    queryFn: ({ signal }) => api.get<Outlet>(wsPath(ws, `/outlets/${id}`), undefined, signal),
  });
export const useOutlet = (ws: string, id: string) => useQuery(outletQueryOptions(ws, id));

export const outletHistoryQueryOptions = (ws: string, id: string) =>
  queryOptions({
    queryKey: [...keys.workspace(ws), "reliability", "history", id],
    queryFn: ({ signal }) =>
      api.get<Page<HistoryEntry>>(wsPath(ws, `/outlets/${id}/reliability-history`), { limit: LIMIT }, signal),
    // Oldest first, as a time axis reads.
    select: (p) => [...p.items].reverse(),
  });
export const useOutletHistory = (ws: string, id: string) => useQuery(outletHistoryQueryOptions(ws, id));

export const useOutletAssertions = (ws: string, id: string) =>
  useQuery({
    queryKey: [...outletKey(ws, id), "assertions"],
    queryFn: ({ signal }) =>
      api.get<OutletAssertionsPage>(wsPath(ws, `/outlets/${id}/assertions`), { limit: LIMIT }, signal),
  });

export const useOutletFlags = (ws: string, id: string) =>
  useQuery({
    queryKey: [...outletKey(ws, id), "flags"],
    queryFn: ({ signal }) =>
      api.get<Page<FlagView>>(wsPath(ws, "/flags"), { outletId: id, limit: LIMIT }, signal),
    select: (p) => p.items,
  });

export const useOutletCopyGroups = (ws: string, id: string) =>
  useQuery({
    queryKey: [...outletKey(ws, id), "copy-groups"],
    queryFn: ({ signal }) =>
      api.get<Page<OutletCopyGroup>>(wsPath(ws, `/outlets/${id}/copy-groups`), { limit: LIMIT }, signal),
    select: (p) => p.items,
  });
