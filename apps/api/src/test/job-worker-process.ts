// A worker process for the job-restart test: it takes a `probe` job, records that it started, and
// then hangs until the test kills it with SIGKILL.
import { openDatabase } from "@kroscek/db";
import { JobQueue } from "../services/jobs/job-queue";
import { probeKind } from "./job-probe";

const [where] = process.argv.slice(2);
if (!where) throw new Error("usage: job-worker-process <postgres-url | data-dir>");
const handle = await openDatabase(
  where.startsWith("postgres") ? { url: where } : { dataDir: where, exclusive: true },
);
const queue = new JobQueue(handle, { pollingIntervalSeconds: 0.5 });
queue.define(
  probeKind(handle.db, async () => {
    process.stdout.write("started\n");
    await new Promise(() => {});
  }),
);
await queue.start();
process.stdout.write("ready\n");
