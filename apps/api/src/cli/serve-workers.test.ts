// `serve --workers 2` on PostgreSQL: two processes behind one port agree on sign-in throttling and
// on who computes each reliability snapshot. Runs the compiled server (built here).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const apiDir = fileURLToPath(new URL("../..", import.meta.url));
const baseUrl = process.env.DATABASE_URL;

/** A fresh connection per request, so the cluster hands them to its workers in turn. */
const send = (url: string, init: RequestInit = {}) =>
  fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), connection: "close" } });

describe.skipIf(!baseUrl)("serve --workers 2 on PostgreSQL", () => {
  const name = `t_workers_${randomBytes(4).toString("hex")}`;
  let admin: postgres.Sql;
  let db: postgres.Sql;
  let child: ChildProcess;
  let url = "";
  let banner = "";

  beforeAll(async () => {
    admin = postgres(baseUrl ?? "", { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const dbUrl = new URL(baseUrl ?? "");
    dbUrl.pathname = `/${name}`;
    db = postgres(dbUrl.toString(), { max: 2, onnotice: () => {} });
    execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: apiDir, stdio: "pipe" });
    child = spawn(process.execPath, ["dist/main.js", "serve", "--port", "0", "--workers", "2"], {
      cwd: apiDir,
      env: { PATH: process.env.PATH, NODE_ENV: "production", DATABASE_URL: dbUrl.toString() },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    await new Promise<void>((resolve, reject) => {
      child.once("exit", (code) => reject(new Error(`serve exited (${code}): ${stderr}`)));
      child.stdout?.on("data", (d: Buffer) => {
        banner += d.toString();
        const m = /listening on (http:\/\/\S+)/.exec(banner);
        if (m?.[1] && banner.includes("password:")) {
          url = m[1];
          resolve();
        }
      });
    });
  }, 120_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
    await db?.end({ timeout: 1 });
    await admin?.unsafe(`drop database if exists ${name} with (force)`);
    await admin?.end({ timeout: 1 });
  });

  it("runs two worker processes", () => {
    expect(banner).toMatch(/2 worker processes/);
    const pids = execFileSync("ps", ["--ppid", String(child.pid), "-o", "pid="])
      .toString()
      .trim()
      .split(/\s+/);
    expect(pids).toHaveLength(2);
  });

  it("throttles failed sign-ins across both processes", async () => {
    const attempt = (password: string) =>
      send(`${url}/api/v1/auth/sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "admin@demo.kroscek.local", password }),
      });
    // Five free failures, spread over the two workers by the cluster's round robin: counted in one
    // process each, neither would reach five.
    for (let i = 0; i < 5; i++) expect((await attempt(`wrong-${i}`)).status).toBe(401);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt("wrong-again")).status);
    expect(statuses).toEqual([429, 429, 429, 429]);
    // The right password waits too: the pair is backing off, whichever process answers.
    const password = /password:\s+(\S+)/.exec(banner)?.[1] ?? "";
    const right = await attempt(password);
    expect(right.status).toBe(429);
    expect(Number(right.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    const [row] = await db`select failures from password_failures where key like 'pair%'`;
    expect(row?.failures).toBe(5);
  });

  it("computes each queued snapshot exactly once, whichever worker claims it", async () => {
    // An admin token created through the CLI of the built server (a third process).
    const out = execFileSync(
      process.execPath,
      ["dist/main.js", "token", "create", "--workspace", "demo", "--role", "admin", "--name", "workers"],
      { cwd: apiDir, env: { PATH: process.env.PATH, DATABASE_URL: dbUrlOf(name) } },
    )
      .toString()
      .trim()
      .split("\n");
    const bearer = out[out.length - 1] ?? "";
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await send(`${url}/api/v1/workspaces/demo/reliability/snapshots`, {
        method: "POST",
        headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" },
        body: "{}",
      });
      expect(res.status).toBe(202);
      ids.push(((await res.json()) as { id: string }).id);
    }
    const deadline = Date.now() + 90_000;
    let rows: { id: string; status: string; attempts: number }[] = [];
    while (Date.now() < deadline) {
      rows = await db`select id, status, attempts from reliability_snapshots where id = any(${ids}::uuid[])`;
      if (rows.length === ids.length && rows.every((r) => r.status === "done" || r.status === "failed"))
        break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(rows.map((r) => [r.status, r.attempts])).toEqual(ids.map(() => ["done", 1]));
  }, 120_000);
});

function dbUrlOf(database: string): string {
  const u = new URL(baseUrl ?? "");
  u.pathname = `/${database}`;
  return u.toString();
}
