import { can, type Permission, type Role, SlugSchema } from "@kroscek/schema";
import { memberships } from "@kroscek/schema/tables";
import { and, eq } from "drizzle-orm";
import { createMiddleware } from "hono/factory";
import { findWorkspace } from "../services/workspaces";
import { ApiError } from "./api-error";
import { requirePrincipal } from "./auth";
import type { AppEnv } from "./context";

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Resolves `{workspace}` and the caller's role in it. A workspace the caller has no access to
 * answers 404, exactly like one that does not exist, so slugs do not leak.
 */
export const workspaceScope = createMiddleware<AppEnv>(async (c, next) => {
  const principal = requirePrincipal(c.get("principal"));
  const slug = c.req.param("workspace") ?? "";
  // Validated before the lookup: a slug holding NUL would otherwise fail inside the query.
  const checked = SlugSchema.safeParse(slug);
  if (!checked.success) {
    throw new ApiError("validation_failed", "The request is not valid", {
      issues: checked.error.issues.map((i) => ({ path: "workspace", message: i.message, code: i.code })),
    });
  }
  const { db } = c.get("deps").handle;
  const cache = c.get("authCache");
  let workspace = cache.workspaces.get(slug);
  if (workspace === undefined) {
    const generation = cache.generation;
    workspace = (await findWorkspace(db, slug)) ?? null;
    cache.store(cache.workspaces, generation, slug, workspace);
  }
  // Built only when needed: an Error captures its stack, which costs more than the lookup above.
  const hidden = () => new ApiError("not_found", `Workspace '${slug}' not found`);
  if (!workspace) throw hidden();
  let role: Role;
  if (principal.kind === "token") {
    if (principal.workspaceId !== workspace.id) throw hidden();
    role = principal.role;
  } else {
    const key = `${workspace.id} ${principal.userId}`;
    let found = cache.roles.get(key);
    if (found === undefined) {
      const generation = cache.generation;
      const [m] = await db
        .select({ role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.workspaceId, workspace.id), eq(memberships.userId, principal.userId)));
      found = m?.role ?? null;
      cache.store(cache.roles, generation, key, found);
    }
    if (!found) throw hidden();
    role = found;
  }
  // An archived workspace keeps its evidence readable; only restoring it (PATCH on itself) is a write.
  if (workspace.archivedAt && !READ_METHODS.has(c.req.method)) {
    const restoring = c.req.method === "PATCH" && /^\/api\/v1\/workspaces\/[^/]+\/?$/.test(c.req.path);
    if (!restoring) {
      throw new ApiError(
        "workspace_archived",
        `Workspace '${slug}' is archived and read-only; an admin can restore it in its settings`,
      );
    }
  }
  c.set("workspace", workspace);
  c.set("actor", {
    workspaceId: workspace.id,
    role,
    userId: principal.kind === "user" ? principal.userId : null,
    tokenId: principal.kind === "token" ? principal.tokenId : null,
    requestId: c.get("requestId"),
  });
  await next();
});

/** Route middleware: 403 unless the caller's role grants the permission (runs before validation). */
export const requirePermission = (permission: Permission) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const actor = c.get("actor");
    if (!can(actor.role, permission)) {
      throw new ApiError("forbidden", `Role '${actor.role}' may not do this (needs '${permission}')`);
    }
    await next();
  });
