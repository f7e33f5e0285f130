import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { type DatabaseHandle, migrate, openDatabase } from "@kroscek/db";
import { createApp } from "./app";
import { type DemoResult, loadDemo } from "./demo/load-demo";
import type { Env } from "./env";
import { snapshotRunner } from "./services/reliability";

export const defaultWebDist = fileURLToPath(new URL("../../web/dist", import.meta.url));

/** Opens and migrates the configured database (PostgreSQL if DATABASE_URL is set, else PGlite). */
export async function openConfiguredDatabase(env: Env, purpose: string): Promise<DatabaseHandle> {
  const handle = await openDatabase({ url: env.DATABASE_URL, dataDir: env.KROSCEK_DATA_DIR, purpose });
  try {
    await migrate(handle);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

export interface RunningServer {
  url: string;
  handle: DatabaseHandle;
  demo: DemoResult | null;
  close(): Promise<void>;
}

/** Starts the API and the review UI on one origin. */
export async function startServer(env: Env): Promise<RunningServer> {
  const where = `http://${env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST}:${env.PORT}`;
  const handle = await openConfiguredDatabase(env, `server at ${where}`);
  let demo: DemoResult | null;
  try {
    demo = env.KROSCEK_DEMO === "on" ? await loadDemo(handle.db) : null;
  } catch (error) {
    await handle.close();
    throw error;
  }
  const app = createApp({
    handle,
    webDist: env.KROSCEK_WEB_DIST ?? defaultWebDist,
    publicUrl: env.KROSCEK_PUBLIC_URL,
    trustProxy: env.KROSCEK_TRUST_PROXY,
  });
  let server: ReturnType<typeof serve>;
  try {
    server = await new Promise<ReturnType<typeof serve>>((resolvePromise, reject) => {
      const s = serve({ fetch: app.fetch, hostname: env.HOST, port: env.PORT }, () => resolvePromise(s));
      s.once("error", reject);
    });
  } catch (error) {
    await handle.close();
    throw error;
  }
  // Picks up snapshots left queued or cut off by a previous run, then polls for work.
  const runner = snapshotRunner(handle.db);
  runner.start(handle.kind === "pglite");
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  const url = `http://${env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST}:${port}`;
  return {
    url,
    handle,
    demo,
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await runner.stop();
      await handle.close();
    },
  };
}
