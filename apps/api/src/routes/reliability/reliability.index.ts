import { SnapshotCreateSchema } from "@kroscek/schema";
import { decodeCursor } from "../../lib/pagination";
import { createRouter } from "../../lib/router";
import { outletCopyGroups } from "../../services/outlet-copies";
import {
  currentScores,
  getSnapshotDetail,
  listSnapshots,
  outletHistory,
  toSnapshotView,
} from "../../services/snapshots/read";
import { startSnapshot } from "../../services/snapshots/runner";
import {
  createSnapshotRoute,
  currentScoresRoute,
  getSnapshotRoute,
  listSnapshotsRoute,
  outletCopyGroupsRoute,
  outletHistoryRoute,
} from "./reliability.routes";

export const reliabilityRoutes = createRouter()
  .openapi(createSnapshotRoute, async (c) => {
    // The body is optional: an empty POST computes with the defaults.
    const body = SnapshotCreateSchema.parse(c.req.valid("json") ?? {});
    const row = await startSnapshot(c.get("deps").handle.db, c.get("actor"), body);
    c.header("Location", `${c.req.path}/${row.id}`);
    return c.json(toSnapshotView(row), 202);
  })
  .openapi(listSnapshotsRoute, async (c) => {
    const q = c.req.valid("query");
    const page = await listSnapshots(c.get("deps").handle.db, c.get("actor").workspaceId, {
      cursor: decodeCursor(q.cursor),
      limit: q.limit,
    });
    return c.json(page, 200);
  })
  .openapi(getSnapshotRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await getSnapshotDetail(c.get("deps").handle.db, c.get("actor").workspaceId, id), 200);
  })
  .openapi(currentScoresRoute, async (c) =>
    c.json(await currentScores(c.get("deps").handle.db, c.get("actor").workspaceId), 200),
  )
  .openapi(outletHistoryRoute, async (c) => {
    const { id } = c.req.valid("param");
    const q = c.req.valid("query");
    const page = await outletHistory(c.get("deps").handle.db, c.get("actor").workspaceId, id, {
      cursor: decodeCursor(q.cursor),
      limit: q.limit,
    });
    return c.json(page, 200);
  })
  .openapi(outletCopyGroupsRoute, async (c) => {
    const { id } = c.req.valid("param");
    const q = c.req.valid("query");
    const page = await outletCopyGroups(c.get("deps").handle.db, c.get("actor").workspaceId, id, {
      cursor: decodeCursor(q.cursor),
      limit: q.limit,
    });
    return c.json(page, 200);
  });
