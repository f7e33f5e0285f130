import { ErrorEnvelopeSchema } from "@kroscek/schema";
import { articles } from "@kroscek/schema/tables";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/harness";
import { addArticle, addClaim, addEntity, addEvent, issuePaths, wsPath } from "../../test/ledger-fixtures";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

const SCRIPT_URL = "javascript:fetch('/api/v1/auth/session')";

describe("the contradiction report's links", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let articleId: string;
  let claimId: string;

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    const moskow = await addEntity(s, a, "Moskow", "place");
    const meeting = await addEvent(s, a, { title: "Putin meets Choe" });
    const place = await addClaim(s, a, meeting.id, { slot: "place", entityId: moskow.id });
    claimId = place.id;
    const says = await addArticle(s, a, {
      outlet: "Himalayapost.id",
      body: "Putin bertemu Choe Son Hui di Moskow pada Selasa.",
      url: "https://himalayapost.id/putin-choe",
    });
    const denies = await addArticle(s, a, {
      outlet: "Republika",
      body: "Pertemuan itu tidak berlangsung di Moskow, kata juru bicara.",
      url: "https://republika.co.id/pertemuan",
    });
    articleId = denies.id;
    for (const [article, stance, exact] of [
      [says, "asserts", "di Moskow"],
      [denies, "denies", "tidak berlangsung di Moskow"],
    ] as const) {
      const res = await s.json("POST", wsPath(a, "assertions"), a.tokens.factchecker, {
        articleId: article.id,
        claimId: place.id,
        stance,
        quote: { exact },
        attribution: { kind: "none" },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
  });
  afterAll(async () => {
    await s?.close();
  });

  it("refuses a javascript: or data: URL for an article (JSON, PATCH, NDJSON) with 422 and the path", async () => {
    const created = await s.json("POST", wsPath(a, "articles"), a.tokens.factchecker, {
      outlet: "Antara",
      body: "Teks lain.",
      url: SCRIPT_URL,
    });
    expect(created.status).toBe(422);
    expect(issuePaths(created.body)).toEqual(["url"]);

    const [row] = await s.t.db.select().from(articles).where(eq(articles.id, articleId));
    const patched = await s.json("PATCH", wsPath(a, `articles/${articleId}`), a.tokens.factchecker, {
      url: "data:text/html,<script>alert(1)</script>",
      version: row?.version,
    });
    expect(patched.status).toBe(422);
    expect(issuePaths(patched.body)).toEqual(["url"]);

    const bulk = await s.fetch(wsPath(a, "articles/bulk"), {
      method: "POST",
      headers: { authorization: `Bearer ${a.tokens.factchecker}`, "content-type": "application/x-ndjson" },
      body: `${JSON.stringify({ outlet: "Antara", body: "Baris satu.", url: " JavaScript:alert(1)" })}\n`,
    });
    const report = (await bulk.json()) as {
      lines: Array<{ status: string; issues?: Array<{ path: string }> }>;
    };
    expect(report.lines[0]?.status).toBe("rejected");
    expect(report.lines[0]?.issues?.map((i) => i.path)).toEqual(["url"]);
  });

  it("refuses a javascript: URL as verdict evidence with 422 and the path", async () => {
    const res = await s.json("PUT", wsPath(a, `claims/${claimId}/verdict`), a.tokens.factchecker, {
      ratingKey: "salah",
      rationale: "Lihat tautan.",
      evidence: [{ url: "https://example.org/ok" }, { url: SCRIPT_URL }],
    });
    expect(res.status).toBe(422);
    expect(issuePaths(res.body)).toContain("evidence.1.url");
  });

  it("never puts a stored non-http URL into href: it is printed as text", async () => {
    // A row stored before the contracts checked the scheme.
    await s.t.db.update(articles).set({ url: SCRIPT_URL }).where(eq(articles.id, articleId));
    const res = await s.fetch(wsPath(a, "reports/contradictions.html"), {
      headers: { authorization: `Bearer ${a.tokens.viewer}` },
    });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('href="https://himalayapost.id/putin-choe"');
    expect(page).toContain("javascript:fetch(");
    const hrefs = [...page.matchAll(/href\s*=\s*"([^"]*)"/gi)].map((m) => m[1] ?? "");
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  });

  it("serves the report under a CSP that allows no script and no framing", async () => {
    const res = await s.fetch(wsPath(a, "reports/contradictions.html"), {
      headers: { authorization: `Bearer ${a.tokens.viewer}` },
    });
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("script-src");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("answers errors with the same headers and the envelope", async () => {
    const res = await s.fetch(wsPath(a, "reports/contradictions.html"));
    expect(res.status).toBe(401);
    ErrorEnvelopeSchema.parse(await res.json());
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});
