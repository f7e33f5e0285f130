import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { DatabaseHandle } from "./client";
import { queryRows } from "./rows";

export const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));

interface Journal {
  entries: Array<{ idx: number; when: number; tag: string }>;
}

function journal(): Journal {
  return JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, "utf8")) as Journal;
}

/** The newest migration shipped with this build. */
export function latestMigrationTag(): string {
  const entries = journal().entries;
  return entries[entries.length - 1]?.tag ?? "none";
}

/** Applies every pending migration (idempotent). */
export async function migrate(handle: DatabaseHandle): Promise<void> {
  if (handle.driver === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePostgres(handle.db as unknown as PostgresJsDatabase, { migrationsFolder });
  }
}

/** The tag of the newest migration applied to this database, or null if none. */
export async function appliedMigration(handle: DatabaseHandle): Promise<string | null> {
  try {
    const list = await queryRows<{ created_at: string | number }>(
      handle.db,
      sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
    );
    const when = list[0] ? Number(list[0].created_at) : null;
    if (when === null) return null;
    return journal().entries.find((e) => e.when === when)?.tag ?? `unknown (${when})`;
  } catch {
    return null;
  }
}
