import { AuditEventSchema, AuditQuerySchema, pageOf } from "@kroscek/schema";
import { jsonResponse, WsParams, workspaceRoute } from "../../lib/define-route";

export const listAuditRoute = workspaceRoute({
  operationId: "listAuditEvents",
  method: "get",
  path: "/api/v1/workspaces/{workspace}/audit",
  tags: ["Audit"],
  summary: "The audit trail: who changed what, before and after",
  description:
    "Newest first; filters combine with AND. Events about members and API tokens (e-mail addresses, " +
    "token names) are listed only to roles that manage the workspace.",
  permission: "read",
  request: { params: WsParams, query: AuditQuerySchema },
  responses: { 200: jsonResponse(pageOf(AuditEventSchema), "A page of audit events") },
});
