import { ApiError } from "../../lib/api-error";
import type { AppDeps } from "../../lib/context";
import { createRouter } from "../../lib/router";
import { DEFAULT_LIMITS } from "../../services/fetch/safe-fetch";
import {
  createEndpoint,
  deleteEndpoint,
  listDeliveries,
  listEndpoints,
  sendTestEvent,
  updateEndpoint,
} from "../../services/webhooks/webhook-store";
import {
  createWebhookRoute,
  deleteWebhookRoute,
  listDeliveriesRoute,
  listWebhooksRoute,
  testWebhookRoute,
  updateWebhookRoute,
} from "./webhooks.routes";

const jobsOf = (deps: AppDeps) => {
  if (!deps.jobs) throw new ApiError("internal", "the job system is not running");
  return deps.jobs;
};

export const webhookRoutes = createRouter()
  .openapi(listWebhooksRoute, async (c) => {
    return c.json({ items: await listEndpoints(c.get("deps").handle.db, c.get("actor").workspaceId) }, 200);
  })
  .openapi(createWebhookRoute, async (c) => {
    const { handle, fetchLimits } = c.get("deps");
    const body = c.req.valid("json");
    const created = await handle.db.transaction((tx) =>
      createEndpoint(tx, c.get("actor"), fetchLimits ?? DEFAULT_LIMITS, body),
    );
    return c.json(created, 201);
  })
  .openapi(updateWebhookRoute, async (c) => {
    const { handle, fetchLimits } = c.get("deps");
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const updated = await handle.db.transaction((tx) =>
      updateEndpoint(tx, c.get("actor"), fetchLimits ?? DEFAULT_LIMITS, id, body),
    );
    return c.json(updated, 200);
  })
  .openapi(deleteWebhookRoute, async (c) => {
    const { id } = c.req.valid("param");
    await c.get("deps").handle.db.transaction((tx) => deleteEndpoint(tx, c.get("actor"), id));
    return c.json({ deleted: true as const }, 200);
  })
  .openapi(testWebhookRoute, async (c) => {
    const deps = c.get("deps");
    const { id } = c.req.valid("param");
    const delivery = await deps.handle.db.transaction((tx) =>
      sendTestEvent(tx, jobsOf(deps), c.get("actor"), id),
    );
    return c.json(delivery, 202);
  })
  .openapi(listDeliveriesRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { limit } = c.req.valid("query");
    const items = await listDeliveries(c.get("deps").handle.db, c.get("actor").workspaceId, id, limit);
    return c.json({ items }, 200);
  });
