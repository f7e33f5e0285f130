import type { ArticleListQuerySchema, ArticleSummarySchema } from "@kroscek/schema";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

export type ArticleSummary = ReturnType<typeof ArticleSummarySchema.parse>;
export type ArticleFilters = Partial<
  Pick<
    ReturnType<typeof ArticleListQuerySchema.parse>,
    "outletId" | "language" | "publishedFrom" | "publishedTo" | "q"
  >
>;

export const getArticles = (ws: string, filters: ArticleFilters, cursor?: string, signal?: AbortSignal) =>
  api.get("/api/v1/workspaces/{workspace}/articles", {
    path: { workspace: ws },
    query: { ...filters, cursor, limit: 50 },
    signal,
  });

export const articlesQueryOptions = (ws: string, filters: ArticleFilters) =>
  infiniteQueryOptions({
    queryKey: [...keys.articles(ws), "list", filters],
    queryFn: ({ pageParam, signal }) => getArticles(ws, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useArticles = (ws: string, filters: ArticleFilters) =>
  useInfiniteQuery(articlesQueryOptions(ws, filters));
