import type { PublishedPrecision } from "@kroscek/schema";
import { isValidTimeZone, zonedTimeToInstant } from "@kroscek/schema";
import { ApiError } from "../lib/api-error";

/**
 * Reads a publication date: a full ISO timestamp keeps minute precision; a bare date means the
 * local midnight of that day in the article's time zone, with day precision.
 */
export function parsePublishedAt(
  value: string | null | undefined,
  timeZone: string,
): { publishedAt: Date | null; publishedPrecision: PublishedPrecision | null } {
  if (!isValidTimeZone(timeZone)) throw new ApiError("validation_failed", `Unknown time zone '${timeZone}'`);
  if (!value) return { publishedAt: null, publishedPrecision: null };
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const instant = zonedTimeToInstant(y, m, d, timeZone);
    if (Number.isNaN(instant.getTime()) || m < 1 || m > 12 || d < 1 || d > 31)
      throw new ApiError("validation_failed", `'${value}' is not a date`);
    return { publishedAt: instant, publishedPrecision: "day" };
  }
  const instant = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) || Number.isNaN(instant.getTime()))
    throw new ApiError("validation_failed", `'${value}' is not an ISO 8601 date or timestamp`);
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(value))
    throw new ApiError("validation_failed", `'${value}' needs a time-zone offset (e.g. +07:00)`);
  return { publishedAt: instant, publishedPrecision: "minute" };
}
