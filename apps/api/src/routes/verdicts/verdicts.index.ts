import { createRouter } from "../../lib/router";
import { publishClaimVerdict, publishVerdict, retractVerdict } from "../../services/verdict-publish";
import { getVerdictById, listEventVerdicts, listVerdictRevisions } from "../../services/verdict-read";
import { getVerdictScale } from "../../services/verdict-scale";
import { createEventVerdict, draftVerdict, getVerdict, redraftVerdict } from "../../services/verdict-store";
import {
  createEventVerdictRoute,
  draftVerdictRoute,
  getVerdictByIdRoute,
  getVerdictRoute,
  getVerdictScaleRoute,
  listEventVerdictsRoute,
  listVerdictRevisionsRoute,
  publishVerdictByIdRoute,
  publishVerdictRoute,
  redraftVerdictRoute,
  retractVerdictRoute,
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
      .handle.db.transaction((tx) => publishClaimVerdict(tx, c.get("actor"), id, version));
    return c.json(verdict, 200);
  })
  .openapi(getVerdictByIdRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await getVerdictById(c.get("deps").handle.db, c.get("actor").workspaceId, id), 200);
  })
  .openapi(redraftVerdictRoute, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const verdict = await c
      .get("deps")
      .handle.db.transaction((tx) => redraftVerdict(tx, c.get("actor"), id, body));
    return c.json(verdict, 200);
  })
  .openapi(publishVerdictByIdRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { version } = c.req.valid("json");
    const verdict = await c
      .get("deps")
      .handle.db.transaction((tx) => publishVerdict(tx, c.get("actor"), id, version));
    return c.json(verdict, 200);
  })
  .openapi(retractVerdictRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { version, reason } = c.req.valid("json");
    const verdict = await c
      .get("deps")
      .handle.db.transaction((tx) => retractVerdict(tx, c.get("actor"), id, version, reason));
    return c.json(verdict, 200);
  })
  .openapi(listVerdictRevisionsRoute, async (c) => {
    const { id } = c.req.valid("param");
    const items = await listVerdictRevisions(c.get("deps").handle.db, c.get("actor").workspaceId, id);
    return c.json({ items }, 200);
  })
  .openapi(listEventVerdictsRoute, async (c) => {
    const { id } = c.req.valid("param");
    const items = await listEventVerdicts(c.get("deps").handle.db, c.get("actor").workspaceId, id);
    return c.json({ items }, 200);
  })
  .openapi(createEventVerdictRoute, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const verdict = await c
      .get("deps")
      .handle.db.transaction((tx) => createEventVerdict(tx, c.get("actor"), id, body));
    return c.json(verdict, 201);
  });
