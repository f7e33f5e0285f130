import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadEnv } from "../env";
import { startTestServer, type TestServer } from "../test/harness";
import { type SeededWorkspace, seedWorkspace } from "../test/seed";
import { createLogger } from "./request-log";

describe("request log", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  const records = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

  beforeAll(async () => {
    const logger = createLogger({ KROSCEK_LOG_LEVEL: "info", KROSCEK_LOG_DESTINATION: "stdout" }, stream);
    // With the review UI served too: its catch-all route comes after every API route.
    const webDist = mkdtempSync(join(tmpdir(), "kroscek-web-"));
    writeFileSync(join(webDist, "index.html"), "<!doctype html><title>Kroscek</title>");
    s = await startTestServer({ logger, webDist });
    a = await seedWorkspace(s.t.db, "alpha");
  });
  afterAll(async () => {
    await s?.close();
  });
  beforeEach(() => {
    lines = [];
  });

  it("writes one line per request with the route pattern, status, duration, ids, workspace and actor", async () => {
    const res = await s.fetch("/api/v1/workspaces/alpha/articles?q=secret-search-words&limit=5", {
      headers: { authorization: `Bearer ${a.tokens.editor}`, "x-request-id": "trace-42" },
    });
    expect(res.status).toBe(200);
    expect(lines).toHaveLength(1);
    const [line] = records();
    const token = await s.t.db.query.apiTokens.findFirst({
      where: (t, { and, eq }) => and(eq(t.workspaceId, a.id), eq(t.role, "editor")),
    });
    expect(line).toMatchObject({
      level: 30,
      msg: "request",
      method: "GET",
      route: "/api/v1/workspaces/:workspace/articles",
      status: 200,
      requestId: res.headers.get("x-request-id"),
      clientRequestId: "trace-42",
      workspaceId: a.id,
      actorId: token?.id,
    });
    expect(typeof line?.durationMs).toBe("number");
    expect(line?.durationMs).toBeGreaterThanOrEqual(0);
    expect(lines[0]).not.toContain("secret-search-words");
    expect(lines[0]).not.toContain("limit=5");
    expect(lines[0]).not.toContain(a.tokens.editor);
    expect(lines[0]).not.toContain("authorization");
  });

  it("logs the pattern, not the ids, and never the body or the password of a sign-in", async () => {
    const user = a.users.viewer;
    const signIn = await s.fetch("/api/v1/auth/sign-in", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    expect(signIn.status).toBe(200);
    const missing = await s.fetch("/api/v1/workspaces/alpha/articles/0190b4a1-0000-7000-8000-000000000000", {
      headers: { authorization: `Bearer ${a.tokens.viewer}` },
    });
    expect(missing.status).toBe(404);
    expect(lines).toHaveLength(2);
    const [first, second] = records();
    expect(first).toMatchObject({ method: "POST", route: "/api/v1/auth/sign-in", status: 200 });
    expect(second).toMatchObject({
      method: "GET",
      route: "/api/v1/workspaces/:workspace/articles/:id",
      status: 404,
      workspaceId: a.id,
    });
    lines = [];
    const refused = await s.fetch("/api/v1/workspaces/alpha/outlets?cursor=abc", {
      headers: { authorization: "Bearer ksk_not-a-real-token" },
    });
    expect(refused.status).toBe(401);
    expect((await s.fetch("/review/events?tab=matrix")).status).toBe(200);
    expect(records()).toMatchObject([
      { method: "GET", route: "/api/v1/workspaces/:workspace/outlets", status: 401, actorId: null },
      { method: "GET", route: "/*", status: 200 },
    ]);
    const text = lines.join("\n");
    expect(text).not.toContain(user.password);
    expect(text).not.toContain(user.email);
    expect(text).not.toContain("0190b4a1-0000-7000-8000-000000000000");
    expect(text).not.toContain("set-cookie");
    expect(text).not.toContain("ksk_not-a-real-token");
    expect(text).not.toContain("tab=matrix");
  });

  it("is at info to stdout unless the environment says otherwise, and silent in the test run", () => {
    expect(loadEnv({})).toMatchObject({ KROSCEK_LOG_LEVEL: "info", KROSCEK_LOG_DESTINATION: "stdout" });
    expect(loadEnv({ KROSCEK_LOG_LEVEL: "silent" }).KROSCEK_LOG_LEVEL).toBe("silent");
    expect(() => loadEnv({ KROSCEK_LOG_LEVEL: "loud" })).toThrow(/KROSCEK_LOG_LEVEL/);
    expect(process.env.KROSCEK_LOG_LEVEL).toBe("silent");
  });
});
