import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { matchedRoutes, routePath } from "hono/route";
import { type DestinationStream, type Logger, pino } from "pino";
import type { Env } from "../env";
import type { AppEnv } from "./context";

/** The server's log: JSON lines at the level and to the destination the environment names. */
export function createLogger(
  env: Pick<Env, "KROSCEK_LOG_LEVEL" | "KROSCEK_LOG_DESTINATION">,
  stream?: DestinationStream,
): Logger {
  const to = env.KROSCEK_LOG_DESTINATION;
  const destination =
    stream ??
    (to === "stdout"
      ? pino.destination(1)
      : to === "stderr"
        ? pino.destination(2)
        : pino.destination({ dest: to, append: true, mkdir: true }));
  return pino(
    { level: env.KROSCEK_LOG_LEVEL, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime },
    destination,
  );
}

/**
 * The pattern of the endpoint the request reached: the first matched route for its method (the
 * UI's catch-all comes after every API route), else the middleware that answered (`/assets/*`).
 * A middleware that refuses early (401, 413) still leaves the endpoint's pattern.
 */
const routeOf = (c: Context<AppEnv>) =>
  matchedRoutes(c).find((r) => r.method !== "ALL")?.path ?? routePath(c);

/**
 * One line per request, written when the answer is ready: method, the route pattern that matched
 * (`/api/v1/workspaces/:workspace/articles/:id`, never the URL with its ids and query), status,
 * duration, the request's ids and who asked in which workspace. Bodies, query parameters, headers
 * and credentials are never logged.
 */
export const requestLog = (logger: Logger) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const actor = c.get("actor") as AppEnv["Variables"]["actor"] | undefined;
      const principal = c.get("principal") as AppEnv["Variables"]["principal"] | undefined;
      const actorId =
        actor?.userId ??
        actor?.tokenId ??
        (principal?.kind === "user"
          ? principal.userId
          : principal?.kind === "token"
            ? principal.tokenId
            : null);
      logger.info(
        {
          method: c.req.method,
          route: routeOf(c),
          status: c.res.status,
          durationMs: Math.round((performance.now() - started) * 10) / 10,
          requestId: c.get("requestId"),
          clientRequestId: c.get("clientRequestId"),
          workspaceId: actor?.workspaceId ?? (principal?.kind === "token" ? principal.workspaceId : null),
          actorId,
        },
        "request",
      );
    }
  });
