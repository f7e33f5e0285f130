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
  /** Stated relative tolerance ("sekitar 3.000" = 0.1, "lebih dari 4 jam" = 0.5); 0 or absent = as stated. */
  tolerance?: number;
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

/** How date claims support each other; configurable per slot. */
export interface DateClosenessOptions {
  /**
   * Disjoint intervals at most this many days apart still support each other, by
   * (1 - apart/(reachDays + 1))^2; 0 (the default) makes every disjoint pair compete: 16 and 17
   * January are different days.
   */
  reachDays: number;
}

export const DEFAULT_DATE_CLOSENESS: Readonly<DateClosenessOptions> = Object.freeze({ reachDays: 0 });

/**
 * Date intervals: 1 when one contains the other (a coarser claim such as "June 2024" does not
 * contradict "19 June 2024", the product's date-conflict rule), otherwise the Jaccard overlap of the
 * two intervals, and for disjoint ones the `reachDays` kernel (0 by default). The measure is
 * symmetric and says nothing of precision; given with `dateContains` (as the engine's `contains`),
 * a contained pair is read by direction instead: the coarser date backs the finer one fully, the
 * finer one gives the coarser none, and the two are different facts (the engine never uses this
 * 1 for such a pair).
 */
export function dateCloseness(
  options: DateClosenessOptions = DEFAULT_DATE_CLOSENESS,
): Similarity<DateInterval> {
  return (a, b) => {
    const [as, ae] = intervalMs(a);
    const [bs, be] = intervalMs(b);
    if (!Number.isFinite(as) || !Number.isFinite(bs) || !Number.isFinite(ae) || !Number.isFinite(be))
      return 0;
    if ((as <= bs && be <= ae) || (bs <= as && ae <= be)) return 1;
    const overlap = Math.min(ae, be) - Math.max(as, bs);
    if (overlap > 0) return overlap / (Math.max(ae, be) - Math.min(as, bs));
    if (!(options.reachDays > 0)) return 0;
    // Days apart: two adjacent days are 1 apart; support ends after `reachDays`.
    const apart = -overlap / DAY_MS + 1;
    const x = 1 - apart / (options.reachDays + 1);
    return x > 0 ? x * x : 0;
  };
}

/** Date similarity with the default closeness. */
export const dateSimilarity: Similarity<DateInterval> = dateCloseness();

/**
 * Whether `outer` strictly contains `inner` ("June 2024" contains "19 June 2024"): the coarser claim
 * is then consistent with the finer one and supports it fully, while the finer one wins a tie.
 */
export function dateContains(outer: DateInterval, inner: DateInterval): boolean {
  const [os, oe] = intervalMs(outer);
  const [is, ie] = intervalMs(inner);
  if (!Number.isFinite(os) || !Number.isFinite(oe) || !Number.isFinite(is) || !Number.isFinite(ie))
    return false;
  return os <= is && ie <= oe && oe - os > ie - is;
}

/** Length of a date interval in days (its precision: 1 for a day, ~30 for a month). */
export function dateWidthDays(d: DateInterval): number {
  const [s, e] = intervalMs(d);
  return Number.isFinite(s) && Number.isFinite(e) ? (e - s) / DAY_MS : Number.POSITIVE_INFINITY;
}

/** Entity identity: 1 for the same id, else 0 (aliases must be resolved to ids beforehand). */
export const entitySimilarity: Similarity<string> = (a, b) => (a === b ? 1 : 0);

/** Entity sets (participants): Jaccard of the id sets; two empty sets are identical. */
export const entitySetSimilarity: Similarity<readonly string[]> = (a, b) => jaccard(new Set(a), new Set(b));

/**
 * Legacy number similarity, 1 - |a-b| / max(|a|,|b|): nearly every pair of figures for one object
 * supports the other (100 vs 60 = 0.6), so it no longer drives the engine; `numberCloseness` does.
 */
export const numberSimilarity: Similarity<number> = (a, b) => {
  if (a === b) return 1;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  if (!Number.isFinite(scale) || scale === 0) return 0;
  return Math.min(1, Math.max(0, 1 - Math.abs(a - b) / scale));
};

/** How number claims support each other; configurable per slot (docs/reliability.md §1). */
export interface NumberClosenessOptions {
  /**
   * Relative gap, beyond both values' uncertainty bands, at which support falls to 0. Closer
   * values support each other by (1 - gap/reach)^2; farther ones compete.
   */
  reach: number;
  /**
   * Cap on the rounding a bare figure is read with, relative to it: "3.000" is read as rounded to
   * thousands (±500) but at most ±this share (0.02: ±60), "4" as ±0.5 capped at ±0.08.
   */
  roundingShare: number;
}

export const DEFAULT_NUMBER_CLOSENESS: Readonly<NumberClosenessOptions> = Object.freeze({
  reach: 0.03,
  roundingShare: 0.02,
});

/** Unit of the last significant digit: 3000 → 1000, 2950 → 10, 4.5 → 0.1, 0 → 0. */
export function numberGranularity(x: number): number {
  const a = Math.abs(x);
  if (!Number.isFinite(a) || a === 0) return 0;
  if (Number.isInteger(a)) {
    let g = 1;
    while (g * 10 <= a && a % (g * 10) === 0) g *= 10;
    return g;
  }
  let g = 1;
  let y = a;
  for (let d = 0; d < 12 && Math.abs(Math.round(y) - y) > 1e-9 * Math.max(1, y); d++) {
    y *= 10;
    g /= 10;
  }
  return g;
}

/** Half-width of the band a figure stands for: its stated tolerance or its implied rounding, the wider. */
export function numberHalfWidth(
  x: number,
  tolerance = 0,
  options: NumberClosenessOptions = DEFAULT_NUMBER_CLOSENESS,
): number {
  const a = Math.abs(x);
  const rounding = Math.min(numberGranularity(x) / 2, options.roundingShare * a);
  return Math.max(tolerance * a, rounding);
}

/**
 * Closeness of two figures: 1 when their bands (stated tolerance or implied rounding) overlap, so
 * "sekitar 3.000" and "2.950" agree and 100 and 101 agree; beyond that, (1 - gap/reach)^2 where gap
 * is the distance between the bands relative to the larger figure, and 0 from `reach` on, so 100
 * and 90 compete instead of supporting each other. Opposite signs never agree.
 */
export function numberCloseness(
  a: number,
  b: number,
  toleranceA = 0,
  toleranceB = 0,
  options: NumberClosenessOptions = DEFAULT_NUMBER_CLOSENESS,
): number {
  if (a === b) return 1;
  if (!Number.isFinite(a) || !Number.isFinite(b) || a * b < 0) return 0;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  const gap =
    Math.abs(a - b) - numberHalfWidth(a, toleranceA, options) - numberHalfWidth(b, toleranceB, options);
  if (gap <= 0) return 1;
  if (!(options.reach > 0)) return 0;
  const x = 1 - gap / scale / options.reach;
  return x > 0 ? x * x : 0;
}

/**
 * Whether the hedged figure `outer` covers `inner`: only a stated tolerance counts (a reader said
 * "sekitar", "lebih dari"), never implied rounding, so a bare "100" never gives all its support to
 * a stray "101". An outer claim then fully supports the precise figures inside it.
 */
export function numberContains(
  outer: number,
  inner: number,
  outerTolerance = 0,
  innerTolerance = 0,
): boolean {
  if (!(outerTolerance > innerTolerance)) return false;
  const h = outerTolerance * Math.abs(outer);
  const hi = innerTolerance * Math.abs(inner);
  return inner - hi >= outer - h && inner + hi <= outer + h;
}

/** Quantities: `numberCloseness` with the stated tolerances; 0 when the units differ. */
export function quantityCloseness(
  options: NumberClosenessOptions = DEFAULT_NUMBER_CLOSENESS,
): Similarity<Quantity> {
  return (a, b) =>
    (a.unit ?? "") === (b.unit ?? "")
      ? numberCloseness(a.value, b.value, a.tolerance ?? 0, b.tolerance ?? 0, options)
      : 0;
}

/** Quantities with the default closeness. */
export const quantitySimilarity: Similarity<Quantity> = quantityCloseness();

/** Plain numbers with the default closeness (no stated tolerance). */
export const numberClosenessSimilarity: Similarity<number> = (a, b) => numberCloseness(a, b);

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
