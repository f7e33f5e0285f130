import { z } from "@hono/zod-openapi";
import {
  EventVerdictCreateSchema,
  VerdictDraftSchema,
  VerdictPublishSchema,
  VerdictRetractSchema,
  VerdictRevisionListSchema,
  VerdictScaleSchema,
  VerdictSchema,
} from "@kroscek/schema";
import { jsonBody, jsonResponse, WsIdParams, WsParams, workspaceRoute } from "../../lib/define-route";

const ws = "/api/v1/workspaces/{workspace}";
const tags = ["Verdicts"];

export const getVerdictScaleRoute = workspaceRoute({
  operationId: "getVerdictScale",
  method: "get",
  path: `${ws}/verdict-scale`,
  tags,
  summary: "The workspace's verdict scale (Indonesian and English labels, ClaimReview ratings)",
  permission: "read",
  request: { params: WsParams },
  responses: { 200: jsonResponse(VerdictScaleSchema, "The scale, best rating first") },
});

export const getVerdictRoute = workspaceRoute({
  operationId: "getVerdict",
  method: "get",
  path: `${ws}/claims/{id}/verdict`,
  tags,
  summary: "A claim's own verdict (draft, published or retracted), with its next revision if one is drafted",
  permission: "read",
  request: { params: WsIdParams },
  responses: { 200: jsonResponse(VerdictSchema, "The verdict") },
});

export const draftVerdictRoute = workspaceRoute({
  operationId: "draftVerdict",
  method: "put",
  path: `${ws}/claims/{id}/verdict`,
  tags,
  summary: "Draft or redraft a claim's verdict (send the version you read once one exists)",
  description:
    "Redrafting a published verdict prepares its next revision; the published one stays public until an editor publishes the revision.",
  permission: "verdict.draft",
  request: { params: WsIdParams, body: jsonBody(VerdictDraftSchema) },
  responses: {
    200: jsonResponse(VerdictSchema, "The redrafted verdict"),
    201: jsonResponse(VerdictSchema, "The first draft"),
  },
});

export const publishVerdictRoute = workspaceRoute({
  operationId: "publishVerdict",
  method: "post",
  path: `${ws}/claims/{id}/verdict/publish`,
  tags,
  summary: "Publish the verdict version you read (editors)",
  permission: "verdict.publish",
  request: { params: WsIdParams, body: jsonBody(VerdictPublishSchema) },
  responses: { 200: jsonResponse(VerdictSchema, "The published verdict") },
});

export const getVerdictByIdRoute = workspaceRoute({
  operationId: "getVerdictById",
  method: "get",
  path: `${ws}/verdicts/{id}`,
  tags,
  summary: "A verdict by id (on a claim or on an event), with its next revision if one is drafted",
  permission: "read",
  request: { params: WsIdParams },
  responses: { 200: jsonResponse(VerdictSchema, "The verdict") },
});

export const redraftVerdictRoute = workspaceRoute({
  operationId: "redraftVerdict",
  method: "put",
  path: `${ws}/verdicts/{id}`,
  tags,
  summary: "Redraft a verdict (send the version you read)",
  description:
    "On a published or retracted verdict this prepares its next revision; the published one stays public until the revision is published.",
  permission: "verdict.draft",
  request: { params: WsIdParams, body: jsonBody(VerdictDraftSchema) },
  responses: { 200: jsonResponse(VerdictSchema, "The redrafted verdict") },
});

export const publishVerdictByIdRoute = workspaceRoute({
  operationId: "publishVerdictById",
  method: "post",
  path: `${ws}/verdicts/{id}/publish`,
  tags,
  summary: "Publish the draft or next revision you read (editors); it replaces the published one",
  permission: "verdict.publish",
  request: { params: WsIdParams, body: jsonBody(VerdictPublishSchema) },
  responses: { 200: jsonResponse(VerdictSchema, "The published verdict") },
});

export const retractVerdictRoute = workspaceRoute({
  operationId: "retractVerdict",
  method: "post",
  path: `${ws}/verdicts/{id}/retract`,
  tags,
  summary: "Retract a published verdict with a reason (editors); exports show it as a correction",
  permission: "verdict.retract",
  request: { params: WsIdParams, body: jsonBody(VerdictRetractSchema) },
  responses: { 200: jsonResponse(VerdictSchema, "The retracted verdict") },
});

export const listVerdictRevisionsRoute = workspaceRoute({
  operationId: "listVerdictRevisions",
  method: "get",
  path: `${ws}/verdicts/{id}/revisions`,
  tags,
  summary: "Every published revision of a verdict, oldest first",
  permission: "read",
  request: { params: WsIdParams },
  responses: { 200: jsonResponse(VerdictRevisionListSchema, "The published revisions") },
});

export const listEventVerdictsRoute = workspaceRoute({
  operationId: "listEventVerdicts",
  method: "get",
  path: `${ws}/events/{id}/verdicts`,
  tags,
  summary: "Verdicts on an event as a whole",
  permission: "read",
  request: { params: WsIdParams },
  responses: {
    200: jsonResponse(
      z.object({ items: z.array(VerdictSchema) }).openapi("VerdictList"),
      "The event's verdicts",
    ),
  },
});

export const createEventVerdictRoute = workspaceRoute({
  operationId: "createEventVerdict",
  method: "post",
  path: `${ws}/events/{id}/verdicts`,
  tags,
  summary: "Draft a verdict on an event as a whole: several of its claims (one per slot) rated together",
  permission: "verdict.draft",
  request: { params: WsIdParams, body: jsonBody(EventVerdictCreateSchema) },
  responses: { 201: jsonResponse(VerdictSchema, "The first draft") },
});
