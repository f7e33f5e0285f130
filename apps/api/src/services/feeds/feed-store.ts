import type { Database, Db } from "@kroscek/db";
import type { Feed, FeedCreateSchema, FeedPatchSchema } from "@kroscek/schema";
import { feedItems, feeds } from "@kroscek/schema/tables";
import { and, desc, eq, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import type { z } from "zod";
import { ApiError, conflict, notFound } from "../../lib/api-error";
import { iso, isoOrNull } from "../../lib/serialize";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { checkUrl, FetchError, type FetchLimits } from "../fetch/safe-fetch";
import type { JobQueue } from "../jobs/job-queue";
import { failStaleOrMissing } from "../versioned";
import { POLL_JOB } from "./poll-feed";

type Row = typeof feeds.$inferSelect;
interface ItemCounts {
  imported: number;
  failed: number;
  retrying: number;
  lastError: string | null;
}
const NO_ITEMS: ItemCounts = { imported: 0, failed: 0, retrying: 0, lastError: null };

const toFeed = (r: Row, counts: ItemCounts): Feed => ({
  id: r.id,
  url: r.url,
  title: r.title,
  active: r.active,
  pollIntervalMinutes: Math.round(r.pollIntervalSeconds / 60),
  lastPolledAt: isoOrNull(r.lastPolledAt),
  lastResult: r.lastResult,
  lastError: r.lastError,
  failures: r.failures,
  nextPollAt: iso(r.nextPollAt),
  itemsImported: counts.imported,
  itemsFailed: counts.failed,
  itemsRetrying: counts.retrying,
  lastItemError: counts.lastError,
  createdAt: iso(r.createdAt),
  version: r.version,
});

async function countsOf(db: Db, workspaceId: string) {
  const rows = await db
    .select({
      feedId: feedItems.feedId,
      imported: sql<number>`count(*) filter (where ${feedItems.status} in ('imported', 'duplicate'))::int`,
      failed: sql<number>`count(*) filter (where ${feedItems.status} = 'failed')::int`,
      retrying: sql<number>`count(*) filter (where ${feedItems.status} = 'retrying')::int`,
      lastError: sql<
        string | null
      >`(array_agg(${feedItems.error} order by ${feedItems.createdAt} desc) filter (where ${feedItems.status} in ('failed', 'retrying')))[1]`,
    })
    .from(feedItems)
    .where(eq(feedItems.workspaceId, workspaceId))
    .groupBy(feedItems.feedId);
  return new Map<string, ItemCounts>(
    rows.map((r) => [
      r.feedId,
      {
        imported: Number(r.imported),
        failed: Number(r.failed),
        retrying: Number(r.retrying),
        lastError: r.lastError ?? null,
      },
    ]),
  );
}

export async function listFeeds(db: Db, workspaceId: string): Promise<Feed[]> {
  const rows = await db
    .select()
    .from(feeds)
    .where(eq(feeds.workspaceId, workspaceId))
    .orderBy(desc(feeds.createdAt));
  const counts = await countsOf(db, workspaceId);
  return rows.map((r) => toFeed(r, counts.get(r.id) ?? NO_ITEMS));
}

export async function getFeed(db: Db, workspaceId: string, id: string): Promise<Feed> {
  const [row] = await db
    .select()
    .from(feeds)
    .where(and(eq(feeds.workspaceId, workspaceId), eq(feeds.id, id)));
  if (!row) throw notFound("Feed");
  return toFeed(row, (await countsOf(db, workspaceId)).get(id) ?? NO_ITEMS);
}

/** Follows a feed and queues its first poll in the same transaction. */
export async function createFeed(
  db: Database,
  jobs: JobQueue,
  actor: Actor,
  limits: FetchLimits,
  input: z.output<typeof FeedCreateSchema>,
): Promise<Feed> {
  try {
    await checkUrl(input.url, limits);
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    // A feed host that does not resolve yet is reported by the poll; a refused address never is.
    if (error.reason !== "unreachable")
      throw new ApiError("validation_failed", `Feed URL refused: ${error.message}`, {
        reason: "blocked_address",
        issues: [{ path: "url", message: error.message }],
      });
  }
  return db.transaction(async (tx) => {
    const id = uuidv7();
    const inserted = await tx
      .insert(feeds)
      .values({
        workspaceId: actor.workspaceId,
        id,
        url: input.url,
        pollIntervalSeconds: input.pollIntervalMinutes * 60,
        createdBy: actor.userId,
      })
      .onConflictDoNothing()
      .returning();
    if (!inserted[0]) throw conflict("This workspace already follows that feed");
    await audit(tx, actor, { action: "feed.create", targetType: "feed", targetId: id, after: inserted[0] });
    await jobs.send(POLL_JOB, { workspaceId: actor.workspaceId, feedId: id }, { tx });
    return toFeed(inserted[0], NO_ITEMS);
  });
}

/** Pauses, resumes or re-times a feed; resuming makes it due at once. */
export async function updateFeed(tx: Db, actor: Actor, id: string, input: z.output<typeof FeedPatchSchema>) {
  const [before] = await tx
    .select()
    .from(feeds)
    .where(and(eq(feeds.workspaceId, actor.workspaceId), eq(feeds.id, id)));
  if (!before) throw notFound("Feed");
  const [row] = await tx
    .update(feeds)
    .set({
      ...(input.active === undefined ? {} : { active: input.active }),
      ...(input.active && !before.active ? { nextPollAt: new Date(), failures: 0 } : {}),
      ...(input.pollIntervalMinutes === undefined
        ? {}
        : { pollIntervalSeconds: input.pollIntervalMinutes * 60 }),
      version: before.version + 1,
    })
    .where(and(eq(feeds.workspaceId, actor.workspaceId), eq(feeds.id, id), eq(feeds.version, input.version)))
    .returning();
  if (!row) return failStaleOrMissing(tx, feeds, actor.workspaceId, id, "Feed", input.version);
  await audit(tx, actor, { action: "feed.update", targetType: "feed", targetId: id, before, after: row });
  return getFeed(tx, actor.workspaceId, id);
}

/** Stops following a feed; the articles it brought in stay. */
export async function deleteFeed(tx: Db, actor: Actor, id: string): Promise<void> {
  const [before] = await tx
    .select()
    .from(feeds)
    .where(and(eq(feeds.workspaceId, actor.workspaceId), eq(feeds.id, id)));
  if (!before) throw notFound("Feed");
  await tx.delete(feeds).where(and(eq(feeds.workspaceId, actor.workspaceId), eq(feeds.id, id)));
  await audit(tx, actor, { action: "feed.delete", targetType: "feed", targetId: id, before });
}
