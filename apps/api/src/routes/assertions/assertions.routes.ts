import {
  AssertionCreatedSchema,
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
  operationId: "listAssertions",
  method: "get",
  path: base,
  tags,
  summary: "List assertions (filter by article, claim, outlet, event, stance, attribution kind)",
  permission: "read",
  request: { params: WsParams, query: PageQuerySchema.extend(AssertionFilterSchema.shape) },
  responses: { 200: jsonResponse(pageOf(AssertionSchema), "A page of assertions, newest first") },
});

export const createAssertionRoute = workspaceRoute({
  operationId: "createAssertion",
  method: "post",
  path: base,
  tags,
  summary: "Record that an article asserts a value for a slot of an event, with the outlet's own words",
  description:
    "The quote is anchored in the article body: a position (Unicode code points) must point at `exact`; " +
    "without one `exact` must occur once (prefix/suffix disambiguate). Anchoring failures answer 422 with " +
    "`details.reason`: not_found, ambiguous, position_mismatch or out_of_range.\n\n" +
    "Give either `claimId`, or `eventId` + `slot`. With a slot and no `value`, the value is read from the " +
    "quote: a date resolved against the article's publication date and time zone, a place, actor or " +
    "participants through the workspace's entities and aliases, a quantity from numerals and number words " +
    "with its unit, occurrence from the stance; the claim with that value is found or created (equal values " +
    "share one claim). A quote with no readable value answers 422 `value_unreadable` with `details.tried`. " +
    "A quote that states another value than `claimId`'s claim (or than the `value` given) answers 422 " +
    "`quote_contradicts_claim` with `details.read`.",
  permission: "ledger.write",
  request: { params: WsParams, body: jsonBody(AssertionCreateSchema) },
  responses: {
    201: jsonResponse(AssertionCreatedSchema, "The new assertion, with the stored selectors and its claim"),
  },
});

export const getAssertionRoute = workspaceRoute({
  operationId: "getAssertion",
  method: "get",
  path: `${base}/{id}`,
  tags,
  summary: "One assertion",
  permission: "read",
  request: { params: WsIdParams },
  responses: { 200: jsonResponse(AssertionSchema, "The assertion") },
});

export const updateAssertionRoute = workspaceRoute({
  operationId: "updateAssertion",
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
  operationId: "deleteAssertion",
  method: "delete",
  path: `${base}/{id}`,
  tags,
  summary: "Delete an assertion (its contradictions and flags go with it)",
  permission: "ledger.write",
  request: { params: WsIdParams },
  responses: { 204: { description: "Deleted" } },
});

export const outletAssertionsRoute = workspaceRoute({
  operationId: "listOutletAssertions",
  method: "get",
  path: "/api/v1/workspaces/{workspace}/outlets/{id}/assertions",
  tags,
  summary: "An outlet's assertions with the claim and event each is about",
  permission: "read",
  request: { params: WsIdParams, query: PageQuerySchema },
  responses: { 200: jsonResponse(OutletAssertionsPageSchema, "A page of the outlet's assertions") },
});
