// Value identity and pairwise compatibility per slot. Grouping identical values first (by key) is
// what keeps the contradiction rules fast: comparisons run over distinct values, not assertions.
import type { ClaimValue, DateInterval } from "@kroscek/schema";
import { countsPeople, sameMeasure, unitKey } from "./units";

export { countsPeople, sameMeasure, unitKey };

function textKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Milliseconds of a half-open interval; ISO strings with different offsets compare by instant. */
export function intervalMs(interval: DateInterval): [number, number] {
  return [Date.parse(interval.start), Date.parse(interval.end)];
}

/** A canonical key: equal keys mean the same value (same instant range, same entity set, …). */
export function valueKey(value: ClaimValue): string {
  switch (value.slot) {
    case "date": {
      const [start, end] = intervalMs(value.interval);
      return `date:${start}|${end}`;
    }
    case "place":
    case "actor":
      return `${value.slot}:${value.entityId}`;
    case "participants":
      return `participants:${[...new Set(value.entityIds)].sort().join(",")}`;
    case "quantity":
      return `quantity:${unitKey(value.unit)}:${value.amount}:${value.tolerance}`;
    case "occurred":
      return `occurred:${value.occurred}`;
    case "statement":
      return `statement:${textKey(value.text)}`;
  }
}

/** Half-open overlap: [a, b) and [c, d) share an instant iff a < d and c < b. */
export function intervalsOverlap(a: DateInterval, b: DateInterval): boolean {
  const [as, ae] = intervalMs(a);
  const [bs, be] = intervalMs(b);
  return as < be && bs < ae;
}

/**
 * Participants conflict only when neither set contains the other. Reports routinely name a subset
 * of those present ("Putin met Choe" vs "Putin met Choe and Lavrov"), so omission is not a
 * contradiction; two sets each naming someone the other lacks are ({Putin, Choe} vs {Lavrov, Kim}).
 */
export function participantSetsConflict(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  const aInB = [...sa].every((x) => sb.has(x));
  const bInA = [...sb].every((x) => sa.has(x));
  return !aInB && !bInA;
}

/** Relative difference |a − b| / max(|a|, |b|): 0 for equal amounts, 1 for opposite signs or a zero. */
export function relativeDifference(a: number, b: number): number {
  if (a === b) return 0;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return Math.min(1, Math.abs(a - b) / scale);
}

/**
 * Quantities conflict when they count the same thing (`sameMeasure`) and the relative difference exceeds the larger of the
 * two stated tolerances (the looser claim decides: "about 1,000" does not contradict "1,020").
 * When either figure is a bound ("at least", "up to"), each stands for its band (`quantityBand`)
 * and they conflict when the bands do not meet: "sedikitnya 1.200 rumah" agrees with 1,500 and
 * conflicts with 600 and with "about 2,300" (2,070 to 2,530).
 * Different units are not compared: they may measure different things and are not converted.
 */
export function quantitiesConflict(
  a: { amount: number; unit: string; tolerance: number; bound?: QuantityBound },
  b: { amount: number; unit: string; tolerance: number; bound?: QuantityBound },
): boolean {
  if (!sameMeasure(a.unit, b.unit)) return false;
  if (a.bound || b.bound) {
    const [alo, ahi] = quantityBand(a.amount, a.tolerance, a.bound ?? null);
    const [blo, bhi] = quantityBand(b.amount, b.tolerance, b.bound ?? null);
    return alo > bhi || blo > ahi;
  }
  return relativeDifference(a.amount, b.amount) > Math.max(a.tolerance, b.tolerance);
}

/** Which side a figure bounds: "sedikitnya 1.200", "more than 4" (at least); "up to 40" (at most). */
export type QuantityBound = "at_least" | "at_most" | null;

/**
 * The amounts a figure stands for, with its stated tolerance t: N(1 − t) to N(1 + t), the band
 * docs/reliability.md gives a hedged figure; a bound keeps only its own side of that band, so
 * "sedikitnya 1.200" (t = 0.5) is 1,200 to 1,800 and "up to 40" (t = 0.5) is 20 to 40.
 */
export function quantityBand(amount: number, tolerance: number, bound: QuantityBound): [number, number] {
  const reach = Math.abs(amount) * tolerance;
  const lo = bound === "at_least" ? amount : amount - reach;
  const hi = bound === "at_most" ? amount : amount + reach;
  return [lo, hi];
}
