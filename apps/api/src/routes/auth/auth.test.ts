import { ErrorEnvelopeSchema, OutletSchema, SessionSchema } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/harness";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

async function signIn(s: TestServer, email: string, password: string) {
  const res = await s.fetch("/api/v1/auth/sign-in", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  return res;
}

const cookieOf = (res: Response) => res.headers.get("set-cookie")?.split(";")[0] ?? "";

describe("sign-in with a session cookie", () => {
  let s: TestServer;
  let a: SeededWorkspace;

  beforeAll(async () => {
    s = await startTestServer({ signInLimit: { attempts: 3, windowMs: 60_000 } });
    a = await seedWorkspace(s.t.db, "alpha");
    await seedWorkspace(s.t.db, "beta");
  });
  afterAll(async () => {
    await s?.close();
  });

  it("signs in, sets an httpOnly SameSite=Lax cookie and lists only the user's workspaces", async () => {
    const res = await signIn(s, a.users.editor.email, a.users.editor.password);
    expect(res.status).toBe(200);
    const setCookie = res.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^kroscek_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);
    const session = SessionSchema.parse(await res.json());
    expect(session.workspaces.map((w) => [w.slug, w.role])).toEqual([["alpha", "editor"]]);
    expect(session.csrfToken).toBeTruthy();
  });

  it("accepts cookie writes only with the session's CSRF token", async () => {
    const res = await signIn(s, a.users.factchecker.email, a.users.factchecker.password);
    const cookie = cookieOf(res);
    const { csrfToken } = SessionSchema.parse(await res.json());
    const post = (headers: Record<string, string>) =>
      s.fetch("/api/v1/workspaces/alpha/outlets", {
        method: "POST",
        headers: { cookie, "content-type": "application/json", ...headers },
        body: JSON.stringify({ name: `Outlet ${Math.random()}` }),
      });
    const without = await post({});
    expect(without.status).toBe(403);
    expect(ErrorEnvelopeSchema.parse(await without.json()).error.message).toMatch(/CSRF/);
    expect((await post({ "x-csrf-token": "guess" })).status).toBe(403);
    const ok = await post({ "x-csrf-token": csrfToken ?? "" });
    expect(ok.status).toBe(201);
    OutletSchema.parse(await ok.json());
    // Reads need no CSRF token.
    expect((await s.fetch("/api/v1/workspaces/alpha/outlets", { headers: { cookie } })).status).toBe(200);
  });

  it("hides workspaces the user is not a member of", async () => {
    const res = await signIn(s, a.users.admin.email, a.users.admin.password);
    const cookie = cookieOf(res);
    expect((await s.fetch("/api/v1/workspaces/beta/outlets", { headers: { cookie } })).status).toBe(404);
  });

  it("signs out: the cookie stops working", async () => {
    const res = await signIn(s, a.users.viewer.email, a.users.viewer.password);
    const cookie = cookieOf(res);
    const { csrfToken } = SessionSchema.parse(await res.json());
    expect((await s.fetch("/api/v1/auth/session", { headers: { cookie } })).status).toBe(200);
    const out = await s.fetch("/api/v1/auth/sign-out", {
      method: "POST",
      headers: { cookie, "x-csrf-token": csrfToken ?? "" },
    });
    expect(out.status).toBe(204);
    expect((await s.fetch("/api/v1/auth/session", { headers: { cookie } })).status).toBe(401);
  });

  it("answers a wrong password with 401 and throttles repeated failures with 429 and Retry-After", async () => {
    const email = a.users.admin.email;
    for (let i = 0; i < 3; i++) expect((await signIn(s, email, "wrong-password")).status).toBe(401);
    const throttled = await signIn(s, email, a.users.admin.password);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(ErrorEnvelopeSchema.parse(await throttled.json()).error.code).toBe("rate_limited");
  });

  it("answers an unknown e-mail exactly like a wrong password", async () => {
    const res = await signIn(s, "nobody@alpha.test", "whatever-password");
    expect(res.status).toBe(401);
    expect(ErrorEnvelopeSchema.parse(await res.json()).error.message).toBe("Wrong e-mail or password");
  });

  it("rejects a malformed bearer header and an unknown token with 401", async () => {
    const bad = await s.fetch("/api/v1/workspaces/alpha/outlets", {
      headers: { authorization: "Token abc" },
    });
    expect(bad.status).toBe(401);
    const unknown = await s.fetch("/api/v1/workspaces/alpha/outlets", {
      headers: { authorization: "Bearer ksk_not-a-real-token-at-all-000000000" },
    });
    expect(unknown.status).toBe(401);
    expect((await s.fetch("/api/v1/workspaces/alpha/outlets")).status).toBe(401);
  });

  it("stores passwords as argon2id hashes, never in clear", async () => {
    const user = await s.t.db.query.users.findFirst({
      where: (u, { eq }) => eq(u.email, a.users.editor.email),
    });
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user?.passwordHash).not.toContain(a.users.editor.password);
  });
});
