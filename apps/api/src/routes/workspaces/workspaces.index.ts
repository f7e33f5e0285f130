import { ApiError } from "../../lib/api-error";
import { requirePrincipal } from "../../lib/auth";
import { createRouter } from "../../lib/router";
import {
  createWorkspace,
  findWorkspaceById,
  listUserWorkspaces,
  toWorkspace,
  updateWorkspace,
} from "../../services/workspaces";
import {
  createWorkspaceRoute,
  getWorkspaceRoute,
  listWorkspacesRoute,
  updateWorkspaceRoute,
} from "./workspaces.routes";

export const workspaceRoutes = createRouter()
  .openapi(createWorkspaceRoute, async (c) => {
    const principal = requirePrincipal(c.get("principal"));
    if (principal.kind !== "user") throw new ApiError("forbidden", "Sign in to create workspaces");
    const body = c.req.valid("json");
    const row = await c
      .get("deps")
      .handle.db.transaction((tx) => createWorkspace(tx, body, principal.userId, c.get("requestId")));
    return c.json(toWorkspace(row, "admin"), 201);
  })
  .openapi(listWorkspacesRoute, async (c) => {
    const principal = requirePrincipal(c.get("principal"));
    const { archived } = c.req.valid("query");
    const { db } = c.get("deps").handle;
    if (principal.kind === "token") {
      const row = await findWorkspaceById(db, principal.workspaceId);
      const visible = row && (archived || !row.archivedAt);
      return c.json({ items: visible ? [toWorkspace(row, principal.role)] : [] }, 200);
    }
    return c.json({ items: await listUserWorkspaces(db, principal.userId, { archived }) }, 200);
  })
  .openapi(getWorkspaceRoute, async (c) => c.json(toWorkspace(c.get("workspace"), c.get("actor").role), 200))
  .openapi(updateWorkspaceRoute, async (c) => {
    const body = c.req.valid("json");
    const ws = await c.get("deps").handle.db.transaction((tx) => updateWorkspace(tx, c.get("actor"), body));
    return c.json(ws, 200);
  });
