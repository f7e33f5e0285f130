import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

export const feedsQueryOptions = (ws: string) =>
  queryOptions({
    queryKey: keys.feeds(ws),
    queryFn: ({ signal }) =>
      api.get("/api/v1/workspaces/{workspace}/feeds", { path: { workspace: ws }, signal }),
    select: (r) => r.items,
    // The list shows each feed's last poll and next poll: keep it fresh while open.
    refetchInterval: 15_000,
  });

export const useFeeds = (ws: string) => useQuery(feedsQueryOptions(ws));

export function useFeedMutations(ws: string) {
  const qc = useQueryClient();
  const refresh = () => void qc.invalidateQueries({ queryKey: keys.feeds(ws) });
  return {
    follow: useMutation({
      mutationFn: (url: string) =>
        api.post("/api/v1/workspaces/{workspace}/feeds", { path: { workspace: ws }, body: { url } }),
      onSuccess: refresh,
    }),
    setActive: useMutation({
      mutationFn: (f: { id: string; active: boolean; version: number }) =>
        api.patch("/api/v1/workspaces/{workspace}/feeds/{id}", {
          path: { workspace: ws, id: f.id },
          body: { active: f.active, version: f.version },
        }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) =>
        api.delete("/api/v1/workspaces/{workspace}/feeds/{id}", { path: { workspace: ws, id } }),
      onSuccess: refresh,
    }),
  };
}
