import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { ApiError } from "./lib/api-error";
import type { AppEnv } from "./lib/context";

/** Hashed file names change with their content, so a browser may keep them for good. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
/** index.html and other unhashed files: revalidated on every load, so a new build shows at once. */
export const REVALIDATE = "no-cache";

/**
 * Serves the built review UI on the API's origin, with index.html for client-side routes. Hashed
 * assets are sent precompressed (brotli or gzip, written by the build) when the browser accepts it.
 */
export function serveWeb(app: OpenAPIHono<AppEnv>, webDist: string) {
  const root = resolve(webDist);
  const indexPath = join(root, "index.html");
  if (!existsSync(indexPath)) return;
  const index = readFileSync(indexPath, "utf8");
  const assets = serveStatic({ root, precompressed: true });
  // A file of an older build: a JSON 404, never index.html in place of a script.
  const noAsset = (path: string) => new ApiError("not_found", `No asset ${path}`);
  app.use("/assets/*", async (c) => {
    const res = await assets(c, async () => {
      throw noAsset(c.req.path);
    });
    if (!(res instanceof Response)) throw noAsset(c.req.path);
    res.headers.set("Cache-Control", IMMUTABLE);
    return res;
  });
  const files = serveStatic({ root });
  app.get("*", async (c, next) => {
    if (c.req.path.startsWith("/api/")) return next();
    const file = join(root, c.req.path);
    if (c.req.path !== "/" && file.startsWith(root) && existsSync(file) && !c.req.path.endsWith("/")) {
      const res = await files(c, next);
      if (res instanceof Response) res.headers.set("Cache-Control", REVALIDATE);
      return res;
    }
    c.header("Cache-Control", REVALIDATE);
    return c.html(index);
  });
}
