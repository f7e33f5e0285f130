import type {
  Stance,
  Suggestion,
  SuggestionAcceptResultSchema,
  SuggestionAcceptSchema,
  SuggestionRefreshResultSchema,
} from "@kroscek/schema";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  type ClaimTarget,
  invalidateAfterAssertionWrite,
  resolveClaim,
} from "@/features/assertions/api/record-assertion";
import { api } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

export type SuggestionAcceptInput = Partial<ReturnType<typeof SuggestionAcceptSchema.parse>>;
export type SuggestionAcceptResult = ReturnType<typeof SuggestionAcceptResultSchema.parse>;
export type SuggestionRefreshResult = ReturnType<typeof SuggestionRefreshResultSchema.parse>;

/** Every stored suggestion of an article, in text order, with counts per kind. */
export const getSuggestions = (ws: string, articleId: string, signal?: AbortSignal) =>
  api.get("/api/v1/workspaces/{workspace}/articles/{id}/suggestions", {
    path: { workspace: ws, id: articleId },
    signal,
  });

export const suggestionsQueryOptions = (ws: string, articleId: string) =>
  queryOptions({
    queryKey: [...keys.suggestions(ws), "article", articleId],
    queryFn: ({ signal }) => getSuggestions(ws, articleId, signal),
  });

export const useArticleSuggestions = (ws: string, articleId: string) =>
  useQuery(suggestionsQueryOptions(ws, articleId));

/** Recomputes the article's suggestions: open ones are replaced, accepted ones kept. */
export const refreshSuggestions = (ws: string, articleId: string) =>
  api.post("/api/v1/workspaces/{workspace}/articles/{id}/suggestions/refresh", {
    path: { workspace: ws, id: articleId },
  });

export function useRefreshSuggestions(ws: string, articleId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => refreshSuggestions(ws, articleId),
    onSuccess: ({ replaced: _replaced, ...fresh }) => {
      qc.setQueryData(suggestionsQueryOptions(ws, articleId).queryKey, fresh);
    },
  });
}

export const acceptSuggestion = (
  ws: string,
  articleId: string,
  suggestionId: string,
  input: SuggestionAcceptInput,
) =>
  api.post("/api/v1/workspaces/{workspace}/articles/{id}/suggestions/{suggestionId}/accept", {
    path: { workspace: ws, id: articleId, suggestionId },
    body: input,
  });

export interface AcceptInput {
  suggestionId: string;
  /** The claim the quote asserts; a new event or claim is created first. */
  target: ClaimTarget;
  stance: Stance;
  attribution: NonNullable<SuggestionAcceptInput["attribution"]>;
  note: string | null;
}

/** Accepts a suggestion as an assertion of the chosen claim; the reader then shows the assertion. */
export function useAcceptSuggestion(ws: string, articleId: string) {
  const qc = useQueryClient();
  const key = suggestionsQueryOptions(ws, articleId).queryKey;
  return useMutation({
    mutationFn: async ({ suggestionId, target, stance, attribution, note }: AcceptInput) => {
      const { claimId } = await resolveClaim(ws, target);
      return acceptSuggestion(ws, articleId, suggestionId, { claimId, stance, attribution, note });
    },
    onSuccess: ({ suggestion }) => {
      qc.setQueryData(key, (old) => old && { ...old, items: replaceSuggestion(old.items, suggestion) });
    },
    onSettled: () => {
      invalidateAfterAssertionWrite(qc, ws);
      void qc.invalidateQueries({ queryKey: keys.suggestions(ws) });
    },
  });
}

const replaceSuggestion = (items: Suggestion[], next: Suggestion) =>
  items.map((s) => (s.id === next.id ? next : s));

/** Accepts a claim suggestion's whole sentence into an event: one assertion per slot it states. */
export function useAcceptSentence(ws: string, articleId: string) {
  const qc = useQueryClient();
  const key = suggestionsQueryOptions(ws, articleId).queryKey;
  return useMutation({
    mutationFn: ({ suggestionId, input }: { suggestionId: string; input: SuggestionAcceptInput }) =>
      acceptSuggestion(ws, articleId, suggestionId, input),
    onSuccess: ({ suggestion }) => {
      qc.setQueryData(key, (old) => old && { ...old, items: replaceSuggestion(old.items, suggestion) });
    },
    onSettled: () => {
      invalidateAfterAssertionWrite(qc, ws);
      void qc.invalidateQueries({ queryKey: keys.suggestions(ws) });
      void qc.invalidateQueries({ queryKey: keys.events(ws) });
    },
  });
}
