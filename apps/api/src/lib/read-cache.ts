import { gzipSync } from "node:zlib";
import type { Db } from "@kroscek/db";
import { sql } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import { LRUCache } from "lru-cache";
import { COMPRESS_MIN_BYTES } from "./compress";
import type { AppEnv } from "./context";

/** Memory a process gives to cached answers by default (KROSCEK_READ_CACHE_MB). */
export const READ_CACHE_DEFAULT_MB = 64;
/** Larger answers are never kept: one of them would push out many small ones. */
const MAX_ENTRY_BYTES = 4 * 1024 * 1024;
/** The answer headers a handler sets about its body; everything else is the outer middleware's. */
const BODY_HEADERS = ["content-type", "content-language", "content-disposition"] as const;
/** The header telling a client (and the benchmark) whether an answer came from the cache. */
export const READ_CACHE_HEADER = "x-kroscek-cache";

interface Entry {
  /** The database snapshot the answer was computed under. */
  snapshot: string;
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
  /** The body gzipped, made at its first hit by a client that takes gzip. */
  gzip?: Uint8Array;
}

/**
 * What the database shows right now, as text: `xmin:xmax:in-progress ids`. Two equal snapshots
 * see exactly the same committed rows (it changes whenever any transaction commits or aborts), so
 * an answer computed under one is still the answer under the other.
 */
export async function visibleSnapshot(db: Db): Promise<string> {
  const result = await db.execute(sql`select pg_current_snapshot()::text as s`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { s: string }[];
  return rows[0]?.s ?? "";
}

/**
 * Answers of the heavy reads (article list, event matrix, contradiction report and lists), kept
 * per caller and URL for as long as the database has not changed. A hit costs one tiny query (the
 * snapshot) instead of the read's own; any commit anywhere in the database makes every entry stale.
 * Per process, and correct across processes: the key is the database's state, not a timer.
 */
export class ReadCache {
  private readonly lru: LRUCache<string, Entry> | null;

  constructor(maxBytes: number) {
    this.lru =
      maxBytes > 0
        ? new LRUCache<string, Entry>({
            maxSize: maxBytes,
            maxEntrySize: Math.min(MAX_ENTRY_BYTES, maxBytes),
            // The gzipped copy, made later, is about a fifth of the body at most for JSON.
            sizeCalculation: (e, key) => Math.ceil(e.body.byteLength * 1.25) + key.length * 2 + 256,
          })
        : null;
  }

  get enabled(): boolean {
    return this.lru !== null;
  }

  lookup(key: string, snapshot: string): Entry | undefined {
    const entry = this.lru?.get(key);
    return entry?.snapshot === snapshot ? entry : undefined;
  }

  /** Larger answers than MAX_ENTRY_BYTES are not kept (lru-cache's maxEntrySize). */
  store(key: string, entry: Entry): void {
    this.lru?.set(key, entry);
  }
}

const CACHEABLE_TYPE = /^(application\/json|text\/html)\b/i;

/**
 * Serves a workspace read from the ReadCache when the database shows what it showed when the
 * answer was computed. The key holds everything an answer depends on besides the data: the
 * workspace, the caller and their role, the URL and the language asked for. An answer is kept only
 * when the snapshot after computing it equals the one before (nothing committed in between), so
 * every statement behind it saw that one state. `Cache-Control: no-cache` from the client skips it.
 */
export const cachedRead: MiddlewareHandler<AppEnv> = async (c, next) => {
  const cache = c.get("readCache");
  if (
    !cache?.enabled ||
    c.req.method !== "GET" ||
    /no-cache|no-store/i.test(c.req.header("cache-control") ?? "")
  ) {
    return next();
  }
  const actor = c.get("actor");
  const url = c.req.url;
  const key = [
    actor.workspaceId,
    actor.role,
    actor.userId ?? "",
    actor.tokenId ?? "",
    c.req.header("accept-language") ?? "",
    url.slice(url.indexOf("/", url.indexOf("//") + 2)),
  ].join("\n");
  const { db } = c.get("deps").handle;
  const before = await visibleSnapshot(db);
  const hit = cache.lookup(key, before);
  if (hit) {
    c.header(READ_CACHE_HEADER, "hit");
    // Compressed once, not on every hit (the compression middleware leaves an encoded body alone).
    if (
      hit.body.byteLength >= COMPRESS_MIN_BYTES &&
      /\bgzip\b/i.test(c.req.header("accept-encoding") ?? "")
    ) {
      hit.gzip ??= gzipSync(hit.body);
      c.header("content-encoding", "gzip");
      return c.body(hit.gzip.slice(), hit.status as 200, hit.headers);
    }
    return c.body(hit.body.slice(), hit.status as 200, hit.headers);
  }
  await next();
  const res = c.res;
  if (res.status !== 200 || !res.body || !CACHEABLE_TYPE.test(res.headers.get("content-type") ?? "")) return;
  const body = new Uint8Array(await res.arrayBuffer());
  const headers: Record<string, string> = {};
  for (const name of BODY_HEADERS) {
    const value = res.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  c.res = new Response(body, res);
  c.header(READ_CACHE_HEADER, "miss");
  if ((await visibleSnapshot(db)) === before)
    cache.store(key, { snapshot: before, status: 200, headers, body });
};
