import { z } from "@hono/zod-openapi";
import {
  WebhookCreateSchema,
  WebhookDeliverySchema,
  WebhookEndpointCreatedSchema,
  WebhookEndpointSchema,
  WebhookPatchSchema,
} from "@kroscek/schema";
import {
  DeletedSchema,
  jsonBody,
  jsonResponse,
  WsIdParams,
  WsParams,
  workspaceRoute,
} from "../../lib/define-route";

const base = "/api/v1/workspaces/{workspace}/webhooks";
const tags = ["Webhooks"];
const permission = "workspace.admin" as const;

export const listWebhooksRoute = workspaceRoute({
  operationId: "listWebhooks",
  method: "get",
  path: base,
  tags,
  summary: "Webhook endpoints (never their secrets)",
  permission,
  request: { params: WsParams },
  responses: {
    200: jsonResponse(
      z.object({ items: z.array(WebhookEndpointSchema) }).openapi("WebhookEndpointList"),
      "The endpoints",
    ),
  },
});

export const createWebhookRoute = workspaceRoute({
  operationId: "createWebhook",
  method: "post",
  path: base,
  tags,
  summary: "Register a webhook endpoint",
  description:
    "Events are delivered at least once as `POST` with a JSON body `{ id, type, timestamp, workspace, data }`, " +
    "signed the Standard Webhooks way: headers `webhook-id`, `webhook-timestamp` (Unix seconds) and " +
    "`webhook-signature: v1,<base64 HMAC-SHA256>` over `<webhook-id>.<webhook-timestamp>.<body>` with the " +
    "base64-decoded part of the secret after `whsec_`. A receiver recomputes it, compares in constant time, " +
    "refuses timestamps more than 5 minutes off and de-duplicates by `webhook-id` (the same on every retry); " +
    "the `standardwebhooks` libraries do all of this. Non-2xx answers and timeouts are retried with " +
    "exponential back-off. The URL passes the same address checks as fetching pages.",
  permission,
  request: { params: WsParams, body: jsonBody(WebhookCreateSchema) },
  responses: {
    201: jsonResponse(WebhookEndpointCreatedSchema, "The endpoint, with its secret (shown once)"),
  },
});

export const updateWebhookRoute = workspaceRoute({
  operationId: "updateWebhook",
  method: "patch",
  path: `${base}/{id}`,
  tags,
  summary: "Change a webhook endpoint (send the version you read)",
  permission,
  request: { params: WsIdParams, body: jsonBody(WebhookPatchSchema) },
  responses: { 200: jsonResponse(WebhookEndpointSchema, "The endpoint") },
});

export const deleteWebhookRoute = workspaceRoute({
  operationId: "deleteWebhook",
  method: "delete",
  path: `${base}/{id}`,
  tags,
  summary: "Remove a webhook endpoint and its delivery log",
  permission,
  request: { params: WsIdParams },
  responses: { 200: jsonResponse(DeletedSchema, "Removed") },
});

export const testWebhookRoute = workspaceRoute({
  operationId: "testWebhook",
  method: "post",
  path: `${base}/{id}/test`,
  tags,
  summary: "Send a test event (`webhook.test`) to the endpoint",
  permission,
  request: { params: WsIdParams },
  responses: { 202: jsonResponse(WebhookDeliverySchema, "The queued delivery") },
});

export const listDeliveriesRoute = workspaceRoute({
  operationId: "listWebhookDeliveries",
  method: "get",
  path: `${base}/{id}/deliveries`,
  tags,
  summary: "Delivery log of an endpoint: status, attempts, last answer and latency",
  permission,
  request: {
    params: WsIdParams,
    query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
  },
  responses: {
    200: jsonResponse(
      z.object({ items: z.array(WebhookDeliverySchema) }).openapi("WebhookDeliveryList"),
      "Newest first",
    ),
  },
});
