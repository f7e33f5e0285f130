import { ErrorEnvelopeSchema, MemberSchema, pageOf } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { startTestServer, type TestServer } from "../../test/harness";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

const Added = z.object({ member: MemberSchema, initialPassword: z.string().optional() });

describe("members", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let b: SeededWorkspace;
  const base = "/api/v1/workspaces/alpha/members";
  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    b = await seedWorkspace(s.t.db, "beta");
  });
  afterAll(async () => {
    await s?.close();
  });

  it("adds a new person with a generated password shown once, who can then sign in", async () => {
    const res = await s.json("POST", base, a.tokens.admin, {
      email: "Reporter@Alpha.test",
      displayName: "Reporter",
      role: "factchecker",
    });
    expect(res.status).toBe(201);
    const added = Added.parse(res.body);
    expect(added.member.email).toBe("reporter@alpha.test");
    expect(added.initialPassword).toBeTruthy();
    const signIn = await s.json("POST", "/api/v1/auth/sign-in", null, {
      email: "reporter@alpha.test",
      password: added.initialPassword,
    });
    expect(signIn.status).toBe(200);
  });

  it("adds an existing account to another workspace without touching its password", async () => {
    const res = await s.json("POST", "/api/v1/workspaces/beta/members", b.tokens.admin, {
      email: a.users.viewer.email,
      displayName: "ignored",
      role: "editor",
    });
    expect(res.status).toBe(201);
    expect(Added.parse(res.body).initialPassword).toBeUndefined();
    expect(
      (
        await s.json("POST", "/api/v1/workspaces/beta/members", b.tokens.admin, {
          email: a.users.viewer.email,
          displayName: "again",
          role: "viewer",
        })
      ).status,
    ).toBe(409);
  });

  it("changes a role with the current version, refuses a stale one, and keeps the last admin", async () => {
    const list = pageOf(MemberSchema).parse((await s.json("GET", `${base}?limit=200`, a.tokens.admin)).body);
    const editor = list.items.find((m) => m.email === a.users.editor.email);
    if (!editor) throw new Error("editor missing");
    const ok = await s.json("PATCH", `${base}/${editor.userId}`, a.tokens.admin, {
      role: "viewer",
      version: editor.version,
    });
    expect(ok.status).toBe(200);
    expect(MemberSchema.parse(ok.body).role).toBe("viewer");
    const stale = await s.json("PATCH", `${base}/${editor.userId}`, a.tokens.admin, {
      role: "admin",
      version: editor.version,
    });
    expect(stale.status).toBe(409);
    const admin = list.items.find((m) => m.email === a.users.admin.email);
    if (!admin) throw new Error("admin missing");
    const demote = await s.json("PATCH", `${base}/${admin.userId}`, a.tokens.admin, {
      role: "viewer",
      version: admin.version,
    });
    expect(demote.status).toBe(409);
    expect(ErrorEnvelopeSchema.parse(demote.body).error.message).toMatch(/at least one admin/);
  });

  it("removes a member (audited) and 404s for other workspaces' members", async () => {
    const res = await s.json("DELETE", `${base}/${a.users.viewer.id}`, a.tokens.admin);
    expect(res.status).toBe(204);
    const audit = await s.t.db.query.auditEvents.findMany({
      where: (t, { and, eq }) => and(eq(t.workspaceId, a.id), eq(t.action, "member.remove")),
    });
    expect(audit).toHaveLength(1);
    expect((await s.json("DELETE", `${base}/${b.users.editor.id}`, a.tokens.admin)).status).toBe(404);
  });
});
