import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { appliedMigration, latestMigrationTag, migrate } from "./migrate";
import { queryRows } from "./rows";
import { createTestDatabase, type TestDatabase } from "./testing";

const catalogQuery = sql`
  select 'column' as kind, table_name || '.' || column_name || ':' || data_type || ':' || is_nullable as item
    from information_schema.columns where table_schema = 'public'
  union all
  select 'constraint', conrelid::regclass::text || '.' || conname || ':' || pg_get_constraintdef(oid)
    from pg_constraint where connamespace = 'public'::regnamespace and contype <> 'n' -- PostgreSQL 17 (PGlite) also lists NOT NULL here; columns cover it
  union all
  select 'index', indexdef from pg_indexes where schemaname = 'public'
  union all
  select 'enum', t.typname || ':' || string_agg(e.enumlabel, ',' order by e.enumsortorder)
    from pg_type t join pg_enum e on e.enumtypid = t.oid group by t.typname
  order by 1, 2`;

describe("migrations", () => {
  let server: TestDatabase;
  beforeAll(async () => {
    server = await createTestDatabase();
  });
  afterAll(async () => {
    await server.close();
  });

  it("apply on the test database and record the latest migration", async () => {
    expect(await appliedMigration(server)).toBe(latestMigrationTag());
  });

  it("are idempotent: applying twice changes nothing", async () => {
    await migrate(server);
    expect(await appliedMigration(server)).toBe(latestMigrationTag());
  });

  it("yield the same tables, columns, constraints, indexes and enums on PGlite", async () => {
    const embedded = await openDatabase({ dataDir: "memory://" });
    try {
      await migrate(embedded);
      const a = await queryRows<{ kind: string; item: string }>(server.db, catalogQuery);
      const b = await queryRows<{ kind: string; item: string }>(embedded.db, catalogQuery);
      expect(a.length).toBeGreaterThan(100);
      expect(b).toEqual(a);
    } finally {
      await embedded.close();
    }
  });
});
