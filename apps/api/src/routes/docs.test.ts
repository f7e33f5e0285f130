import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../test/harness";

interface Response {
  $ref?: string;
  description?: string;
  content?: Record<string, { schema: { $ref?: string } }>;
}
interface OpenApiOperation {
  operationId?: string;
  "x-permission"?: string;
  security?: Array<Record<string, string[]>>;
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
  responses: Record<string, Response>;
}
interface OpenApiDocument {
  info: { license?: { name: string } };
  servers?: Array<{ url: string }>;
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: {
    schemas: Record<string, { properties?: Record<string, unknown> }>;
    responses: Record<string, Response>;
  };
}

const openApi = async (s: TestServer) =>
  (await (await s.fetch("/api/openapi.json")).json()) as OpenApiDocument;

const operations = (doc: OpenApiDocument) =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      label: `${method.toUpperCase()} ${path}`,
      method,
      path,
      op,
    })),
  );

describe("API documentation", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await s?.close();
  });

  it("serves an interactive docs page whose scripts come from this server, not a CDN", async () => {
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

  it("documents every workspace route with its permission and the error envelope", async () => {
    const doc = await openApi(s);
    const articles = doc.paths["/api/v1/workspaces/{workspace}/articles"]?.post;
    expect(articles?.["x-permission"]).toBe("ledger.write");
    expect(Object.keys(articles?.responses ?? {})).toEqual(
      expect.arrayContaining(["401", "403", "404", "409", "422"]),
    );
  });

  it("gives every operation a unique camelCase operationId", async () => {
    const ids = operations(await openApi(s)).map((o) => o.op.operationId);
    expect(ids.length).toBeGreaterThan(90);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("names the contract schemas once and refers to them, the error envelope included", async () => {
    const doc = await openApi(s);
    const schemas = doc.components.schemas;
    for (const name of ["Article", "ArticleSummaryPage", "Assertion", "Claim", "Event", "Outlet"]) {
      expect(schemas[name], name).toBeDefined();
    }
    expect(schemas.ErrorEnvelope?.properties?.error).toBeDefined();
    // The envelope is written once: no schema under paths spells it out.
    expect(JSON.stringify(doc.paths)).not.toContain('"requestId"');
    for (const { label, op } of operations(doc)) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) >= 400) {
          expect(response.$ref, `${label} ${status}`).toMatch(/^#\/components\/responses\/[A-Za-z]+$/);
          continue;
        }
        // Exports are files streamed for download, documented as such.
        if (label.includes("/exports/")) continue;
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (type === "application/json") expect(media.schema.$ref, `${label} ${status}`).toBeDefined();
        }
      }
      const body = op.requestBody?.content["application/json"];
      if (body) expect(body.schema.$ref, `${label} body`).toBeDefined();
    }
    for (const response of Object.values(doc.components.responses)) {
      expect(response.content?.["application/json"]?.schema.$ref).toBe("#/components/schemas/ErrorEnvelope");
    }
  });

  it("lists only the failures each route can answer", async () => {
    const doc = await openApi(s);
    for (const { label, method, path, op } of operations(doc)) {
      const statuses = Object.keys(op.responses);
      const takesBody = op.requestBody !== undefined;
      // 413 and 415 come from reading a body: a route without one never answers them.
      expect(statuses.includes("413"), label).toBe(takesBody);
      expect(statuses.includes("415"), label).toBe(takesBody);
      if (path.includes("{")) expect(statuses, label).toContain("404");
      if (method === "get" && !label.includes("/exports/reliability"))
        expect(statuses, label).not.toContain("409");
      const needsCredentials = (op.security ?? []).every((s) => Object.keys(s).length > 0);
      if (op.security?.length === 0) {
        expect(statuses, label).not.toContain("403");
      } else if (needsCredentials) {
        expect(statuses, label).toContain("401");
      }
    }
    const getArticle = doc.paths["/api/v1/workspaces/{workspace}/articles/{id}"]?.get;
    expect(Object.keys(getArticle?.responses ?? {})).toEqual(["200", "401", "403", "404", "422", "500"]);
    const patchArticle = doc.paths["/api/v1/workspaces/{workspace}/articles/{id}"]?.patch;
    expect(patchArticle?.responses["409"]?.description).toContain("`version` sent is stale");
  });

  it("needs no credentials where none are needed, and says where it is served", async () => {
    const doc = await openApi(s);
    const open = [
      ["get", "/api/health"],
      ["post", "/api/v1/auth/sign-in"],
      ["get", "/api/v1/setup"],
      ["post", "/api/v1/setup"],
      ["get", "/api/v1/invitations/link"],
      ["post", "/api/v1/invitations/link/accept"],
    ] as const;
    for (const [method, path] of open) expect(doc.paths[path]?.[method]?.security, path).toEqual([]);
    const signedIn = doc.paths["/api/v1/workspaces/{workspace}/articles"]?.get?.security;
    expect(signedIn).toEqual([{ bearer: [] }, { session: [] }]);
    expect(doc.servers?.length).toBeGreaterThan(0);
    expect(doc.info.license?.name).toBeTruthy();
  });

  it("refuses to serve files outside the documentation bundle", async () => {
    expect((await s.fetch("/api/docs/assets/..%2F..%2Fpackage.json")).status).toBe(404);
    expect((await s.fetch("/api/docs/assets/package.json")).status).toBe(404);
  });
});
