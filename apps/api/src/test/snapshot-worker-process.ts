// A server's job system for the snapshot-restart test: it takes a `reliability.snapshot` job,
// claims its snapshot as the real handler does, says so, and hangs mid-computation until the test
// kills it with SIGKILL.
import { openDatabase } from "@kroscek/db";
import { JobQueue } from "../services/jobs/job-queue";
import { SNAPSHOT_JOB, snapshotKind, snapshotRunner } from "../services/snapshots/runner";

const [where] = process.argv.slice(2);
if (!where) throw new Error("usage: snapshot-worker-process <postgres-url | data-dir>");
const handle = await openDatabase(
  where.startsWith("postgres") ? { url: where } : { dataDir: where, exclusive: true },
);
const queue = new JobQueue(handle, { pollingIntervalSeconds: 0.5 });
queue.define<{ workspaceId: string; snapshotId: string }>({
  ...snapshotKind(handle.db, { retryDelaySeconds: 1, expireInSeconds: 3 }),
  name: SNAPSHOT_JOB,
  handler: async ({ workspaceId, snapshotId }) => {
    await snapshotRunner(handle.db).claimForJob(workspaceId, snapshotId);
    process.stdout.write("started\n");
    await new Promise(() => {});
  },
});
await queue.start();
process.stdout.write("ready\n");
