import { requestId } from "hono/request-id";
import type { AppDeps } from "./lib/context";
import { onError, onNotFound } from "./lib/on-error";
import { createRouter } from "./lib/router";
import { healthRoutes } from "./routes/health";
import { serveWeb } from "./web";

/** Builds the Kroscek HTTP app over the given database; `index` and tests only differ in deps. */
export function createApp(deps: AppDeps) {
  const app = createRouter();
  app.use("*", requestId({ headerName: "X-Request-Id" }));
  app.use("*", async (c, next) => {
    c.set("deps", deps);
    await next();
  });
  app.onError(onError);
  app.notFound(onNotFound);

  const routes = app.route("/", healthRoutes);

  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Kroscek API",
      version: "1",
      description: "Archive articles, record which outlet asserts which claim, review contradictions.",
    },
  });
  if (deps.webDist) serveWeb(app, deps.webDist);
  return routes;
}

export type AppType = ReturnType<typeof createApp>;
