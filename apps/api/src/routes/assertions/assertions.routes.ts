import {
  AssertionCreateSchema,
  AssertionFilterSchema,
  AssertionSchema,
  AssertionUpdateSchema,
  OutletAssertionsPageSchema,
  PageQuerySchema,
  pageOf,
} from "@kroscek/schema";
import { jsonBody, jsonResponse, WsIdParams, WsParams, workspaceRoute } from "../../lib/define-route";

const base = "/api/v1/workspaces/{workspace}/assertions";
const tags = ["Assertions"];

export const listAssertionsRoute = workspaceRoute({
  method: "get",
  path: base,
  tags,
  summary: "List assertions (filter by article, claim, outlet, event, stance, attribution kind)",
  permission: "read",
  request: { params: WsParams, query: PageQuerySchema.extend(AssertionFilterSchema.shape) },
  responses: { 200: jsonResponse(pageOf(AssertionSchema), "A page of assertions, newest first") },
});

export const createAssertionRoute = workspaceRoute({
  method: "post",
  path: base,
  tags,
  summary:
    "Record that an article asserts a claim. The quote is anchored in the article body: a position " +
    "(Unicode code points) must point at `exact`; without one `exact` must occur once (prefix/suffix " +
    "disambiguate). Failures answer 422 with `details.reason`: not_found, ambiguous, position_mismatch " +
    "or out_of_range.",
  permission: "ledger.write",
  request: { params: WsParams, body: jsonBody(AssertionCreateSchema) },
  responses: { 201: jsonResponse(AssertionSchema, "The new assertion, with the stored selectors") },
});

export const getAssertionRoute = workspaceRoute({
  method: "get",
  path: `${base}/{id}`,
  tags,
  summary: "One assertion",
  permission: "read",
  request: { params: WsIdParams },
  responses: { 200: jsonResponse(AssertionSchema, "The assertion") },
});

export const updateAssertionRoute = workspaceRoute({
  method: "patch",
  path: `${base}/{id}`,
  tags,
  summary:
    "Edit stance, attribution or note (send the version you read). The quote is immutable once anchored: " +
    "sending quote, position, articleId or claimId answers 422",
  permission: "ledger.write",
  request: { params: WsIdParams, body: jsonBody(AssertionUpdateSchema) },
  responses: { 200: jsonResponse(AssertionSchema, "The updated assertion") },
});

export const deleteAssertionRoute = workspaceRoute({
  method: "delete",
  path: `${base}/{id}`,
  tags,
  summary: "Delete an assertion (its contradictions and flags go with it)",
  permission: "ledger.write",
  request: { params: WsIdParams },
  responses: { 204: { description: "Deleted" } },
});

export const outletAssertionsRoute = workspaceRoute({
  method: "get",
  path: "/api/v1/workspaces/{workspace}/outlets/{id}/assertions",
  tags,
  summary: "An outlet's assertions with the claim and event each is about",
  permission: "read",
  request: { params: WsIdParams, query: PageQuerySchema },
  responses: { 200: jsonResponse(OutletAssertionsPageSchema, "A page of the outlet's assertions") },
});
