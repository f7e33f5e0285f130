import { randomUUID } from "node:crypto";
import { ROLES } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PERMISSIONS, type Permission } from "../lib/permissions";
import { startTestServer, type TestServer } from "./harness";
import { type SeededWorkspace, seedWorkspace } from "./seed";

interface Operation {
  method: string;
  path: string;
  permission: Permission;
}

/** Every workspace route, read from the OpenAPI document, so a new route is covered automatically. */
async function workspaceOperations(s: TestServer): Promise<Operation[]> {
  const doc = (await (await s.fetch("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, { "x-permission"?: Permission }>>;
  };
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (!path.startsWith("/api/v1/workspaces/{workspace}")) continue;
    for (const [method, op] of Object.entries(methods)) {
      if (!op["x-permission"]) throw new Error(`${method.toUpperCase()} ${path} declares no permission`);
      ops.push({ method: method.toUpperCase(), path, permission: op["x-permission"] });
    }
  }
  return ops;
}

const concrete = (path: string, slug: string) =>
  path.replace("{workspace}", slug).replace(/\{[a-zA-Z]+\}/g, () => randomUUID());

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

  it("answers 401 without credentials on every route", async () => {
    for (const op of ops) {
      const res = await s.fetch(concrete(op.path, a.slug), {
        method: op.method,
        headers: { "content-type": "application/json" },
        ...(op.method === "GET" || op.method === "DELETE" ? {} : { body: "{}" }),
      });
      expect(res.status, `${op.method} ${op.path}`).toBe(401);
    }
  });

  it("allows exactly the roles in the permission table (others get 403)", async () => {
    const failures: string[] = [];
    for (const op of ops) {
      for (const role of ROLES) {
        const allowed = (PERMISSIONS[op.permission] as readonly string[]).includes(role);
        const res = await s.json(
          op.method,
          concrete(op.path, a.slug),
          a.tokens[role],
          op.method === "GET" || op.method === "DELETE" ? undefined : {},
        );
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
      const res = await s.json(
        op.method,
        concrete(op.path, "beta"),
        a.tokens.admin,
        op.method === "GET" || op.method === "DELETE" ? undefined : {},
      );
      expect(res.status, `${op.method} ${op.path}`).toBe(404);
    }
    expect(b.slug).toBe("beta");
  });
});
