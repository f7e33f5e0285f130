import { z } from "@hono/zod-openapi";
import {
  EVENT_KINDS,
  EventCreateSchema,
  EventMatrixSchema,
  EventSchema,
  EventUpdateSchema,
  IdSchema,
  PageQuerySchema,
  pageOf,
  TextSchema,
} from "@kroscek/schema";
import { jsonBody, jsonResponse, WsIdParams, WsParams, workspaceRoute } from "../../lib/define-route";

const base = "/api/v1/workspaces/{workspace}/events";
const tags = ["Events"];

export const listEventsRoute = workspaceRoute({
  operationId: "listEvents",
  method: "get",
  path: base,
  tags,
  summary: "List events",
  permission: "read",
  request: {
    params: WsParams,
    query: PageQuerySchema.extend({
      kind: z.enum(EVENT_KINDS).optional(),
      entityId: IdSchema.optional().describe("Only events this entity participates in"),
      q: TextSchema.max(200).optional().describe("Part of the title"),
    }),
  },
  responses: { 200: jsonResponse(pageOf(EventSchema), "A page of events, newest first") },
});

export const createEventRoute = workspaceRoute({
  operationId: "createEvent",
  method: "post",
  path: base,
  tags,
  summary: "Record an event (place and participants must be entities of this workspace)",
  permission: "ledger.write",
  request: { params: WsParams, body: jsonBody(EventCreateSchema) },
  responses: { 201: jsonResponse(EventSchema, "The new event") },
});

export const getEventRoute = workspaceRoute({
  operationId: "getEvent",
  method: "get",
  path: `${base}/{id}`,
  tags,
  summary: "One event with its participant ids",
  permission: "read",
  request: { params: WsIdParams },
  responses: { 200: jsonResponse(EventSchema, "The event") },
});

export const updateEventRoute = workspaceRoute({
  operationId: "updateEvent",
  method: "patch",
  path: `${base}/{id}`,
  tags,
  summary: "Edit an event; `participantIds` replaces the participants (send the version you read)",
  permission: "ledger.write",
  request: { params: WsIdParams, body: jsonBody(EventUpdateSchema) },
  responses: { 200: jsonResponse(EventSchema, "The updated event") },
});

export const eventMatrixRoute = workspaceRoute({
  operationId: "getEventMatrix",
  method: "get",
  path: `${base}/{id}/matrix`,
  tags,
  summary: "The outlet × claim matrix of an event: claims by slot against the outlets asserting them",
  permission: "read",
  request: { params: WsIdParams },
  responses: { 200: jsonResponse(EventMatrixSchema, "The event's matrix") },
});
