import { SearchPageSchema, SearchQuerySchema } from "@kroscek/schema";
import { jsonResponse, WsParams, workspaceRoute } from "../../lib/define-route";

export const searchRoute = workspaceRoute({
  operationId: "search",
  method: "get",
  path: "/api/v1/workspaces/{workspace}/search",
  tags: ["Search"],
  summary: "Full-text search over articles and claims",
  description:
    "Articles (title and body) are matched with the stemmer of their own language (Indonesian, English, " +
    "else no stemming), claim summaries with the Indonesian and English stemmers; `lang` restricts both " +
    "to one language. Results are ordered by `ts_rank`, best first. `snippet` is plain text, never HTML: " +
    "`highlights` gives the matched spans as code-point offsets into it (end exclusive). The cursor is an " +
    "offset into the ranking, so a page can shift when texts are added between requests.",
  permission: "read",
  request: { params: WsParams, query: SearchQuerySchema },
  responses: { 200: jsonResponse(SearchPageSchema, "A page of hits, best first") },
});
