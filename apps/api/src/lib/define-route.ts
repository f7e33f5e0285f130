import { createRoute, type RouteConfig, z } from "@hono/zod-openapi";
import type { Permission } from "@kroscek/schema";
import { ErrorEnvelopeSchema, IdSchema, SlugSchema } from "@kroscek/schema";
import { requirePermission } from "./workspace-scope";

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ErrorEnvelopeSchema } },
});

/** The failures every workspace route can answer, documented so the OpenAPI document tells the truth. */
export const ERROR_RESPONSES = {
  400: errorResponse("Malformed request (e.g. invalid JSON)"),
  401: errorResponse("No or bad credentials"),
  403: errorResponse("The caller's role does not allow this"),
  404: errorResponse("Unknown workspace, id or route"),
  409: errorResponse("Stale version or duplicate"),
  413: errorResponse("Request body too large"),
  415: errorResponse("Unsupported content type"),
  422: errorResponse("Validation failed; details list the field paths"),
  429: errorResponse("Too many requests"),
} as const;

export const WsParams = z.object({ workspace: SlugSchema });
export const WsIdParams = WsParams.extend({ id: IdSchema });

type WorkspaceRouteConfig = Omit<RouteConfig, "middleware"> & { permission: Permission };

/**
 * A workspace route: its permission is checked before validation (so a viewer gets 403, not 422),
 * and the standard error responses and security schemes are documented.
 */
export function workspaceRoute<const R extends WorkspaceRouteConfig>(config: R) {
  const { permission, ...route } = config;
  return createRoute({
    ...route,
    middleware: [requirePermission(permission)] as const,
    security: [{ bearer: [] }, { session: [] }],
    "x-permission": permission,
    responses: { ...ERROR_RESPONSES, ...route.responses },
  } as Omit<R, "permission"> & { middleware: [ReturnType<typeof requirePermission>] });
}

export const jsonBody = <T extends z.ZodType>(schema: T, description?: string) => ({
  required: true,
  ...(description ? { description } : {}),
  content: { "application/json": { schema } },
});

export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
