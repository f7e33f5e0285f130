import type { DatabaseHandle } from "@kroscek/db";
import type { Role } from "@kroscek/schema";
import type { Logger } from "pino";
import type { Actor } from "../services/actor";
import type { FetchLimits } from "../services/fetch/safe-fetch";
import type { JobQueue } from "../services/jobs/job-queue";
import type { WorkspaceRow } from "../services/workspaces";
import type { AuthCache } from "./auth-cache";
import type { ReadCache } from "./read-cache";

/** What every request can reach: the database and the app's settings. */
export interface AppDeps {
  handle: DatabaseHandle;
  /** Folder holding the built review UI; absent when only the API is served. */
  webDist?: string | undefined;
  publicUrl?: string | undefined;
  /** Sign-in throttling (default: 5 free failures per account and address, 15 min, 200 per address). */
  signInLimit?: SignInLimit;
  /** Reverse proxies in front of the app whose X-Forwarded-For is believed (0: none, the default). */
  trustProxy?: number;
  /** How long authorisation lookups are reused (default AUTH_CACHE_TTL_MS; 0 turns caching off). */
  authCacheTtlMs?: number;
  /** Rules for outgoing requests (page fetches, feeds, webhooks); refuses private addresses by default. */
  fetchLimits?: FetchLimits;
  /** The background job system; routes that queue work (feeds, webhooks) need it. */
  jobs?: JobQueue;
  /** Memory for cached answers of the heavy reads, in bytes (default READ_CACHE_DEFAULT_MB; 0: off). */
  readCacheBytes?: number;
  /** Where the one line per request goes; without it requests are not logged. */
  logger?: Logger;
}

export interface SignInLimit {
  /** Failures per (account, address) pair before back-off starts. */
  attempts: number;
  /** The longest back-off, and the window of the per-address ceiling. */
  windowMs: number;
  /** Failures per address (any account) within the window before every sign-in from it waits. */
  addressCeiling?: number;
}

/** Who is calling: a signed-in user (any of their workspaces) or a token bound to one workspace. */
export type Principal =
  | { kind: "user"; userId: string; csrfToken: string; sessionHash: string }
  | { kind: "token"; tokenId: string; workspaceId: string; role: Role };

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    /** This app's cache of credential, workspace and role lookups. */
    authCache: AuthCache;
    /** This app's cache of heavy read answers, keyed by the database snapshot. */
    readCache: ReadCache;
    requestId: string;
    /** The client's own X-Request-Id, logged beside the server's, never used as an id. */
    clientRequestId?: string;
    principal: Principal | null;
    /** Set for workspace routes: the caller's identity and role in that workspace. */
    actor: Actor;
    /** Set for workspace routes: the workspace row itself. */
    workspace: WorkspaceRow;
  };
}
