import type { DatabaseHandle } from "@kroscek/db";
import { type ItemRetry, itemKind, pollKind, tickKind } from "../feeds/poll-feed";
import type { FetchLimits } from "../fetch/safe-fetch";
import { type ArchiveRetry, archiveKind } from "../ingest/archive-job";
import { refreshKind } from "../snapshots/refresh";
import { type SnapshotJobTiming, snapshotKind } from "../snapshots/runner";
import { DEFAULT_DELIVERY, type DeliveryOptions, deliveryKind } from "../webhooks/deliver";
import { JobQueue } from "./job-queue";

export interface AppJobsOptions {
  fetchLimits: FetchLimits;
  delivery?: DeliveryOptions;
  /** Shorter intervals for tests. */
  maintenanceIntervalSeconds?: number;
  pollingIntervalSeconds?: number;
  snapshots?: SnapshotJobTiming;
  /** Below how many engine claims a write recomputes in full instead of refreshing. */
  refreshMinClaims?: number;
  /** Retries of feed items that failed to archive. */
  feedItems?: ItemRetry;
  /** Retries of URLs that failed to archive. */
  archives?: ArchiveRetry;
}

/** The server's job queue with every kind of job the product runs registered on it. */
export function createAppJobs(handle: DatabaseHandle, options: AppJobsOptions): JobQueue {
  const queue = new JobQueue(handle, options);
  queue.define(deliveryKind(handle.db, options.fetchLimits, options.delivery ?? DEFAULT_DELIVERY));
  queue.define(pollKind(handle.db, options.fetchLimits, () => queue));
  queue.define(itemKind(handle.db, options.fetchLimits, () => queue, options.feedItems));
  queue.define(archiveKind(handle.db, options.fetchLimits, () => queue, options.archives));
  queue.define({ ...tickKind(handle.db, () => queue), cron: "* * * * *" });
  queue.define(snapshotKind(handle.db, { ...options.snapshots, embedded: handle.kind === "pglite" }));
  queue.define(
    refreshKind(
      handle.db,
      options.refreshMinClaims === undefined ? {} : { minClaims: options.refreshMinClaims },
    ),
  );
  return queue;
}
