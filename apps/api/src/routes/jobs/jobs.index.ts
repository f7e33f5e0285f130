import { createRouter } from "../../lib/router";
import { listJobs } from "../../services/jobs/job-list";
import { listJobsRoute } from "./jobs.routes";

export const jobRoutes = createRouter().openapi(listJobsRoute, async (c) => {
  const items = await listJobs(c.get("deps").handle.db, c.get("actor").workspaceId, c.req.valid("query"));
  return c.json({ items }, 200);
});
