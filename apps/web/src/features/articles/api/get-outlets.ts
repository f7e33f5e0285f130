import type { Outlet } from "@kroscek/schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, wsPath } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

export const getOutlets = (ws: string, signal?: AbortSignal) =>
  api.get<{ items: Outlet[]; nextCursor: string | null }>(wsPath(ws, "/outlets"), { limit: 200 }, signal);

export const outletsQueryOptions = (ws: string) =>
  queryOptions({
    queryKey: [...keys.outlets(ws), "list"],
    queryFn: ({ signal }) => getOutlets(ws, signal),
    select: (page) => [...page.items].sort((a, b) => a.name.localeCompare(b.name)),
  });

export const useOutlets = (ws: string) => useQuery(outletsQueryOptions(ws));
