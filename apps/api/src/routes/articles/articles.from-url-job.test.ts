import { ArticleFromUrlCreatedSchema, ErrorEnvelopeSchema, type Job } from "@kroscek/schema";
import { articles, auditEvents } from "@kroscek/schema/tables";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchLimitsOf } from "../../env";
import { ARCHIVE_JOB } from "../../services/ingest/archive-job";
import { articlesPath } from "../../test/article-fixtures";
import { startTestServer, type TestServer } from "../../test/harness";
import { type NewsSite, startNewsSite } from "../../test/news-site";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

interface RetryDetails {
  reason: string;
  status?: number;
  retry?: { jobId: string; attempt: number; nextAttemptAt: string | null };
}

describe("articles from a URL, archived as jobs", () => {
  let site: NewsSite;
  let s: TestServer;
  let a: SeededWorkspace;
  const fromUrl = (body: unknown) => s.json("POST", articlesPath(a, "/from-url"), a.tokens.factchecker, body);
  const archiveJobs = async () => {
    const res = await s.json<{ items: Job[] }>(
      "GET",
      `/api/v1/workspaces/${a.slug}/jobs?name=${ARCHIVE_JOB}`,
      a.tokens.admin,
    );
    expect(res.status).toBe(200);
    return res.body.items;
  };
  const jobById = async (id: string) => (await archiveJobs()).find((j) => j.id === id);
  const until = async (check: () => Promise<boolean>, ms = 30_000) => {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error("timed out");
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  const hits = (path: string) => site.requests.filter((r) => r.path === path).length;

  beforeAll(async () => {
    site = await startNewsSite();
    s = await startTestServer(
      {
        fetchLimits: fetchLimitsOf({
          KROSCEK_FETCH_ALLOW: "127.0.0.1",
          KROSCEK_FETCH_MAX_BYTES: 1024 * 1024,
          KROSCEK_FETCH_TIMEOUT_MS: 2000,
        }),
      },
      // Three retries, about 1 s, 2 s and 4 s after the first attempt.
      { archives: { retryLimit: 3, retryDelaySeconds: 1 } },
    );
    a = await seedWorkspace(s.t.db, "from-url-job");
  });
  afterAll(async () => {
    await s?.close();
    await site?.close();
  });

  it("archives through a job, listed as completed after one attempt", async () => {
    const res = await fromUrl({ url: `${site.url}/berita/banjir-bekasi` });
    expect(res.status).toBe(201);
    const { article } = ArticleFromUrlCreatedSchema.parse(res.body);
    expect(article.url).toBe(`${site.url}/berita/banjir-bekasi`);
    const jobs = await archiveJobs();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ state: "completed", attempts: 1, lastError: null });

    // Known already: answered without a new job or fetch.
    const again = await fromUrl({ url: `${site.url}/berita/banjir-bekasi` });
    expect(again.status).toBe(200);
    expect(await archiveJobs()).toHaveLength(1);
  });

  it("a page answering 503 twice is archived by a retry, once, with its audit entry", async () => {
    const path = "/sibuk/banjir-karawang";
    const res = await fromUrl({ url: `${site.url}${path}` });
    expect(res.status).toBe(422);
    const details = ErrorEnvelopeSchema.parse(res.body).error.details as RetryDetails;
    expect(details.reason).toBe("http_status");
    expect(details.status).toBe(503);
    expect(details.retry?.attempt).toBe(1);
    expect(Date.parse(details.retry?.nextAttemptAt ?? "")).toBeGreaterThan(Date.now() - 1000);
    const jobId = details.retry?.jobId ?? "";
    expect((await jobById(jobId))?.state).toBe("retry");

    await until(async () => (await jobById(jobId))?.state === "completed");
    expect(await jobById(jobId)).toMatchObject({ state: "completed", attempts: 3 });
    expect(hits(path)).toBe(3);
    const stored = await s.t.db
      .select()
      .from(articles)
      .where(and(eq(articles.workspaceId, a.id), eq(articles.url, `${site.url}/berita/banjir-karawang`)));
    expect(stored).toHaveLength(1);
    const audited = await s.t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.workspaceId, a.id), eq(auditEvents.targetId, stored[0]?.id ?? "")));
    expect(audited.map((e) => e.action)).toContain("article.archive");

    // Asked again after the retry: the archived article, not another fetch.
    const again = await fromUrl({ url: `${site.url}${path}` });
    expect(again.status).toBe(200);
    expect(hits(path)).toBe(3);
  }, 40_000);

  it("a page without readable text fails once and is not retried", async () => {
    const res = await fromUrl({ url: `${site.url}/masuk` });
    expect(res.status).toBe(422);
    const details = ErrorEnvelopeSchema.parse(res.body).error.details as RetryDetails;
    expect(details.reason).toBe("no_readable_text");
    expect(details.retry).toBeUndefined();
    const failed = (await archiveJobs()).find((j) => j.state === "failed");
    expect(failed).toMatchObject({ attempts: 1, retryLimit: 0 });
    expect(failed?.lastError).toMatch(/no readable article text/);
    await new Promise((r) => setTimeout(r, 2500));
    expect(hits("/masuk")).toBe(1);
    expect((await jobById(failed?.id ?? ""))?.state).toBe("failed");
  });
});

describe("articles from a URL without a job system", () => {
  let site: NewsSite;
  let s: TestServer;
  let a: SeededWorkspace;
  const fromUrl = (body: unknown) => s.json("POST", articlesPath(a, "/from-url"), a.tokens.factchecker, body);

  beforeAll(async () => {
    site = await startNewsSite();
    s = await startTestServer(
      {
        fetchLimits: fetchLimitsOf({
          KROSCEK_FETCH_ALLOW: "127.0.0.1",
          KROSCEK_FETCH_MAX_BYTES: 1024 * 1024,
          KROSCEK_FETCH_TIMEOUT_MS: 2000,
        }),
      },
      {},
      { withoutJobs: true },
    );
    a = await seedWorkspace(s.t.db, "from-url-inline");
  });
  afterAll(async () => {
    await s?.close();
    await site?.close();
  });

  it("archives in the request: a passing failure answers 422 without a retry, and nothing tries again", async () => {
    const path = "/sibuk/banjir-karawang";
    for (const _ of [1, 2]) {
      const res = await fromUrl({ url: `${site.url}${path}` });
      expect(res.status).toBe(422);
      const details = ErrorEnvelopeSchema.parse(res.body).error.details as RetryDetails;
      expect(details).toMatchObject({ reason: "http_status", status: 503 });
      expect(details.retry).toBeUndefined();
    }
    await new Promise((r) => setTimeout(r, 1500));
    expect(site.requests.filter((r) => r.path === path)).toHaveLength(2);
    const res = await fromUrl({ url: `${site.url}${path}` });
    expect(res.status).toBe(201);
    expect(ArticleFromUrlCreatedSchema.parse(res.body).article.url).toBe(
      `${site.url}/berita/banjir-karawang`,
    );
  });
});
