import type { Article } from "@kroscek/schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, wsPath } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

export const getArticle = (ws: string, id: string, signal?: AbortSignal) =>
  api.get<Article>(wsPath(ws, `/articles/${id}`), undefined, signal);

export const articleQueryOptions = (ws: string, id: string) =>
  queryOptions({
    queryKey: [...keys.articles(ws), "one", id],
    queryFn: ({ signal }) => getArticle(ws, id, signal),
  });

export const useArticle = (ws: string, id: string) => useQuery(articleQueryOptions(ws, id));
