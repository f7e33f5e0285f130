import type { Database } from "@kroscek/db";
import { ROLES, type Role } from "@kroscek/schema";
import { systemActor } from "../services/actor";
import { createApiToken } from "../services/tokens";
import { addMember } from "../services/users";
import { ensureWorkspace } from "../services/workspaces";

export interface SeededWorkspace {
  id: string;
  slug: string;
  /** A bearer token per role. */
  tokens: Record<Role, string>;
  /** A user account per role (password `password-<role>-123`). */
  users: Record<Role, { email: string; password: string; id: string }>;
}

/** Creates a workspace with one token and one user per role. */
export async function seedWorkspace(db: Database, slug: string): Promise<SeededWorkspace> {
  return db.transaction(async (tx) => {
    const { workspace } = await ensureWorkspace(tx, slug, `Workspace ${slug}`);
    const actor = systemActor(workspace.id);
    const tokens = {} as Record<Role, string>;
    const users = {} as SeededWorkspace["users"];
    for (const role of ROLES) {
      tokens[role] = (await createApiToken(tx, actor, { name: `${role} token`, role })).token;
      const email = `${role}@${slug}.test`;
      const password = `password-${role}-123`;
      const { userId } = await addMember(tx, actor, {
        email,
        displayName: `${role} of ${slug}`,
        role,
        password,
      });
      users[role] = { email, password, id: userId };
    }
    return { id: workspace.id, slug, tokens, users };
  });
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
export const jsonHeaders = (token: string) => ({ ...bearer(token), "content-type": "application/json" });
