import { latestMigrationTag } from "@kroscek/db";
import { ErrorEnvelopeSchema, HealthSchema } from "@kroscek/schema";
import { describe, expect } from "vitest";
import { it } from "../test/fixtures";

describe("GET /api/health", () => {
  it("reports the database kind and the latest applied migration", async ({ server: s }) => {
    const res = await s.fetch("/api/health");
    expect(res.status).toBe(200);
    const body = HealthSchema.parse(await res.json());
    expect(body.database).toBe(s.t.kind);
    expect(body.migration).toBe(latestMigrationTag());
  });

  it("answers unknown routes with the 404 error envelope", async ({ server: s }) => {
    const res = await s.fetch("/api/v1/nothing-here");
    expect(res.status).toBe(404);
    const body = ErrorEnvelopeSchema.parse(await res.json());
    expect(body.error.code).toBe("not_found");
    expect(body.error.requestId).toBe(res.headers.get("x-request-id"));
  });

  it("publishes an OpenAPI 3.1 document", async ({ server: s }) => {
    const res = await s.fetch("/api/openapi.json");
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/api/health");
  });
});
