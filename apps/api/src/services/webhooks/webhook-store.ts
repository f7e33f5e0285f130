import { randomBytes } from "node:crypto";
import type { Db } from "@kroscek/db";
import type {
  WebhookCreateSchema,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookPatchSchema,
} from "@kroscek/schema";
import { webhookDeliveries, webhookEndpoints } from "@kroscek/schema/tables";
import { and, desc, eq } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import type { z } from "zod";
import { ApiError, notFound } from "../../lib/api-error";
import { iso, isoOrNull } from "../../lib/serialize";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { checkUrl, FetchError, type FetchLimits } from "../fetch/safe-fetch";
import type { JobQueue } from "../jobs/job-queue";
import { failStaleOrMissing } from "../versioned";
import { queueDelivery } from "./outbox";

type Row = typeof webhookEndpoints.$inferSelect;
const toEndpoint = (r: Row): WebhookEndpoint => ({
  id: r.id,
  url: r.url,
  events: r.events as WebhookEndpoint["events"],
  active: r.active,
  description: r.description,
  createdAt: iso(r.createdAt),
  version: r.version,
});

/** The same address checks as fetching, at registration: a refused address is a 422 on `url`. */
async function requireAllowedUrl(url: string, limits: FetchLimits): Promise<void> {
  try {
    await checkUrl(url, limits);
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    if (error.reason === "unreachable") return; // A receiver not up yet is retried at delivery.
    throw new ApiError("validation_failed", `Webhook URL refused: ${error.message}`, {
      reason: "blocked_address",
      issues: [{ path: "url", message: error.message }],
    });
  }
}

export async function listEndpoints(db: Db, workspaceId: string): Promise<WebhookEndpoint[]> {
  const rows = await db
    .select()
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.workspaceId, workspaceId))
    .orderBy(desc(webhookEndpoints.createdAt));
  return rows.map(toEndpoint);
}

async function requireEndpoint(db: Db, workspaceId: string, id: string): Promise<Row> {
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.workspaceId, workspaceId), eq(webhookEndpoints.id, id)));
  if (!row) throw notFound("Webhook endpoint");
  return row;
}

export async function createEndpoint(
  tx: Db,
  actor: Actor,
  limits: FetchLimits,
  input: z.output<typeof WebhookCreateSchema>,
): Promise<WebhookEndpoint & { secret: string }> {
  await requireAllowedUrl(input.url, limits);
  const secret = `whsec_${randomBytes(32).toString("base64")}`;
  const [row] = await tx
    .insert(webhookEndpoints)
    .values({
      workspaceId: actor.workspaceId,
      id: uuidv7(),
      url: input.url,
      events: [...new Set(input.events)],
      active: input.active,
      description: input.description ?? null,
      secret,
      createdBy: actor.userId,
    })
    .returning();
  if (!row) throw new Error("webhook endpoint insert returned nothing");
  const { secret: _s, ...auditable } = row;
  await audit(tx, actor, {
    action: "webhook.create",
    targetType: "webhook",
    targetId: row.id,
    after: auditable,
  });
  return { ...toEndpoint(row), secret };
}

export async function updateEndpoint(
  tx: Db,
  actor: Actor,
  limits: FetchLimits,
  id: string,
  input: z.output<typeof WebhookPatchSchema>,
): Promise<WebhookEndpoint> {
  if (input.url) await requireAllowedUrl(input.url, limits);
  const { version, ...change } = input;
  const before = await requireEndpoint(tx, actor.workspaceId, id);
  const [row] = await tx
    .update(webhookEndpoints)
    .set({
      ...(change.url === undefined ? {} : { url: change.url }),
      ...(change.events === undefined ? {} : { events: [...new Set(change.events)] }),
      ...(change.active === undefined ? {} : { active: change.active }),
      ...(change.description === undefined ? {} : { description: change.description }),
      version: before.version + 1,
    })
    .where(
      and(
        eq(webhookEndpoints.workspaceId, actor.workspaceId),
        eq(webhookEndpoints.id, id),
        eq(webhookEndpoints.version, version),
      ),
    )
    .returning();
  if (!row)
    return failStaleOrMissing(tx, webhookEndpoints, actor.workspaceId, id, "Webhook endpoint", version);
  const { secret: _a, ...b } = before;
  const { secret: _b, ...a } = row;
  await audit(tx, actor, {
    action: "webhook.update",
    targetType: "webhook",
    targetId: id,
    before: b,
    after: a,
  });
  return toEndpoint(row);
}

export async function deleteEndpoint(tx: Db, actor: Actor, id: string): Promise<void> {
  const before = await requireEndpoint(tx, actor.workspaceId, id);
  await tx
    .delete(webhookEndpoints)
    .where(and(eq(webhookEndpoints.workspaceId, actor.workspaceId), eq(webhookEndpoints.id, id)));
  const { secret: _s, ...auditable } = before;
  await audit(tx, actor, {
    action: "webhook.delete",
    targetType: "webhook",
    targetId: id,
    before: auditable,
  });
}

/** "Send test event": one `webhook.test` delivery to this endpoint, whatever events it chose. */
export async function sendTestEvent(
  tx: Db,
  jobs: JobQueue,
  actor: Actor,
  id: string,
): Promise<WebhookDelivery> {
  await requireEndpoint(tx, actor.workspaceId, id);
  const deliveryId = await queueDelivery(tx, jobs, actor.workspaceId, id, "webhook.test", {
    message: "A test event from Kroscek",
  });
  const [row] = await tx
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.workspaceId, actor.workspaceId), eq(webhookDeliveries.id, deliveryId)));
  if (!row) throw new Error("test delivery vanished");
  return toDelivery(row);
}

const toDelivery = (r: typeof webhookDeliveries.$inferSelect): WebhookDelivery => ({
  id: r.id,
  endpointId: r.endpointId,
  eventType: r.eventType,
  status: r.status,
  attempts: r.attempts,
  lastStatusCode: r.lastStatusCode,
  lastLatencyMs: r.lastLatencyMs,
  lastError: r.lastError,
  createdAt: iso(r.createdAt),
  lastAttemptAt: isoOrNull(r.lastAttemptAt),
  deliveredAt: isoOrNull(r.deliveredAt),
});

/** The delivery log of one endpoint, newest first. */
export async function listDeliveries(db: Db, workspaceId: string, endpointId: string, limit: number) {
  await requireEndpoint(db, workspaceId, endpointId);
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.workspaceId, workspaceId), eq(webhookDeliveries.endpointId, endpointId)))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit);
  return rows.map(toDelivery);
}
