import { ApiError } from "../../lib/api-error";
import { createRouter } from "../../lib/router";
import { createFeed, deleteFeed, listFeeds, updateFeed } from "../../services/feeds/feed-store";
import { DEFAULT_LIMITS } from "../../services/fetch/safe-fetch";
import { createFeedRoute, deleteFeedRoute, listFeedsRoute, updateFeedRoute } from "./feeds.routes";

export const feedRoutes = createRouter()
  .openapi(listFeedsRoute, async (c) => {
    return c.json({ items: await listFeeds(c.get("deps").handle.db, c.get("actor").workspaceId) }, 200);
  })
  .openapi(createFeedRoute, async (c) => {
    const { handle, jobs, fetchLimits } = c.get("deps");
    if (!jobs) throw new ApiError("internal", "the job system is not running");
    const feed = await createFeed(
      handle.db,
      jobs,
      c.get("actor"),
      fetchLimits ?? DEFAULT_LIMITS,
      c.req.valid("json"),
    );
    return c.json(feed, 201);
  })
  .openapi(updateFeedRoute, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const feed = await c.get("deps").handle.db.transaction((tx) => updateFeed(tx, c.get("actor"), id, body));
    return c.json(feed, 200);
  })
  .openapi(deleteFeedRoute, async (c) => {
    const { id } = c.req.valid("param");
    await c.get("deps").handle.db.transaction((tx) => deleteFeed(tx, c.get("actor"), id));
    return c.json({ deleted: true as const }, 200);
  });
