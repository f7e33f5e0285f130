import { AsyncLocalStorage } from "node:async_hooks";
import type { Database } from "@kroscek/db";
import type { JobQueue } from "./job-queue";

/**
 * The job queue of the work in progress (a request, or a job being run), so code deep inside a
 * transaction (detection, for instance) can report events without every caller passing it down.
 */
const scope = new AsyncLocalStorage<JobQueue>();

/** Runs `work` with `jobs` as the queue of everything it does. */
export const withJobs = <T>(jobs: JobQueue | undefined, work: () => T): T =>
  jobs ? scope.run(jobs, work) : work();

/** The queue of the request or job in progress, if any. */
export const jobsInScope = (): JobQueue | undefined => scope.getStore();

const byDatabase = new WeakMap<Database, JobQueue>();

/** Records the queue that runs over a database (work started outside any request finds it here). */
export const registerJobs = (db: Database, jobs: JobQueue) => byDatabase.set(db, jobs);

/** The queue registered for a database, if any. */
export const jobsOfDatabase = (db: Database): JobQueue | undefined => byDatabase.get(db);
