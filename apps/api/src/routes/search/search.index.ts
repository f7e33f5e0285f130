import { decodeNumericCursor } from "../../lib/pagination";
import { createRouter } from "../../lib/router";
import { search } from "../../services/search";
import { searchRoute } from "./search.routes";

export const searchRoutes = createRouter().openapi(searchRoute, async (c) => {
  const q = c.req.valid("query");
  const offset = decodeNumericCursor(q.cursor) ?? 0;
  return c.json(await search(c.get("deps").handle.db, c.get("actor").workspaceId, { ...q, offset }), 200);
});
