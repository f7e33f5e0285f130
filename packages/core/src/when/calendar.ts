import { zonedTimeToInstant } from "../time-zone";

export type DatePrecision = "day" | "week" | "month" | "year";
/** A half-open interval [start, end) of UTC instants, bounded at local midnights of a time zone. */
export interface ResolvedDate {
  start: string;
  end: string;
  precision: DatePrecision;
}

/** A calendar day (no time zone attached). */
export interface CivilDate {
  y: number;
  m: number;
  d: number;
}

export function civilOf(instant: Date, timeZone: string): CivilDate {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
  }).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return { y: get("year"), m: get("month"), d: get("day") };
}

export function addDays(c: CivilDate, days: number): CivilDate {
  const t = new Date(Date.UTC(c.y, c.m - 1, c.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export const weekday = (c: CivilDate) => new Date(Date.UTC(c.y, c.m - 1, c.d)).getUTCDay();
export const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const isValidCivil = (c: CivilDate) =>
  c.m >= 1 && c.m <= 12 && c.d >= 1 && c.d <= daysInMonth(c.y, c.m);

/** The interval from the local midnight starting `from` to the one starting `to` (exclusive). */
export function span(
  from: CivilDate,
  to: CivilDate,
  precision: DatePrecision,
  timeZone: string,
): ResolvedDate {
  return {
    start: zonedTimeToInstant(from.y, from.m, from.d, timeZone).toISOString(),
    end: zonedTimeToInstant(to.y, to.m, to.d, timeZone).toISOString(),
    precision,
  };
}

export const dayInterval = (c: CivilDate, tz: string) => span(c, addDays(c, 1), "day", tz);
export const monthInterval = (y: number, m: number, tz: string) =>
  span({ y, m, d: 1 }, m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 }, "month", tz);
export const yearInterval = (y: number, tz: string) =>
  span({ y, m: 1, d: 1 }, { y: y + 1, m: 1, d: 1 }, "year", tz);
/** The ISO week (Monday to Sunday) containing the day. */
export function weekInterval(c: CivilDate, tz: string): ResolvedDate {
  const monday = addDays(c, -((weekday(c) + 6) % 7));
  return span(monday, addDays(monday, 7), "week", tz);
}

/** True when two half-open intervals share any instant, i.e. can describe the same time. */
export function intervalsOverlap(a: ResolvedDate, b: ResolvedDate): boolean {
  return Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);
}
