import type { ArticleFromUrlInput, ArticleFromUrlResult } from "@kroscek/schema";
import { api, wsPath } from "@/lib/api-client";

/** Fetches and archives the page at a URL; the answer says whether it was new or already stored. */
export const archiveUrl = (ws: string, input: ArticleFromUrlInput) =>
  api.post<ArticleFromUrlResult>(wsPath(ws, "/articles/from-url"), input);
