import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createTestDatabase, type TestDatabase } from "@kroscek/db/testing";
import { createApp } from "../app";
import type { AppDeps } from "../lib/context";
import { DEFAULT_LIMITS, type Resolver } from "../services/fetch/safe-fetch";
import { type AppJobsOptions, createAppJobs } from "../services/jobs/app-jobs";
import type { JobQueue } from "../services/jobs/job-queue";
import { waitForSnapshots } from "../services/snapshots/runner";

export interface TestServer {
  t: TestDatabase;
  url: string;
  jobs: JobQueue;
  /** fetch against the running server, with a path like `/api/health`. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** JSON request helper: returns status and parsed body. */
  json<T = unknown>(
    method: string,
    path: string,
    token: string | null,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

const offline: Resolver = async (host) => {
  throw new Error(`${host}: tests do not resolve host names`);
};

/** Webhook deliveries in tests: quick retries (1 s, 2 s, 4 s, 8 s) and a 1 s timeout. */
export const TEST_DELIVERY = { retryLimit: 4, retryDelaySeconds: 1, timeoutMs: 1000 };

/** Starts the real app over real HTTP on a free loopback port, on a scratch test database. */
export async function startTestServer(
  deps: Omit<AppDeps, "handle"> = {},
  jobOptions: Partial<AppJobsOptions> = {},
  /** Without a running job system (as one-shot commands are): the app gets no queue. */
  { withoutJobs = false }: { withoutJobs?: boolean } = {},
): Promise<TestServer> {
  const t = await createTestDatabase();
  // Tests reach only the machine itself: no host name resolves unless a test brings its resolver.
  const fetchLimits = { resolve: offline, ...(deps.fetchLimits ?? DEFAULT_LIMITS) };
  const jobs =
    deps.jobs ??
    createAppJobs(t, {
      fetchLimits,
      maintenanceIntervalSeconds: 1,
      pollingIntervalSeconds: 0.5,
      delivery: TEST_DELIVERY,
      ...jobOptions,
    });
  if (!withoutJobs) await jobs.start();
  const app = createApp({ handle: t, ...deps, fetchLimits, ...(withoutJobs ? {} : { jobs }) });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    t,
    url,
    jobs,
    fetch: (path, init) => fetch(`${url}${path}`, init),
    json: async (method, path, token, body) => {
      const headers: Record<string, string> = {};
      if (token) headers.authorization = `Bearer ${token}`;
      if (body !== undefined) headers["content-type"] = "application/json";
      const res = await fetch(`${url}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      const isJson = (res.headers.get("content-type") ?? "").includes("json");
      return { status: res.status, body: (text && isJson ? JSON.parse(text) : text || null) as never };
    },
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await jobs.stop();
      // Snapshots a test queued finish before the database goes away.
      await waitForSnapshots();
      await t.close();
    },
  };
}
