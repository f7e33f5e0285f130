import { decodeCursor } from "../../lib/pagination";
import { createRouter } from "../../lib/router";
import { createClaim, getClaim, listClaims, updateClaim } from "../../services/claim-store";
import { claimAssertions } from "../../services/matrix";
import {
  claimAssertionsRoute,
  createClaimRoute,
  getClaimRoute,
  listClaimsRoute,
  updateClaimRoute,
} from "./claims.routes";

export const claimRoutes = createRouter()
  .openapi(listClaimsRoute, async (c) => {
    const q = c.req.valid("query");
    const page = await listClaims(c.get("deps").handle.db, c.get("actor").workspaceId, {
      cursor: decodeCursor(q.cursor),
      limit: q.limit,
      eventId: q.eventId,
      slot: q.slot,
    });
    return c.json(page, 200);
  })
  .openapi(createClaimRoute, async (c) => {
    const body = c.req.valid("json");
    const claim = await c.get("deps").handle.db.transaction((tx) => createClaim(tx, c.get("actor"), body));
    return c.json(claim, 201);
  })
  .openapi(getClaimRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await getClaim(c.get("deps").handle.db, c.get("actor").workspaceId, id), 200);
  })
  .openapi(updateClaimRoute, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const claim = await c
      .get("deps")
      .handle.db.transaction((tx) => updateClaim(tx, c.get("actor"), id, body));
    return c.json(claim, 200);
  })
  .openapi(claimAssertionsRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await claimAssertions(c.get("deps").handle.db, c.get("actor").workspaceId, id), 200);
  });
