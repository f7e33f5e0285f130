import {
  ErrorEnvelopeSchema,
  WebhookDeliverySchema,
  WebhookEndpointCreatedSchema,
  WebhookEndpointSchema,
} from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { fetchLimitsOf } from "../../env";
import { createAppJobs } from "../../services/jobs/app-jobs";
import { startTestServer, TEST_DELIVERY, type TestServer } from "../../test/harness";
import { type NewsSite, startNewsSite } from "../../test/news-site";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";
import { startReceiver } from "../../test/webhook-receiver";

const Deliveries = z.object({ items: z.array(WebhookDeliverySchema) });

describe("webhooks", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let site: NewsSite;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const limits = fetchLimitsOf({
    KROSCEK_FETCH_ALLOW: "127.0.0.1",
    KROSCEK_FETCH_MAX_BYTES: 1024 * 1024,
    KROSCEK_FETCH_TIMEOUT_MS: 3000,
  });
  const path = (rest = "") => `/api/v1/workspaces/${a.slug}/webhooks${rest}`;
  const register = async (hook: string, events: string[]) => {
    const res = await s.json("POST", path(), a.tokens.admin, { url: `${receiver.url}${hook}`, events });
    expect(res.status).toBe(201);
    const created = WebhookEndpointCreatedSchema.parse(res.body);
    receiver.secrets.set(hook, created.secret);
    return created;
  };
  const deliveries = async (endpointId: string) =>
    Deliveries.parse((await s.json("GET", path(`/${endpointId}/deliveries`), a.tokens.admin)).body).items;
  const until = async (check: () => Promise<boolean> | boolean, ms = 30_000) => {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error("timed out");
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  beforeAll(async () => {
    receiver = await startReceiver();
    site = await startNewsSite();
    s = await startTestServer({ fetchLimits: limits });
    a = await seedWorkspace(s.t.db, "hooks");
  });
  afterAll(async () => {
    await s?.close();
    await receiver?.close();
    await site?.close();
  });

  it("delivers article.archived, signed so the receiver verifies it, written with the article", async () => {
    const hook = await register("/archived", ["article.archived"]);
    const res = await s.json("POST", `/api/v1/workspaces/${a.slug}/articles/from-url`, a.tokens.factchecker, {
      url: `${site.url}/berita/banjir-bekasi`,
    });
    expect(res.status).toBe(201);
    await until(() => receiver.received.some((r) => r.body.type === "article.archived"));
    const got = receiver.received.find((r) => r.body.type === "article.archived");
    expect(got?.verified).toBe(true);
    expect(got?.body.workspace.id).toBe(a.id);
    expect(JSON.stringify(got?.body.data)).toContain("Banjir rendam ribuan rumah di Bekasi");
    await until(async () => (await deliveries(hook.id))[0]?.status === "delivered");
    const [log] = await deliveries(hook.id);
    expect(log?.attempts).toBe(1);
    expect(log?.lastStatusCode).toBe(204);
    expect(log?.lastLatencyMs).toBeGreaterThanOrEqual(0);
  });

  it("retries after 500s and after a timeout, with one webhook-id throughout, until delivered", async () => {
    const hook = await register("/flaky", ["flag.raised"]);
    receiver.plans.set("/flaky", [500, "hang", 503]);
    const test = await s.json("POST", path(`/${hook.id}/test`), a.tokens.admin);
    expect(test.status).toBe(202);
    const queued = WebhookDeliverySchema.parse(test.body);
    await until(async () => (await deliveries(hook.id))[0]?.status === "delivered", 40_000);
    const attempts = receiver.received.filter((r) => r.id === queued.id);
    expect(attempts).toHaveLength(4);
    expect(attempts.every((r) => r.verified && r.body.type === "webhook.test")).toBe(true);
    const [log] = await deliveries(hook.id);
    expect(log?.attempts).toBe(4);
  }, 60_000);

  it("keeps a delivery across a restart of the job system and delivers it once", async () => {
    const hook = await register("/restart", ["verdict.published"]);
    receiver.plans.set("/restart", [500]);
    await s.jobs.stop();
    const test = await s.json("POST", path(`/${hook.id}/test`), a.tokens.admin);
    // Queued while nothing runs: the outbox row and its job wait in the database.
    expect(test.status).toBe(202);
    const queued = WebhookDeliverySchema.parse(test.body);
    expect((await deliveries(hook.id))[0]?.status).toBe("pending");
    const restarted = createAppJobs(s.t, {
      fetchLimits: limits,
      delivery: TEST_DELIVERY,
      maintenanceIntervalSeconds: 1,
      pollingIntervalSeconds: 0.5,
    });
    await restarted.start();
    try {
      await until(async () => (await deliveries(hook.id))[0]?.status === "delivered", 30_000);
    } finally {
      await restarted.stop();
    }
    const attempts = receiver.received.filter((r) => r.id === queued.id);
    expect(attempts.map((r) => r.verified)).toEqual([true, true]);
  }, 60_000);

  it("refuses endpoints on private, loopback-without-allow-list and metadata addresses", async () => {
    for (const url of ["http://10.0.0.5/hook", "http://169.254.169.254/latest", "http://[fd00::1]/x"]) {
      const res = await s.json("POST", path(), a.tokens.admin, { url, events: ["flag.raised"] });
      expect(res.status, url).toBe(422);
      expect(ErrorEnvelopeSchema.parse(res.body).error.details).toMatchObject({ reason: "blocked_address" });
    }
    const bad = await s.json("POST", path(), a.tokens.admin, {
      url: "ftp://x.example/",
      events: ["flag.raised"],
    });
    expect(bad.status).toBe(422);
    const none = await s.json("POST", path(), a.tokens.admin, { url: `${receiver.url}/x`, events: [] });
    expect(none.status).toBe(422);
  });

  it("lists endpoints without secrets, edits with versions, removes, and is for administrators only", async () => {
    const hook = await register("/edit", ["snapshot.finished"]);
    const list = await s.json("GET", path(), a.tokens.admin);
    expect(JSON.stringify(list.body)).not.toContain("whsec_");
    const off = await s.json("PATCH", path(`/${hook.id}`), a.tokens.admin, { active: false, version: 1 });
    expect(WebhookEndpointSchema.parse(off.body).active).toBe(false);
    const stale = await s.json("PATCH", path(`/${hook.id}`), a.tokens.admin, { active: true, version: 1 });
    expect(stale.status).toBe(409);
    expect((await s.json("GET", path(), a.tokens.editor)).status).toBe(403);
    expect((await s.json("DELETE", path(`/${hook.id}`), a.tokens.admin)).status).toBe(200);
    expect((await s.json("GET", path(`/${hook.id}/deliveries`), a.tokens.admin)).status).toBe(404);
  });
});
