import { describe, expect } from "vitest";
import { it } from "../test/fixtures";
import { acceptedClientId, logPrefix } from "./request-id";

describe("request ids", () => {
  it("records the server's request id in the audit trail, never the client's X-Request-Id", async ({
    server: s,
    alpha: a,
  }) => {
    const res = await s.fetch(`/api/v1/workspaces/${a.slug}/outlets`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${a.tokens.editor}`,
        "content-type": "application/json",
        "x-request-id": "forged-audit-id",
      },
      body: JSON.stringify({ name: "Antara" }),
    });
    expect(res.status).toBe(201);
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const { id: outletId } = (await res.json()) as { id: string };
    const rows = await s.t.db.query.auditEvents.findMany({
      where: (t, { and, eq }) => and(eq(t.workspaceId, a.id), eq(t.targetId, outletId)),
    });
    expect(rows.map((r) => r.requestId)).toEqual([id]);
    const all = await s.t.db.query.auditEvents.findMany({
      where: (t, { eq }) => eq(t.requestId, "forged-audit-id"),
    });
    expect(all).toEqual([]);
  });

  it("gives every request its own id even when clients repeat one", async ({ server: s }) => {
    const headers = { "x-request-id": "same-every-time" };
    const ids = await Promise.all(
      [1, 2, 3].map(async () => (await s.fetch("/api/health", { headers })).headers.get("x-request-id")),
    );
    expect(new Set(ids).size).toBe(3);
    expect(ids).not.toContain("same-every-time");
  });

  it("logs the client's id beside the server's, and only a plain token of it", () => {
    expect(logPrefix("srv-1", "client-7")).toBe("[srv-1 client-id=client-7]");
    expect(logPrefix("srv-1", undefined)).toBe("[srv-1]");
    expect(acceptedClientId("trace-42.a:b=c")).toBe("trace-42.a:b=c");
    for (const bad of ["two words", "line\nbreak", "<script>", "x".repeat(129), ""]) {
      expect(acceptedClientId(bad)).toBeUndefined();
    }
  });
});
