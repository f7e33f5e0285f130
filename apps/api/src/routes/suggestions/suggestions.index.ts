import { createRouter } from "../../lib/router";
import { acceptSuggestion } from "../../services/suggestion-accept";
import { listSuggestions, refreshSuggestions } from "../../services/suggestion-store";
import { acceptSuggestionRoute, listSuggestionsRoute, refreshSuggestionsRoute } from "./suggestions.routes";

export const suggestionRoutes = createRouter()
  .openapi(listSuggestionsRoute, async (c) => {
    const { id } = c.req.valid("param");
    const q = c.req.valid("query");
    return c.json(await listSuggestions(c.get("deps").handle.db, c.get("actor").workspaceId, id, q), 200);
  })
  .openapi(refreshSuggestionsRoute, async (c) => {
    const { id } = c.req.valid("param");
    const result = await c
      .get("deps")
      .handle.db.transaction((tx) => refreshSuggestions(tx, c.get("actor"), id));
    return c.json(result, 200);
  })
  .openapi(acceptSuggestionRoute, async (c) => {
    const { id, suggestionId } = c.req.valid("param");
    const body = c.req.valid("json");
    const { result, created } = await c
      .get("deps")
      .handle.db.transaction((tx) => acceptSuggestion(tx, c.get("actor"), id, suggestionId, body));
    return created ? c.json(result, 201) : c.json(result, 200);
  });
