import {
  ArticleSuggestionsSchema,
  IdSchema,
  SuggestionAcceptResultSchema,
  SuggestionAcceptSchema,
  SuggestionListQuerySchema,
  SuggestionRefreshResultSchema,
} from "@kroscek/schema";
import { jsonBody, jsonResponse, WsIdParams, workspaceRoute } from "../../lib/define-route";

const base = "/api/v1/workspaces/{workspace}/articles/{id}/suggestions";
const tags = ["Suggestions"];

export const listSuggestionsRoute = workspaceRoute({
  method: "get",
  path: base,
  tags,
  summary: "An article's suggested claims, dates, entities, attributions, spam and furniture",
  description:
    "Computed when the article was imported (or last refreshed), not on read. Positions are Unicode code points of the body; `quote` is the body text there.",
  permission: "read",
  request: { params: WsIdParams, query: SuggestionListQuerySchema },
  responses: { 200: jsonResponse(ArticleSuggestionsSchema, "The stored suggestions, in text order") },
});

export const refreshSuggestionsRoute = workspaceRoute({
  method: "post",
  path: `${base}/refresh`,
  tags,
  summary: "Recompute an article's suggestions (open ones are replaced, accepted ones kept)",
  permission: "ledger.write",
  request: { params: WsIdParams },
  responses: { 200: jsonResponse(SuggestionRefreshResultSchema, "The recomputed suggestions") },
});

export const acceptSuggestionRoute = workspaceRoute({
  method: "post",
  path: `${base}/{suggestionId}/accept`,
  tags,
  summary: "Accept a suggestion: record the assertion of a claim with the suggested quote",
  description:
    "The fact-checker names the claim (of an event) the quote asserts; stance and attribution default to 'asserts' and the attribution the extractor found.",
  permission: "ledger.write",
  request: {
    params: WsIdParams.extend({ suggestionId: IdSchema }),
    body: jsonBody(SuggestionAcceptSchema),
  },
  responses: {
    201: jsonResponse(SuggestionAcceptResultSchema, "The accepted suggestion and the new assertion"),
  },
});
