// Time zones without zone tables: Intl offsets, and fixed "+HH:MM" offsets read by hand. Browser-safe;
// the API, the domain code and the UI share these.

/**
 * The zone a workspace, an article or a stated date has when nothing names one: the newsrooms
 * Kroscek was built for are in western Indonesia.
 */
export const DEFAULT_TIME_ZONE = "Asia/Jakarta";

const FIXED = /^([+-])(0\d|1[0-4]):([0-5]\d)$/;

/**
 * Minutes east of UTC of a fixed-offset zone written as in ISO 8601 ("+10:00" → 600), null for
 * any other name. Articles whose stamp gives only an offset keep it as their zone; Node 20's Intl
 * does not accept offsets as zone names, so every zone computation here reads them first.
 */
export function fixedOffsetMinutes(timeZone: string): number | null {
  const m = FIXED.exec(timeZone);
  if (!m) return null;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** The "+10:00" offset of an ISO 8601 timestamp ("Z" is "+00:00"); null for a bare date or none. */
export function offsetZoneOf(timestamp: string | null | undefined): string | null {
  if (!timestamp || !/^\d{4}-\d{2}-\d{2}T/.test(timestamp)) return null;
  if (/Z$/i.test(timestamp)) return "+00:00";
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(timestamp);
  if (!m) return null;
  const zone = `${m[1]}${m[2]}:${m[3]}`;
  return fixedOffsetMinutes(zone) === null ? null : zone;
}

/** The calendar day (YYYY-MM-DD) of an instant in an IANA zone or a fixed offset. */
export function localDateOf(instant: Date, timeZone: string): string {
  const fixed = fixedOffsetMinutes(timeZone);
  if (fixed !== null) return new Date(instant.getTime() + fixed * 60_000).toISOString().slice(0, 10);
  return formatterFor(DAY_FORMATS, "en-CA", timeZone, DAY_SHAPE).format(instant);
}

const DAY_SHAPE: Intl.DateTimeFormatOptions = { year: "numeric", month: "2-digit", day: "2-digit" };
const PARTS_SHAPE: Intl.DateTimeFormatOptions = {
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
};
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();
const PARTS_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone and shape: building an Intl formatter costs far more than using one. */
function formatterFor(
  cache: Map<string, Intl.DateTimeFormat>,
  locale: string,
  timeZone: string,
  shape: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let f = cache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...shape, timeZone });
    cache.set(timeZone, f);
  }
  return f;
}

/** Offset of a time zone from UTC at an instant, in minutes (Asia/Jakarta: +420). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const fixed = fixedOffsetMinutes(timeZone);
  if (fixed !== null) return fixed;
  const parts = formatterFor(PARTS_FORMATS, "en-US", timeZone, PARTS_SHAPE).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The instant a local wall-clock time occurs in a time zone (DST-aware). */
export function zonedTimeToInstant(
  year: number,
  month: number,
  day: number,
  timeZone: string,
  hour = 0,
  minute = 0,
): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  let instant = guess - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000;
  // A second pass settles days where the offset changes between the guess and the answer.
  instant = guess - zoneOffsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}

/** True when the runtime knows the IANA time zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  if (fixedOffsetMinutes(timeZone) !== null) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}
