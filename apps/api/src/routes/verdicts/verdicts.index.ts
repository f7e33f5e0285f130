import { createRouter } from "../../lib/router";
import { draftVerdict, getVerdict, getVerdictScale, publishVerdict } from "../../services/verdict-store";
import {
  draftVerdictRoute,
  getVerdictRoute,
  getVerdictScaleRoute,
  publishVerdictRoute,
} from "./verdicts.routes";

export const verdictRoutes = createRouter()
  .openapi(getVerdictScaleRoute, async (c) => {
    const { db } = c.get("deps").handle;
    return c.json(await getVerdictScale(db, c.get("actor").workspaceId), 200);
  })
  .openapi(getVerdictRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await getVerdict(c.get("deps").handle.db, c.get("actor").workspaceId, id), 200);
  })
  .openapi(draftVerdictRoute, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const { verdict, created } = await c
      .get("deps")
      .handle.db.transaction((tx) => draftVerdict(tx, c.get("actor"), id, body));
    return created ? c.json(verdict, 201) : c.json(verdict, 200);
  })
  .openapi(publishVerdictRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { version } = c.req.valid("json");
    const verdict = await c
      .get("deps")
      .handle.db.transaction((tx) => publishVerdict(tx, c.get("actor"), id, version));
    return c.json(verdict, 200);
  });
