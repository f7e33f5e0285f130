import { appliedMigration } from "@kroscek/db";
import { HealthSchema } from "@kroscek/schema";
import { accountRoute } from "../lib/define-route";
import { createRouter } from "../lib/router";

const route = accountRoute({
  operationId: "getHealth",
  auth: "none",
  method: "get",
  path: "/api/health",
  tags: ["System"],
  summary: "Liveness and database status",
  responses: {
    200: {
      description: "The server and its database answer",
      content: { "application/json": { schema: HealthSchema } },
    },
  },
});

export const healthRoutes = createRouter().openapi(route, async (c) => {
  const { handle } = c.get("deps");
  const migration = (await appliedMigration(handle)) ?? "none";
  return c.json({ status: "ok" as const, database: handle.kind, migration }, 200);
});
