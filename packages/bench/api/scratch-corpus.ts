// The API benchmarks' scratch database: a new database `bench_<random>` on a PostgreSQL server,
// migrated, with the workspace "bench", an editor's API token and the synthetic corpus (seed
// 20240116), fully re-detected and analysed; dropped afterwards unless kept.
import { randomBytes } from "node:crypto";
import { createApiToken, ensureWorkspace, redetectWorkspace, systemActor } from "@kroscek/api/bench";
import { type DatabaseHandle, migrate, openDatabase, postgresExecutor, preparingClient } from "@kroscek/db";
import * as tables from "@kroscek/schema/tables";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { generateCorpus } from "./synthetic";
import { insertBatch } from "./synthetic-db";

export interface ScratchCorpus {
  /** The database's name and URL. */
  name: string;
  url: string;
  handle: DatabaseHandle;
  workspaceId: string;
  /** An editor's API token in the workspace. */
  token: string;
  stats: Awaited<ReturnType<typeof generateCorpus>>["stats"];
}

export async function withScratchCorpus<T>(
  options: {
    serverUrl: string;
    assertions: number;
    title: string;
    keep?: boolean;
    log: (msg: string) => void;
  },
  body: (corpus: ScratchCorpus) => Promise<T>,
): Promise<T> {
  const name = `bench_${randomBytes(5).toString("hex")}`;
  const admin = postgres(options.serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const dbUrl = new URL(options.serverUrl);
  dbUrl.pathname = `/${name}`;
  const url = dbUrl.toString();
  let handle: DatabaseHandle | null = null;
  try {
    handle = await openDatabase({ url, maxConnections: 6 });
    await migrate(handle);
    const db = handle.db;
    const { workspace } = await ensureWorkspace(db, "bench", options.title);
    const { token } = await createApiToken(db, systemActor(workspace.id), { name: "bench", role: "editor" });
    const corpus = await generateCorpus(
      workspace.id,
      { assertions: options.assertions, seed: 20240116 },
      (b) => insertBatch(db, b),
    );
    await db.transaction((tx) => redetectWorkspace(tx, workspace.id));
    await db.execute(sql`analyze`);
    options.log(
      `corpus: ${corpus.stats.assertions} assertions, ${corpus.stats.events} events, ` +
        `${corpus.stats.articles} articles in ${name}`,
    );
    return await body({ name, url, handle, workspaceId: workspace.id, token, stats: corpus.stats });
  } finally {
    await handle?.close();
    if (options.keep) options.log(`kept database ${name}`);
    else await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 1 });
  }
}

/**
 * A database handle for the app over a postgres.js client the benchmark owns (one it watches with
 * `debug`, say); closing the handle leaves the client to its owner. Every query runs as a named
 * prepared statement, as on the server's own handle (`openDatabase`).
 */
export function handleOver(client: postgres.Sql, name: string): DatabaseHandle {
  return {
    db: drizzle(preparingClient(client), { schema: tables }) as unknown as DatabaseHandle["db"],
    kind: "postgres",
    driver: "postgres-js",
    location: name,
    yieldToOthers: async () => {},
    executeSql: postgresExecutor(client),
    close: async () => {},
  };
}
