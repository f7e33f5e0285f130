import { createHash } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { REPORT_STYLE } from "../routes/review/report";
import type { AppEnv } from "./context";

type Csp = NonNullable<NonNullable<Parameters<typeof secureHeaders>[0]>["contentSecurityPolicy"]>;

const NEVER_FRAMED = { frameAncestors: ["'none'"], baseUri: ["'none'"], objectSrc: ["'none'"] };

/** JSON, exports and anything else the API answers: nothing may load or run. */
const API_CSP: Csp = { defaultSrc: ["'none'"], formAction: ["'none'"], ...NEVER_FRAMED };

/** The printable report: its one inline style block (by hash), no script at all. */
const REPORT_CSP: Csp = {
  defaultSrc: ["'none'"],
  styleSrc: [`'sha256-${createHash("sha256").update(REPORT_STYLE).digest("base64")}'`],
  imgSrc: ["'self'"],
  formAction: ["'none'"],
  ...NEVER_FRAMED,
};

// Mantine (UI) and Swagger UI (docs) write style elements and attributes at run time, so styles
// need 'unsafe-inline'; scripts never do: every script is a file from this origin.
const PAGE_CSP: Csp = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:", "blob:"],
  fontSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  ...NEVER_FRAMED,
};

const withPolicy = (contentSecurityPolicy: Csp) =>
  secureHeaders({
    contentSecurityPolicy,
    xFrameOptions: "DENY",
    referrerPolicy: "no-referrer",
  });

const api = withPolicy(API_CSP);
const report = withPolicy(REPORT_CSP);
const page = withPolicy(PAGE_CSP);

/**
 * Security headers on every answer (Hono's secure-headers: nosniff, referrer policy, framing),
 * with the Content-Security-Policy that fits what is answered: the review UI and the docs page
 * (scripts from this origin only), the printable report (no script), everything else (nothing).
 */
export const securityHeaders: MiddlewareHandler<AppEnv> = (c, next) => {
  const path = c.req.path;
  if (path === "/api/docs" || path.startsWith("/api/docs/")) return page(c, next);
  if (path.startsWith("/api/")) return (path.endsWith(".html") ? report : api)(c, next);
  return page(c, next);
};
