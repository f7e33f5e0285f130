import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { type DatabaseHandle, migrate, openDatabase } from "@kroscek/db";
import { BulkImportReportSchema, HealthSchema } from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../app";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

// PGlite runs in this process, on the event loop that also serves HTTP: this is the embedded
// deployment's problem, so the test opens PGlite itself whatever DATABASE_URL says (and stays out
// of the test-database log that CI checks for PostgreSQL).
const ARTICLES = 100;
const PROBE_LIMIT_MS = 1000;

let handle: DatabaseHandle;
let server: ReturnType<typeof serve>;
let url: string;
let ws: SeededWorkspace;

const WORDS = (
  "menteri presiden delegasi pertemuan kerja sama perdagangan pendidikan energi pangan pertahanan " +
  "wartawan sumber resmi kementerian parlemen gubernur bupati warga pasar harga beras minyak jalan " +
  "tol bandara pelabuhan sekolah rumah sakit vaksin banjir gempa hujan angin"
).split(" ");
const PLACES = ["Jakarta", "Surabaya", "Medan", "Makassar", "Bandung", "Moskow", "Pyongyang", "Tokyo"];

/**
 * One NDJSON line: an article of about 500 words with a place, a date and a quote in each
 * paragraph, so every line costs real extraction and detection work; texts differ (a fixed
 * pseudo-random sequence), as the articles of a real import do.
 */
function article(i: number): string {
  let seed = i * 7919 + 1;
  const next = () => {
    seed = (seed * 48271) % 2147483647;
    return seed;
  };
  const paragraph = (p: number) =>
    `${PLACES[(i + p) % PLACES.length]}, ${1 + (i % 28)} Januari 2024 – ` +
    `${Array.from({ length: 60 }, () => WORDS[next() % WORDS.length]).join(" ")}. ` +
    `"Kami ${WORDS[next() % WORDS.length]}," kata juru bicara ${i}-${p}.`;
  return JSON.stringify({
    outlet: `Harian ${i % 7}`,
    title: `Artikel ${i}`,
    body: Array.from({ length: 8 }, (_, p) => paragraph(p)).join("\n\n"),
    publishedAt: "2024-01-18",
    language: "id",
  });
}

async function probe(path: string): Promise<{ ok: boolean; ms: number }> {
  const started = performance.now();
  const within = (ms: number) => ms < PROBE_LIMIT_MS;
  try {
    const res = await fetch(`${url}${path}`, {
      headers: { authorization: `Bearer ${ws.tokens.viewer}` },
      signal: AbortSignal.timeout(PROBE_LIMIT_MS),
    });
    const body = await res.json();
    if (path === "/api/health") HealthSchema.parse(body);
    const ms = performance.now() - started;
    return { ok: res.status === 200 && within(ms), ms };
  } catch {
    return { ok: false, ms: performance.now() - started };
  }
}

beforeAll(async () => {
  handle = await openDatabase({ dataDir: "memory://" });
  await migrate(handle);
  ws = await seedWorkspace(handle.db, "busy");
  const app = createApp({ handle });
  server = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((r) => server?.close(() => r()));
  await handle?.close();
});

describe("bulk import on the embedded database", () => {
  it("lets health and ordinary reads answer within a second while a long import runs", async () => {
    const ndjson = Array.from({ length: ARTICLES }, (_, i) => article(i)).join("\n");
    let done = false;
    const importing = fetch(`${url}/api/v1/workspaces/${ws.slug}/articles/bulk`, {
      method: "POST",
      headers: { authorization: `Bearer ${ws.tokens.factchecker}`, "content-type": "application/x-ndjson" },
      body: ndjson,
    }).finally(() => {
      done = true;
    });

    const probes: Array<{ path: string; ok: boolean; ms: number }> = [];
    // Probe, one request at a time, until the import has answered.
    while (!done) {
      for (const path of ["/api/health", `/api/v1/workspaces/${ws.slug}/articles?limit=5`]) {
        const during = !done;
        const r = await probe(path);
        if (during) probes.push({ path, ...r });
      }
      await new Promise((r) => setTimeout(r, 100));
    }

    const res = await importing;
    expect(res.status).toBe(200);
    const report = BulkImportReportSchema.parse(await res.json());
    expect(report.totals.created).toBe(ARTICLES);
    // Every probe that started during the import answered 200 within the limit, and the import
    // really took a while: plenty of probes ran during it.
    expect(probes.filter((p) => !p.ok)).toEqual([]);
    expect(probes.filter((p) => p.path === "/api/health").length).toBeGreaterThanOrEqual(5);
  }, 240_000);
});
