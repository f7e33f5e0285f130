import type { Database } from "@kroscek/db";
import { feedItems, feeds } from "@kroscek/schema/tables";
import { and, eq, lte, sql } from "drizzle-orm";
import { ApiError } from "../../lib/api-error";
import { systemActor } from "../actor";
import { FetchError, type FetchLimits, safeFetch } from "../fetch/safe-fetch";
import { archiveFromUrl } from "../ingest/archive-url";
import { decodePage } from "../ingest/decode-page";
import type { JobKind, JobQueue } from "../jobs/job-queue";
import { parseFeed } from "./parse-feed";

export const POLL_JOB = "feed.poll";
export const TICK_JOB = "feeds.tick";
export const ITEM_JOB = "feed.item";
/** Reasons an item may archive on a later try; the others (not a page, no text, …) are final. */
const PASSING = new Set(["timeout", "http_status", "unreachable"]);

/** How often, and how soon, an item that failed to archive is tried again. */
export interface ItemRetry {
  /** Further attempts after the first. */
  retryLimit: number;
  /** Seconds before the second attempt; doubled each time. */
  retryDelaySeconds: number;
}
export const DEFAULT_ITEM_RETRY: ItemRetry = { retryLimit: 4, retryDelaySeconds: 60 };
/** The longest wait between polls of a failing feed. */
const MAX_BACKOFF_SECONDS = 24 * 3600;
/** Items archived per poll: a feed listing hundreds at once is read over several polls. */
const ITEMS_PER_POLL = 30;

type FeedRow = typeof feeds.$inferSelect;

const header = (h: Record<string, string | string[] | undefined>, name: string) => {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
};

/** Marks a feed as queued for polling and queues the poll, in one transaction. */
export async function queuePoll(db: Database, jobs: JobQueue, workspaceId: string, feedId: string) {
  await db.transaction(async (tx) => {
    await jobs.send(POLL_JOB, { workspaceId, feedId }, { tx });
  });
}

async function finishPoll(
  db: Database,
  feed: FeedRow,
  set: Partial<typeof feeds.$inferInsert>,
  failed: boolean,
) {
  const failures = failed ? feed.failures + 1 : 0;
  const wait = failed
    ? Math.min(feed.pollIntervalSeconds * 2 ** Math.min(failures, 10), MAX_BACKOFF_SECONDS)
    : feed.pollIntervalSeconds;
  await db
    .update(feeds)
    .set({
      ...set,
      failures,
      lastPolledAt: new Date(),
      nextPollAt: new Date(Date.now() + wait * 1000),
      ...(failed ? {} : { lastError: null }),
    })
    .where(and(eq(feeds.workspaceId, feed.workspaceId), eq(feeds.id, feed.id)));
}

/**
 * One poll: a conditional GET (ETag, Last-Modified), then each item not seen before is archived
 * as in `POST …/articles/from-url`. An item is recorded before it is archived, under a key unique
 * per feed, so it never imports twice, whatever happens to later polls.
 */
export async function pollFeed(
  db: Database,
  limits: FetchLimits,
  jobs: JobQueue | undefined,
  workspaceId: string,
  feedId: string,
) {
  const [feed] = await db
    .select()
    .from(feeds)
    .where(and(eq(feeds.workspaceId, workspaceId), eq(feeds.id, feedId)));
  if (!feed?.active) return;
  let res: Awaited<ReturnType<typeof safeFetch>>;
  try {
    res = await safeFetch(feed.url, limits, {
      headers: {
        accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8",
        ...(feed.etag ? { "if-none-match": feed.etag } : {}),
        ...(feed.lastModified ? { "if-modified-since": feed.lastModified } : {}),
      },
    });
  } catch (error) {
    const message =
      error instanceof FetchError ? `${error.reason}: ${error.message}` : (error as Error).message;
    await finishPoll(db, feed, { lastResult: "error", lastError: message.slice(0, 500) }, true);
    return;
  }
  if (res.status === 304) return finishPoll(db, feed, { lastResult: "not_modified" }, false);
  if (res.status < 200 || res.status > 299)
    return finishPoll(db, feed, { lastResult: "error", lastError: `HTTP ${res.status}` }, true);
  const parsed = parseFeed(decodePage(res.body, header(res.headers, "content-type")).text);
  if (!parsed)
    return finishPoll(db, feed, { lastResult: "error", lastError: "not an RSS or Atom feed" }, true);

  let archived = 0;
  for (const entry of parsed.entries) {
    if (archived >= ITEMS_PER_POLL) break;
    const claimed = await db
      .insert(feedItems)
      .values({
        workspaceId,
        feedId,
        itemKey: entry.key.slice(0, 2000),
        url: entry.url,
        title: entry.title,
        status: "failed",
        error: "not archived yet",
      })
      .onConflictDoNothing()
      .returning({ key: feedItems.itemKey });
    if (!claimed[0]) continue;
    archived++;
    const item = and(
      eq(feedItems.workspaceId, workspaceId),
      eq(feedItems.feedId, feedId),
      eq(feedItems.itemKey, claimed[0].key),
    );
    if (!entry.url) {
      await db.update(feedItems).set({ error: "the item has no link" }).where(item);
      continue;
    }
    const failure = await archiveItem(db, limits, jobs, workspaceId, feedId, claimed[0].key, entry.url);
    if (!failure) continue;
    if (failure.passing && jobs?.has(ITEM_JOB)) {
      // Tried again by its own job, later each time, a bounded number of times.
      await db.transaction(async (tx) => {
        await tx.update(feedItems).set({ status: "retrying", error: failure.reason }).where(item);
        await jobs.send(ITEM_JOB, { workspaceId, feedId, itemKey: claimed[0]?.key ?? "" }, { tx });
      });
    } else {
      await db.update(feedItems).set({ error: failure.reason }).where(item);
    }
  }
  await finishPoll(
    db,
    feed,
    {
      lastResult: "ok",
      title: feed.title ?? parsed.title,
      etag: header(res.headers, "etag") ?? null,
      lastModified: header(res.headers, "last-modified") ?? null,
    },
    false,
  );
}

const itemWhere = (workspaceId: string, feedId: string, itemKey: string) =>
  and(eq(feedItems.workspaceId, workspaceId), eq(feedItems.feedId, feedId), eq(feedItems.itemKey, itemKey));

/**
 * One attempt at archiving a feed item: on success the item records its article; on failure the
 * reason is returned (the caller records it) with whether a later try may succeed.
 */
async function archiveItem(
  db: Database,
  limits: FetchLimits,
  jobs: JobQueue | undefined,
  workspaceId: string,
  feedId: string,
  itemKey: string,
  url: string,
): Promise<{ reason: string; passing: boolean } | null> {
  const where = itemWhere(workspaceId, feedId, itemKey);
  await db
    .update(feedItems)
    .set({ attempts: sql`${feedItems.attempts} + 1` })
    .where(where);
  try {
    // A link already archived (by another feed, or by hand) is not fetched again.
    const result = await archiveFromUrl(db, limits, systemActor(workspaceId), { url }, jobs);
    await db
      .update(feedItems)
      .set({
        status: result.status === "created" ? "imported" : "duplicate",
        articleId: result.article.id,
        error: null,
      })
      .where(where);
    return null;
  } catch (error) {
    const reason =
      error instanceof ApiError
        ? ((error.details as { reason?: string } | undefined)?.reason ?? error.message)
        : (error as Error).message;
    const passing = !(error instanceof ApiError) || PASSING.has(reason);
    const message = error instanceof ApiError && error.message ? `${reason}: ${error.message}` : reason;
    return { reason: String(message).slice(0, 500), passing };
  }
}

/**
 * Archives a feed item again after a failure that may pass. A failure throws, so the job system
 * tries later (the delay doubling each time); after the last allowed attempt, or on a final
 * reason, the item stays failed with its reason.
 */
export function itemKind(
  db: Database,
  limits: FetchLimits,
  jobs: () => JobQueue,
  retry: ItemRetry = DEFAULT_ITEM_RETRY,
): JobKind<{ workspaceId: string; feedId: string; itemKey: string }> {
  return {
    name: ITEM_JOB,
    // The poll made the first attempt; the job's runs are the further ones.
    retryLimit: Math.max(retry.retryLimit - 1, 0),
    retryDelaySeconds: retry.retryDelaySeconds,
    expireInSeconds: 5 * 60,
    // The first run waits one delay too: the poll has just tried.
    startAfterSeconds: retry.retryDelaySeconds,
    handler: async ({ workspaceId, feedId, itemKey }, job) => {
      const where = itemWhere(workspaceId, feedId, itemKey);
      const [row] = await db.select().from(feedItems).where(where);
      if (row?.status !== "retrying" || !row.url) return;
      const failure = await archiveItem(db, limits, jobs(), workspaceId, feedId, itemKey, row.url);
      if (!failure) return;
      const last = !failure.passing || job.retryCount >= retry.retryLimit - 1;
      await db
        .update(feedItems)
        .set({ status: last ? "failed" : "retrying", error: failure.reason })
        .where(where);
      // Retried while attempts remain; the last one stays visible as a failed job with its reason.
      if (failure.passing) throw new Error(failure.reason);
    },
  };
}

/** Polls one feed; a crash mid-poll is retried by the job system, and seen items stay seen. */
export function pollKind(
  db: Database,
  limits: FetchLimits,
  jobs: () => JobQueue,
): JobKind<{ workspaceId: string; feedId: string }> {
  return {
    name: POLL_JOB,
    retryLimit: 2,
    retryDelaySeconds: 30,
    expireInSeconds: 15 * 60,
    handler: ({ workspaceId, feedId }) => pollFeed(db, limits, jobs(), workspaceId, feedId),
  };
}

/** Each minute: queues a poll of every active feed that is due, pushing its next poll out meanwhile. */
export function tickKind(db: Database, jobs: () => JobQueue): JobKind<Record<string, never>> {
  return {
    name: TICK_JOB,
    retryLimit: 0,
    retryDelaySeconds: 1,
    expireInSeconds: 120,
    handler: async () => {
      await db.transaction(async (tx) => {
        const due = await tx
          .update(feeds)
          .set({ nextPollAt: sql`now() + make_interval(secs => ${feeds.pollIntervalSeconds})` })
          .where(and(eq(feeds.active, true), lte(feeds.nextPollAt, new Date())))
          .returning({ workspaceId: feeds.workspaceId, id: feeds.id });
        for (const f of due)
          await jobs().send(POLL_JOB, { workspaceId: f.workspaceId, feedId: f.id }, { tx });
      });
    },
  };
}
