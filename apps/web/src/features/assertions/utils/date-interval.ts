import { type DatePrecision, zonedTimeToInstant } from "@kroscek/schema";

/** The UTC instant of local midnight on y-m-d (month from 0, days may overflow) in `timeZone`. */
function zonedMidnight(y: number, m0: number, d: number, timeZone: string): number {
  return zonedTimeToInstant(y, m0 + 1, d, timeZone).getTime();
}

/**
 * The half-open interval [start, end) a stated date covers at its precision, in the article's time
 * zone: "16 Jan 2024" in Jakarta is 15 Jan 17:00Z to 16 Jan 17:00Z; weeks start on Monday.
 */
export function dateInterval(date: string, precision: DatePrecision, timeZone: string) {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  let from: [number, number, number];
  let to: [number, number, number];
  if (precision === "year") {
    from = [y, 0, 1];
    to = [y + 1, 0, 1];
  } else if (precision === "month") {
    from = [y, m - 1, 1];
    to = [y, m, 1];
  } else if (precision === "week") {
    const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
    from = [y, m - 1, d - weekday];
    to = [y, m - 1, d - weekday + 7];
  } else {
    from = [y, m - 1, d];
    to = [y, m - 1, d + 1];
  }
  return {
    start: new Date(zonedMidnight(...from, timeZone)).toISOString(),
    end: new Date(zonedMidnight(...to, timeZone)).toISOString(),
    precision,
  };
}
