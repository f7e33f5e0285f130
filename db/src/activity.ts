import type { PGlite } from "@electric-sql/pglite";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const immediate = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Counts the work in flight on an in-process PGlite (queries, transactions, socket sessions), so
 * that long background work can step aside for it. PGlite serves one caller at a time on the
 * server's own event loop: a bulk import that starts its next transaction the moment the last one
 * ends puts every request's queries behind one whole transaction each.
 */
export class Activity {
  #active = 0;
  #lastEnd = 0;

  /** Wraps PGlite's entry points (the ones drizzle calls) so that they are counted. */
  watch(pg: PGlite): PGlite {
    for (const name of ["query", "exec", "transaction"] as const) {
      const original = pg[name].bind(pg) as (...args: unknown[]) => Promise<unknown>;
      (pg as unknown as Record<string, unknown>)[name] = (...args: unknown[]) =>
        this.around(() => original(...args));
    }
    return pg;
  }

  async around<T>(work: () => Promise<T>): Promise<T> {
    this.#active++;
    try {
      return await work();
    } finally {
      this.#active--;
      this.#lastEnd = performance.now();
    }
  }

  /**
   * Resolves once the database has been idle for `quietMs` (every request that was waiting has
   * run its queries), or after `maxWaitMs` at the latest, so the caller always gets on.
   */
  async quiet(quietMs = 10, maxWaitMs = 1000): Promise<void> {
    await immediate();
    const deadline = performance.now() + maxWaitMs;
    for (;;) {
      const now = performance.now();
      const idleFor = now - this.#lastEnd;
      if ((this.#active === 0 && idleFor >= quietMs) || now >= deadline) return;
      await sleep(this.#active === 0 ? Math.max(1, quietMs - idleFor) : quietMs);
    }
  }
}
