import { decodeCursor } from "../../lib/pagination";
import { createRouter } from "../../lib/router";
import { createEvent, getEvent, listEvents, updateEvent } from "../../services/event-store";
import { eventMatrix } from "../../services/matrix";
import {
  createEventRoute,
  eventMatrixRoute,
  getEventRoute,
  listEventsRoute,
  updateEventRoute,
} from "./events.routes";

export const eventRoutes = createRouter()
  .openapi(listEventsRoute, async (c) => {
    const q = c.req.valid("query");
    const page = await listEvents(c.get("deps").handle.db, c.get("actor").workspaceId, {
      cursor: decodeCursor(q.cursor),
      limit: q.limit,
      kind: q.kind,
      entityId: q.entityId,
      text: q.q,
    });
    return c.json(page, 200);
  })
  .openapi(createEventRoute, async (c) => {
    const body = c.req.valid("json");
    const event = await c.get("deps").handle.db.transaction((tx) => createEvent(tx, c.get("actor"), body));
    return c.json(event, 201);
  })
  .openapi(getEventRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await getEvent(c.get("deps").handle.db, c.get("actor").workspaceId, id), 200);
  })
  .openapi(updateEventRoute, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const event = await c
      .get("deps")
      .handle.db.transaction((tx) => updateEvent(tx, c.get("actor"), id, body));
    return c.json(event, 200);
  })
  .openapi(eventMatrixRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await eventMatrix(c.get("deps").handle.db, c.get("actor").workspaceId, id), 200);
  });
