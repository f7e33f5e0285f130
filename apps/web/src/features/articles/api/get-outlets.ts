import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

export const getOutlets = (ws: string, signal?: AbortSignal) =>
  api.get("/api/v1/workspaces/{workspace}/outlets", {
    path: { workspace: ws },
    query: { limit: 200 },
    signal,
  });

export const outletsQueryOptions = (ws: string) =>
  queryOptions({
    queryKey: [...keys.outlets(ws), "list"],
    queryFn: ({ signal }) => getOutlets(ws, signal),
    select: (page) => [...page.items].sort((a, b) => a.name.localeCompare(b.name)),
  });

export const useOutlets = (ws: string) => useQuery(outletsQueryOptions(ws));
