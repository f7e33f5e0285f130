import { ApiError } from "../../lib/api-error";
import { decodeCursor } from "../../lib/pagination";
import { createRouter } from "../../lib/router";
import {
  deleteAssertion,
  getAssertion,
  listAssertions,
  recordAssertion,
  updateAssertion,
} from "../../services/assertion-store";
import { outletAssertions } from "../../services/matrix";
import {
  createAssertionRoute,
  deleteAssertionRoute,
  getAssertionRoute,
  listAssertionsRoute,
  outletAssertionsRoute,
  updateAssertionRoute,
} from "./assertions.routes";

/** Fields fixed once a quote is anchored; the update schema would silently drop them otherwise. */
const IMMUTABLE = ["quote", "position", "articleId", "claimId"] as const;

export const assertionRoutes = createRouter()
  .openapi(listAssertionsRoute, async (c) => {
    const { cursor, ...q } = c.req.valid("query");
    const page = await listAssertions(c.get("deps").handle.db, c.get("actor").workspaceId, {
      ...q,
      cursor: decodeCursor(cursor),
    });
    return c.json(page, 200);
  })
  .openapi(createAssertionRoute, async (c) => {
    const body = c.req.valid("json");
    const { assertion, claim } = await c
      .get("deps")
      .handle.db.transaction((tx) => recordAssertion(tx, c.get("actor"), body));
    return c.json({ ...assertion, claim }, 201);
  })
  .openapi(getAssertionRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await getAssertion(c.get("deps").handle.db, c.get("actor").workspaceId, id), 200);
  })
  .openapi(updateAssertionRoute, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const raw = (await c.req.json()) as Record<string, unknown>;
    const fixed = IMMUTABLE.filter((k) => raw[k] !== undefined);
    if (fixed.length)
      throw new ApiError(
        "validation_failed",
        "The quote is immutable once anchored; record a new assertion",
        {
          issues: fixed.map((path) => ({ path, message: "cannot be changed", code: "immutable" })),
        },
      );
    const assertion = await c
      .get("deps")
      .handle.db.transaction((tx) => updateAssertion(tx, c.get("actor"), id, body));
    return c.json(assertion, 200);
  })
  .openapi(deleteAssertionRoute, async (c) => {
    const { id } = c.req.valid("param");
    await c.get("deps").handle.db.transaction((tx) => deleteAssertion(tx, c.get("actor"), id));
    return c.body(null, 204);
  })
  .openapi(outletAssertionsRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { cursor, limit } = c.req.valid("query");
    const page = await outletAssertions(c.get("deps").handle.db, c.get("actor").workspaceId, id, {
      cursor: decodeCursor(cursor),
      limit,
    });
    return c.json(page, 200);
  });
