import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createTestDatabase, type TestDatabase } from "@kroscek/db/testing";
import { createApp } from "../app";

export interface TestServer {
  t: TestDatabase;
  url: string;
  /** fetch against the running server, with a path like `/api/health`. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** Starts the real app over real HTTP on a free loopback port, on a scratch test database. */
export async function startTestServer(): Promise<TestServer> {
  const t = await createTestDatabase();
  const app = createApp({ handle: t });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    t,
    url,
    fetch: (path, init) => fetch(`${url}${path}`, init),
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await t.close();
    },
  };
}
