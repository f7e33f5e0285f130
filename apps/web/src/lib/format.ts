import { DEFAULT_TIME_ZONE, formatDateTime, formatDay, type Lang } from "@kroscek/schema";

/**
 * Formats an ISO timestamp in the interface language; `precision` drops what was never stated.
 * Without a zone (a matrix cell, a contradiction side) the API's default article zone is used: a
 * day-precision date is stored as local midnight, so formatting it in UTC would show the day before.
 */
export function formatDate(
  iso: string | null | undefined,
  lang: string,
  precision?: string | null,
  timeZone: string = DEFAULT_TIME_ZONE,
) {
  if (!iso) return null;
  const d = new Date(iso);
  const catalogueLang: Lang = lang === "en" ? "en" : "id";
  // Days and minutes are written as the report writes them ("13 September 2023"), never "13 Sept".
  if (!precision || precision === "day") return formatDay(d, catalogueLang, timeZone);
  if (precision === "minute") return formatDateTime(d, catalogueLang, timeZone);
  const opts: Intl.DateTimeFormatOptions =
    precision === "year" ? { year: "numeric" } : { year: "numeric", month: "long" };
  try {
    return new Intl.DateTimeFormat(lang === "id" ? "id-ID" : "en-GB", { ...opts, timeZone }).format(d);
  } catch {
    return new Intl.DateTimeFormat(lang === "id" ? "id-ID" : "en-GB", opts).format(d);
  }
}

/** The reader's own zone, for instants that belong to no article (detection, audit times). */
export const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
