import { createRouter } from "../../lib/router";
import { acceptEventSuggestion, dismissEventSuggestion } from "../../services/event-suggestion-decide";
import { listEventSuggestions } from "../../services/event-suggestion-store";
import {
  acceptEventSuggestionRoute,
  dismissEventSuggestionRoute,
  listEventSuggestionsRoute,
} from "./event-suggestions.routes";

export const eventSuggestionRoutes = createRouter()
  .openapi(listEventSuggestionsRoute, async (c) => {
    const { status } = c.req.valid("query");
    const items = await listEventSuggestions(c.get("deps").handle.db, c.get("actor").workspaceId, status);
    return c.json({ items }, 200);
  })
  .openapi(acceptEventSuggestionRoute, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const result = await c
      .get("deps")
      .handle.db.transaction((tx) => acceptEventSuggestion(tx, c.get("actor"), id, body));
    return c.json(result, 200);
  })
  .openapi(dismissEventSuggestionRoute, async (c) => {
    const { id } = c.req.valid("param");
    const result = await c
      .get("deps")
      .handle.db.transaction((tx) => dismissEventSuggestion(tx, c.get("actor"), id));
    return c.json(result, 200);
  });
