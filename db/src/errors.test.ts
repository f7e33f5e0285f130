import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggableError, pgErrorOf, safeMessage } from "./errors";
import { createTestDatabase, type TestDatabase } from "./testing";

const SECRET = "$argon2id$v=19$m=19456,t=2,p=1$c2VjcmV0LXNhbHQ$secret-hash-value";

describe("errors of failed queries", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("describes a failed query for the log without its parameter values", async () => {
    const error = await t.db.execute(sql`select ${SECRET}::int as n`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    // drizzle's own message carries the parameters: that is what must not reach a log.
    expect(String((error as Error).message)).toContain(SECRET);
    expect(pgErrorOf(error)?.code).toBe("22P02");
    const line = loggableError(error);
    expect(line).toContain("parameters withheld");
    expect(line).toContain("SQLSTATE 22P02");
    expect(line).not.toContain("secret-hash-value");
    expect(safeMessage(error)).toMatch(/^database error 22P02: /);
    expect(safeMessage(error)).not.toContain("secret-hash-value");
  });
});
