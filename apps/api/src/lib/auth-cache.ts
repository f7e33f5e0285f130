import type { Role } from "@kroscek/schema";
import type { MiddlewareHandler } from "hono";
import type { WorkspaceRow } from "../services/workspaces";
import type { AppEnv } from "./context";

/**
 * How long a process reuses what it looked up to authorise a request (the API token or session
 * behind a credential, a workspace by slug, a person's role in a workspace). A change made through
 * this process (sign-out, a revoked token, a changed role, a removed member, an edited or archived
 * workspace) clears its caches at once; one made through another process (another `serve` worker,
 * a CLI command) takes effect here within this time.
 */
export const AUTH_CACHE_TTL_MS = 5_000;
/** Entries per cache before it starts over (the memory a flood of unknown credentials can take). */
const MAX_ENTRIES = 10_000;

class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();
  constructor(private readonly ttlMs: number) {}

  get(key: string, now = Date.now()): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.until <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  set(key: string, value: V, now = Date.now()): void {
    if (this.ttlMs <= 0) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { value, until: now + this.ttlMs });
  }

  clear(): void {
    this.entries.clear();
  }
}

export interface CachedToken {
  id: string;
  workspaceId: string;
  role: Role;
  /** When this process last recorded the token's use (last_used_at is updated at most once a minute). */
  touchedAt: number;
}

export interface CachedSession {
  userId: string;
  csrfToken: string;
  expiresAt: number;
}

/** The lookups behind authorisation, kept for AUTH_CACHE_TTL_MS; `null` caches "not found". */
export class AuthCache {
  readonly tokens: TtlCache<CachedToken | null>;
  readonly sessions: TtlCache<CachedSession | null>;
  readonly workspaces: TtlCache<WorkspaceRow | null>;
  readonly roles: TtlCache<Role | null>;
  /** Bumped by every clear: a lookup that started before it does not store its (older) answer. */
  private generationValue = 0;

  constructor(ttlMs = AUTH_CACHE_TTL_MS) {
    this.tokens = new TtlCache(ttlMs);
    this.sessions = new TtlCache(ttlMs);
    this.workspaces = new TtlCache(ttlMs);
    this.roles = new TtlCache(ttlMs);
  }

  get generation(): number {
    return this.generationValue;
  }

  /** Stores the answer of a lookup begun at `generation`, unless the caches were cleared since. */
  store<V>(cache: TtlCache<V>, generation: number, key: string, value: V): void {
    if (generation === this.generationValue) cache.set(key, value);
  }

  clear(): void {
    this.generationValue++;
    this.tokens.clear();
    this.sessions.clear();
    this.workspaces.clear();
    this.roles.clear();
  }
}

// Writes under a workspace that cannot change who may do what there: the evidence and its review.
const LEDGER_WRITE =
  /^\/api\/v1\/workspaces\/[^/]+\/(articles|assertions|claims|entities|events|event-suggestions|outlets|reliability|contradictions|flags|suggestions|verdict-scale|exports|search|audit)(\/|$)/;
const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Clears the process's authorisation caches after every write that is not a ledger write (sign-in
 * and sign-out, setup, invitations, password changes, workspaces, members, tokens, and any route
 * added later), before its answer leaves, so the next request through this process sees it.
 */
export const clearAuthCacheAfterWrites: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (READ_METHODS.has(c.req.method) || LEDGER_WRITE.test(c.req.path)) return next();
  try {
    await next();
  } finally {
    c.get("authCache").clear();
  }
};
