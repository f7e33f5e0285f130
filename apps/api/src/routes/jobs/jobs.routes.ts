import { z } from "@hono/zod-openapi";
import { JobListQuerySchema, JobSchema } from "@kroscek/schema";
import { jsonResponse, WsParams, workspaceRoute } from "../../lib/define-route";

export const listJobsRoute = workspaceRoute({
  operationId: "listJobs",
  method: "get",
  path: "/api/v1/workspaces/{workspace}/jobs",
  tags: ["Jobs"],
  summary: "Background jobs of this workspace (snapshots, feed polls, webhook deliveries)",
  description:
    "Newest first, at most `limit`: state, runs so far, retry limit, times and the last error. Finished " +
    "jobs stay listed for a week (failed ones two), then are archived and deleted after 30 days.",
  permission: "workspace.admin",
  request: { params: WsParams, query: JobListQuerySchema },
  responses: { 200: jsonResponse(z.object({ items: z.array(JobSchema) }).openapi("JobList"), "The jobs") },
});
