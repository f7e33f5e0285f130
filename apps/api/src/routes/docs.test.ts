import { describe, expect } from "vitest";
import { it } from "../test/fixtures";

describe("API documentation", () => {
  it("serves an interactive docs page whose scripts come from this server, not a CDN", async ({
    server: s,
  }) => {
    const res = await s.fetch("/api/docs");
    expect(res.status).toBe(200);
    const page = await res.text();
    const sources = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(sources.length).toBeGreaterThanOrEqual(3);
    for (const src of sources) {
      expect(src.startsWith("/api/docs/")).toBe(true);
      const asset = await s.fetch(src);
      expect(asset.status, src).toBe(200);
    }
  });

  it("documents every workspace route with its permission and the error envelope", async ({ server: s }) => {
    const doc = (await (await s.fetch("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, { "x-permission"?: string; responses: Record<string, unknown> }>>;
    };
    const articles = doc.paths["/api/v1/workspaces/{workspace}/articles"]?.post;
    expect(articles?.["x-permission"]).toBe("ledger.write");
    expect(Object.keys(articles?.responses ?? {})).toEqual(
      expect.arrayContaining(["401", "403", "404", "409", "422"]),
    );
  });

  it("refuses to serve files outside the documentation bundle", async ({ server: s }) => {
    expect((await s.fetch("/api/docs/assets/..%2F..%2Fpackage.json")).status).toBe(404);
    expect((await s.fetch("/api/docs/assets/package.json")).status).toBe(404);
  });
});
