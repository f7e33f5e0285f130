import { bodyLimit } from "hono/body-limit";
import { ApiError } from "./lib/api-error";
import { authenticate } from "./lib/auth";
import { AuthCache, clearAuthCacheAfterWrites } from "./lib/auth-cache";
import { compressLarge } from "./lib/compress";
import type { AppDeps } from "./lib/context";
import { onError, onNotFound } from "./lib/on-error";
import { serveOpenApi } from "./lib/openapi";
import { DatabaseFailureStore, MemoryFailureStore } from "./lib/password-failures";
import { PasswordGuard } from "./lib/password-guard";
import { cachedRead, READ_CACHE_DEFAULT_MB, ReadCache } from "./lib/read-cache";
import { serverRequestId } from "./lib/request-id";
import { requestLog } from "./lib/request-log";
import { createRouter } from "./lib/router";
import { securityHeaders } from "./lib/security-headers";
import { workspaceScope } from "./lib/workspace-scope";
import { accountRoutes } from "./routes/account/account.index";
import { articleRoutes } from "./routes/articles/articles.index";
import { assertionRoutes } from "./routes/assertions/assertions.index";
import { auditRoutes } from "./routes/audit/audit.index";
import { authRoutes } from "./routes/auth/auth.index";
import { claimRoutes } from "./routes/claims/claims.index";
import { docsRoutes } from "./routes/docs";
import { entityRoutes } from "./routes/entities/entities.index";
import { eventSuggestionRoutes } from "./routes/event-suggestions/event-suggestions.index";
import { eventRoutes } from "./routes/events/events.index";
import { exportRoutes } from "./routes/exports/exports.index";
import { feedRoutes } from "./routes/feeds/feeds.index";
import { healthRoutes } from "./routes/health";
import { jobRoutes } from "./routes/jobs/jobs.index";
import { memberRoutes } from "./routes/members/members.index";
import { outletRoutes } from "./routes/outlets/outlets.index";
import { reliabilityRoutes } from "./routes/reliability/reliability.index";
import { reviewRoutes } from "./routes/review/review.index";
import { searchRoutes } from "./routes/search/search.index";
import { suggestionRoutes } from "./routes/suggestions/suggestions.index";
import { tokenRoutes } from "./routes/tokens/tokens.index";
import { verdictRoutes } from "./routes/verdicts/verdicts.index";
import { webhookRoutes } from "./routes/webhooks/webhooks.index";
import { workspaceRoutes } from "./routes/workspaces/workspaces.index";
import { withJobs } from "./services/jobs/job-scope";
import { serveWeb } from "./web";

/** JSON bodies above this are refused with 413 (bulk NDJSON import has its own, larger limit). */
export const JSON_BODY_LIMIT = 2 * 1024 * 1024 + 64 * 1024;
const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);
/** The heavy reads whose answers depend only on the database, the caller, the URL and the language. */
const CACHED_READS = [
  "articles",
  "events/:id/matrix",
  "reports/contradictions",
  "reports/contradictions.html",
  "contradictions",
  "flags",
];

/** Builds the Kroscek HTTP app over the given database; `index` and tests only differ in deps. */
export function createApp(deps: AppDeps) {
  const app = createRouter();
  app.use("*", serverRequestId);
  if (deps.logger) app.use("*", requestLog(deps.logger));
  app.use("*", securityHeaders);
  app.use("/api/*", compressLarge);
  const authCache = new AuthCache(deps.authCacheTtlMs);
  const readCache = new ReadCache(deps.readCacheBytes ?? READ_CACHE_DEFAULT_MB * 1024 * 1024);
  app.use("*", async (c, next) => {
    c.set("deps", deps);
    c.set("authCache", authCache);
    c.set("readCache", readCache);
    // Events raised anywhere in the request's transactions are queued on the app's job queue.
    await withJobs(deps.jobs, next);
  });
  app.onError(onError);
  app.notFound(onNotFound);

  app.use("/api/v1/*", async (c, next) => {
    if (c.req.path.endsWith("/articles/bulk")) return next();
    return bodyLimit({
      maxSize: JSON_BODY_LIMIT,
      onError: () => {
        throw new ApiError("payload_too_large", `Request body exceeds ${JSON_BODY_LIMIT} bytes`);
      },
    })(c, next);
  });
  app.use("/api/v1/*", clearAuthCacheAfterWrites);
  app.use("/api/v1/*", authenticate);
  app.use("/api/v1/workspaces/:workspace/*", workspaceScope);
  for (const path of CACHED_READS) app.get(`/api/v1/workspaces/:workspace/${path}`, cachedRead);
  app.use("/api/v1/*", async (c, next) => {
    if (BODY_METHODS.has(c.req.method) && c.req.header("content-length") !== "0") {
      const type = c.req.header("content-type") ?? "";
      const bulk = c.req.path.endsWith("/articles/bulk");
      const accepted = bulk ? /^application\/(x-)?ndjson\b/i : /^application\/json\b/i;
      if (type && !accepted.test(type)) {
        throw new ApiError(
          "unsupported_media_type",
          `Send ${bulk ? "application/x-ndjson" : "application/json"}, not '${type}'`,
        );
      }
    }
    await next();
  });

  // One guard for every password check, so no route is an unthrottled way to guess one.
  // On PostgreSQL several server processes may share the database, so failures are counted there.
  const passwords = new PasswordGuard(deps.signInLimit, deps.trustProxy, (limits) =>
    deps.handle.kind === "postgres"
      ? new DatabaseFailureStore(deps.handle.db, limits)
      : new MemoryFailureStore(limits),
  );
  const routes = app
    .route("/", healthRoutes)
    .route("/", authRoutes(passwords))
    .route("/", accountRoutes(passwords))
    .route("/", workspaceRoutes)
    .route("/", outletRoutes)
    .route("/", articleRoutes)
    .route("/", suggestionRoutes)
    .route("/", eventSuggestionRoutes)
    .route("/", searchRoutes)
    .route("/", auditRoutes)
    .route("/", entityRoutes)
    .route("/", eventRoutes)
    .route("/", claimRoutes)
    .route("/", assertionRoutes)
    .route("/", memberRoutes)
    .route("/", tokenRoutes)
    .route("/", reviewRoutes)
    .route("/", verdictRoutes)
    .route("/", reliabilityRoutes)
    .route("/", exportRoutes)
    .route("/", jobRoutes)
    .route("/", webhookRoutes)
    .route("/", feedRoutes);

  serveOpenApi(app, "/api/openapi.json");
  app.route("/", docsRoutes);
  if (deps.webDist) serveWeb(app, deps.webDist);
  return routes;
}

export type AppType = ReturnType<typeof createApp>;
