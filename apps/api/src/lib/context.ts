import type { DatabaseHandle } from "@kroscek/db";
import type { Role } from "@kroscek/schema";
import type { Actor } from "../services/actor";

/** What every request can reach: the database and the app's settings. */
export interface AppDeps {
  handle: DatabaseHandle;
  /** Folder holding the built review UI; absent when only the API is served. */
  webDist?: string | undefined;
  publicUrl?: string | undefined;
  /** Failed sign-ins allowed per e-mail and per client address within the window (default 5 / 15 min). */
  signInLimit?: { attempts: number; windowMs: number };
}

/** Who is calling: a signed-in user (any of their workspaces) or a token bound to one workspace. */
export type Principal =
  | { kind: "user"; userId: string; csrfToken: string; sessionHash: string }
  | { kind: "token"; tokenId: string; workspaceId: string; role: Role };

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    requestId: string;
    /** The client's own X-Request-Id, logged beside the server's, never used as an id. */
    clientRequestId?: string;
    principal: Principal | null;
    /** Set for workspace routes: the caller's identity and role in that workspace. */
    actor: Actor;
  };
}
