import {
  ErrorEnvelopeSchema,
  InvitationCreatedSchema,
  InvitationSchema,
  MemberSchema,
  pageOf,
  ReceivedInvitationSchema,
  SessionSchema,
  WorkspaceSchema,
} from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { startTestServer, type TestServer } from "../../test/harness";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";
import { signInSession } from "../../test/session";

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
  const acceptLink = (token: string, body: unknown) =>
    s.fetch(`/api/v1/invitations/link/accept?token=${encodeURIComponent(token)}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  it("invites a new e-mail: the link creates the account, signs in and joins with the role", async () => {
    const res = await s.json("POST", base, a.tokens.admin, {
      email: "Reporter@Alpha.test",
      role: "factchecker",
    });
    expect(res.status).toBe(201);
    const created = InvitationCreatedSchema.parse(res.body);
    expect(created.invitation).toMatchObject({
      email: "reporter@alpha.test",
      role: "factchecker",
      status: "pending",
    });
    expect(created.acceptPath).toBe(`/invite?token=${created.token}`);
    const link = await s.json("GET", `/api/v1/invitations/link?token=${created.token}`, null);
    expect(ReceivedInvitationSchema.parse(link.body)).toMatchObject({
      workspace: { slug: "alpha" },
      role: "factchecker",
    });
    const short = await acceptLink(created.token, { password: "short", displayName: "Reporter" });
    expect(short.status).toBe(422);
    const accepted = await acceptLink(created.token, {
      password: "a-long-new-password",
      displayName: "Reporter",
    });
    expect(accepted.status).toBe(200);
    const session = SessionSchema.parse(await accepted.json());
    expect(session.workspaces.map((w) => [w.slug, w.role])).toEqual([["alpha", "factchecker"]]);
    // The link works once.
    expect((await acceptLink(created.token, { password: "a-long-new-password" })).status).toBe(410);
    expect((await s.json("GET", `/api/v1/invitations/link?token=${created.token}`, null)).status).toBe(410);
    expect((await s.json("GET", "/api/v1/invitations/link?token=nope", null)).status).toBe(404);
  });

  it("answers an admin the same for an e-mail with an account elsewhere and shows nothing of it", async () => {
    const known = await s.json("POST", "/api/v1/workspaces/beta/members", b.tokens.admin, {
      email: a.users.viewer.email,
      role: "editor",
    });
    const unknown = await s.json("POST", "/api/v1/workspaces/beta/members", b.tokens.admin, {
      email: "nobody-yet@elsewhere.test",
      role: "editor",
    });
    expect(known.status).toBe(201);
    expect(unknown.status).toBe(201);
    const shape = (body: unknown) => Object.keys(InvitationCreatedSchema.parse(body).invitation).sort();
    expect(shape(known.body)).toEqual(shape(unknown.body));
    expect(JSON.stringify(known.body)).not.toContain(a.users.viewer.id);
    expect(JSON.stringify(known.body)).not.toContain("viewer of alpha");
    // Nothing changes for the person until they accept, signed in, from their own list.
    const before = await s.json<{ items: unknown[] }>(
      "GET",
      "/api/v1/workspaces/beta/members?limit=200",
      b.tokens.admin,
    );
    expect(JSON.stringify(before.body)).not.toContain(a.users.viewer.email);
    const viewer = await signInSession(s, a.users.viewer.email, a.users.viewer.password);
    const mine = z
      .object({ items: z.array(ReceivedInvitationSchema) })
      .parse((await viewer.json("GET", "/api/v1/invitations")).body);
    expect(mine.items.map((i) => [i.workspace.slug, i.role])).toEqual([["beta", "editor"]]);
    const joined = await viewer.json("POST", `/api/v1/invitations/${mine.items[0]?.id}/accept`);
    expect(joined.status).toBe(200);
    expect(WorkspaceSchema.parse(joined.body)).toMatchObject({ slug: "beta", role: "editor" });
    expect((await viewer.json("GET", "/api/v1/workspaces/beta/outlets")).status).toBe(200);
    // Their password is untouched, and inviting a member again is a conflict.
    await signInSession(s, a.users.viewer.email, a.users.viewer.password);
    const again = await s.json("POST", "/api/v1/workspaces/beta/members", b.tokens.admin, {
      email: a.users.viewer.email,
      role: "viewer",
    });
    expect(again.status).toBe(409);
  });

  it("lists pending invitations and withdraws one, after which its link is void", async () => {
    const created = InvitationCreatedSchema.parse(
      (await s.json("POST", base, a.tokens.admin, { email: "later@alpha.test", role: "viewer" })).body,
    );
    const pending = pageOf(InvitationSchema).parse(
      (await s.json("GET", "/api/v1/workspaces/alpha/invitations", a.tokens.admin)).body,
    );
    expect(pending.items.map((i) => i.email)).toContain("later@alpha.test");
    const url = `/api/v1/workspaces/alpha/invitations/${created.invitation.id}`;
    expect((await s.json("DELETE", url, a.tokens.admin)).status).toBe(204);
    expect((await s.json("DELETE", url, a.tokens.admin)).status).toBe(404);
    expect(
      (await acceptLink(created.token, { password: "a-long-new-password", displayName: "L" })).status,
    ).toBe(410);
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

  it("refuses joining an archived workspace, by link or from one's list, and creates no account", async () => {
    const g = await seedWorkspace(s.t.db, "gamma");
    const invite = async (email: string) =>
      InvitationCreatedSchema.parse(
        (await s.json("POST", "/api/v1/workspaces/gamma/members", g.tokens.admin, { email, role: "viewer" }))
          .body,
      );
    const toNew = await invite("late@gamma.test");
    const toExisting = await invite(b.users.editor.email);
    const ws = WorkspaceSchema.parse((await s.json("GET", "/api/v1/workspaces/gamma", g.tokens.admin)).body);
    const archive = (archived: boolean, version: number) =>
      s.json("PATCH", "/api/v1/workspaces/gamma", g.tokens.admin, { version, archived });
    const archived = WorkspaceSchema.parse((await archive(true, ws.version)).body);

    const byLink = await acceptLink(toNew.token, { password: "long-enough-password", displayName: "Late" });
    expect(byLink.status).toBe(409);
    expect(ErrorEnvelopeSchema.parse(await byLink.json()).error.code).toBe("workspace_archived");
    const late = await s.t.db.query.users.findFirst({ where: (t, { eq }) => eq(t.email, "late@gamma.test") });
    expect(late).toBeUndefined();
    const editor = await signInSession(s, b.users.editor.email, b.users.editor.password);
    const fromList = await editor.json("POST", `/api/v1/invitations/${toExisting.invitation.id}/accept`);
    expect(fromList.status).toBe(409);
    expect(ErrorEnvelopeSchema.parse(fromList.body).error.code).toBe("workspace_archived");

    // Restored, the same invitations work: nothing was used up.
    expect((await archive(false, archived.version)).status).toBe(200);
    expect(
      (await acceptLink(toNew.token, { password: "long-enough-password", displayName: "Late" })).status,
    ).toBe(200);
    expect((await editor.json("POST", `/api/v1/invitations/${toExisting.invitation.id}/accept`)).status).toBe(
      200,
    );
  });
});
