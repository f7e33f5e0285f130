import type { ArticleInput } from "@kroscek/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

/** Archives one article; the answer says whether it was new or an identical body already stored. */
export const createArticle = (ws: string, input: ArticleInput) =>
  api.post("/api/v1/workspaces/{workspace}/articles", { path: { workspace: ws }, body: input });

export function useCreateArticle(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ArticleInput) => createArticle(ws, input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: keys.articles(ws) });
      void qc.invalidateQueries({ queryKey: keys.outlets(ws) });
    },
  });
}
