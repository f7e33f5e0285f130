import { ErrorEnvelopeSchema, SessionSchema } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { openSetup } from "../../services/setup";
import { it } from "../../test/fixtures";
import { startTestServer, type TestServer } from "../../test/harness";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";
import { sessionFrom, signInSession } from "../../test/session";

const post = (s: TestServer, path: string, body: unknown) =>
  s.fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("first setup on an installation without accounts", () => {
  it("creates the first account and workspace once; the link then answers 410", async ({ server: s }) => {
    const token = await openSetup(s.t.db);
    if (!token) throw new Error("no setup link on an empty database");
    expect((await s.json("GET", `/api/v1/setup?token=${token}`, null)).body).toEqual({ open: true });
    expect((await s.json("GET", "/api/v1/setup?token=made-up", null)).status).toBe(404);
    const input = {
      token,
      email: "Editor@Newsroom.test",
      displayName: "Chief editor",
      password: "a-long-first-password",
      workspace: { slug: "putin-kim-2023", name: "Putin–Kim 2023" },
    };
    const weak = await post(s, "/api/v1/setup", { ...input, password: "short" });
    expect(weak.status).toBe(422);
    const res = await post(s, "/api/v1/setup", input);
    expect(res.status).toBe(201);
    const session = await sessionFrom(s, res.clone());
    const body = SessionSchema.parse(await res.json());
    expect(body.user.email).toBe("editor@newsroom.test");
    expect(body.workspaces.map((w) => [w.slug, w.role])).toEqual([["putin-kim-2023", "admin"]]);
    expect((await session.json("GET", "/api/v1/workspaces/putin-kim-2023/outlets")).status).toBe(200);
    const again = await post(s, "/api/v1/setup", { ...input, email: "intruder@x.test" });
    expect(again.status).toBe(410);
    expect(ErrorEnvelopeSchema.parse(await again.json()).error.code).toBe("gone");
    expect((await s.json("GET", `/api/v1/setup?token=${token}`, null)).status).toBe(410);
    // With an account, no new link is issued.
    expect(await openSetup(s.t.db)).toBeNull();
  });
});

describe("account routes without credentials", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await s?.close();
  });

  it("answer 401 for everything that needs a signed-in person", async () => {
    const routes: Array<[string, string]> = [
      ["GET", "/api/v1/workspaces"],
      ["POST", "/api/v1/workspaces"],
      ["GET", "/api/v1/invitations"],
      ["POST", "/api/v1/invitations/0190b4e8-0000-7000-8000-000000000000/accept"],
      ["POST", "/api/v1/auth/password"],
    ];
    for (const [method, path] of routes) {
      const res = await s.json(method, path, null, method === "POST" ? {} : undefined);
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(ErrorEnvelopeSchema.parse(res.body).error.code).toBe("unauthorized");
    }
  });
});

describe("passwords", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let b: SeededWorkspace;
  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    b = await seedWorkspace(s.t.db, "beta");
  });
  afterAll(async () => {
    await s?.close();
  });

  it("changes one's own password with the current one; other sessions end, this one stays", async () => {
    const { email, password } = a.users.editor;
    const here = await signInSession(s, email, password);
    const elsewhere = await signInSession(s, email, password);
    const wrong = await here.json("POST", "/api/v1/auth/password", {
      currentPassword: "not-it",
      newPassword: "a-brand-new-password",
    });
    expect(wrong.status).toBe(422);
    const short = await here.json("POST", "/api/v1/auth/password", {
      currentPassword: password,
      newPassword: "short",
    });
    expect(short.status).toBe(422);
    const ok = await here.json("POST", "/api/v1/auth/password", {
      currentPassword: password,
      newPassword: "a-brand-new-password",
    });
    expect(ok.status).toBe(204);
    expect((await here.json("GET", "/api/v1/auth/session")).status).toBe(200);
    expect((await elsewhere.json("GET", "/api/v1/auth/session")).status).toBe(401);
    await expect(signInSession(s, email, password)).rejects.toThrow(/401/);
    await signInSession(s, email, "a-brand-new-password");
    const token = await s.json("POST", "/api/v1/auth/password", a.tokens.admin, {
      currentPassword: "x",
      newPassword: "a-brand-new-password",
    });
    expect(token.status).toBe(403);
  });

  it("lets an admin reset a member's password (shown once) and ends the member's sessions", async () => {
    const { email, password, id } = a.users.viewer;
    const old = await signInSession(s, email, password);
    const res = await s.json<{ password: string }>(
      "POST",
      `/api/v1/workspaces/alpha/members/${id}/password-reset`,
      a.tokens.admin,
    );
    expect(res.status).toBe(200);
    expect(res.body.password.length).toBeGreaterThanOrEqual(20);
    expect((await old.json("GET", "/api/v1/auth/session")).status).toBe(401);
    await signInSession(s, email, res.body.password);
    const audit = await s.t.db.query.auditEvents.findMany({
      where: (t, { and, eq }) => and(eq(t.workspaceId, a.id), eq(t.action, "member.password_reset")),
    });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(res.body.password);
    const byEditor = await s.json(
      "POST",
      `/api/v1/workspaces/alpha/members/${id}/password-reset`,
      a.tokens.editor,
    );
    expect(byEditor.status).toBe(403);
    expect(
      (
        await s.json(
          "POST",
          `/api/v1/workspaces/alpha/members/${b.users.viewer.id}/password-reset`,
          a.tokens.admin,
        )
      ).status,
    ).toBe(404);
  });

  it("refuses to reset an account that also belongs to a workspace the admin does not administer", async () => {
    // beta's admin invites alpha's factchecker, who accepts: the account is now in both.
    const { email, password, id } = a.users.factchecker;
    const invited = await s.json<{ invitation: { id: string } }>(
      "POST",
      "/api/v1/workspaces/beta/members",
      b.tokens.admin,
      {
        email,
        role: "viewer",
      },
    );
    const person = await signInSession(s, email, password);
    expect(
      (await person.json("POST", `/api/v1/invitations/${invited.body.invitation.id}/accept`)).status,
    ).toBe(200);
    const res = await s.json("POST", `/api/v1/workspaces/alpha/members/${id}/password-reset`, a.tokens.admin);
    expect(res.status).toBe(403);
    expect(ErrorEnvelopeSchema.parse(res.body).error.message).toMatch(/other workspaces/);
    await signInSession(s, email, password);
  });
});
