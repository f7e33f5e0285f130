import { ErrorEnvelopeSchema, type Feed, FeedSchema } from "@kroscek/schema";
import { articles, feedItems } from "@kroscek/schema/tables";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { fetchLimitsOf } from "../../env";
import { queuePoll } from "../../services/feeds/poll-feed";
import { startTestServer, type TestServer } from "../../test/harness";
import { type NewsSite, startNewsSite } from "../../test/news-site";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

const List = z.object({ items: z.array(FeedSchema) });

describe("feeds", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let site: NewsSite;
  const path = (rest = "") => `/api/v1/workspaces/${a.slug}/feeds${rest}`;
  const feed = async (id: string) =>
    List.parse((await s.json("GET", path(), a.tokens.viewer)).body).items.find((f) => f.id === id) as Feed;
  const until = async (check: () => Promise<boolean>, ms = 30_000) => {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error("timed out");
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  /** Polls now (through the job system) and waits for the poll to be recorded. */
  const pollNow = async (f: Feed) => {
    const before = (await feed(f.id)).lastPolledAt;
    await queuePoll(s.t.db, s.jobs, a.id, f.id);
    await until(async () => (await feed(f.id)).lastPolledAt !== before);
    return feed(f.id);
  };
  const follow = async (url: string) => {
    const res = await s.json("POST", path(), a.tokens.editor, { url });
    expect(res.status).toBe(201);
    return FeedSchema.parse(res.body);
  };

  beforeAll(async () => {
    site = await startNewsSite();
    s = await startTestServer({
      fetchLimits: fetchLimitsOf({
        KROSCEK_FETCH_ALLOW: "127.0.0.1",
        KROSCEK_FETCH_MAX_BYTES: 1024 * 1024,
        KROSCEK_FETCH_TIMEOUT_MS: 3000,
      }),
    });
    a = await seedWorkspace(s.t.db, "feeds");
  });
  afterAll(async () => {
    await s?.close();
    await site?.close();
  });

  it("archives an RSS 2.0 feed's items, asks again with its ETag, and imports only new items", async () => {
    const rss = await follow(`${site.url}/feed/rss.xml`);
    await until(async () => (await feed(rss.id)).itemsImported === 2);
    const first = await feed(rss.id);
    expect(first.lastResult).toBe("ok");
    expect(first.title).toBe("Warta Contoh");
    expect(new Date(first.nextPollAt).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);

    const unchanged = await pollNow(rss);
    expect(unchanged.lastResult).toBe("not_modified");
    expect(site.requests.filter((r) => r.path === "/feed/rss.xml").at(-1)?.ifNoneMatch).toBe('"rss-2"');

    site.rssItems.push({ slug: "gempa-cianjur", title: "Gempa guncang Cianjur" });
    const grown = await pollNow(rss);
    expect(grown.lastResult).toBe("ok");
    expect(grown.itemsImported).toBe(3);
    // Each story fetched once, and stored once.
    expect(site.requests.filter((r) => r.path === "/berita/banjir-bekasi")).toHaveLength(1);
    const stored = await s.t.db.select().from(articles).where(eq(articles.workspaceId, a.id));
    expect(stored.map((x) => x.title).sort()).toEqual([
      "Banjir rendam ribuan rumah di Bekasi",
      "Gempa guncang Cianjur",
      "Longsor tutup jalan di Bogor",
    ]);
  });

  it("reads an Atom feed and sends If-Modified-Since next time", async () => {
    const atom = await follow(`${site.url}/feed/atom.xml`);
    await until(async () => (await feed(atom.id)).itemsImported === 1);
    const again = await pollNow(atom);
    expect(again.lastResult).toBe("not_modified");
    expect(site.requests.filter((r) => r.path === "/feed/atom.xml").at(-1)?.ifModifiedSince).toBe(
      "Thu, 18 Jan 2024 03:00:00 GMT",
    );
    const items = await s.t.db.select().from(feedItems).where(eq(feedItems.feedId, atom.id));
    expect(items.map((i) => [i.itemKey, i.status])).toEqual([["urn:warta:garut-jembatan", "imported"]]);
  });

  it("backs off after a failed poll and records why", async () => {
    const broken = await follow(`${site.url}/hilang`);
    await until(async () => (await feed(broken.id)).lastResult === "error");
    const f = await feed(broken.id);
    expect(f.lastError).toBe("HTTP 404");
    expect(f.failures).toBe(1);
    // Twice the 15-minute interval.
    expect(new Date(f.nextPollAt).getTime()).toBeGreaterThan(Date.now() + 29 * 60_000);
  });

  it("pauses a feed: no polls until it is resumed", async () => {
    const paused = await follow(`${site.url}/feed/rss.xml?paused`);
    await until(async () => (await feed(paused.id)).lastPolledAt !== null);
    const current = await feed(paused.id);
    const res = await s.json("PATCH", path(`/${paused.id}`), a.tokens.editor, {
      active: false,
      version: current.version,
    });
    expect(res.status).toBe(200);
    expect(FeedSchema.parse(res.body).active).toBe(false);
    const seen = site.requests.length;
    await queuePoll(s.t.db, s.jobs, a.id, paused.id);
    await new Promise((r) => setTimeout(r, 2000));
    expect(site.requests.length).toBe(seen);
    expect((await s.json("DELETE", path(`/${paused.id}`), a.tokens.editor)).status).toBe(200);
  });

  it("refuses private addresses and a second follow of the same URL, and checks roles", async () => {
    const blocked = await s.json("POST", path(), a.tokens.editor, { url: "http://192.168.0.10/rss" });
    expect(blocked.status).toBe(422);
    expect(ErrorEnvelopeSchema.parse(blocked.body).error.details).toMatchObject({
      reason: "blocked_address",
    });
    const twice = await s.json("POST", path(), a.tokens.editor, { url: `${site.url}/feed/rss.xml` });
    expect(twice.status).toBe(409);
    expect((await s.json("POST", path(), a.tokens.factchecker, { url: `${site.url}/x.xml` })).status).toBe(
      403,
    );
    expect((await s.json("GET", path(), a.tokens.viewer)).status).toBe(200);
  });
});
