import { decodeCursor } from "../../lib/pagination";
import { createRouter } from "../../lib/router";
import { createApiToken, listTokens, revokeToken, toApiToken } from "../../services/tokens";
import { createTokenRoute, listTokensRoute, revokeTokenRoute } from "./tokens.routes";

export const tokenRoutes = createRouter()
  .openapi(listTokensRoute, async (c) => {
    const q = c.req.valid("query");
    const page = await listTokens(c.get("deps").handle.db, c.get("actor").workspaceId, {
      cursor: decodeCursor(q.cursor),
      limit: q.limit,
    });
    return c.json(page, 200);
  })
  .openapi(createTokenRoute, async (c) => {
    const body = c.req.valid("json");
    const created = await c
      .get("deps")
      .handle.db.transaction((tx) => createApiToken(tx, c.get("actor"), body));
    return c.json({ ...toApiToken(created.row), token: created.token }, 201);
  })
  .openapi(revokeTokenRoute, async (c) => {
    const { id } = c.req.valid("param");
    const token = await c.get("deps").handle.db.transaction((tx) => revokeToken(tx, c.get("actor"), id));
    return c.json(token, 200);
  });
