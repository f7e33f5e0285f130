import { ErrorEnvelopeSchema } from "@kroscek/schema";
import { describe, expect } from "vitest";
import { it } from "./fixtures";
import { issuePaths, wsPath } from "./ledger-fixtures";

/** ~1.9 MB of distinct words: within the contract's 2,000,000 characters, too many to index. */
const UNINDEXABLE = Array.from({ length: 330_000 }, (_, i) => `k${i.toString(36)}`).join(" ");

describe("bad input never yields a 500", () => {
  it("refuses NUL and lone surrogates in body fields with 422 and the field path", async ({
    server: s,
    alpha: a,
  }) => {
    const outlet = await s.json("POST", wsPath(a, "outlets"), a.tokens.editor, { name: "Antara\u0000" });
    expect(outlet.status).toBe(422);
    expect(issuePaths(outlet.body)).toEqual(["name"]);
    const entity = await s.json("POST", wsPath(a, "entities"), a.tokens.factchecker, {
      canonicalName: "Kim \ud800",
      kind: "person",
      aliases: ["ok", "bad\udc00"],
    });
    expect(entity.status).toBe(422);
    expect(issuePaths(entity.body).sort()).toEqual(["aliases.1", "canonicalName"]);
    const article = await s.json("POST", wsPath(a, "articles"), a.tokens.factchecker, {
      outlet: "Antara",
      body: "Teks dengan \u0000 di tengah.",
    });
    expect(article.status).toBe(422);
    expect(issuePaths(article.body)).toEqual(["body"]);
  });

  it("keeps emoji and other paired surrogates", async ({ server: s, alpha: a }) => {
    const res = await s.json("POST", wsPath(a, "entities"), a.tokens.factchecker, {
      canonicalName: "Bendera 🇰🇵",
      kind: "country",
    });
    expect(res.status).toBe(201);
  });

  it("refuses NUL in query parameters with 422 and the parameter", async ({ server: s, alpha: a }) => {
    for (const path of ["articles?q=a%00b", "outlets?q=%00", "audit?action=x%00", "search?q=%00"]) {
      const res = await s.json("GET", wsPath(a, path), a.tokens.viewer);
      expect(res.status, path).toBe(422);
      expect(issuePaths(res.body).length, path).toBe(1);
    }
  });

  it("refuses a workspace slug with NUL (demo%00) with 422 on every kind of route", async ({
    server: s,
    alpha: a,
  }) => {
    for (const [method, rest] of [
      ["GET", "outlets"],
      ["POST", "articles"],
      ["GET", "reports/contradictions.html"],
      ["GET", "exports/assertions.csv"],
    ] as const) {
      const res = await s.json(
        method,
        `/api/v1/workspaces/demo%00/${rest}`,
        a.tokens.admin,
        method === "POST" ? {} : undefined,
      );
      expect(res.status, rest).toBe(422);
      expect([...new Set(issuePaths(res.body))], rest).toEqual(["workspace"]);
    }
  });

  it("bounds integers to their columns: version 2147483648 is a 422, not a database error", async ({
    server: s,
    alpha: a,
  }) => {
    const created = await s.json<{ id: string }>("POST", wsPath(a, "outlets"), a.tokens.editor, {
      name: "Tempo",
    });
    expect(created.status).toBe(201);
    const res = await s.json("PATCH", wsPath(a, `outlets/${created.body.id}`), a.tokens.editor, {
      name: "Tempo.co",
      version: 2_147_483_648,
    });
    expect(res.status).toBe(422);
    expect(issuePaths(res.body)).toEqual(["version"]);
  });

  it("answers a duplicate with 409 and without naming the database constraint", async ({
    server: s,
    alpha: a,
  }) => {
    expect((await s.json("POST", wsPath(a, "outlets"), a.tokens.editor, { name: "Kompas" })).status).toBe(
      201,
    );
    const again = await s.json("POST", wsPath(a, "outlets"), a.tokens.editor, { name: "Kompas" });
    expect(again.status).toBe(409);
    ErrorEnvelopeSchema.parse(again.body);
    expect(JSON.stringify(again.body)).not.toMatch(/_key|_fkey|_pkey|constraint/i);
  });

  it("answers an article the database cannot index with 422, naming no database object", async ({
    server: s,
    alpha: a,
  }) => {
    const res = await s.json("POST", wsPath(a, "articles"), a.tokens.factchecker, {
      outlet: "Antara",
      body: UNINDEXABLE,
    });
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body)).not.toMatch(/articles_search_idx|tsvector/);
  });

  it("imports the lines around a bad NDJSON line and reports every line", async ({ server: s, alpha: a }) => {
    const lines = [
      { outlet: "Antara", body: "Baris pertama yang baik." },
      { outlet: "Antara", body: "Baris kedua dengan \u0000." },
      { outlet: "Antara", body: UNINDEXABLE },
      { outlet: "Antara", body: "Baris keempat yang baik." },
    ];
    const res = await s.fetch(wsPath(a, "articles/bulk"), {
      method: "POST",
      headers: { authorization: `Bearer ${a.tokens.factchecker}`, "content-type": "application/x-ndjson" },
      body: lines.map((l) => JSON.stringify(l)).join("\n"),
    });
    expect(res.status).toBe(200);
    const report = (await res.json()) as {
      lines: Array<{ line: number; status: string; reason?: string; issues?: Array<{ path: string }> }>;
      totals: Record<string, number>;
    };
    expect(report.lines.map((l) => l.status)).toEqual(["created", "rejected", "rejected", "created"]);
    expect(report.lines[1]?.issues?.map((i) => i.path)).toEqual(["body"]);
    expect(report.lines[2]?.reason).toMatch(/refused/);
    expect(report.lines[2]?.reason).not.toMatch(/articles_search_idx/);
    expect(report.totals).toEqual({ created: 2, duplicate: 0, rejected: 2 });
  });
});
