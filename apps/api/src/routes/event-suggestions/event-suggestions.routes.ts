import {
  EventSuggestionAcceptResultSchema,
  EventSuggestionAcceptSchema,
  EventSuggestionListQuerySchema,
  EventSuggestionListSchema,
  EventSuggestionSchema,
} from "@kroscek/schema";
import { jsonBody, jsonResponse, WsIdParams, WsParams, workspaceRoute } from "../../lib/define-route";

const base = "/api/v1/workspaces/{workspace}/event-suggestions";
const tags = ["Suggestions"];

export const listEventSuggestionsRoute = workspaceRoute({
  operationId: "listEventSuggestions",
  method: "get",
  path: base,
  tags,
  summary: "Same-event suggestions: claim suggestions of several articles that probably report one event",
  description:
    "Groups of claim suggestions across the workspace's articles with the same event kind, a participant in " +
    "common, dates within three days (or unknown), and a score from participant overlap, date closeness, place " +
    "and wording. Each has a proposed kind and title, its members side by side and the reasons, as codes with " +
    "parameters and their Indonesian and English words. Recomputed when articles are imported or suggestions " +
    "refreshed, not on read.",
  permission: "read",
  request: { params: WsParams, query: EventSuggestionListQuerySchema },
  responses: { 200: jsonResponse(EventSuggestionListSchema, "The groups, best first") },
});

export const acceptEventSuggestionRoute = workspaceRoute({
  operationId: "acceptEventSuggestion",
  method: "post",
  path: `${base}/{id}/accept`,
  tags,
  summary: "Accept a same-event suggestion: create the event and accept every member sentence into it",
  description:
    "Creates the event (the proposed kind and title unless `kind` or `title` correct them) or extends `eventId`, " +
    "then accepts every member not in `exclude`: one assertion per slot each sentence states. Members already " +
    "accepted into another event or stating no readable value are listed in `left`. Accepting again answers the " +
    "same event and assertions.",
  permission: "ledger.write",
  request: { params: WsIdParams, body: jsonBody(EventSuggestionAcceptSchema) },
  responses: {
    200: jsonResponse(EventSuggestionAcceptResultSchema, "The event and what each member recorded"),
  },
});

export const dismissEventSuggestionRoute = workspaceRoute({
  operationId: "dismissEventSuggestion",
  method: "post",
  path: `${base}/{id}/dismiss`,
  tags,
  summary: "Dismiss a same-event suggestion: it is not proposed again",
  permission: "ledger.write",
  request: { params: WsIdParams },
  responses: { 200: jsonResponse(EventSuggestionSchema, "The dismissed suggestion") },
});
