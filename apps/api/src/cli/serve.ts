import cluster, { type Worker } from "node:cluster";
import { parseArgs } from "node:util";
import type { Env } from "../env";
import { prepareDatabase, type RunningServer, startServer } from "../server";
import { CliError } from "./cli-error";

/** Set in the environment of the processes `serve --workers` forks. */
const WORKER_FLAG = "KROSCEK_SERVE_WORKER";

interface Banner {
  url: string;
  kind: string;
  location: string;
  socket: string | null;
  socketProblem: string | null;
  demo: RunningServer["demo"];
  setupPath: string | null;
  workers: number;
}

export async function runServe(env: Env, args: string[]): Promise<void> {
  let values: {
    host?: string | undefined;
    port?: string | undefined;
    "data-dir"?: string | undefined;
    workers?: string | undefined;
  };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        host: { type: "string" },
        port: { type: "string" },
        "data-dir": { type: "string" },
        workers: { type: "string" },
      },
    }));
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  const port = values.port === undefined ? env.PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliError(`--port must be 0–65535, got '${values.port}'`);
  const workers = values.workers === undefined ? 1 : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64)
    throw new CliError(`--workers must be 1–64, got '${values.workers}'`);
  if (workers > 1 && !env.DATABASE_URL)
    throw new CliError("--workers needs DATABASE_URL: the embedded database is served by one process");
  const serveEnv: Env = {
    ...env,
    HOST: values.host ?? env.HOST,
    PORT: port,
    KROSCEK_DATA_DIR: values["data-dir"] ?? env.KROSCEK_DATA_DIR,
  };
  if (workers > 1 && cluster.isPrimary) return runCluster(serveEnv, workers);

  const server = await startServer(serveEnv, { worker: process.env[WORKER_FLAG] === "1" });
  onSignals(async () => {
    await server.close();
  });
  if (cluster.isWorker) {
    // The primary prints the banner once every worker listens.
    process.send?.({ kind: "listening", url: server.url });
    return;
  }
  printBanner(env, {
    url: server.url,
    kind: server.handle.kind,
    location: server.handle.location,
    socket: server.socket,
    socketProblem: server.socketProblem,
    demo: server.demo,
    setupPath: server.setupPath,
    workers: 1,
  });
}

function onSignals(close: () => Promise<void>) {
  let closing = false;
  const stop = async (signal: string) => {
    if (closing) return;
    closing = true;
    if (!cluster.isWorker) console.log(`\n${signal}: closing the server and the database…`);
    await close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

/**
 * Several processes on one port (node:cluster): the primary prepares the database, then forks the
 * workers, each a whole server on the shared database; connections are spread over them. What
 * must agree across processes is in PostgreSQL (sign-in throttling, snapshot leases); each process
 * keeps its own short-lived authorisation cache (see AUTH_CACHE_TTL_MS). A worker that dies is
 * replaced.
 */
async function runCluster(env: Env, count: number): Promise<void> {
  const prepared = await prepareDatabase(env);
  const { kind, location } = prepared.handle;
  await prepared.handle.close();
  cluster.setupPrimary({ silent: false });
  let closing = false;
  let url = "";
  const listening = new Set<number>();
  let announced = false;
  const fork = (): Worker => {
    const worker = cluster.fork({ [WORKER_FLAG]: "1", KROSCEK_DEMO: "off" });
    worker.on("message", (m: { kind?: string; url?: string }) => {
      if (m.kind !== "listening" || !m.url) return;
      url = m.url;
      listening.add(worker.id);
      if (!announced && listening.size >= count) {
        announced = true;
        printBanner(env, {
          url,
          kind,
          location,
          socket: null,
          socketProblem: null,
          demo: prepared.demo,
          setupPath: prepared.setupPath,
          workers: count,
        });
      }
    });
    return worker;
  };
  for (let i = 0; i < count; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    listening.delete(worker.id);
    if (closing) return;
    console.error(`serve: worker ${worker.process.pid} stopped (${signal ?? code}); starting another`);
    fork();
  });
  onSignals(async () => {
    closing = true;
    const all = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    await Promise.all(
      all.map(
        (w) =>
          new Promise<void>((resolve) => {
            w.once("exit", () => resolve());
            w.process.kill("SIGTERM");
          }),
      ),
    );
  });
}

function printBanner(env: Env, b: Banner) {
  // One write, after the signal handlers: whoever reads "listening on" has the whole banner.
  const base = env.KROSCEK_PUBLIC_URL?.replace(/\/$/, "") ?? b.url;
  const processes = b.workers > 1 ? `, ${b.workers} worker processes` : "";
  const lines = [
    `Kroscek is listening on ${b.url} (database: ${b.kind}, ${b.location}${processes})`,
    `  API docs: ${b.url}/api/docs    health: ${b.url}/api/health`,
  ];
  if (b.socket) lines.push(`  CLI commands share the database through ${b.socket}`);
  if (b.socketProblem) lines.push(`  CLI commands must wait until the server stops: ${b.socketProblem}`);
  if (b.demo?.admin) {
    lines.push(
      "  Demo workspace loaded with the five seed articles. Sign in as:",
      `    e-mail:   ${b.demo.admin.email}`,
      `    password: ${b.demo.admin.password}   (shown only this once)`,
    );
  } else if (b.setupPath) {
    lines.push(
      "  No account exists yet. Open this one-time link to create the first account and workspace:",
      `    ${base}${b.setupPath}`,
      "  (or run: pnpm kroscek user create --email E --name N)",
    );
  } else {
    lines.push(
      "  Sign in with your account, or create an API token: pnpm kroscek token create --workspace S --role R",
    );
  }
  console.log(lines.join("\n"));
}
