// Day arithmetic on resolved date intervals (half-open, UTC instants of local day boundaries).

const DAY = 86_400_000;

/** Calendar days between two half-open intervals: 0 when they overlap, 1 for adjacent days. */
export function gapDays(a: { start: string; end: string }, b: { start: string; end: string }): number {
  return gapDaysMs(Date.parse(a.start), Date.parse(a.end), Date.parse(b.start), Date.parse(b.end));
}

/** `gapDays` on instants (ms) already parsed. */
export function gapDaysMs(as: number, ae: number, bs: number, be: number): number {
  if (as < be && bs < ae) return 0;
  return Math.round((as >= be ? as - be : bs - ae) / DAY) + 1;
}

/**
 * The largest gap between any two of the intervals, in days: the latest start against the earliest
 * end (0 when every pair overlaps).
 */
export function widestGapDays(list: ReadonlyArray<{ start: string; end: string }>): number {
  let latestStart = Number.NEGATIVE_INFINITY;
  let earliestEnd = Number.POSITIVE_INFINITY;
  for (const d of list) {
    latestStart = Math.max(latestStart, Date.parse(d.start));
    earliestEnd = Math.min(earliestEnd, Date.parse(d.end));
  }
  if (list.length < 2 || latestStart < earliestEnd) return 0;
  return Math.round((latestStart - earliestEnd) / DAY) + 1;
}

/** A calendar label read at the interval's midpoint (right for any offset within ±12 h). */
export function dateLabel(d: { start: string; end: string; precision: string }): string {
  const mid = new Date((Date.parse(d.start) + Date.parse(d.end)) / 2).toISOString();
  return d.precision === "year"
    ? mid.slice(0, 4)
    : d.precision === "month"
      ? mid.slice(0, 7)
      : mid.slice(0, 10);
}
