import { type Database, queryRows } from "@kroscek/db";
import { passwordFailures } from "@kroscek/schema/tables";
import { eq, inArray, lt, sql } from "drizzle-orm";
import { BackoffThrottle, FailureThrottle } from "./throttle";

/** Where failed password attempts are counted: a pair (account and address) and an address. */
export interface PasswordFailureStore {
  /** Seconds until the pair may try again, and until the address may. */
  retryAfter(pair: string, address: string): Promise<number>;
  fail(pair: string, address: string): Promise<void>;
  reset(pair: string): Promise<void>;
}

export interface FailureLimits {
  /** Free failures per pair before back-off. */
  free: number;
  /** The longest back-off, and the per-address window. */
  windowMs: number;
  /** Failures per address within the window. */
  ceiling: number;
  /** The first back-off step. */
  baseMs?: number;
}

/** In this process's memory: for the embedded database, which one process serves. */
export class MemoryFailureStore implements PasswordFailureStore {
  private readonly byPair: BackoffThrottle;
  private readonly byAddress: FailureThrottle;
  constructor(limits: FailureLimits) {
    this.byPair = new BackoffThrottle(limits.free, limits.windowMs, limits.baseMs);
    this.byAddress = new FailureThrottle(limits.ceiling, limits.windowMs);
  }
  async retryAfter(pair: string, address: string) {
    return Math.max(this.byPair.retryAfter(pair), this.byAddress.retryAfter(address));
  }
  async fail(pair: string, address: string) {
    this.byPair.fail(pair);
    this.byAddress.fail(address);
  }
  async reset(pair: string) {
    this.byPair.reset(pair);
  }
}

const pairKey = (pair: string) => `pair\n${pair}`;
const addressKey = (address: string) => `address\n${address}`;

/**
 * In PostgreSQL (table password_failures), so that every server process on the database counts
 * the same failures: the same rules as the in-memory throttles (exponential back-off per pair after
 * `free` failures, a ceiling per address over a sliding window), each failure one upsert.
 */
export class DatabaseFailureStore implements PasswordFailureStore {
  private readonly baseMs: number;
  constructor(
    private readonly db: Database,
    private readonly limits: FailureLimits,
  ) {
    this.baseMs = limits.baseMs ?? 1000;
  }

  async retryAfter(pair: string, address: string, now = Date.now()): Promise<number> {
    const rows = await this.db
      .select()
      .from(passwordFailures)
      .where(inArray(passwordFailures.key, [pairKey(pair), addressKey(address)]));
    let wait = 0;
    const { free, windowMs, ceiling } = this.limits;
    for (const r of rows) {
      if (r.key === pairKey(pair)) {
        if (now - r.lastMs >= windowMs || r.failures < free) continue;
        const left = r.lastMs + Math.min(windowMs, this.baseMs * 2 ** (r.failures - free)) - now;
        if (left > 0) wait = Math.max(wait, Math.ceil(left / 1000));
      } else {
        const recent = r.timesMs.filter((t) => t > now - windowMs);
        if (recent.length < ceiling) continue;
        const oldest = recent[recent.length - ceiling] ?? now;
        wait = Math.max(wait, Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)));
      }
    }
    return wait;
  }

  async fail(pair: string, address: string, now = Date.now()): Promise<void> {
    const { windowMs, ceiling } = this.limits;
    await queryRows(
      this.db,
      sql`insert into password_failures as f (key, failures, last_ms, times_ms)
          values (${pairKey(pair)}, 1, ${now}::bigint, '{}'),
                 (${addressKey(address)}, 1, ${now}::bigint, array[${now}::bigint])
          on conflict (key) do update set
            failures = case when f.last_ms <= ${now}::bigint - ${windowMs}::bigint then 1 else f.failures + 1 end,
            last_ms = ${now}::bigint,
            times_ms = case when f.key like 'address%' then coalesce((
              select array_agg(t order by t) from (
                select t from unnest(f.times_ms || ${now}::bigint) as u(t)
                 where t > ${now}::bigint - ${windowMs}::bigint order by t desc limit ${ceiling}
              ) s), '{}') else '{}' end
          returning key`,
    );
    // Now and then, forget keys quiet for a whole window.
    if (Math.random() < 0.02) {
      await this.db.delete(passwordFailures).where(lt(passwordFailures.lastMs, now - windowMs));
    }
  }

  async reset(pair: string): Promise<void> {
    await this.db.delete(passwordFailures).where(eq(passwordFailures.key, pairKey(pair)));
  }
}
