import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../test/harness";

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (header ?? "").split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

function expectCommonHeaders(res: Response) {
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  expect(res.headers.get("x-frame-options")).toBe("DENY");
  const csp = directives(res.headers.get("content-security-policy"));
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  return csp;
}

/** A page's policy: scripts only from this origin, never inline or eval. */
function expectNoInlineScript(csp: Map<string, string[]>) {
  const scripts = csp.get("script-src") ?? csp.get("default-src") ?? [];
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(scripts.every((v) => v === "'self'" || v === "'none'")).toBe(true);
}

describe("security headers", () => {
  let s: TestServer;
  let webDist: string;

  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), "kroscek-web-"));
    mkdirSync(join(webDist, "assets"));
    writeFileSync(
      join(webDist, "index.html"),
      '<!doctype html><script type="module" src="/assets/app.js"></script>',
    );
    writeFileSync(join(webDist, "assets", "app.js"), "document.title = 'ok';");
    s = await startTestServer({ webDist });
  });
  afterAll(async () => {
    await s?.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it("serves the review UI (and its client-side routes) under a CSP without inline script", async () => {
    for (const path of ["/", "/w/demo/articles"]) {
      const res = await s.fetch(path);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("text/html");
      const csp = expectCommonHeaders(res);
      expectNoInlineScript(csp);
      expect(csp.get("connect-src")).toEqual(["'self'"]);
      expect(csp.get("object-src")).toEqual(["'none'"]);
    }
    const asset = await s.fetch("/assets/app.js");
    expect(asset.status).toBe(200);
    expectCommonHeaders(asset);
  });

  it("serves the docs page and its scripts under a CSP without inline script", async () => {
    const page = await s.fetch("/api/docs");
    expect(page.status).toBe(200);
    const html = await page.text();
    // Every script of the page is a file, so the policy can forbid inline ones.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expectNoInlineScript(expectCommonHeaders(page));
    for (const src of [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1] ?? "")) {
      const res = await s.fetch(src);
      expect(res.status, src).toBe(200);
      expect(res.headers.get("content-type")).toContain("javascript");
    }
  });

  it("gives JSON answers, the OpenAPI document and errors a policy that loads nothing", async () => {
    for (const [path, status] of [
      ["/api/health", 200],
      ["/api/openapi.json", 200],
      ["/api/v1/workspaces/demo/articles", 401],
      ["/api/nope", 404],
    ] as const) {
      const res = await s.fetch(path);
      expect(res.status, path).toBe(status);
      const csp = expectCommonHeaders(res);
      expect(csp.get("default-src"), path).toEqual(["'none'"]);
    }
  });

  it("answers with a request id of its own, not the client's", async () => {
    const res = await s.fetch("/api/nope", { headers: { "x-request-id": "forged-id-123" } });
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await res.json()) as { error: { requestId: string } };
    expect(body.error.requestId).toBe(id);
  });
});
