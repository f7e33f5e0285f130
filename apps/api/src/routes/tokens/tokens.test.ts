import { ApiTokenCreatedSchema, ApiTokenSchema, pageOf } from "@kroscek/schema";
import { describe, expect } from "vitest";
import { it } from "../../test/fixtures";

describe("API tokens", () => {
  it("shows a new token once, stores only its hash, and the token works with its role", async ({
    server: s,
    alpha: a,
  }) => {
    const res = await s.json("POST", "/api/v1/workspaces/alpha/tokens", a.tokens.admin, {
      name: "newsroom bot",
      role: "viewer",
    });
    expect(res.status).toBe(201);
    const created = ApiTokenCreatedSchema.parse(res.body);
    const row = await s.t.db.query.apiTokens.findFirst({ where: (t, { eq }) => eq(t.id, created.id) });
    expect(row?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect((await s.json("GET", "/api/v1/workspaces/alpha/outlets", created.token)).status).toBe(200);
    expect(
      (await s.json("POST", "/api/v1/workspaces/alpha/outlets", created.token, { name: "X" })).status,
    ).toBe(403);
    const list = pageOf(ApiTokenSchema).parse(
      (await s.json("GET", "/api/v1/workspaces/alpha/tokens", a.tokens.admin)).body,
    );
    expect(list.items.some((t) => t.id === created.id)).toBe(true);
    expect(JSON.stringify(list)).not.toContain(created.token);
  });

  it("revokes a token at once", async ({ server: s, alpha: a }) => {
    const created = ApiTokenCreatedSchema.parse(
      (
        await s.json("POST", "/api/v1/workspaces/alpha/tokens", a.tokens.admin, {
          name: "temp",
          role: "editor",
        })
      ).body,
    );
    const revoked = await s.json("DELETE", `/api/v1/workspaces/alpha/tokens/${created.id}`, a.tokens.admin);
    expect(revoked.status).toBe(200);
    expect(ApiTokenSchema.parse(revoked.body).revokedAt).not.toBeNull();
    expect((await s.json("GET", "/api/v1/workspaces/alpha/outlets", created.token)).status).toBe(401);
    const audit = await s.t.db.query.auditEvents.findMany({
      where: (t, { eq }) => eq(t.targetId, created.id),
    });
    expect(audit.map((r) => r.action).sort()).toEqual(["token.create", "token.revoke"]);
  });

  it("lets only admins manage tokens and hides other workspaces' tokens", async ({
    server: s,
    alpha: a,
    beta: b,
  }) => {
    expect((await s.json("GET", "/api/v1/workspaces/alpha/tokens", a.tokens.editor)).status).toBe(403);
    const theirs = ApiTokenCreatedSchema.parse(
      (await s.json("POST", "/api/v1/workspaces/beta/tokens", b.tokens.admin, { name: "b", role: "viewer" }))
        .body,
    );
    expect(
      (await s.json("DELETE", `/api/v1/workspaces/alpha/tokens/${theirs.id}`, a.tokens.admin)).status,
    ).toBe(404);
    expect((await s.json("GET", "/api/v1/workspaces/beta/outlets", theirs.token)).status).toBe(200);
  });
});
