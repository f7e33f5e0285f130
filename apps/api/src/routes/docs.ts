import { createReadStream, existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, normalize } from "node:path";
import { Readable } from "node:stream";
import { Hono } from "hono";
import type { AppEnv } from "../lib/context";

// Swagger UI's static bundle is served from this app, so the docs page works offline.
const uiDir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
const SERVED = new Set([
  "swagger-ui.css",
  "swagger-ui-bundle.js",
  "swagger-ui-standalone-preset.js",
  "favicon-32x32.png",
]);
const TYPES: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
};

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Kroscek API</title>
    <link rel="icon" href="/api/docs/assets/favicon-32x32.png" />
    <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css" />
  </head>
  <body>
    <div id="docs"></div>
    <script src="/api/docs/assets/swagger-ui-bundle.js"></script>
    <script src="/api/docs/assets/swagger-ui-standalone-preset.js"></script>
    <script src="/api/docs/init.js"></script>
  </body>
</html>`;

const init = `window.ui = SwaggerUIBundle({
  url: "/api/openapi.json",
  dom_id: "#docs",
  deepLinking: true,
  withCredentials: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: "BaseLayout",
});`;

export const docsRoutes = new Hono<AppEnv>()
  .get("/api/docs", (c) => c.html(page))
  .get("/api/docs/init.js", (c) => {
    c.header("Content-Type", TYPES[".js"]);
    return c.body(init);
  })
  .get("/api/docs/assets/:file", (c) => {
    const name = normalize(c.req.param("file"));
    const file = join(uiDir, name);
    if (!SERVED.has(name) || !existsSync(file) || !statSync(file).isFile()) return c.notFound();
    c.header("Content-Type", TYPES[name.slice(name.lastIndexOf("."))] ?? "application/octet-stream");
    c.header("Cache-Control", "public, max-age=86400");
    return c.body(Readable.toWeb(createReadStream(file)) as ReadableStream);
  });
