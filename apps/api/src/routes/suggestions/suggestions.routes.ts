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
  operationId: "listSuggestions",
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
  operationId: "refreshSuggestions",
  method: "post",
  path: `${base}/refresh`,
  tags,
  summary: "Recompute an article's suggestions (open ones are replaced, accepted ones kept)",
  permission: "ledger.write",
  request: { params: WsIdParams },
  responses: { 200: jsonResponse(SuggestionRefreshResultSchema, "The recomputed suggestions") },
});

export const acceptSuggestionRoute = workspaceRoute({
  operationId: "acceptSuggestion",
  method: "post",
  path: `${base}/{suggestionId}/accept`,
  tags,
  summary: "Accept a suggestion: one assertion per slot the sentence states, or a new entity",
  description:
    "A claim suggestion takes `{ eventId }` or `{ event: { kind, title } }` (creates the event) and records one " +
    "assertion for every slot its sentence states (date, place, participants, quantity), each value read from the " +
    "sentence, the attribution the extractor found (unless `attribution` is given). Slots the sentence names but " +
    "whose value cannot be read (e.g. participants no entity carries yet) are listed in `skipped`. Accepting again " +
    "answers the same assertions (200), recording only slots not yet recorded; naming another event than the one " +
    "it was accepted into answers 409.\n\n" +
    "`{ claimId }` records one assertion of that claim with the suggestion's quote (date, attribution and entity " +
    "suggestions are accepted this way; the quote must not contradict the claim). A new_entity suggestion " +
    "becomes an entity with its kind and spellings as aliases (`entity` corrects them) and the suggestions of " +
    "every article that proposed the name are recomputed, so its mentions resolve.",
  permission: "ledger.write",
  request: {
    params: WsIdParams.extend({ suggestionId: IdSchema }),
    body: jsonBody(SuggestionAcceptSchema),
  },
  responses: {
    200: jsonResponse(SuggestionAcceptResultSchema, "Already accepted: the same event, assertions or entity"),
    201: jsonResponse(SuggestionAcceptResultSchema, "The accepted suggestion and what it recorded"),
  },
});
