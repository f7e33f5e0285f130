import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import * as tables from "@kroscek/schema/tables";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { acquireDataDirLock, type DataDirLock } from "./lock";

export type Schema = typeof tables;
/** The drizzle database, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** Where the data lives, for messages: the data directory or the server URL without password. */
  location: string;
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
}

/** Opens PostgreSQL through postgres.js when a URL is given, else PGlite in a data directory. */
export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.url) return openPostgres(options.url, options.maxConnections ?? 10);
  return openPglite(options.dataDir ?? "./.kroscek/data", options.purpose ?? "kroscek");
}

function openPostgres(url: string, max: number): DatabaseHandle {
  const client = postgres(url, { max, onnotice: () => {} });
  const db = drizzlePostgres(client, { schema: tables }) as unknown as Database;
  return {
    db,
    kind: "postgres",
    location: redactUrl(url),
    close: () => client.end({ timeout: 5 }),
  };
}

async function openPglite(dataDir: string, purpose: string): Promise<DatabaseHandle> {
  let lock: DataDirLock | null = null;
  let pg: PGlite;
  if (dataDir.startsWith("memory://")) {
    pg = new PGlite(dataDir);
  } else {
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    lock = acquireDataDirLock(dir, purpose);
    try {
      pg = new PGlite(dir);
      await pg.waitReady;
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  const db = drizzlePglite(pg, { schema: tables }) as unknown as Database;
  return {
    db,
    kind: "pglite",
    location: dataDir,
    close: async () => {
      await pg.close();
      lock?.release();
    },
  };
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres://…";
  }
}
