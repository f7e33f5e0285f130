import type { Db } from "@kroscek/db";
import type { WebhookEvent } from "@kroscek/schema";
import { webhookDeliveries, webhookEndpoints } from "@kroscek/schema/tables";
import { and, eq, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import type { JobQueue } from "../jobs/job-queue";
import { jobsInScope } from "../jobs/job-scope";

export const DELIVER_JOB = "webhook.deliver";

/** What a receiver gets: Standard Webhooks' `type`, `timestamp` and `data`, with the event's id and workspace. */
export interface WebhookPayload {
  id: string;
  type: WebhookEvent | "webhook.test";
  timestamp: string;
  workspace: { id: string };
  data: unknown;
}

/** Queues one delivery (outbox row + its job) in the caller's transaction. */
export async function queueDelivery(
  tx: Db,
  jobs: JobQueue,
  workspaceId: string,
  endpointId: string,
  type: WebhookPayload["type"],
  data: unknown,
): Promise<string> {
  const id = uuidv7();
  const payload: WebhookPayload = {
    id,
    type,
    timestamp: new Date().toISOString(),
    workspace: { id: workspaceId },
    data: JSON.parse(JSON.stringify(data)),
  };
  await tx.insert(webhookDeliveries).values({ workspaceId, id, endpointId, eventType: type, payload });
  await jobs.send(DELIVER_JOB, { workspaceId, deliveryId: id }, { tx });
  return id;
}

/** The active endpoints of the workspace subscribed to `type`. */
async function subscribers(tx: Db, workspaceId: string, type: WebhookEvent): Promise<string[]> {
  const rows = await tx
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.workspaceId, workspaceId),
        eq(webhookEndpoints.active, true),
        sql`${webhookEndpoints.events} ? ${type}`,
      ),
    );
  return rows.map((r) => r.id);
}

/**
 * Reports an event to every active endpoint of the workspace that subscribed to it, inside the
 * transaction of the change: the deliveries exist exactly when the change commits. Without a
 * queue given, the one of the request or job in progress is used; with none, nothing is sent.
 */
export async function emitEvent(
  tx: Db,
  jobs: JobQueue | undefined,
  workspaceId: string,
  type: WebhookEvent,
  data: unknown,
): Promise<void> {
  await emitEvents(tx, jobs, workspaceId, type, [], async () => [data]);
}

/**
 * Reports one event per object of `ids` (loaded by `load` only when an endpoint listens), in the
 * caller's transaction: used for findings, which arrive by the hundred in a re-detection.
 */
export async function emitEvents<T>(
  tx: Db,
  jobs: JobQueue | undefined,
  workspaceId: string,
  type: WebhookEvent,
  ids: readonly T[],
  load: (ids: readonly T[]) => Promise<unknown[]>,
): Promise<void> {
  const queue = jobs ?? jobsInScope();
  if (!queue) return;
  const endpoints = await subscribers(tx, workspaceId, type);
  if (endpoints.length === 0) return;
  const objects = await load(ids);
  for (const data of objects)
    for (const id of endpoints) await queueDelivery(tx, queue, workspaceId, id, type, data);
}
