import type { WebhookEvent } from "@kroscek/schema";
import { webhookDeliveries, webhookEndpoints } from "@kroscek/schema/tables";
import { and, eq, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import type { Db } from "../audit";
import type { JobQueue } from "../jobs/job-queue";

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

/**
 * Reports an event to every active endpoint of the workspace that subscribed to it, inside the
 * transaction of the change: the deliveries exist exactly when the change commits.
 */
export async function emitEvent(
  tx: Db,
  jobs: JobQueue | undefined,
  workspaceId: string,
  type: WebhookEvent,
  data: unknown,
): Promise<void> {
  if (!jobs) return;
  const endpoints = await tx
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.workspaceId, workspaceId),
        eq(webhookEndpoints.active, true),
        sql`${webhookEndpoints.events} ? ${type}`,
      ),
    );
  for (const e of endpoints) await queueDelivery(tx, jobs, workspaceId, e.id, type, data);
}
