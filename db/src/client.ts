import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import * as tables from "@kroscek/schema/tables";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { Activity } from "./activity";
import {
  acquireDataDirLock,
  DataDirBusyError,
  type DataDirLock,
  holderIsAlive,
  type LockInfo,
  readLock,
} from "./lock";
import { type SharedSocket, shareOverSocket } from "./socket";

export type Schema = typeof tables;
/** The drizzle database, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** An open transaction on the database. */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** What a query runs on: the database itself or a transaction on it. */
export type Db = Database | Tx;
export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Database;
  /** The database engine: PGlite also when reached through a running server's socket. */
  kind: DatabaseKind;
  /** How this process talks to it: in-process PGlite, or postgres.js (a server or a socket). */
  driver: "pglite" | "postgres-js";
  /** Where the data lives, for messages: the data directory or the server URL without password. */
  location: string;
  /**
   * Only on an embedded database opened from a data directory: shares it with local processes on
   * a Unix socket in that directory (recorded in the lock file, so CLI commands find it) and
   * resolves to the socket's path. Closing the handle stops sharing.
   */
  share?: (options?: { idleTimeoutMs?: number }) => Promise<string>;
  /**
   * For long work between its units (a bulk import between lines): lets other callers' waiting
   * queries run first. On the in-process embedded database it waits until the database has been
   * idle for a moment (at most a second); elsewhere it only yields to the event loop.
   */
  yieldToOthers(): Promise<void>;
  /**
   * Raw SQL for a library that brings its own queries (the job queue): with values, one statement
   * with `$n` parameters; without, a script of several statements (the rows of the last one).
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL URL; when absent the embedded PGlite database is used. */
  url?: string | undefined;
  /** PGlite data directory; `memory://` for a throwaway database. */
  dataDir?: string | undefined;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
  /** What the lock file says this process is doing ("server at http://…", "import"). */
  purpose?: string;
  /**
   * Open the embedded data directory only in-process (a server does). Without it, a directory
   * held by a running server that shares it is reached through the server's socket.
   */
  exclusive?: boolean;
}

/** Opens PostgreSQL through postgres.js when a URL is given, else PGlite in a data directory. */
export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.url) return openPostgres(options.url, options.maxConnections ?? 10);
  return openPglite(options.dataDir ?? "./.kroscek/data", options.purpose ?? "kroscek", options.exclusive);
}

/**
 * drizzle runs every query it was not given a name for with `prepare: false`: postgres.js then
 * sends it in two round trips (describe its parameters, then execute) and PostgreSQL plans it each
 * time. Through this wrapper every query, in transactions and savepoints too, runs as a named
 * prepared statement: described and planned once per connection, then one round trip. The query
 * texts are the application's own (values are always parameters), and postgres.js forgets a
 * connection's statements when it recycles the connection (max_lifetime, 30–60 min).
 */
export function preparingClient<T extends postgres.Sql | postgres.TransactionSql>(client: T): T {
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === "unsafe") {
        return (query: string, params?: unknown[], options?: postgres.UnsafeQueryOptions) =>
          target.unsafe(query, params as never, { ...options, prepare: true });
      }
      if (prop === "begin" || prop === "savepoint") {
        const original = Reflect.get(target, prop, receiver) as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => {
          const fn = args.pop() as (tx: postgres.TransactionSql) => unknown;
          return original.call(target, ...args, (tx: postgres.TransactionSql) => fn(preparingClient(tx)));
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

const postgresUrls = new WeakMap<Database, string>();

/**
 * The server URL a PostgreSQL database was opened with (undefined for the embedded database), so
 * a worker thread can open its own connection to it for long reads off the caller's event loop.
 */
export const postgresUrlOf = (db: Database): string | undefined => postgresUrls.get(db);

function openPostgres(url: string, max: number): DatabaseHandle {
  const client = postgres(url, { max, onnotice: () => {} });
  const db = drizzlePostgres(preparingClient(client), { schema: tables }) as unknown as Database;
  postgresUrls.set(db, url);
  return {
    db,
    kind: "postgres",
    driver: "postgres-js",
    location: redactUrl(url),
    yieldToOthers,
    executeSql: postgresExecutor(client),
    close: () => client.end({ timeout: 5 }),
  };
}

async function openPglite(dataDir: string, purpose: string, exclusive = false): Promise<DatabaseHandle> {
  if (dataDir.startsWith("memory://")) return pgliteHandle(new PGlite(dataDir), dataDir, null);
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  let lock: DataDirLock;
  try {
    lock = acquireDataDirLock(dir, purpose);
  } catch (error) {
    if (!(error instanceof DataDirBusyError) || exclusive) throw error;
    const holder = error.holder.socket ? error.holder : await socketOfStartingServer(dir, error.holder);
    if (!holder) throw error;
    if (!holder.socket) return openPglite(dataDir, purpose, exclusive);
    return openThroughSocket(dir, dataDir, holder, purpose);
  }
  let pg: PGlite;
  try {
    pg = new PGlite(dir);
    await pg.waitReady;
  } catch (error) {
    lock.release();
    throw error;
  }
  return pgliteHandle(pg, dataDir, lock);
}

function pgliteHandle(pg: PGlite, location: string, lock: DataDirLock | null): DatabaseHandle {
  const activity = new Activity();
  const watched = activity.watch(pg);
  const db = drizzlePglite(watched, { schema: tables }) as unknown as Database;
  let shared: SharedSocket | null = null;
  return {
    db,
    kind: "pglite",
    driver: "pglite",
    location,
    yieldToOthers: () => activity.quiet(),
    executeSql: async (text, values) => {
      if (values?.length) return { rows: (await watched.query<Record<string, unknown>>(text, values)).rows };
      const results = await watched.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
    },
    ...(lock
      ? {
          share: async (options?: { idleTimeoutMs?: number }) => {
            if (shared) return shared.path;
            try {
              shared = await shareOverSocket(pg, dirname(lock.path), { ...options, activity });
            } catch (error) {
              lock.update({ unshared: (error as Error).message });
              throw error;
            }
            lock.update({ socket: shared.path });
            return shared.path;
          },
        }
      : {}),
    close: async () => {
      if (shared) {
        lock?.update({ socket: undefined });
        await shared.stop();
      }
      await pg.close();
      lock?.release();
    },
  };
}

/** How long a command waits for a server that is still starting (migrating, loading the demo). */
const SERVER_START_WAIT_MS = 60_000;

/**
 * A server writes its socket into the lock only once it is ready. Until then a command waits for
 * it: the lock as it then reads (with the socket; without one if the server went away), or null
 * when the holder is not a server that will share.
 */
async function socketOfStartingServer(dir: string, holder: LockInfo): Promise<LockInfo | null> {
  const path = join(dir, "kroscek.lock");
  const deadline = Date.now() + SERVER_START_WAIT_MS;
  let current: LockInfo | null = holder;
  while (current && current.pid === holder.pid && current.purpose.startsWith("server") && !current.unshared) {
    if (current.socket) return current;
    if (!holderIsAlive(current) || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 200));
    current = readLock(path);
  }
  if (!current || current.pid !== holder.pid || !holderIsAlive(current))
    return { ...holder, socket: undefined };
  return null;
}

/**
 * Reaches the embedded database of a running server through the socket it shares. One connection,
 * unnamed statements only: every client shares PGlite's single backend, where named prepared
 * statements of different processes would collide.
 */
async function openThroughSocket(
  dir: string,
  location: string,
  holder: LockInfo,
  purpose: string,
): Promise<DatabaseHandle> {
  const path = holder.socket as string;
  const client = postgres({
    path,
    max: 1,
    prepare: false,
    username: "postgres",
    database: "postgres",
    connect_timeout: 10,
    idle_timeout: 5,
    onnotice: () => {},
  });
  try {
    await client`select 1`;
  } catch (error) {
    await client.end({ timeout: 0 }).catch(() => {});
    // The server stopped between reading its lock and connecting: open the directory ourselves.
    if (!holderIsAlive(holder)) return openPglite(dir, purpose);
    throw new DataDirBusyError(
      dir,
      holder,
      `Its socket ${path} does not answer (${(error as Error).message})`,
    );
  }
  const db = drizzlePostgres(client, { schema: tables }) as unknown as Database;
  return {
    db,
    kind: "pglite",
    driver: "postgres-js",
    location: `${location}, through the running server (pid ${holder.pid})`,
    yieldToOthers,
    executeSql: postgresExecutor(client),
    close: () => client.end({ timeout: 5 }),
  };
}

/**
 * A clear sentence for an error that means the running server closed this process's shared
 * connection (it waited, or sat in a transaction, longer than the server's socket timeout), or
 * null for any other error.
 */
export function sharedConnectionLost(error: unknown): string | null {
  for (
    let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined;
    e;
    e = e.cause as typeof e
  ) {
    const code = typeof e.code === "string" ? e.code : "";
    const message = typeof e.message === "string" ? e.message : "";
    if (/^CONNECTION_(CLOSED|DESTROYED|ENDED)$/.test(code) && message.includes(".sock"))
      return (
        "the running server closed this command's connection to the shared database: the database stayed busy, " +
        "or the command held it idle, for longer than the server allows (KROSCEK_SOCKET_TIMEOUT_MS), or the " +
        "server stopped. Nothing of the unfinished step was kept; run the command again."
      );
  }
  return null;
}

/** node-postgres sends a plain object as JSON; postgres.js needs it spelled out. */
export const asParameter = (v: unknown) =>
  v === undefined
    ? null
    : v !== null &&
        typeof v === "object" &&
        !(v instanceof Date) &&
        !Array.isArray(v) &&
        !(v instanceof Uint8Array)
      ? JSON.stringify(v)
      : v;

export function postgresExecutor(client: postgres.Sql): DatabaseHandle["executeSql"] {
  return async (text, values) => {
    if (values?.length)
      return {
        rows: (await client.unsafe(
          text,
          values.map(asParameter) as postgres.ParameterOrJSON<never>[],
        )) as unknown as Record<string, unknown>[],
      };
    // A script may open its own transaction, which postgres.js allows only on a reserved connection.
    const reserved = await client.reserve();
    let rows: unknown[];
    try {
      rows = await reserved.unsafe(text).simple();
    } finally {
      reserved.release();
    }
    // A script answers one result per statement; the last is the one asked for.
    const last = Array.isArray(rows[0]) ? rows.at(-1) : rows;
    return { rows: (last ?? []) as unknown as Record<string, unknown>[] };
  };
}

/** Other callers have their own connections here: letting pending I/O in is enough. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres://…";
  }
}
