import {
  ArticleSummarySchema,
  BULK_IMPORT_MAX_BYTES,
  BulkImportReportSchema,
  ErrorEnvelopeSchema,
  pageOf,
} from "@kroscek/schema";
import { describe, expect } from "vitest";
import { articlesPath, postArticle, postNdjson } from "../../test/article-fixtures";
import { it } from "../../test/fixtures";

const line = (v: unknown) => JSON.stringify(v);

describe("articles: NDJSON bulk import", () => {
  it("reports every line in order and keeps every good line when others are bad", async ({
    server: s,
    alpha: a,
  }) => {
    const stored = await postArticle(s, a, { outlet: "Antara", body: "Sudah tersimpan sebelumnya." });
    const ndjson = [
      line({ outlet: "Kompas", title: "Satu", body: "Artikel pertama." }),
      "",
      line({ outlet: "Antara", body: "Sudah tersimpan sebelumnya." }),
      '{"outlet": "Tempo", "body": ',
      line({ outlet: "Tempo", url: "bukan url", body: "" }),
      line({ outletId: "0190f3f0-0000-7000-8000-000000000000", body: "Outlet tidak dikenal." }),
      "   ",
      line({ outlet: "Tempo", title: "Dua", body: "Artikel kedua.", publishedAt: "2024-01-16" }),
      line({ body: "Zona waktu salah.", timeZone: "Mars/Olympus", publishedAt: "2024-01-16" }),
      `${line({ body: "Baris CRLF terakhir tanpa newline." })}\r`,
    ].join("\n");
    const res = await postNdjson(s, a, ndjson);
    expect(res.status).toBe(200);
    const report = BulkImportReportSchema.parse(await res.json());
    expect(report.lines.map((l) => [l.line, l.status])).toEqual([
      [1, "created"],
      [3, "duplicate"],
      [4, "rejected"],
      [5, "rejected"],
      [6, "rejected"],
      [8, "created"],
      [9, "rejected"],
      [10, "created"],
    ]);
    expect(report.totals).toEqual({ created: 3, duplicate: 1, rejected: 4 });
    expect(report.lines[1]?.articleId).toBe(stored.id);
    expect(report.lines[2]?.reason).toMatch(/malformed JSON/);
    expect(report.lines[3]?.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(["url", "body"]));
    expect(report.lines[4]?.issues?.map((i) => i.path)).toEqual(["outletId"]);
    expect(report.lines[6]?.reason).toMatch(/time zone/);

    const page = pageOf(ArticleSummarySchema).parse(
      (await s.json("GET", articlesPath(a), a.tokens.viewer)).body,
    );
    const created = report.lines.filter((l) => l.status === "created").map((l) => l.articleId);
    expect(page.items.map((i) => i.id)).toEqual(expect.arrayContaining(created));
    expect(page.items).toHaveLength(4);
    const audited = await s.t.db.query.auditEvents.findMany({
      where: (t, { and, eq }) => and(eq(t.workspaceId, a.id), eq(t.action, "article.create")),
    });
    expect(audited.map((r) => r.targetId).sort()).toEqual([stored.id, ...created].sort());
  });

  it("accepts an empty body and application/ndjson", async ({ server: s, alpha: a }) => {
    const res = await postNdjson(s, a, "\n\n", a.tokens.factchecker, "application/ndjson");
    expect(res.status).toBe(200);
    expect(BulkImportReportSchema.parse(await res.json())).toEqual({
      lines: [],
      totals: { created: 0, duplicate: 0, rejected: 0 },
    });
  });

  it("answers 415 for a JSON content type, 401 without a token, 403 for a viewer", async ({
    server: s,
    alpha: a,
  }) => {
    const wrong = await postNdjson(s, a, line({ body: "x" }), a.tokens.admin, "application/json");
    expect(wrong.status).toBe(415);
    expect(ErrorEnvelopeSchema.parse(await wrong.json()).error.code).toBe("unsupported_media_type");
    const anonymous = await s.fetch(articlesPath(a, "/bulk"), {
      method: "POST",
      headers: { "content-type": "application/x-ndjson" },
      body: line({ body: "x" }),
    });
    expect(anonymous.status).toBe(401);
    expect((await postNdjson(s, a, line({ body: "x" }), a.tokens.viewer)).status).toBe(403);
  });

  it("answers 413 beyond the limit and imports nothing, whether the size is declared or streamed", async ({
    server: s,
    alpha: a,
  }) => {
    const count = async () =>
      pageOf(ArticleSummarySchema).parse(
        (await s.json("GET", articlesPath(a, "?limit=200"), a.tokens.viewer)).body,
      ).items.length;
    const before = await count();
    const filler = "a".repeat(1024 * 1024 - 40);
    const big = Array.from({ length: 21 }, (_, i) => line({ body: `${i} ${filler}` })).join("\n");
    expect(Buffer.byteLength(big)).toBeGreaterThan(BULK_IMPORT_MAX_BYTES);
    const declared = await postNdjson(s, a, big);
    expect(declared.status).toBe(413);
    expect(ErrorEnvelopeSchema.parse(await declared.json()).error.code).toBe("payload_too_large");

    // Chunked: no Content-Length, so the server must count while it reads.
    const chunk = new TextEncoder().encode(`${line({ body: filler })}\n`);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > BULK_IMPORT_MAX_BYTES + 2 * chunk.byteLength) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const streamed = await postNdjson(s, a, stream).catch((e: Error) => e);
    // The server may close the connection while the client is still sending; it must never import.
    if (!(streamed instanceof Error)) expect(streamed.status).toBe(413);
    expect(await count()).toBe(before);
  });
});
