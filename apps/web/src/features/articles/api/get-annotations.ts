import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

/** Every assertion recorded in one article (an article rarely has more than a page of them). */
export const getArticleAssertions = (ws: string, articleId: string, signal?: AbortSignal) =>
  api.get("/api/v1/workspaces/{workspace}/assertions", {
    path: { workspace: ws },
    query: { articleId, limit: 200 },
    signal,
  });

export const articleAssertionsQueryOptions = (ws: string, articleId: string) =>
  queryOptions({
    queryKey: [...keys.assertions(ws), "article", articleId],
    queryFn: ({ signal }) => getArticleAssertions(ws, articleId, signal),
    select: (page) => page.items,
  });

export const useArticleAssertions = (ws: string, articleId: string) =>
  useQuery(articleAssertionsQueryOptions(ws, articleId));

export const getArticleFlags = (ws: string, articleId: string, signal?: AbortSignal) =>
  api.get("/api/v1/workspaces/{workspace}/flags", {
    path: { workspace: ws },
    query: { articleId, limit: 200 },
    signal,
  });

export const articleFlagsQueryOptions = (ws: string, articleId: string) =>
  queryOptions({
    queryKey: [...keys.flags(ws), "article", articleId],
    queryFn: ({ signal }) => getArticleFlags(ws, articleId, signal),
    select: (page) => page.items,
  });

export const useArticleFlags = (ws: string, articleId: string) =>
  useQuery(articleFlagsQueryOptions(ws, articleId));
