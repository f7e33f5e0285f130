import type { DatePrecision } from "@kroscek/schema";

/** How far `timeZone`'s wall clock is ahead of UTC at the instant `utcMs`, in milliseconds. */
function zoneOffsetMs(utcMs: number, timeZone: string): number {
  // An article stamped only with an offset keeps it as its zone ("+10:00"); not every browser's
  // Intl accepts offsets as zone names.
  const fixed = /^([+-])(\d{2}):(\d{2})$/.exec(timeZone);
  if (fixed) return (fixed[1] === "-" ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3])) * 60_000;
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return (
    Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second")) - utcMs
  );
}

/** The UTC instant of local midnight on y-m-d in `timeZone`. */
function zonedMidnight(y: number, m0: number, d: number, timeZone: string): number {
  const wall = Date.UTC(y, m0, d);
  const first = wall - zoneOffsetMs(wall, timeZone);
  return wall - zoneOffsetMs(first, timeZone);
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
