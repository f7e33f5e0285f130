import { randomUUID } from "node:crypto";
import { PERMISSIONS, type Permission, ROLES } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./harness";
import { type SeededWorkspace, seedWorkspace } from "./seed";
import { signInSession } from "./session";

interface Operation {
  method: string;
  path: string;
  permission: Permission;
  /** The request body type the route declares (NDJSON for bulk import), JSON otherwise. */
  contentType: string;
}

/** Every workspace route, read from the OpenAPI document, so a new route is covered automatically. */
async function workspaceOperations(s: TestServer): Promise<Operation[]> {
  const doc = (await (await s.fetch("/api/openapi.json")).json()) as {
    paths: Record<
      string,
      Record<string, { "x-permission"?: Permission; requestBody?: { content: Record<string, unknown> } }>
    >;
  };
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (!path.startsWith("/api/v1/workspaces/{workspace}")) continue;
    for (const [method, op] of Object.entries(methods)) {
      if (!op["x-permission"]) throw new Error(`${method.toUpperCase()} ${path} declares no permission`);
      const contentType = Object.keys(op.requestBody?.content ?? {})[0] ?? "application/json";
      ops.push({ method: method.toUpperCase(), path, permission: op["x-permission"], contentType });
    }
  }
  return ops;
}

const concrete = (path: string, slug: string) =>
  path.replace("{workspace}", slug).replace(/\{[a-zA-Z]+\}/g, () => randomUUID());

/** Calls an operation with an empty body of the type it declares. */
async function call(s: TestServer, op: Operation, slug: string, token: string | null) {
  const hasBody = op.method !== "GET" && op.method !== "DELETE";
  const headers: Record<string, string> = { "content-type": op.contentType };
  if (token) headers.authorization = `Bearer ${token}`;
  const body = op.contentType === "application/json" ? "{}" : "";
  return s.fetch(concrete(op.path, slug), { method: op.method, headers, ...(hasBody ? { body } : {}) });
}

describe("security matrix: every workspace route × every role", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let ops: Operation[];

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    ops = await workspaceOperations(s);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("covers the routes of the ledger", () => {
    expect(ops.length).toBeGreaterThanOrEqual(10);
    expect(ops.every((o) => o.permission in PERMISSIONS)).toBe(true);
  });

  it("covers the routes that fetch, follow feeds, send webhooks and list jobs", () => {
    const covered = new Set(ops.map((o) => `${o.method} ${o.path}`));
    const ws = "/api/v1/workspaces/{workspace}";
    for (const route of [
      `POST ${ws}/articles/from-url`,
      `GET ${ws}/feeds`,
      `POST ${ws}/feeds`,
      `PATCH ${ws}/feeds/{id}`,
      `DELETE ${ws}/feeds/{id}`,
      `GET ${ws}/webhooks`,
      `POST ${ws}/webhooks`,
      `PATCH ${ws}/webhooks/{id}`,
      `DELETE ${ws}/webhooks/{id}`,
      `POST ${ws}/webhooks/{id}/test`,
      `GET ${ws}/webhooks/{id}/deliveries`,
      `GET ${ws}/jobs`,
    ])
      expect(covered.has(route), route).toBe(true);
  });

  it("answers 401 without credentials on every route", async () => {
    for (const op of ops) {
      const res = await call(s, op, a.slug, null);
      expect(res.status, `${op.method} ${op.path}`).toBe(401);
    }
  });

  it("sends nosniff, a referrer policy and a CSP forbidding framing on every route", async () => {
    for (const op of ops) {
      for (const token of [null, a.tokens.viewer, a.tokens.admin]) {
        const res = await call(s, op, a.slug, token);
        const where = `${op.method} ${op.path} (${res.status})`;
        expect(res.headers.get("x-content-type-options"), where).toBe("nosniff");
        expect(res.headers.get("referrer-policy"), where).toBe("no-referrer");
        expect(res.headers.get("content-security-policy"), where).toContain("frame-ancestors 'none'");
        expect(res.headers.get("content-security-policy"), where).not.toContain("'unsafe-inline'");
      }
    }
  });

  it("allows exactly the roles in the permission table (others get 403)", async () => {
    const failures: string[] = [];
    for (const op of ops) {
      for (const role of ROLES) {
        const allowed = (PERMISSIONS[op.permission] as readonly string[]).includes(role);
        const res = await call(s, op, a.slug, a.tokens[role]);
        if (allowed ? res.status === 403 || res.status === 401 || res.status >= 500 : res.status !== 403) {
          failures.push(`${role} ${op.method} ${op.path} -> ${res.status} (allowed: ${allowed})`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("answers 404 for a workspace the token does not belong to, on every route", async () => {
    const b = await seedWorkspace(s.t.db, "beta");
    for (const op of ops) {
      const res = await call(s, op, "beta", a.tokens.admin);
      expect(res.status, `${op.method} ${op.path}`).toBe(404);
    }
    expect(b.slug).toBe("beta");
  });

  it("answers 404 on every route of a workspace the signed-in person is not a member of", async () => {
    const session = await signInSession(s, a.users.admin.email, a.users.admin.password);
    const failures: string[] = [];
    for (const op of ops) {
      const headers: Record<string, string> = {
        cookie: session.cookie,
        "x-csrf-token": session.csrfToken,
        "content-type": op.contentType,
      };
      const hasBody = op.method !== "GET" && op.method !== "DELETE";
      const res = await s.fetch(concrete(op.path, "beta"), {
        method: op.method,
        headers,
        ...(hasBody ? { body: op.contentType === "application/json" ? "{}" : "" } : {}),
      });
      if (res.status !== 404) failures.push(`${op.method} ${op.path} -> ${res.status}`);
    }
    expect(failures).toEqual([]);
  });

  it("refuses every write in an archived workspace with 409 workspace_archived, and still reads", async () => {
    const token = (await seedWorkspace(s.t.db, "gamma")).tokens.admin;
    const archive = await s.json("PATCH", "/api/v1/workspaces/gamma", token, { version: 1, archived: true });
    expect(archive.status).toBe(200);
    const failures: string[] = [];
    for (const op of ops) {
      const res = await call(s, op, "gamma", token);
      const isWrite = op.method !== "GET";
      const restoring = op.method === "PATCH" && op.path === "/api/v1/workspaces/{workspace}";
      if (isWrite && !restoring) {
        const body = res.status === 409 ? ((await res.json()) as { error: { code: string } }) : null;
        if (body?.error.code !== "workspace_archived")
          failures.push(`${op.method} ${op.path} -> ${res.status}`);
      } else if (res.status === 409 || res.status >= 500) {
        failures.push(`${op.method} ${op.path} -> ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
