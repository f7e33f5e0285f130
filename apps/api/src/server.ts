import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { type DatabaseHandle, migrate, openDatabase } from "@kroscek/db";
import { SnapshotCreateSchema } from "@kroscek/schema";
import { createApp } from "./app";
import { type DemoResult, loadDemo } from "./demo/load-demo";
import { type Env, fetchLimitsOf } from "./env";
import { createLogger } from "./lib/request-log";
import { systemActor } from "./services/actor";
import { createAppJobs } from "./services/jobs/app-jobs";
import { openSetup } from "./services/setup";
import {
  adoptOrphanSnapshots,
  releaseInterruptedSnapshots,
  startSnapshot,
  waitForSnapshotRow,
} from "./services/snapshots/runner";

export const defaultWebDist = fileURLToPath(new URL("../../web/dist", import.meta.url));

/** Opens and migrates the configured database (PostgreSQL if DATABASE_URL is set, else PGlite). */
export async function openConfiguredDatabase(
  env: Env,
  purpose: string,
  options: { exclusive?: boolean } = {},
): Promise<DatabaseHandle> {
  const handle = await openDatabase({
    url: env.DATABASE_URL,
    dataDir: env.KROSCEK_DATA_DIR,
    purpose,
    ...options,
  });
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
  /** The one-time setup link's path, when the database has no account yet. */
  setupPath: string | null;
  /** The Unix socket on which CLI commands share the embedded database, if it is shared. */
  socket: string | null;
  /** Why the embedded database could not be shared, if it could not. */
  socketProblem: string | null;
  close(): Promise<void>;
}

export interface ServerOptions {
  /**
   * One of several `serve --workers` processes on PostgreSQL: the primary process has migrated the
   * database, loaded the demo and opened the setup link, so a worker only serves (and takes its
   * share of queued snapshots).
   */
  worker?: boolean;
}

/** Starts the API and the review UI on one origin. */
export async function startServer(env: Env, options: ServerOptions = {}): Promise<RunningServer> {
  const where = `http://${env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST}:${env.PORT}`;
  // A second server on a directory another one serves would run its own jobs on the same data.
  const handle = await openConfiguredDatabase(env, `server at ${where}`, { exclusive: true });
  let demo: DemoResult | null;
  try {
    demo = env.KROSCEK_DEMO === "on" && !options.worker ? await loadDemo(handle.db) : null;
  } catch (error) {
    await handle.close();
    throw error;
  }
  const fetchLimits = fetchLimitsOf(env);
  const jobs = createAppJobs(handle, {
    fetchLimits,
    ...(env.KROSCEK_REFRESH_MIN_CLAIMS === undefined
      ? {}
      : { refreshMinClaims: env.KROSCEK_REFRESH_MIN_CLAIMS }),
  });
  try {
    // A snapshot cut off by an earlier process on the embedded database is taken over at once.
    if (handle.kind === "pglite") await releaseInterruptedSnapshots(handle.db);
    await jobs.start();
    await adoptOrphanSnapshots(handle.db, jobs);
  } catch (error) {
    await handle.close();
    throw error;
  }
  const app = createApp({
    handle,
    jobs,
    webDist: env.KROSCEK_WEB_DIST ?? defaultWebDist,
    publicUrl: env.KROSCEK_PUBLIC_URL,
    trustProxy: env.KROSCEK_TRUST_PROXY,
    fetchLimits,
    readCacheBytes: env.KROSCEK_READ_CACHE_MB * 1024 * 1024,
    logger: createLogger(env),
  });
  let server: ReturnType<typeof serve>;
  try {
    server = await new Promise<ReturnType<typeof serve>>((resolvePromise, reject) => {
      const s = serve({ fetch: app.fetch, hostname: env.HOST, port: env.PORT }, () => resolvePromise(s));
      s.once("error", reject);
    });
  } catch (error) {
    await jobs.stop();
    await handle.close();
    throw error;
  }
  // CLI commands reach the embedded database through this socket while the server holds it.
  let socket: string | null = null;
  let socketProblem: string | null = null;
  if (handle.share && !options.worker) {
    try {
      socket = await handle.share({ idleTimeoutMs: env.KROSCEK_SOCKET_TIMEOUT_MS });
    } catch (error) {
      socketProblem = (error as Error).message;
    }
  }
  if (demo?.created) {
    // The demo's reliability scores exist from the first start, so every export answers at once.
    const first = await startSnapshot(
      handle.db,
      systemActor(demo.workspaceId),
      SnapshotCreateSchema.parse({}),
      jobs,
    );
    await waitForSnapshotRow(handle.db, demo.workspaceId, first.id);
  }
  const setupToken = options.worker ? null : await openSetup(handle.db);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  const url = `http://${env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST}:${port}`;
  return {
    url,
    handle,
    demo,
    setupPath: setupToken ? `/setup?token=${setupToken}` : null,
    socket,
    socketProblem,
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await jobs.stop();
      await handle.close();
    },
  };
}

/**
 * What the primary process of `serve --workers` does before forking: migrates, loads the demo
 * (and computes its first snapshot) and opens the setup link.
 */
export async function prepareDatabase(
  env: Env,
): Promise<{ handle: DatabaseHandle; demo: DemoResult | null; setupPath: string | null }> {
  const handle = await openConfiguredDatabase(env, "serve (primary)");
  try {
    const demo = env.KROSCEK_DEMO === "on" ? await loadDemo(handle.db) : null;
    if (demo?.created) {
      // Computed by a job like any other, on a queue that stops once the snapshot is done.
      const jobs = createAppJobs(handle, { fetchLimits: fetchLimitsOf(env) });
      await jobs.start();
      try {
        const first = await startSnapshot(
          handle.db,
          systemActor(demo.workspaceId),
          SnapshotCreateSchema.parse({}),
          jobs,
        );
        await waitForSnapshotRow(handle.db, demo.workspaceId, first.id);
      } finally {
        await jobs.stop();
      }
    }
    const setupToken = await openSetup(handle.db);
    return { handle, demo, setupPath: setupToken ? `/setup?token=${setupToken}` : null };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
