import { decodeCursor } from "../../lib/pagination";
import { createRouter } from "../../lib/router";
import {
  createEntity,
  getEntity,
  listEntities,
  resolveEntities,
  updateEntity,
} from "../../services/entity-store";
import {
  createEntityRoute,
  getEntityRoute,
  listEntitiesRoute,
  resolveEntitiesRoute,
  updateEntityRoute,
} from "./entities.routes";

// `resolve` is registered before `{id}` so the literal path wins.
export const entityRoutes = createRouter()
  .openapi(resolveEntitiesRoute, async (c) => {
    const { name } = c.req.valid("query");
    return c.json(await resolveEntities(c.get("deps").handle.db, c.get("actor").workspaceId, name), 200);
  })
  .openapi(listEntitiesRoute, async (c) => {
    const q = c.req.valid("query");
    const page = await listEntities(c.get("deps").handle.db, c.get("actor").workspaceId, {
      cursor: decodeCursor(q.cursor),
      limit: q.limit,
      kind: q.kind,
      text: q.q,
    });
    return c.json(page, 200);
  })
  .openapi(createEntityRoute, async (c) => {
    const body = c.req.valid("json");
    const entity = await c.get("deps").handle.db.transaction((tx) => createEntity(tx, c.get("actor"), body));
    return c.json(entity, 201);
  })
  .openapi(getEntityRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await getEntity(c.get("deps").handle.db, c.get("actor").workspaceId, id), 200);
  })
  .openapi(updateEntityRoute, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const entity = await c
      .get("deps")
      .handle.db.transaction((tx) => updateEntity(tx, c.get("actor"), id, body));
    return c.json(entity, 200);
  });
