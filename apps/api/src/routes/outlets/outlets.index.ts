import { decodeCursor } from "../../lib/pagination";
import { createRouter } from "../../lib/router";
import { createOutlet, getOutlet, listOutlets, updateOutlet } from "../../services/outlet-store";
import { createOutletRoute, getOutletRoute, listOutletsRoute, updateOutletRoute } from "./outlets.routes";

export const outletRoutes = createRouter()
  .openapi(listOutletsRoute, async (c) => {
    const q = c.req.valid("query");
    const page = await listOutlets(c.get("deps").handle.db, c.get("actor").workspaceId, {
      cursor: decodeCursor(q.cursor),
      limit: q.limit,
      kind: q.kind,
      text: q.q,
    });
    return c.json(page, 200);
  })
  .openapi(createOutletRoute, async (c) => {
    const body = c.req.valid("json");
    const outlet = await c.get("deps").handle.db.transaction((tx) => createOutlet(tx, c.get("actor"), body));
    return c.json(outlet, 201);
  })
  .openapi(getOutletRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await getOutlet(c.get("deps").handle.db, c.get("actor").workspaceId, id), 200);
  })
  .openapi(updateOutletRoute, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const outlet = await c
      .get("deps")
      .handle.db.transaction((tx) => updateOutlet(tx, c.get("actor"), id, body));
    return c.json(outlet, 200);
  });
