import type { Similarity } from "./types";

/** A date claim as an interval: ISO `start` and `end`, both inclusive ("2024-06-01".."2024-06-30" = June 2024). */
export interface DateInterval {
  start: string;
  end: string;
}

/** A number with an optional unit; different units never match (convert before comparing). */
export interface Quantity {
  value: number;
  unit?: string;
}

const DAY_MS = 86_400_000;

// A date-only end ("2024-01-21") means the whole day, so the interval runs to the next midnight;
// a full timestamp is taken as the instant it names.
function intervalMs(d: DateInterval): [number, number] {
  const start = Date.parse(d.start);
  const endBase = Date.parse(d.end);
  const end = /^\d{4}-\d{2}-\d{2}$/.test(d.end) ? endBase + DAY_MS : endBase;
  return [start, Math.max(start, end)];
}

/**
 * Date intervals: 1 when one contains the other (a coarser claim such as "June 2024" does not
 * contradict "19 June 2024", the product's date-conflict rule), 0 when disjoint, otherwise the
 * Jaccard overlap of the two intervals.
 */
export const dateSimilarity: Similarity<DateInterval> = (a, b) => {
  const [as, ae] = intervalMs(a);
  const [bs, be] = intervalMs(b);
  if (!Number.isFinite(as) || !Number.isFinite(bs) || !Number.isFinite(ae) || !Number.isFinite(be)) return 0;
  if ((as <= bs && be <= ae) || (bs <= as && ae <= be)) return 1;
  const overlap = Math.min(ae, be) - Math.max(as, bs);
  if (overlap <= 0) return 0;
  return overlap / (Math.max(ae, be) - Math.min(as, bs));
};

/** Entity identity: 1 for the same id, else 0 (aliases must be resolved to ids beforehand). */
export const entitySimilarity: Similarity<string> = (a, b) => (a === b ? 1 : 0);

/** Entity sets (participants): Jaccard of the id sets; two empty sets are identical. */
export const entitySetSimilarity: Similarity<readonly string[]> = (a, b) => jaccard(new Set(a), new Set(b));

/** Plain numbers: 1 - |a-b| / max(|a|,|b|), clipped to [0, 1]; so 100 vs 90 = 0.9 and opposite signs = 0. */
export const numberSimilarity: Similarity<number> = (a, b) => {
  if (a === b) return 1;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  if (!Number.isFinite(scale) || scale === 0) return 0;
  return Math.min(1, Math.max(0, 1 - Math.abs(a - b) / scale));
};

/** Quantities: relative difference as in `numberSimilarity`, 0 when the units differ. */
export const quantitySimilarity: Similarity<Quantity> = (a, b) =>
  (a.unit ?? "") === (b.unit ?? "") ? numberSimilarity(a.value, b.value) : 0;

/** Folds text to comparable tokens: case, diacritics and punctuation removed. */
export function textTokens(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** Free text: Jaccard of normalised token sets, so word order and punctuation do not matter. */
export const textSimilarity: Similarity<string> = (a, b) =>
  jaccard(new Set(textTokens(a)), new Set(textTokens(b)));

/** Jaccard index |A∩B| / |A∪B| of two sets; two empty sets count as identical. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Canonical key of a date interval, for `valueKey`. */
export const dateKey = (d: DateInterval): string => `${d.start}/${d.end}`;

/** Canonical, order-insensitive key of a set of ids or names, for `valueKey`. */
export const setKey = (s: readonly string[]): string => [...new Set(s)].sort().join("\u001f");

/** Canonical key of free text: its normalised tokens in order. */
export const textKey = (t: string): string => textTokens(t).join(" ");
