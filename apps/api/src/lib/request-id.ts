import { randomUUID } from "node:crypto";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./context";

const CLIENT_ID = /^[\w.:=-]{1,128}$/;

/** The client's X-Request-Id when it is a plain token (no spaces, newlines or markup), for logs. */
export const acceptedClientId = (value: string | undefined) =>
  value && CLIENT_ID.test(value) ? value : undefined;

/**
 * Every request gets an id chosen by the server (answered as `X-Request-Id`, written to the audit
 * trail). A client's own `X-Request-Id` is never trusted as that id: a caller could otherwise
 * forge or collide audit entries. It is kept beside it, for the log only, when it is a plain token.
 */
export const serverRequestId = createMiddleware<AppEnv>(async (c, next) => {
  const id = randomUUID();
  c.set("requestId", id);
  const client = acceptedClientId(c.req.header("x-request-id"));
  if (client) c.set("clientRequestId", client);
  c.header("X-Request-Id", id);
  await next();
});

/** The request's ids as the log shows them: the server's, then the client's if it sent one. */
export function logPrefix(requestId: string | undefined, clientRequestId: string | undefined): string {
  return `[${requestId ?? "-"}${clientRequestId ? ` client-id=${clientRequestId}` : ""}]`;
}
