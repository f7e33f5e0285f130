import type { Context } from "hono";
import { ApiError } from "./api-error";
import { clientAddress } from "./client-address";
import type { SignInLimit } from "./context";
import { type FailureLimits, MemoryFailureStore, type PasswordFailureStore } from "./password-failures";

/** 5 free failures per pair, back-off up to 15 min; 200 failures per address in 15 min. */
export const DEFAULT_SIGN_IN_LIMIT = { attempts: 5, windowMs: 15 * 60_000, addressCeiling: 200 } as const;

/**
 * Throttles every place a password is checked (sign-in, accepting an invitation link for an
 * existing account, changing one's password) so that none of them is an unthrottled oracle, and so
 * that a stranger cannot turn it against a user: failures back off per (account, address) pair, so
 * guessing someone's password from elsewhere never locks them out; a ceiling per address, far above
 * a newsroom's use behind one NAT, stops spraying many accounts.
 */
export class PasswordGuard {
  private readonly store: PasswordFailureStore;

  /**
   * `store` makes a store from the limits: in memory by default (one process); the app passes the
   * PostgreSQL one when the database is shared by several processes.
   */
  constructor(
    limit: SignInLimit = DEFAULT_SIGN_IN_LIMIT,
    private readonly trustedProxies = 0,
    store: (limits: FailureLimits) => PasswordFailureStore = (l) => new MemoryFailureStore(l),
  ) {
    this.store = store({
      free: limit.attempts,
      windowMs: limit.windowMs,
      ceiling: limit.addressCeiling ?? DEFAULT_SIGN_IN_LIMIT.addressCeiling,
    });
  }

  /**
   * Runs `check` (true when the password is right) unless the pair or address must wait (429);
   * records the outcome and answers it.
   */
  async attempt(c: Context, account: string, check: () => Promise<boolean>): Promise<boolean> {
    const address = clientAddress(c, this.trustedProxies);
    const pair = `${account}\n${address}`;
    const wait = await this.store.retryAfter(pair, address);
    if (wait > 0) {
      throw new ApiError(
        "rate_limited",
        `Too many failed password attempts; try again in ${wait} s`,
        undefined,
        {
          "Retry-After": String(wait),
        },
      );
    }
    const ok = await check();
    if (ok) await this.store.reset(pair);
    else await this.store.fail(pair, address);
    return ok;
  }
}
