import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Feed, FeedSchema } from "@kroscek/schema";
import { feedItems } from "@kroscek/schema/tables";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { fetchLimitsOf } from "../../env";
import { ITEM_JOB } from "../../services/feeds/poll-feed";
import { startTestServer, type TestServer } from "../../test/harness";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

const List = z.object({ items: z.array(FeedSchema) });

const paragraph = (n: number) =>
  `<p>Paragraf ${n}: Badan Penanggulangan Bencana Daerah mencatat ratusan rumah warga terendam setelah hujan deras mengguyur kawasan itu sejak Selasa malam, dan petugas masih mendata kerugian di setiap kelurahan yang terdampak.</p>`;

/** A site whose first article answers 503 twice and then the page, and whose second never answers well. */
async function startFlakySite() {
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? "/";
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (path === "/feed.xml") {
      res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Warta Goyah</title>
<item><title>Banjir di Karawang</title><link>${origin}/berita/karawang</link><guid>karawang</guid></item>
<item><title>Longsor di Bogor</title><link>${origin}/berita/bogor</link><guid>bogor</guid></item>
</channel></rss>`);
      return;
    }
    if (path === "/berita/karawang" && n > 2) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(
        `<!doctype html><html lang="id"><head><title>Banjir di Karawang</title></head><body><article><h1>Banjir di Karawang</h1>${[1, 2, 3, 4].map(paragraph).join("")}</article></body></html>`,
      );
      return;
    }
    res.writeHead(503, { "content-type": "text/plain" });
    res.end("busy");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

describe("feed items that fail to archive", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let site: Awaited<ReturnType<typeof startFlakySite>>;
  const feed = async (id: string) =>
    List.parse((await s.json("GET", `/api/v1/workspaces/${a.slug}/feeds`, a.tokens.viewer)).body).items.find(
      (f) => f.id === id,
    ) as Feed;
  const until = async (check: () => Promise<boolean>, ms = 40_000) => {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error("timed out");
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  beforeAll(async () => {
    site = await startFlakySite();
    s = await startTestServer(
      {
        fetchLimits: fetchLimitsOf({
          KROSCEK_FETCH_ALLOW: "127.0.0.1",
          KROSCEK_FETCH_MAX_BYTES: 1024 * 1024,
          KROSCEK_FETCH_TIMEOUT_MS: 3000,
        }),
      },
      // Two retries, 1 s then 2 s after the poll's own attempt.
      { feedItems: { retryLimit: 2, retryDelaySeconds: 1 } },
    );
    a = await seedWorkspace(s.t.db, "flaky");
  });
  afterAll(async () => {
    await s?.close();
    await site?.close();
  });

  it("tries an item again with back-off until it archives, and gives up after the bounded attempts", async () => {
    const res = await s.json("POST", `/api/v1/workspaces/${a.slug}/feeds`, a.tokens.editor, {
      url: `${site.url}/feed.xml`,
    });
    expect(res.status).toBe(201);
    const { id } = FeedSchema.parse(res.body);
    // After the first poll both items failed with a passing reason: they are being retried.
    await until(async () => (await feed(id)).itemsRetrying === 2);
    const retrying = await feed(id);
    expect(retrying.itemsImported).toBe(0);
    expect(retrying.lastItemError).toMatch(/http_status.*503/);

    await until(async () => {
      const f = await feed(id);
      return f.itemsImported === 1 && f.itemsFailed === 1 && f.itemsRetrying === 0;
    });
    const items = await s.t.db.select().from(feedItems).where(eq(feedItems.feedId, id));
    const byKey = new Map(items.map((i) => [i.itemKey, i]));
    // Third attempt succeeded: the poll's, then two retries.
    expect(byKey.get("karawang")).toMatchObject({ status: "imported", attempts: 3, error: null });
    expect(byKey.get("karawang")?.articleId).toEqual(expect.any(String));
    // Bounded: the poll's attempt and two retries, then failed with its reason, and not fetched again.
    expect(byKey.get("bogor")).toMatchObject({ status: "failed", attempts: 3 });
    expect(byKey.get("bogor")?.error).toMatch(/http_status.*503/);
    expect(site.hits.get("/berita/bogor")).toBe(3);
    const done = await feed(id);
    expect(done.lastItemError).toMatch(/http_status.*503/);

    // The retries are visible as jobs, the given-up one failed with the last error.
    const jobs = await s.json<{ items: { name: string; state: string; lastError: string | null }[] }>(
      "GET",
      `/api/v1/workspaces/${a.slug}/jobs?name=${ITEM_JOB}`,
      a.tokens.admin,
    );
    expect(jobs.status).toBe(200);
    expect(jobs.body.items.map((j) => j.state).sort()).toEqual(["completed", "failed"]);
    await new Promise((r) => setTimeout(r, 1500));
    expect(site.hits.get("/berita/bogor")).toBe(3);
  }, 60_000);
});
