import type { JOB_STATES } from "@kroscek/schema";
import { useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { keys } from "@/lib/query-keys";

export type JobState = (typeof JOB_STATES)[number];

/** The workspace's background jobs, newest first, optionally of one state (administrators). */
export const useJobs = (ws: string, state: JobState | null) =>
  useQuery({
    queryKey: [...keys.jobs(ws), state],
    queryFn: ({ signal }) =>
      api.get("/api/v1/workspaces/{workspace}/jobs", {
        path: { workspace: ws },
        query: { limit: 100, ...(state ? { state } : {}) },
        signal,
      }),
    select: (r) => r.items,
    // Jobs move from queued to running to finished on their own.
    refetchInterval: 3000,
  });
