import { randomBytes } from "node:crypto";
import { appendFileSync } from "node:fs";
import postgres from "postgres";
import { type DatabaseHandle, openDatabase } from "./client";
import { migrate } from "./migrate";

export interface TestDatabase extends DatabaseHandle {
  /** Which way the database was chosen, for test names and CI checks. */
  source: "DATABASE_URL" | "testcontainers" | "pglite";
}

/**
 * A migrated scratch database for one test file, chosen in this order: a fresh database on the
 * server named by DATABASE_URL; else a testcontainers PostgreSQL when a container engine answers;
 * else an in-memory PGlite. `close()` drops whatever it created.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const chosen = await chooseTestDatabase();
  const log = process.env.KROSCEK_TEST_DB_LOG;
  // CI reads this log to prove the suite ran against a real PostgreSQL server.
  if (log) appendFileSync(log, `${chosen.source} ${chosen.kind}\n`);
  return chosen;
}

async function chooseTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return scratchOnServer(url, "DATABASE_URL");
  const container = await tryContainer();
  if (container) {
    const handle = await scratchOnServer(container.url, "testcontainers");
    return {
      ...handle,
      close: async () => {
        await handle.close();
        await container.stop();
      },
    };
  }
  const handle = await openDatabase({ dataDir: "memory://" });
  await migrate(handle);
  return { ...handle, source: "pglite" };
}

async function scratchOnServer(url: string, source: TestDatabase["source"]): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const scratchUrl = new URL(url);
  scratchUrl.pathname = `/${name}`;
  const handle = await openDatabase({ url: scratchUrl.toString(), maxConnections: 5 });
  await migrate(handle);
  return {
    ...handle,
    source,
    close: async () => {
      await handle.close();
      const drop = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await drop.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await drop.end({ timeout: 5 });
      }
    },
  };
}

async function tryContainer(): Promise<{ url: string; stop: () => Promise<unknown> } | null> {
  if (process.env.KROSCEK_TEST_NO_CONTAINERS === "1") return null;
  try {
    const { PostgreSqlContainer } = await import("@testcontainers/postgresql");
    const container = await new PostgreSqlContainer("postgres:15-alpine").start();
    return { url: container.getConnectionUri(), stop: () => container.stop() };
  } catch {
    return null;
  }
}
