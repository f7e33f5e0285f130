import { postgresUrlOf } from "@kroscek/db";
import { outlets } from "@kroscek/schema/tables";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../test/harness";
import { addArticle, addClaim, addEvent, wsPath } from "../test/ledger-fixtures";
import { bearer, type SeededWorkspace, seedWorkspace } from "../test/seed";
import { READ_CACHE_HEADER, visibleSnapshot } from "./read-cache";

describe("the read cache of heavy workspace reads", () => {
  let s: TestServer;
  let off: TestServer;
  let a: SeededWorkspace;
  let eventId: string;

  const get = async (path: string, token: string, headers: Record<string, string> = {}) => {
    const res = await s.fetch(wsPath(a, path), { headers: { ...bearer(token), ...headers } });
    return {
      status: res.status,
      cache: res.headers.get(READ_CACHE_HEADER),
      requestId: res.headers.get("x-request-id"),
      language: res.headers.get("content-language"),
      encoding: res.headers.get("content-encoding"),
      text: await res.text(),
    };
  };

  beforeAll(async () => {
    // No job system: its maintenance commits every second, and any commit rightly empties the
    // cache, so a background commit between two reads would make the second one a miss.
    s = await startTestServer({}, {}, { withoutJobs: true });
    a = await seedWorkspace(s.t.db, "cached");
    for (let i = 1; i <= 8; i++) {
      await addArticle(s, a, {
        outlet: `Harian Satu`,
        title: `Menteri bertemu di Jakarta, laporan ${i}`,
        body: `Menteri bertemu di Jakarta pada Selasa. Laporan ke-${i}.`,
      });
    }
    const event = await addEvent(s, a, { title: "Pertemuan menteri" });
    eventId = event.id;
    await addClaim(s, a, eventId, { slot: "quantity", amount: 3, unit: "menteri" });
    off = await startTestServer({ readCacheBytes: 0 });
  });
  afterAll(async () => {
    await s?.close();
    await off?.close();
  });

  it("answers a repeated read from the cache, byte for byte, with its own request id", async () => {
    const first = await get("articles", a.tokens.viewer);
    const second = await get("articles", a.tokens.viewer);
    expect(first.status).toBe(200);
    expect(first.cache).toBe("miss");
    expect(second.cache).toBe("hit");
    expect(second.text).toBe(first.text);
    expect(second.requestId).not.toBe(first.requestId);
    // fetch asks for gzip and decodes it: the stored gzipped copy decodes to the same text.
    expect(first.text.length).toBeGreaterThan(1024);
    expect(second.encoding).toBe("gzip");
  });

  it("computes again after any commit, so a new article shows at once", async () => {
    await get("articles", a.tokens.viewer);
    expect((await get("articles", a.tokens.viewer)).cache).toBe("hit");
    await addArticle(s, a, { outlet: "Harian Dua", body: "Pertemuan digelar di Bogor." });
    const after = await get("articles", a.tokens.viewer);
    expect(after.cache).toBe("miss");
    expect(after.text).toContain("Harian Dua");
  });

  it("sees a change committed by another connection, as another server process would make it", async () => {
    await get("articles", a.tokens.viewer);
    const { items } = JSON.parse((await get("articles", a.tokens.viewer)).text) as {
      items: { outletId: string }[];
    };
    const outletId = items[0]?.outletId ?? "";
    // On PostgreSQL the rename is committed on a connection of its own, as another server process
    // or a CLI command would; the embedded database has one connection only.
    const url = postgresUrlOf(s.t.db);
    if (url) {
      const other = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await other`update outlets set name = 'Harian Baru' where id = ${outletId}`;
      } finally {
        await other.end({ timeout: 1 });
      }
    } else {
      await s.t.db.update(outlets).set({ name: "Harian Baru" }).where(eq(outlets.id, outletId));
    }
    const after = await get("articles", a.tokens.viewer);
    expect(after.cache).toBe("miss");
    expect(after.text).toContain("Harian Baru");
  });

  it("keeps callers and languages apart", async () => {
    const path = `reports/contradictions?eventId=${eventId}`;
    await get(path, a.tokens.viewer, { "accept-language": "id" });
    expect((await get(path, a.tokens.viewer, { "accept-language": "id" })).cache).toBe("hit");
    const english = await get(path, a.tokens.viewer, { "accept-language": "en" });
    expect(english.cache).toBe("miss");
    expect(english.language).toBe("en");
    const hitEnglish = await get(path, a.tokens.viewer, { "accept-language": "en" });
    expect(hitEnglish.cache).toBe("hit");
    expect(hitEnglish.language).toBe("en");

    expect((await get(path, a.tokens.editor, { "accept-language": "id" })).cache).toBe("miss");
  });

  it("serves the event matrix from the cache and leaves it on Cache-Control: no-cache", async () => {
    const path = `events/${eventId}/matrix`;
    await get(path, a.tokens.viewer);
    expect((await get(path, a.tokens.viewer)).cache).toBe("hit");
    const fresh = await get(path, a.tokens.viewer, { "cache-control": "no-cache" });
    expect(fresh.status).toBe(200);
    expect(fresh.cache).toBeNull();
  });

  it("never answers a caller whose token was revoked", async () => {
    const created = await s.json<{ token: string; id: string }>("POST", wsPath(a, "tokens"), a.tokens.admin, {
      name: "short-lived",
      role: "viewer",
    });
    expect(created.status).toBe(201);
    await get("flags", created.body.token);
    expect((await get("flags", created.body.token)).cache).toBe("hit");
    const revoked = await s.json("DELETE", wsPath(a, `tokens/${created.body.id}`), a.tokens.admin);
    expect(revoked.status).toBeLessThan(300);
    expect((await get("flags", created.body.token)).status).toBe(401);
  });

  it("does not keep error answers", async () => {
    const path = "events/00000000-0000-4000-8000-000000000000/matrix";
    const first = await get(path, a.tokens.viewer);
    expect(first.status).toBe(404);
    const second = await get(path, a.tokens.viewer);
    expect(second.status).toBe(404);
    expect(second.cache).toBeNull();
  });

  it("is off when given no memory", async () => {
    const b = await seedWorkspace(off.t.db, "uncached");
    const res = await off.fetch(wsPath(b, "articles"), { headers: bearer(b.tokens.viewer) });
    expect(res.status).toBe(200);
    expect(res.headers.get(READ_CACHE_HEADER)).toBeNull();
  });

  it("reads the same snapshot until something commits", async () => {
    const one = await visibleSnapshot(s.t.db);
    expect(one).toMatch(/^\d+:\d+:/);
    expect(await visibleSnapshot(s.t.db)).toBe(one);
    await addArticle(s, a, { outlet: "Harian Tiga", body: "Rapat digelar di Bandung." });
    expect(await visibleSnapshot(s.t.db)).not.toBe(one);
  });
});
