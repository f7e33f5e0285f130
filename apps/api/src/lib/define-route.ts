import { createRoute, type RouteConfig, z } from "@hono/zod-openapi";
import type { Permission } from "@kroscek/schema";
import { IdSchema, SlugSchema } from "@kroscek/schema";
import { requireCaller, requirePerson, requireSession } from "./auth";
import { requirePermission } from "./workspace-scope";

/**
 * The failures the API answers, each as a response component holding the error envelope. A
 * route lists only those it can answer (see `errorResponses`), by reference.
 */
export const ERROR_COMPONENTS = {
  400: ["BadRequest", "Malformed request: invalid JSON or a cursor this API did not issue"],
  401: ["Unauthorized", "No, malformed or unknown credentials"],
  403: ["Forbidden", "The caller may not do this (role, token instead of person, or missing CSRF token)"],
  404: ["NotFound", "Unknown workspace or id (a workspace the caller cannot see answers the same)"],
  409: ["Conflict", "The request conflicts with the current state"],
  410: ["Gone", "The link was already used, withdrawn or has expired"],
  413: ["PayloadTooLarge", "Request body too large"],
  415: ["UnsupportedMediaType", "Unsupported content type"],
  422: ["ValidationFailed", "Validation failed; `details.issues` lists the field paths"],
  429: ["TooManyRequests", "Too many failed attempts; `Retry-After` says when to try again"],
  500: ["InternalError", "Internal error; the request id identifies it in the server log"],
} as const satisfies Record<number, readonly [string, string]>;

export type ErrorStatus = keyof typeof ERROR_COMPONENTS;

/** Failures a route's own logic answers beyond those its declaration implies, with their meaning there. */
export type Answers = Partial<Record<ErrorStatus, string>>;

/**
 * Who may call a route that is not scoped to a workspace:
 * - `none`: no credentials (sign-in, setup, invitation links);
 * - `optional`: works with or without a session (sign-out);
 * - `session`: a session cookie (401 without one, or with a token);
 * - `person`: a signed-in person (401 without credentials, 403 for an API token);
 * - `caller`: a bearer token or a session.
 */
export type Auth = "none" | "optional" | "session" | "person" | "caller";

const SECURITY: Record<Auth | "workspace", Array<Record<string, string[]>>> = {
  none: [],
  optional: [{ session: [] }, {}],
  session: [{ session: [] }],
  person: [{ session: [] }],
  caller: [{ bearer: [] }, { session: [] }],
  workspace: [{ bearer: [] }, { session: [] }],
};

const ref = (status: ErrorStatus, description?: string) => ({
  $ref: `#/components/responses/${ERROR_COMPONENTS[status][0]}`,
  ...(description ? { description } : {}),
});

const shapeOf = (schema: unknown): Record<string, unknown> =>
  schema instanceof z.ZodObject ? (schema.shape as Record<string, unknown>) : {};

/**
 * The error responses of a route, read from its declaration so they cannot drift from it: 401
 * and 403 only where credentials are needed, 404 where a workspace or id is looked up, 409 on
 * writes to a workspace (archived, duplicate) and versioned writes, 400/413/415 only where a body
 * is taken, 422 where input is validated, plus what the route's own logic answers.
 */
export function errorResponses(
  route: Pick<RouteConfig, "method" | "path" | "request">,
  access: { auth: Auth } | { permission: Permission },
  answers: Answers = {},
) {
  const write = route.method !== "get";
  const { body, params, query } = route.request ?? {};
  const media = body?.content["application/json"];
  const json = media && "schema" in media ? media.schema : undefined;
  const workspace = "permission" in access;
  const auth = workspace ? "workspace" : access.auth;
  const versioned = "version" in shapeOf(json);
  const conflicts = [
    versioned && "the `version` sent is stale (`details.currentVersion` holds the current one)",
    workspace && write && "the workspace is archived (`workspace_archived`) or the record already exists",
  ].filter(Boolean);

  const statuses: Partial<Record<ErrorStatus, string | undefined>> = {};
  if (json || "cursor" in shapeOf(query)) statuses[400] = undefined;
  if (auth !== "none" && auth !== "optional") statuses[401] = undefined;
  if (auth === "workspace" || auth === "person" || (auth !== "none" && write)) statuses[403] = undefined;
  if (workspace || route.path.includes("{")) statuses[404] = undefined;
  if (conflicts.length > 0) {
    const text = conflicts.join("; or ");
    statuses[409] = `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  }
  if (body) {
    statuses[413] = undefined;
    statuses[415] = undefined;
  }
  if (body || params || query) statuses[422] = undefined;
  Object.assign(statuses, answers);
  statuses[500] = undefined;

  return Object.fromEntries(
    Object.entries(statuses)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([status, description]) => [status, ref(Number(status) as ErrorStatus, description)]),
  );
}

export const WsParams = z.object({ workspace: SlugSchema });
export const WsIdParams = WsParams.extend({ id: IdSchema });

/** What every declared route names: its operation id (camelCase, stable, unique) and extra answers. */
interface Declaration {
  operationId: string;
  answers?: Answers;
}

type WorkspaceRouteConfig = Omit<RouteConfig, "middleware" | "security" | "operationId"> &
  Declaration & { permission: Permission };

/**
 * A workspace route: its permission is checked before validation (so a viewer gets 403, not 422),
 * and its error responses and security schemes are documented from the declaration.
 */
export function workspaceRoute<const R extends WorkspaceRouteConfig>(config: R) {
  const { permission, answers, ...route } = config;
  return createRoute({
    ...route,
    middleware: [requirePermission(permission)] as const,
    security: SECURITY.workspace,
    "x-permission": permission,
    responses: { ...errorResponses(route, { permission }, answers), ...route.responses },
  } as Omit<R, "permission" | "answers"> & { middleware: [ReturnType<typeof requirePermission>] });
}

type AccountRouteConfig<A extends Auth> = Omit<RouteConfig, "middleware" | "security" | "operationId"> &
  Declaration & { auth: A };

const MIDDLEWARE = { session: requireSession, person: requirePerson, caller: requireCaller } as const;
type Middleware<A extends Auth> = A extends keyof typeof MIDDLEWARE
  ? { middleware: [(typeof MIDDLEWARE)[A]] }
  : unknown;

/**
 * A route outside any workspace (health, sign-in, setup, invitations, the workspace list): who
 * may call it is checked before validation, and its security and error responses are documented
 * from the declaration.
 */
export function accountRoute<const A extends Auth, const R extends AccountRouteConfig<A>>(
  config: R & { auth: A },
) {
  const { auth, answers, ...route } = config;
  const middleware = auth in MIDDLEWARE ? [MIDDLEWARE[auth as keyof typeof MIDDLEWARE]] : [];
  return createRoute({
    ...route,
    ...(middleware.length > 0 ? { middleware } : {}),
    security: SECURITY[auth],
    responses: { ...errorResponses(route, { auth }, answers), ...route.responses },
  } as unknown as Omit<R, "auth" | "answers"> & Middleware<A>);
}

/** The answer of a delete that has nothing else to say. */
export const DeletedSchema = z.object({ deleted: z.literal(true) }).openapi("Deleted");

export const jsonBody = <T extends z.ZodType>(schema: T, description?: string) => ({
  required: true,
  ...(description ? { description } : {}),
  content: { "application/json": { schema } },
});

export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
