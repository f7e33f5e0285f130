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

  const actor = systemActor(workspaceId);
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
    try {
      // A link already archived (by another feed, or by hand) is not fetched again.
      const result = await archiveFromUrl(db, limits, actor, { url: entry.url }, jobs);
      await db
        .update(feedItems)
        .set({
          status: result.status === "created" ? "imported" : "duplicate",
          articleId: result.article.id,
          error: null,
        })
        .where(item);
    } catch (error) {
      const reason =
        error instanceof ApiError
          ? ((error.details as { reason?: string } | undefined)?.reason ?? error.message)
          : (error as Error).message;
      await db
        .update(feedItems)
        .set({ error: String(reason).slice(0, 500) })
        .where(item);
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
