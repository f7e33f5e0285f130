import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./lib/context";

/** Serves the built review UI on the API's origin, with index.html for client-side routes. */
export function serveWeb(app: OpenAPIHono<AppEnv>, webDist: string) {
  const root = resolve(webDist);
  const indexPath = join(root, "index.html");
  if (!existsSync(indexPath)) return;
  const index = readFileSync(indexPath, "utf8");
  app.use("/assets/*", serveStatic({ root }));
  app.get("*", async (c, next) => {
    if (c.req.path.startsWith("/api/")) return next();
    const file = join(root, c.req.path);
    if (c.req.path !== "/" && file.startsWith(root) && existsSync(file) && !c.req.path.endsWith("/")) {
      return serveStatic({ root })(c, next);
    }
    return c.html(index);
  });
}
