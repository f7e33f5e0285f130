import { VerdictDraftSchema, VerdictPublishSchema, VerdictScaleSchema, VerdictSchema } from "@kroscek/schema";
import { jsonBody, jsonResponse, WsIdParams, WsParams, workspaceRoute } from "../../lib/define-route";

const ws = "/api/v1/workspaces/{workspace}";
const tags = ["Verdicts"];

export const getVerdictScaleRoute = workspaceRoute({
  method: "get",
  path: `${ws}/verdict-scale`,
  tags,
  summary: "The workspace's verdict scale (Indonesian and English labels, ClaimReview ratings)",
  permission: "read",
  request: { params: WsParams },
  responses: { 200: jsonResponse(VerdictScaleSchema, "The scale, best rating first") },
});

export const getVerdictRoute = workspaceRoute({
  method: "get",
  path: `${ws}/claims/{id}/verdict`,
  tags,
  summary: "A claim's verdict (draft or published)",
  permission: "read",
  request: { params: WsIdParams },
  responses: { 200: jsonResponse(VerdictSchema, "The verdict") },
});

export const draftVerdictRoute = workspaceRoute({
  method: "put",
  path: `${ws}/claims/{id}/verdict`,
  tags,
  summary: "Draft or redraft a claim's verdict (send the version you read once one exists)",
  description: "Redrafting a published verdict returns it to draft until an editor publishes it again.",
  permission: "verdict.draft",
  request: { params: WsIdParams, body: jsonBody(VerdictDraftSchema) },
  responses: {
    200: jsonResponse(VerdictSchema, "The redrafted verdict"),
    201: jsonResponse(VerdictSchema, "The first draft"),
  },
});

export const publishVerdictRoute = workspaceRoute({
  method: "post",
  path: `${ws}/claims/{id}/verdict/publish`,
  tags,
  summary: "Publish the verdict version you read (editors)",
  permission: "verdict.publish",
  request: { params: WsIdParams, body: jsonBody(VerdictPublishSchema) },
  responses: { 200: jsonResponse(VerdictSchema, "The published verdict") },
});
