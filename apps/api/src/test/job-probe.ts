import type { Database } from "@kroscek/db";
import { sql } from "drizzle-orm";
import type { JobKind } from "../services/jobs/job-queue";

/** A job for tests of the job system: each run records its start and, if it gets there, its end. */
export function probeKind(db: Database, work: () => Promise<void>): JobKind<{ label: string }> {
  return {
    name: "test.probe",
    retryLimit: 3,
    retryDelaySeconds: 1,
    expireInSeconds: 2,
    handler: async (data, job) => {
      await db.execute(
        sql`insert into job_probe (job_id, label, phase) values (${job.id}, ${data.label}, 'started')`,
      );
      await work();
      await db.execute(
        sql`insert into job_probe (job_id, label, phase) values (${job.id}, ${data.label}, 'finished')`,
      );
    },
  };
}

export const createProbeTable = (db: Database) =>
  db.execute(
    sql`create table if not exists job_probe (job_id text not null, label text not null, phase text not null, at timestamptz not null default now())`,
  );
