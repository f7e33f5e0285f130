import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/harness";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

interface From {
  /** A loopback address of its own (127.0.0.0/8 all reach the server): a real other client. */
  localAddress?: string;
  forwardedFor?: string;
}

/** Signs in over a connection of its own, from the given local address or with the given header. */
function signIn(s: TestServer, email: string, password: string, from: From = {}) {
  return new Promise<{ status: number; retryAfter: string | undefined; cookie: string }>(
    (resolve, reject) => {
      const body = JSON.stringify({ email, password });
      const req = request(
        `${s.url}/api/v1/auth/sign-in`,
        {
          method: "POST",
          agent: false,
          ...(from.localAddress ? { localAddress: from.localAddress } : {}),
          headers: {
            "content-type": "application/json",
            ...(from.forwardedFor ? { "x-forwarded-for": from.forwardedFor } : {}),
          },
        },
        (res) => {
          res.resume();
          res.on("end", () =>
            resolve({
              status: res.statusCode ?? 0,
              retryAfter: res.headers["retry-after"],
              cookie: String(res.headers["set-cookie"] ?? ""),
            }),
          );
        },
      );
      req.on("error", reject);
      req.end(body);
    },
  );
}

describe("sign-in throttling a stranger cannot turn against a user", () => {
  let s: TestServer;
  let a: SeededWorkspace;

  beforeAll(async () => {
    s = await startTestServer({ signInLimit: { attempts: 3, windowMs: 60_000, addressCeiling: 12 } });
    a = await seedWorkspace(s.t.db, "alpha");
  });
  afterAll(async () => {
    await s?.close();
  });

  it("a stranger's failures do not lock out the right password from another address", async () => {
    const victim = a.users.editor;
    for (let i = 0; i < 8; i++) {
      const res = await signIn(s, victim.email, "guess-123456", { localAddress: "127.0.0.2" });
      expect(res.status).toBe(i < 3 ? 401 : 429);
    }
    const own = await signIn(s, victim.email, victim.password, { localAddress: "127.0.0.3" });
    expect(own.status).toBe(200);
    // The stranger's own pair stays throttled, right password or not.
    const stranger = await signIn(s, victim.email, victim.password, { localAddress: "127.0.0.2" });
    expect(stranger.status).toBe(429);
    expect(Number(stranger.retryAfter)).toBeGreaterThan(0);
  });

  it("a successful sign-in resets its pair", async () => {
    const user = a.users.viewer;
    const from = { localAddress: "127.0.0.4" };
    for (let i = 0; i < 2; i++) expect((await signIn(s, user.email, "typo-123456", from)).status).toBe(401);
    expect((await signIn(s, user.email, user.password, from)).status).toBe(200);
    // Back to three free failures: without the reset the third would already be throttled next.
    for (let i = 0; i < 3; i++) expect((await signIn(s, user.email, "typo-123456", from)).status).toBe(401);
    expect((await signIn(s, user.email, user.password, from)).status).toBe(429);
  });

  it("an address spraying many accounts reaches the ceiling; other addresses are unaffected", async () => {
    const from = { localAddress: "127.0.0.5" };
    for (let i = 0; i < 12; i++) {
      expect((await signIn(s, `nobody${i}@alpha.test`, "spray-123456", from)).status).toBe(401);
    }
    const admin = a.users.admin;
    expect((await signIn(s, admin.email, admin.password, from)).status).toBe(429);
    expect((await signIn(s, admin.email, admin.password, { localAddress: "127.0.0.6" })).status).toBe(200);
  });

  it("ignores X-Forwarded-For unless KROSCEK_TRUST_PROXY is set", async () => {
    const user = a.users.factchecker;
    const from = { localAddress: "127.0.0.7" };
    for (let i = 0; i < 3; i++) {
      const res = await signIn(s, user.email, "wrong-123456", { ...from, forwardedFor: `203.0.113.${i}` });
      expect(res.status).toBe(401);
    }
    // A made-up forwarded address does not buy a fresh pair.
    const res = await signIn(s, user.email, user.password, { ...from, forwardedFor: "198.51.100.9" });
    expect(res.status).toBe(429);
  });

  it("does not set Secure on the cookie of a plain-http server without a public URL", async () => {
    const user = a.users.admin;
    const res = await signIn(s, user.email, user.password, { localAddress: "127.0.0.8" });
    expect(res.status).toBe(200);
    expect(res.cookie).not.toMatch(/Secure/i);
  });
});

describe("behind a trusted proxy with an https public URL", () => {
  let s: TestServer;
  let a: SeededWorkspace;

  beforeAll(async () => {
    s = await startTestServer({
      signInLimit: { attempts: 3, windowMs: 60_000 },
      trustProxy: 1,
      publicUrl: "https://kroscek.example.org",
    });
    a = await seedWorkspace(s.t.db, "alpha");
  });
  afterAll(async () => {
    await s?.close();
  });

  it("keys the throttle on the client address the proxy appended, not on what the client wrote", async () => {
    const user = a.users.editor;
    // Everyone reaches the app from the proxy's address (127.0.0.1 here).
    for (let i = 0; i < 3; i++) {
      const res = await signIn(s, user.email, "wrong-123456", { forwardedFor: `10.9.9.${i}, 192.0.2.50` });
      expect(res.status).toBe(401);
    }
    expect((await signIn(s, user.email, user.password, { forwardedFor: "192.0.2.50" })).status).toBe(429);
    const elsewhere = await signIn(s, user.email, user.password, { forwardedFor: "192.0.2.77" });
    expect(elsewhere.status).toBe(200);
  });

  it("sets Secure on the session cookie because KROSCEK_PUBLIC_URL is https", async () => {
    const user = a.users.viewer;
    const res = await signIn(s, user.email, user.password, { forwardedFor: "192.0.2.80" });
    expect(res.status).toBe(200);
    expect(res.cookie).toMatch(/;\s*Secure/i);
  });
});
