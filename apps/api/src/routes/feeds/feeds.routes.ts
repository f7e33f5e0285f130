import { z } from "@hono/zod-openapi";
import { FeedCreateSchema, FeedPatchSchema, FeedSchema } from "@kroscek/schema";
import {
  DeletedSchema,
  jsonBody,
  jsonResponse,
  WsIdParams,
  WsParams,
  workspaceRoute,
} from "../../lib/define-route";

const base = "/api/v1/workspaces/{workspace}/feeds";
const tags = ["Feeds"];

export const listFeedsRoute = workspaceRoute({
  operationId: "listFeeds",
  method: "get",
  path: base,
  tags,
  summary: "Followed feeds, with the last poll's result and the next poll time",
  permission: "read",
  request: { params: WsParams },
  responses: { 200: jsonResponse(z.object({ items: z.array(FeedSchema) }).openapi("FeedList"), "The feeds") },
});

export const createFeedRoute = workspaceRoute({
  operationId: "createFeed",
  method: "post",
  path: base,
  tags,
  summary: "Follow an RSS or Atom feed",
  description:
    "The first poll is queued at once. Polls are conditional (If-None-Match, If-Modified-Since), every " +
    "`pollIntervalMinutes`, and back off exponentially after failures (at most a day). Each new item is " +
    "archived as in `POST …/articles/from-url`; an item is recorded under its guid (Atom id, else link) " +
    "and never imported twice. The URL passes the same address checks as fetching pages.",
  permission: "feeds.manage",
  request: { params: WsParams, body: jsonBody(FeedCreateSchema) },
  responses: { 201: jsonResponse(FeedSchema, "The feed") },
});

export const updateFeedRoute = workspaceRoute({
  operationId: "updateFeed",
  method: "patch",
  path: `${base}/{id}`,
  tags,
  summary: "Pause, resume or re-time a feed (send the version you read)",
  permission: "feeds.manage",
  request: { params: WsIdParams, body: jsonBody(FeedPatchSchema) },
  responses: { 200: jsonResponse(FeedSchema, "The feed") },
});

export const deleteFeedRoute = workspaceRoute({
  operationId: "deleteFeed",
  method: "delete",
  path: `${base}/{id}`,
  tags,
  summary: "Stop following a feed (its articles stay)",
  permission: "feeds.manage",
  request: { params: WsIdParams },
  responses: { 200: jsonResponse(DeletedSchema, "Removed") },
});
