import {
  ContradictionQuerySchema,
  ContradictionReportSchema,
  ContradictionViewSchema,
  FlagQuerySchema,
  FlagViewSchema,
  PageQuerySchema,
  pageOf,
  ReportQuerySchema,
  ReviewDecisionSchema,
} from "@kroscek/schema";
import { jsonBody, jsonResponse, WsIdParams, WsParams, workspaceRoute } from "../../lib/define-route";

const ws = "/api/v1/workspaces/{workspace}";

export const listContradictionsRoute = workspaceRoute({
  operationId: "listContradictions",
  method: "get",
  path: `${ws}/contradictions`,
  tags: ["Contradictions and flags"],
  summary: "List contradictions (both sides, with quotes)",
  permission: "read",
  request: { params: WsParams, query: PageQuerySchema.extend(ContradictionQuerySchema.shape) },
  responses: { 200: jsonResponse(pageOf(ContradictionViewSchema), "A page of contradictions, newest first") },
});

export const getContradictionRoute = workspaceRoute({
  operationId: "getContradiction",
  method: "get",
  path: `${ws}/contradictions/{id}`,
  tags: ["Contradictions and flags"],
  summary: "One contradiction",
  permission: "read",
  request: { params: WsIdParams },
  responses: { 200: jsonResponse(ContradictionViewSchema, "The contradiction") },
});

export const reviewContradictionRoute = workspaceRoute({
  operationId: "reviewContradiction",
  method: "patch",
  path: `${ws}/contradictions/{id}`,
  tags: ["Contradictions and flags"],
  summary: "Confirm or dismiss a contradiction with a note (editors)",
  description: "A dismissed contradiction is never re-opened by re-detection.",
  permission: "review.resolve",
  request: { params: WsIdParams, body: jsonBody(ReviewDecisionSchema) },
  responses: { 200: jsonResponse(ContradictionViewSchema, "The reviewed contradiction") },
});

export const listFlagsRoute = workspaceRoute({
  operationId: "listFlags",
  method: "get",
  path: `${ws}/flags`,
  tags: ["Contradictions and flags"],
  summary: "List flags (unsourced, anonymous source, undated, spam, syndicated copy, …)",
  permission: "read",
  request: { params: WsParams, query: PageQuerySchema.extend(FlagQuerySchema.shape) },
  responses: { 200: jsonResponse(pageOf(FlagViewSchema), "A page of flags, newest first") },
});

export const reviewFlagRoute = workspaceRoute({
  operationId: "reviewFlag",
  method: "patch",
  path: `${ws}/flags/{id}`,
  tags: ["Contradictions and flags"],
  summary: "Confirm or dismiss a flag with a note (editors)",
  permission: "review.resolve",
  request: { params: WsIdParams, body: jsonBody(ReviewDecisionSchema) },
  responses: { 200: jsonResponse(FlagViewSchema, "The reviewed flag") },
});

export const contradictionReportRoute = workspaceRoute({
  operationId: "getContradictionReport",
  method: "get",
  path: `${ws}/reports/contradictions`,
  tags: ["Contradictions and flags"],
  summary: "The editor's contradiction report (JSON); add .html for a printable page",
  description:
    "Grouped by event and slot: every outlet's value and quote side by side, the published verdict and " +
    "the outlets it bears out, and the findings with their review status and reviewer. In `lang`, else " +
    "the Accept-Language header, else the workspace's language; dates in each article's time zone.",
  permission: "read",
  request: { params: WsParams, query: ReportQuerySchema },
  responses: { 200: jsonResponse(ContradictionReportSchema, "Contradictions grouped by event and slot") },
});

export const contradictionReportHtmlRoute = workspaceRoute({
  operationId: "getContradictionReportHtml",
  method: "get",
  path: `${ws}/reports/contradictions.html`,
  tags: ["Contradictions and flags"],
  summary: "The editor's contradiction report as a printable HTML page",
  permission: "read",
  request: { params: WsParams, query: ReportQuerySchema },
  responses: {
    200: { description: "Printable report", content: { "text/html": { schema: { type: "string" } } } },
  },
});
