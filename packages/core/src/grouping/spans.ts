// Day arithmetic on resolved date intervals (half-open, UTC instants of local day boundaries).

const DAY = 86_400_000;

/** Calendar days between two half-open intervals: 0 when they overlap, 1 for adjacent days. */
export function gapDays(a: { start: string; end: string }, b: { start: string; end: string }): number {
  const [as, ae, bs, be] = [a.start, a.end, b.start, b.end].map((x) => Date.parse(x)) as [
    number,
    number,
    number,
    number,
  ];
  if (as < be && bs < ae) return 0;
  return Math.round((as >= be ? as - be : bs - ae) / DAY) + 1;
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
