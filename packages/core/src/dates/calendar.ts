// Calendar arithmetic on wall-calendar dates, and the one place they meet real instants: the
// local midnight of a day in an IANA time zone, found with Intl offsets (no time-zone tables).
import { fixedOffsetMinutes } from "@kroscek/schema";
import type { CivilDate, CivilSpan, ResolvedDate } from "./types";

export const DEFAULT_TIME_ZONE = "Asia/Jakarta";
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar date (proleptic Gregorian). */
export function dayNumber(d: CivilDate): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS);
}

/** The calendar date of a day number. */
export function fromDayNumber(n: number): CivilDate {
  const t = new Date(n * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when year/month/day name a real calendar day. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The date n days later (n may be negative). */
export function addDays(d: CivilDate, n: number): CivilDate {
  return fromDayNumber(dayNumber(d) + n);
}

/** The date n months later, the day clamped to the end of a shorter month (31 Jan + 1 = 29 Feb). */
export function addMonths(d: CivilDate, n: number): CivilDate {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function isoWeekday(d: CivilDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(d) + 3) % 7) + 7) % 7) + 1;
}

/** Compares two dates: negative, zero or positive. */
export function compareDates(a: CivilDate, b: CivilDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** The single day d. */
export function daySpan(d: CivilDate): CivilSpan {
  return { start: d, end: addDays(d, 1), precision: "day" };
}

/** The ISO week (Monday–Sunday) containing d. */
export function weekSpan(d: CivilDate): CivilSpan {
  const monday = addDays(d, 1 - isoWeekday(d));
  return { start: monday, end: addDays(monday, 7), precision: "week" };
}

/** A whole month. */
export function monthSpan(year: number, month: number): CivilSpan {
  const start = { year, month, day: 1 };
  return { start, end: addMonths(start, 1), precision: "month" };
}

/** A whole year. */
export function yearSpan(year: number): CivilSpan {
  return { start: { year, month: 1, day: 1 }, end: { year: year + 1, month: 1, day: 1 }, precision: "year" };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone, which is what callers should see.
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock reading of an instant in a zone, as if it were a UTC timestamp (ms). */
function wallClockMs(instantMs: number, timeZone: string): number {
  const fixed = fixedOffsetMinutes(timeZone);
  if (fixed !== null) return Math.floor(instantMs / 1000) * 1000 + fixed * 60_000;
  const parts = formatter(timeZone).formatToParts(new Date(instantMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? Number.NaN);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
}

/**
 * Day numbers of instants in named zones, as `civilDateAt` read them: reading a zone's wall clock
 * goes through `Intl` (microseconds each), and the same instants (claim intervals, publication
 * times) are read again on every request that shows them. Bounded: emptied when full.
 */
const dayNumbers = new Map<string, number>();
const DAY_NUMBERS_MAX = 20_000;

/** The calendar date an instant falls on in a zone. */
export function civilDateAt(instantMs: number, timeZone: string): CivilDate {
  if (fixedOffsetMinutes(timeZone) !== null)
    return fromDayNumber(Math.floor(wallClockMs(instantMs, timeZone) / DAY_MS));
  const key = `${timeZone} ${instantMs}`;
  let n = dayNumbers.get(key);
  if (n === undefined) {
    n = Math.floor(wallClockMs(instantMs, timeZone) / DAY_MS);
    if (dayNumbers.size >= DAY_NUMBERS_MAX) dayNumbers.clear();
    dayNumbers.set(key, n);
  }
  return fromDayNumber(n);
}

/** The first instant of a calendar day in a zone (ms); 01:00 where a DST jump skips midnight. */
export function startOfDay(d: CivilDate, timeZone: string): number {
  const midnight = dayNumber(d) * DAY_MS;
  const offsetAt = (ms: number): number => wallClockMs(ms, timeZone) - Math.floor(ms / 1000) * 1000;
  // Offsets a day either side cover any transition near this midnight.
  const candidates = [offsetAt(midnight - DAY_MS), offsetAt(midnight + DAY_MS)]
    .map((offset) => midnight - offset)
    .sort((a, b) => a - b);
  const exact = candidates.find((c) => wallClockMs(c, timeZone) === midnight);
  if (exact !== undefined) return exact;
  // Midnight does not exist: the day starts at the transition, the first instant on or after it.
  let lo = candidates[0] ?? midnight;
  let hi = candidates[candidates.length - 1] ?? midnight;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (wallClockMs(mid, timeZone) >= midnight) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** A calendar span as UTC instants at local midnights of the zone. */
export function toResolved(span: CivilSpan, timeZone: string): ResolvedDate {
  return {
    start: new Date(startOfDay(span.start, timeZone)).toISOString(),
    end: new Date(startOfDay(span.end, timeZone)).toISOString(),
    precision: span.precision,
  };
}

/** True when two intervals overlap, i.e. can describe the same time at their precision. */
export function intervalsOverlap(a: ResolvedDate, b: ResolvedDate): boolean {
  return Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);
}

/** The publication date as a calendar date in the zone; a bare "YYYY-MM-DD" is taken as written. */
export function publicationDate(publishedAt: string, timeZone: string): CivilDate {
  const bare = /^(\d{4})-(\d{2})-(\d{2})$/.exec(publishedAt.trim());
  if (bare) {
    const [year, month, day] = [Number(bare[1]), Number(bare[2]), Number(bare[3])];
    if (isValidDate(year, month, day)) return { year, month, day };
  }
  const ms = Date.parse(publishedAt);
  if (Number.isNaN(ms)) throw new RangeError(`invalid publishedAt: ${publishedAt}`);
  return civilDateAt(ms, timeZone);
}
