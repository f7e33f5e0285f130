// Deterministic synthetic data for the tests (not exported from the package).
import type { Claim } from "./types";

/** Park–Miller style generator: tests need variety, never irreproducibility. */
export function seededRandom(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

/** Fisher–Yates shuffle driven by `seededRandom`. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rand = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Sources of given accuracies describe `objects` objects whose truth is "true"; a wrong claim picks
 * one of five false values. `coverage` is the chance a source describes a given object.
 */
export function synthetic(
  accuracies: Record<string, number>,
  objects: number,
  coverage = 1,
  seed = 7,
): Claim<string>[] {
  const rand = seededRandom(seed);
  const claims: Claim<string>[] = [];
  for (let o = 0; o < objects; o++) {
    for (const [source, accuracy] of Object.entries(accuracies)) {
      if (rand() > coverage) continue;
      const value = rand() < accuracy ? "true" : `false-${Math.floor(rand() * 5)}`;
      claims.push({ source, object: `o${o}`, value });
    }
  }
  return claims;
}
