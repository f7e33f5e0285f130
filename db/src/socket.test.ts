import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase, sharedConnectionLost } from "./client";
import { queryRows } from "./rows";

// The embedded database in a data directory, shared the way `kroscek serve` shares it. These tests
// open PGlite themselves: sharing exists only for PGlite, whatever DATABASE_URL says.
const IDLE_MS = 600;
let handle: DatabaseHandle;
let socket: string;
const clients: postgres.Sql[] = [];

function client(): postgres.Sql {
  const c = postgres({
    path: socket,
    max: 1,
    prepare: false,
    username: "postgres",
    database: "postgres",
    onnotice: () => {},
  });
  clients.push(c);
  return c;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const values = async () =>
  (await queryRows<{ v: number }>(handle.db, sql`select v from t order by v`)).map((r) => r.v);

beforeAll(async () => {
  const dir = join(mkdtempSync(join(tmpdir(), "kroscek-socket-")), "data");
  handle = await openDatabase({ dataDir: dir, purpose: "socket test" });
  await handle.db.execute(sql`create table t (v int)`);
  socket = await (handle.share as NonNullable<DatabaseHandle["share"]>)({ idleTimeoutMs: IDLE_MS });
});

beforeEach(async () => {
  await handle.db.execute(sql`delete from t`);
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end({ timeout: 0 })));
  await handle?.close();
});

describe("the embedded database shared over a socket", () => {
  it("runs a server query issued during a client's transaction after it, not inside it", async () => {
    const a = client();
    const aborted = a
      .begin(async (tx) => {
        await tx`insert into t values (1)`;
        await sleep(300);
        throw new Error("client gives up");
      })
      .catch((e: Error) => e.message);
    await sleep(100);
    const started = Date.now();
    await handle.db.execute(sql`insert into t values (2)`);
    expect(Date.now() - started).toBeGreaterThan(100);
    expect(await aborted).toBe("client gives up");
    // Run inside the client's transaction, the server's row would have been rolled back with it.
    expect(await values()).toEqual([2]);
  });

  it("runs a client statement issued during a server transaction after it, not inside it", async () => {
    const a = client();
    await a`select 1`;
    const server = handle.db
      .transaction(async (tx) => {
        await tx.execute(sql`insert into t values (10)`);
        await sleep(300);
        throw new Error("server gives up");
      })
      .catch((e: Error) => e.message);
    await sleep(100);
    await a`insert into t values (20)`;
    expect(await server).toBe("server gives up");
    expect(await values()).toEqual([20]);
  });

  it("serves two clients' transactions one after the other", async () => {
    const a = client();
    const b = client();
    await Promise.all([a`select 1`, b`select 1`]);
    const first = a.begin(async (tx) => {
      await tx`insert into t values (1)`;
      await sleep(200);
      await tx`insert into t values (2)`;
    });
    await sleep(50);
    const seen = await b.begin(async (tx) => {
      const rows = await tx<{ n: number }[]>`select count(*)::int as n from t`;
      await tx`insert into t values (3)`;
      return rows[0]?.n;
    });
    await first;
    expect(seen).toBe(2);
    expect(await values()).toEqual([1, 2, 3]);
  });

  it("rolls back what a killed client left open and goes on serving", async () => {
    // A separate process, killed inside its transaction as a CLI command would be by Ctrl-C.
    const script = `import postgres from "postgres";
      const sql = postgres({ path: process.argv[1], max: 1, prepare: false, username: "postgres", database: "postgres" });
      await sql.begin(async (tx) => { await tx\`insert into t values (7)\`; console.log("inside"); await new Promise(() => {}); });`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script, socket], {
      cwd: fileURLToPath(new URL("..", import.meta.url)),
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve) =>
      child.stdout.on("data", (d) => String(d).includes("inside") && resolve()),
    );
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGKILL");
    await exited;
    expect(await values()).toEqual([]);
    const b = client();
    expect(await b`select 1 as one`).toEqual([{ one: 1 }]);
  });

  it("cuts off a client idle inside its transaction, so the server is never held for long", async () => {
    const a = client();
    const stalled = a
      .begin(async (tx) => {
        await tx`insert into t values (5)`;
        // Stalled for good, like a process stopped with Ctrl-Z.
        await new Promise(() => {});
      })
      .catch((e: unknown) => e);
    await sleep(100);
    const started = Date.now();
    await handle.db.execute(sql`insert into t values (9)`);
    const waited = Date.now() - started;
    expect(waited).toBeLessThan(IDLE_MS * 3);
    expect(sharedConnectionLost(await stalled)).toMatch(/run the command again/);
    expect(await values()).toEqual([9]);
  });

  it("turns a client waiting behind another's long transaction away with a clear message, not a hang", async () => {
    const busy = client();
    const waiting = client();
    await Promise.all([busy`select 1`, waiting`select 1`]);
    const long = busy.begin(async (tx) => {
      // Active all along (never idle), but holding the database three times the timeout.
      for (let i = 0; i < 15; i++) {
        await tx`insert into t values (${i})`;
        await sleep(IDLE_MS / 5);
      }
    });
    await sleep(50);
    const turnedAway = await waiting`select count(*) from t`.catch((e: unknown) => e);
    expect(sharedConnectionLost(turnedAway)).toMatch(/stayed busy/);
    await long;
    expect(await values()).toHaveLength(15);
  });
});
