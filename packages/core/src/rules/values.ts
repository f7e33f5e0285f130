// Value identity and pairwise compatibility per slot. Grouping identical values first (by key) is
// what keeps the contradiction rules fast: comparisons run over distinct values, not assertions.
import type { ClaimValue, DateInterval } from "@kroscek/schema";
import { unitKey } from "./units";

export { unitKey };

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
 * Quantities conflict when the units match and the relative difference exceeds the larger of the
 * two stated tolerances (the looser claim decides: "about 1,000" does not contradict "1,020").
 * Different units are not compared: they may measure different things and are not converted.
 */
export function quantitiesConflict(
  a: { amount: number; unit: string; tolerance: number },
  b: { amount: number; unit: string; tolerance: number },
): boolean {
  if (unitKey(a.unit) !== unitKey(b.unit)) return false;
  return relativeDifference(a.amount, b.amount) > Math.max(a.tolerance, b.tolerance);
}
