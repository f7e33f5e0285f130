import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ErrorEnvelopeSchema } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./test/harness";

const INDEX =
  '<!doctype html><html><body><div id="root"></div><script src="/assets/app.js"></script></body></html>';

describe("the review UI served on the API's origin", () => {
  let s: TestServer;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), "kroscek-web-dist-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), INDEX);
    writeFileSync(join(dist, "assets", "app.js"), "console.log('kroscek');");
    s = await startTestServer({ webDist: dist });
  });
  afterAll(async () => {
    await s?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("answers the setup and invitation links, and pages inside a workspace, with the UI's index.html", async () => {
    for (const path of [
      "/setup?token=abc123",
      "/invite?token=inv_abc-DEF_123",
      "/sign-in?next=%2Fw%2Fdemo",
      "/w/demo/settings",
      "/w/demo/settings/people",
    ]) {
      const res = await s.fetch(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type"), path).toMatch(/text\/html/);
      expect(await res.text(), path).toBe(INDEX);
    }
  });

  it("serves built assets as files and keeps unknown API paths a JSON 404", async () => {
    const asset = await s.fetch("/assets/app.js");
    expect(asset.status).toBe(200);
    expect(await asset.text()).toContain("kroscek");
    const api = await s.fetch("/api/v1/setup-nothing-here");
    expect(api.status).toBe(404);
    expect(ErrorEnvelopeSchema.parse(await api.json()).error.code).toBe("not_found");
  });
});
