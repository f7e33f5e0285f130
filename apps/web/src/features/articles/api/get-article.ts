import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

export const getArticle = (ws: string, id: string, signal?: AbortSignal) =>
  api.get("/api/v1/workspaces/{workspace}/articles/{id}", { path: { workspace: ws, id }, signal });

export const articleQueryOptions = (ws: string, id: string) =>
  queryOptions({
    queryKey: [...keys.articles(ws), "one", id],
    queryFn: ({ signal }) => getArticle(ws, id, signal),
  });

export const useArticle = (ws: string, id: string) => useQuery(articleQueryOptions(ws, id));
