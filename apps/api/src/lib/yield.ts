/**
 * Lets the event loop serve what is waiting (other requests' I/O, timers) before the caller goes
 * on. Long loops call it between units of work: with the embedded database, PGlite runs on this
 * same event loop, and a chain of queries resolves through promises alone, so without a yield
 * nothing else is served until the loop ends.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
