import type { MiddlewareHandler } from "hono";
import { compress } from "hono/compress";

/** Answers smaller than this are sent as they are: compressing them saves less than it costs. */
export const COMPRESS_MIN_BYTES = 1024;

const gzip = compress({ threshold: COMPRESS_MIN_BYTES });

/**
 * Compresses JSON answers of at least COMPRESS_MIN_BYTES (gzip or deflate, by Accept-Encoding).
 * A JSON body is a string already held in memory, so its length is measured first; streamed
 * answers (exports) are compressed as they stream.
 */
export const compressLarge: MiddlewareHandler = (c, next) =>
  gzip(c, async () => {
    await next();
    const type = c.res.headers.get("content-type") ?? "";
    if (!c.req.header("accept-encoding") || !c.res.body || c.res.headers.has("content-length")) return;
    if (!/^application\/(problem\+)?json/i.test(type)) return;
    const body = await c.res.arrayBuffer();
    const res = new Response(body, c.res);
    res.headers.set("content-length", String(body.byteLength));
    c.res = res;
  });
