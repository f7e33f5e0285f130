/**
 * Awaits independent steps of one transaction side by side: on PostgreSQL their statements go out
 * together and share round trips. Every step settles before this does (none is left running
 * when the transaction ends); the first failure, in argument order, is then thrown.
 */
export async function together<T extends readonly unknown[]>(
  ...steps: { [K in keyof T]: Promise<T[K]> | T[K] }
): Promise<T> {
  const settled = await Promise.allSettled(steps);
  for (const r of settled) if (r.status === "rejected") throw r.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
