// Dates and numbers for a language, by Intl. Dates are shown in the article's time zone: an
// interval resolved in Jakarta starts at 17:00 UTC the day before, and must still read as its day.
import type { DateInterval } from "../contracts/claim-value";
import { fixedOffsetMinutes } from "../time-zone";
import type { Lang } from "./types";

const LOCALES: Record<Lang, string> = { id: "id-ID", en: "en-GB" };
const HOUR_MS = 3_600_000;

/** The BCP 47 locale used for a language. */
export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/** Reads "id", "id-ID", "en-US"… as an interface language; anything else is null. */
export function parseLang(value: string | null | undefined): Lang | null {
  const base = value?.trim().toLowerCase().split(/[-_]/)[0];
  return base === "id" || base === "en" ? base : null;
}

/** The first supported language of an Accept-Language header, by its q weights. */
export function langFromAcceptLanguage(header: string | null | undefined): Lang | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, i) => {
      const [tag = "", ...rest] = part.trim().split(";");
      const q = rest.map((r) => /^\s*q=([\d.]+)/.exec(r)?.[1]).find(Boolean);
      return { lang: parseLang(tag), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((x) => x.lang !== null && x.q > 0)
    .sort((x, y) => y.q - x.q || x.i - y.i);
  return ranked[0]?.lang ?? null;
}

// Building an Intl formatter costs far more than using one; reports render thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat | null>();

const DAY: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric" };
/** The few shapes dates take; keyed by name so a lookup never serialises options. */
const SHAPES = {
  day: DAY,
  month: { month: "long", year: "numeric" },
  year: { year: "numeric" },
  dateTime: { ...DAY, hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
type Shape = keyof typeof SHAPES;

function formatter(lang: Lang, timeZone: string, shape: Shape) {
  const key = `${lang}|${timeZone}|${shape}`;
  let f = formatters.get(key);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat(LOCALES[lang], { ...SHAPES[shape], timeZone });
    } catch {
      f = null; // an unknown zone name: shown in UTC
    }
    formatters.set(key, f);
  }
  return f;
}

/**
 * Formatted instants: formatting one through Intl takes microseconds, and a report formats the same
 * few (its claims' intervals, its articles' publication days) for every outlet and every request.
 * Bounded: emptied when full.
 */
const formatted = new Map<string, string>();
const FORMATTED_MAX = 20_000;

function fmt(lang: Lang, ms: number, tz: string | null | undefined, shape: Shape) {
  const key = `${lang}|${tz ?? ""}|${shape}|${ms}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = format(lang, ms, tz, shape);
    if (formatted.size >= FORMATTED_MAX) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

function format(lang: Lang, ms: number, tz: string | null | undefined, shape: Shape) {
  const fixed = tz ? fixedOffsetMinutes(tz) : null;
  if (tz && fixed === null) {
    const f = formatter(lang, tz, shape);
    if (f) return f.format(new Date(ms));
  }
  const shifted = new Date(ms + (fixed ?? 0) * 60_000);
  return (formatter(lang, "UTC", shape) as Intl.DateTimeFormat).format(shifted);
}

/** One calendar day: "18 Januari 2024" / "18 January 2024", in the given zone (UTC if none). */
export function formatDay(instant: string | Date, lang: Lang, timeZone?: string | null): string {
  const ms = typeof instant === "string" ? Date.parse(instant) : instant.getTime();
  if (!Number.isFinite(ms)) return String(instant);
  return fmt(lang, ms, timeZone, "day");
}

/** Date and time of day, for stamps such as "generated at": "18 Januari 2024 14.05". */
export function formatDateTime(instant: string | Date, lang: Lang, timeZone?: string | null): string {
  const ms = typeof instant === "string" ? Date.parse(instant) : instant.getTime();
  if (!Number.isFinite(ms)) return String(instant);
  return fmt(lang, ms, timeZone, "dateTime");
}

/**
 * A claimed date interval at its precision, in the article's zone. Without a zone the interval is
 * read at start + 12 h (days, weeks) or at its midpoint (months, years): right for any offset within
 * ±12 h, which is how rows stored before zones were recorded are shown.
 */
export function formatInterval(interval: DateInterval, lang: Lang, timeZone?: string | null): string {
  const start = Date.parse(interval.start);
  const end = Date.parse(interval.end);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return `${interval.start}/${interval.end}`;
  const known = Boolean(timeZone);
  const first = known ? start : start + 12 * HOUR_MS;
  const last = known ? end - 1 : end - 12 * HOUR_MS;
  const mid = (start + end) / 2;
  switch (interval.precision) {
    case "year":
      return fmt(lang, known ? first : mid, timeZone, "year");
    case "month":
      return fmt(lang, known ? first : mid, timeZone, "month");
    case "week":
      return WEEK_OF[lang](fmt(lang, first, timeZone, "day"));
    case "day": {
      const a = fmt(lang, first, timeZone, "day");
      if (end - start <= 36 * HOUR_MS) return a;
      const b = fmt(lang, last, timeZone, "day");
      return a === b ? a : `${a} – ${b}`;
    }
  }
}

const WEEK_OF: Record<Lang, (day: string) => string> = {
  id: (day) => `pekan ${day}`,
  en: (day) => `week of ${day}`,
};

/** A number for the language: "1.000,5" / "1,000.5". */
export function formatNumber(n: number, lang: Lang, maximumFractionDigits = 2): string {
  return numberFormat(lang, `n${maximumFractionDigits}`, { maximumFractionDigits }).format(n);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, key: string, opts: Intl.NumberFormatOptions) {
  const k = `${lang}|${key}`;
  let f = numberFormats.get(k);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], opts);
    numberFormats.set(k, f);
  }
  return f;
}

/** A share as a percentage with one decimal: "90,0%" / "90.0%". */
export function formatPercent(share: number, lang: Lang, fractionDigits = 1): string {
  return numberFormat(lang, `p${fractionDigits}`, {
    style: "percent",
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(share);
}

const listFormats = new Map<Lang, Intl.ListFormat>();

/** "a, b dan c" / "a, b and c". */
export function formatList(items: readonly string[], lang: Lang): string {
  let f = listFormats.get(lang);
  if (!f) {
    f = new Intl.ListFormat(LOCALES[lang], { type: "conjunction" });
    listFormats.set(lang, f);
  }
  return f.format(items);
}
