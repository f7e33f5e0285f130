import { can } from "@kroscek/schema";
import { decodeNumericCursor } from "../../lib/pagination";
import { createRouter } from "../../lib/router";
import { listAuditEvents } from "../../services/audit-store";
import { listAuditRoute } from "./audit.routes";

export const auditRoutes = createRouter().openapi(listAuditRoute, async (c) => {
  const q = c.req.valid("query");
  const actor = c.get("actor");
  const page = await listAuditEvents(c.get("deps").handle.db, actor.workspaceId, {
    ...q,
    before: decodeNumericCursor(q.cursor),
    includeAccounts: can(actor.role, "workspace.admin"),
  });
  return c.json(page, 200);
});
