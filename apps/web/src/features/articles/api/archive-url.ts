import type { ArticleFromUrlInput } from "@kroscek/schema";
import { api } from "@/lib/api-client";

/** Fetches and archives the page at a URL; the answer says whether it was new or already stored. */
export const archiveUrl = (ws: string, input: ArticleFromUrlInput) =>
  api.post("/api/v1/workspaces/{workspace}/articles/from-url", { path: { workspace: ws }, body: input });
