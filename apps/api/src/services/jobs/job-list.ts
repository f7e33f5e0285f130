import { type Db, queryRows } from "@kroscek/db";
import type { Job, JobListQuerySchema } from "@kroscek/schema";
import { sql } from "drizzle-orm";
import type { z } from "zod";
import { JOB_SCHEMA } from "./job-queue";

interface JobRow {
  id: string;
  name: string;
  state: Job["state"];
  retry_count: number;
  retry_limit: number;
  created_on: Date | string;
  start_after: Date | string;
  started_on: Date | string | null;
  completed_on: Date | string | null;
  error: string | null;
}

const isoOf = (d: Date | string) => new Date(d).toISOString();

/**
 * The workspace's jobs, newest first, current and archived: every job carries its workspace in
 * its data, and only those are listed.
 */
export async function listJobs(
  db: Db,
  workspaceId: string,
  q: z.output<typeof JobListQuerySchema>,
): Promise<Job[]> {
  const schema = sql.raw(JOB_SCHEMA);
  const filters = sql`data->>'workspaceId' = ${workspaceId}
    ${q.state ? sql`and state = ${q.state}::${schema}.job_state` : sql``}
    ${q.name ? sql`and name = ${q.name}` : sql``}`;
  const columns = sql`id::text, name, state::text as state, retry_count, retry_limit, created_on, start_after,
    started_on, completed_on, case when output ? 'message' then output->>'message' end as error`;
  const rows = await queryRows<JobRow>(
    db,
    sql`select * from (
          select ${columns} from ${schema}.job where ${filters}
          union all
          select ${columns} from ${schema}.archive where ${filters}
        ) j order by created_on desc, id desc limit ${q.limit}`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    state: r.state,
    attempts: r.started_on ? r.retry_count + 1 : r.retry_count,
    retryLimit: r.retry_limit,
    createdAt: isoOf(r.created_on),
    startAfter: isoOf(r.start_after),
    startedAt: r.started_on ? isoOf(r.started_on) : null,
    completedAt: r.completed_on ? isoOf(r.completed_on) : null,
    lastError: r.error,
  }));
}
