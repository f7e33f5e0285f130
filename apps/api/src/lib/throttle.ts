/**
 * Counts failures per key in a sliding window, in process memory (the embedded database's one
 * server); on PostgreSQL the same rules run over a table (see password-failures.ts).
 */
export class FailureThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Seconds until the key may try again, or 0 when it is not throttled. */
  retryAfter(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    if (recent.length < this.limit) return 0;
    const oldest = recent[recent.length - this.limit] ?? now;
    return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000));
  }

  fail(key: string, now = Date.now()): void {
    const recent = this.recent(key, now);
    recent.push(now);
    // Only the last `limit` failures decide, so memory per key stays bounded.
    this.failures.set(key, recent.slice(-this.limit));
    if (this.failures.size > 100_000) this.prune(now);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
  }

  private prune(now: number): void {
    for (const [key, times] of this.failures) {
      if (!times.some((t) => t > now - this.windowMs)) this.failures.delete(key);
    }
  }
}

/**
 * Exponential back-off per key: `free` failures cost nothing, then each further failure doubles
 * the wait after it (1 s, 2 s, 4 s, … up to `maxMs`). A key quiet for `maxMs` is forgotten.
 */
export class BackoffThrottle {
  private readonly state = new Map<string, { failures: number; last: number }>();

  constructor(
    private readonly free: number,
    private readonly maxMs: number,
    private readonly baseMs = 1000,
  ) {}

  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfter(key: string, now = Date.now()): number {
    const s = this.live(key, now);
    if (!s || s.failures < this.free) return 0;
    const delay = Math.min(this.maxMs, this.baseMs * 2 ** (s.failures - this.free));
    const left = s.last + delay - now;
    return left > 0 ? Math.ceil(left / 1000) : 0;
  }

  fail(key: string, now = Date.now()): void {
    const failures = (this.live(key, now)?.failures ?? 0) + 1;
    this.state.set(key, { failures, last: now });
    if (this.state.size > 100_000) this.prune(now);
  }

  reset(key: string): void {
    this.state.delete(key);
  }

  private live(key: string, now: number) {
    const s = this.state.get(key);
    return s && now - s.last < this.maxMs ? s : undefined;
  }

  private prune(now: number): void {
    for (const key of this.state.keys()) if (!this.live(key, now)) this.state.delete(key);
  }
}
