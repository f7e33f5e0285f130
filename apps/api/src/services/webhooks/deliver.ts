import type { Database } from "@kroscek/db";
import { webhookDeliveries, webhookEndpoints } from "@kroscek/schema/tables";
import { and, eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { FetchError, type FetchLimits, safeFetch } from "../fetch/safe-fetch";
import type { JobKind } from "../jobs/job-queue";
import { DELIVER_JOB } from "./outbox";

export interface DeliveryOptions {
  retryLimit: number;
  retryDelaySeconds: number;
  /** Longest wait for a receiver's answer. */
  timeoutMs: number;
}

export const DEFAULT_DELIVERY: DeliveryOptions = { retryLimit: 8, retryDelaySeconds: 15, timeoutMs: 10_000 };

/**
 * The delivery job: signs the stored payload (Standard Webhooks: `webhook-id`, `webhook-timestamp`,
 * `webhook-signature: v1,<base64 HMAC-SHA256 of id.timestamp.body>`), POSTs it through the safe
 * fetcher (no redirects followed) and records the attempt. A non-2xx answer, a timeout or a
 * refused address fails the run, which pg-boss retries with exponential back-off; the last retry
 * marks the delivery failed.
 */
export function deliveryKind(
  db: Database,
  limits: FetchLimits,
  options: DeliveryOptions = DEFAULT_DELIVERY,
): JobKind<{ workspaceId: string; deliveryId: string }> {
  return {
    name: DELIVER_JOB,
    retryLimit: options.retryLimit,
    retryDelaySeconds: options.retryDelaySeconds,
    expireInSeconds: Math.ceil(options.timeoutMs / 1000) + 30,
    concurrency: 2,
    handler: async ({ workspaceId, deliveryId }, job) => {
      const [row] = await db
        .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
        .from(webhookDeliveries)
        .innerJoin(
          webhookEndpoints,
          and(
            eq(webhookEndpoints.workspaceId, webhookDeliveries.workspaceId),
            eq(webhookEndpoints.id, webhookDeliveries.endpointId),
          ),
        )
        .where(and(eq(webhookDeliveries.workspaceId, workspaceId), eq(webhookDeliveries.id, deliveryId)));
      // Already delivered (a run that finished just before its process died) or gone: nothing to send.
      if (row?.delivery.status !== "pending") return;
      const last = job.retryCount >= options.retryLimit;
      const record = (set: Partial<typeof webhookDeliveries.$inferInsert>) =>
        db
          .update(webhookDeliveries)
          .set({ attempts: job.retryCount + 1, lastAttemptAt: new Date(), ...set })
          .where(and(eq(webhookDeliveries.workspaceId, workspaceId), eq(webhookDeliveries.id, deliveryId)));
      if (!row.endpoint.active) {
        await record({ status: "failed", lastError: "the endpoint was deactivated" });
        return;
      }
      const body = JSON.stringify(row.delivery.payload);
      const now = new Date();
      const signature = new Webhook(row.endpoint.secret).sign(deliveryId, now, body);
      const started = performance.now();
      let outcome: { status?: number; error?: string };
      try {
        const res = await safeFetch(
          row.endpoint.url,
          { ...limits, timeoutMs: Math.min(limits.timeoutMs, options.timeoutMs), maxBytes: 64 * 1024 },
          {
            method: "POST",
            followRedirects: false,
            body,
            headers: {
              "content-type": "application/json",
              "webhook-id": deliveryId,
              "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
              "webhook-signature": signature,
            },
          },
        );
        outcome =
          res.status >= 200 && res.status < 300
            ? { status: res.status }
            : { status: res.status, error: `HTTP ${res.status}` };
      } catch (error) {
        outcome = {
          error: error instanceof FetchError ? `${error.reason}: ${error.message}` : (error as Error).message,
        };
      }
      const latency = Math.round(performance.now() - started);
      if (!outcome.error) {
        await record({
          status: "delivered",
          lastStatusCode: outcome.status ?? null,
          lastLatencyMs: latency,
          lastError: null,
          deliveredAt: new Date(),
        });
        return;
      }
      await record({
        status: last ? "failed" : "pending",
        lastStatusCode: outcome.status ?? null,
        lastLatencyMs: latency,
        lastError: outcome.error.slice(0, 500),
      });
      throw new Error(outcome.error);
    },
  };
}
