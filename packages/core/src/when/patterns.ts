import {
  addDays,
  type CivilDate,
  civilOf,
  dayInterval,
  isValidCivil,
  monthInterval,
  type ResolvedDate,
  span,
  weekday,
  weekInterval,
  yearInterval,
} from "./calendar";
import { MONTH_RE, MONTHS, NUMBER_RE, numberValue, WEEKDAY_RE, WEEKDAYS } from "./vocabulary";

/** What a pattern needs to resolve: the publication day (local), the zone and the tense. */
export interface Anchor {
  today: CivilDate | null;
  timeZone: string;
  tense: "past" | "future";
}

/** A pattern's reading: an interval, or "needs an anchor" when the text is relative and no date is known. */
export type Reading = { interval: ResolvedDate; relative: boolean } | { interval: null; relative: true };

export interface Pattern {
  name: string;
  re: RegExp;
  read(m: RegExpExecArray, a: Anchor): Reading | null;
}

const W = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${s})(?![\\p{L}\\p{N}])`, "giu");
const month = (word: string | undefined) => MONTHS[(word ?? "").toLowerCase().replace(/\.$/, "")] ?? 0;
const year = (s: string | undefined) => Number(s);
const PART = "(awal|pertengahan|akhir|early|mid|late)";
const partIndex = (w: string | undefined) =>
  ({ awal: 0, early: 0, pertengahan: 1, mid: 1, akhir: 2, late: 2 })[(w ?? "").toLowerCase() as "awal"] ?? 0;

function day(c: CivilDate, a: Anchor, relative: boolean): Reading | null {
  return isValidCivil(c) ? { interval: dayInterval(c, a.timeZone), relative } : null;
}

/** Needs the publication date: resolved against it, or reported as unresolved. */
function anchored(a: Anchor, f: (today: CivilDate) => ResolvedDate | null): Reading | null {
  if (!a.today) return { interval: null, relative: true };
  const interval = f(a.today);
  return interval ? { interval, relative: true } : null;
}

function shiftMonth(c: CivilDate, by: number): { y: number; m: number } {
  const index = c.y * 12 + (c.m - 1) + by;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

// Order matters only for equal-length matches at one position; longer matches win otherwise.
export const PATTERNS: Pattern[] = [
  {
    name: "numeric",
    re: W("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})"),
    read: (m, a) => day({ y: year(m[3]), m: Number(m[2]), d: Number(m[1]) }, a, false),
  },
  {
    name: "iso",
    re: W("(\\d{4})-(\\d{2})-(\\d{2})"),
    read: (m, a) => day({ y: year(m[1]), m: Number(m[2]), d: Number(m[3]) }, a, false),
  },
  {
    name: "day-month-year",
    re: W(`(\\d{1,2})\\s+${MONTH_RE}\\s+(\\d{4})`),
    read: (m, a) => day({ y: year(m[3]), m: month(m[2]), d: Number(m[1]) }, a, false),
  },
  {
    name: "month-day-year",
    re: W(`${MONTH_RE}\\s+(\\d{1,2}),?\\s+(\\d{4})`),
    read: (m, a) => day({ y: year(m[3]), m: month(m[1]), d: Number(m[2]) }, a, false),
  },
  {
    name: "day-month",
    re: W(`(\\d{1,2})\\s+${MONTH_RE}`),
    read: (m, a) =>
      anchored(a, (t) => day({ y: t.y, m: month(m[2]), d: Number(m[1]) }, a, true)?.interval ?? null),
  },
  {
    name: "month-day",
    re: W(
      `(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?\\s+(\\d{1,2})(?!\\d|\\s*,?\\s*\\d{4})`,
    ),
    read: (m, a) => {
      const name = (m[0].match(/^[a-z]+/i)?.[0] ?? "").toLowerCase();
      return anchored(a, (t) => day({ y: t.y, m: month(name), d: Number(m[1]) }, a, true)?.interval ?? null);
    },
  },
  {
    name: "part-of-month",
    re: W(`${PART}[\\s-]+(?:bulan\\s+|of\\s+)?${MONTH_RE}\\s+(\\d{4})`),
    read: (m, a) => {
      // Thirds of a month (1–10, 11–20, 21–end): a span of about ten days, stated as week precision.
      const y = year(m[3]);
      const mo = month(m[2]);
      if (!mo) return null;
      const starts = [1, 11, 21];
      const i = partIndex(m[1]);
      const from = { y, m: mo, d: starts[i] ?? 1 };
      const to =
        i === 2
          ? { y: mo === 12 ? y + 1 : y, m: mo === 12 ? 1 : mo + 1, d: 1 }
          : { y, m: mo, d: (starts[i] ?? 1) + 10 };
      return { interval: span(from, to, "week", a.timeZone), relative: false };
    },
  },
  {
    name: "part-of-year",
    re: W(`${PART}[\\s-]+(?:tahun\\s+|of\\s+)?(\\d{4})`),
    read: (m, a) => {
      // Thirds of a year (Jan–Apr, May–Aug, Sep–Dec), stated at month precision.
      const y = year(m[2]);
      const i = partIndex(m[1]);
      const from = { y, m: 1 + 4 * i, d: 1 };
      const to = i === 2 ? { y: y + 1, m: 1, d: 1 } : { y, m: 5 + 4 * i, d: 1 };
      return { interval: span(from, to, "month", a.timeZone), relative: false };
    },
  },
  {
    name: "month-year",
    re: W(`(?:(?:pada\\s+)?bulan\\s+|in\\s+)?${MONTH_RE}\\s+(\\d{4})`),
    read: (m, a) => {
      const mo = month(m[1]);
      return mo ? { interval: monthInterval(year(m[2]), mo, a.timeZone), relative: false } : null;
    },
  },
  {
    name: "year",
    re: W("(?:pada|tahun|sejak|hingga|in|since|until|during)\\s+(?:tahun\\s+)?((?:19|20)\\d{2})"),
    read: (m, a) => ({ interval: yearInterval(year(m[1]), a.timeZone), relative: false }),
  },
  {
    name: "weekday",
    re: W(`(?:(?:pada\\s+)?hari\\s+|pada\\s+|on\\s+|last\\s+|this\\s+)?${WEEKDAY_RE}`),
    read: (m, a) => {
      const target =
        WEEKDAYS[(m[1] ?? "").toLowerCase().replace(/['’]/g, "'")] ??
        WEEKDAYS[(m[1] ?? "").toLowerCase().replace(/['’]/g, "")];
      if (target === undefined) return null;
      return anchored(a, (t) => {
        const diff = a.tense === "past" ? -((weekday(t) - target + 7) % 7) : (target - weekday(t) + 7) % 7;
        return dayInterval(addDays(t, diff), a.timeZone);
      });
    },
  },
  {
    name: "relative-day",
    re: W(
      "kemarin(?!\\s+(?:lusa|sore|malam|pagi))|yesterday|hari\\s+ini|today|besok|tomorrow|kemarin\\s+lusa",
    ),
    read: (m, a) => {
      const w = m[0].toLowerCase().replace(/\s+/g, " ");
      const by =
        w === "kemarin lusa"
          ? -2
          : w === "kemarin" || w === "yesterday"
            ? -1
            : w === "besok" || w === "tomorrow"
              ? 1
              : 0;
      return anchored(a, (t) => dayInterval(addDays(t, by), a.timeZone));
    },
  },
  {
    name: "relative-period",
    re: W(
      "(pekan|minggu|bulan|tahun)\\s+(ini|lalu|kemarin|depan)|(this|last|next|previous)\\s+(week|month|year)",
    ),
    read: (m, a) => {
      const unit = (m[1] ?? m[4] ?? "").toLowerCase();
      const which = (m[2] ?? m[3] ?? "").toLowerCase();
      const by = ["lalu", "kemarin", "last", "previous"].includes(which)
        ? -1
        : ["depan", "next"].includes(which)
          ? 1
          : 0;
      return anchored(a, (t) => {
        if (unit === "pekan" || unit === "minggu" || unit === "week")
          return weekInterval(addDays(t, 7 * by), a.timeZone);
        if (unit === "bulan" || unit === "month") {
          const s = shiftMonth(t, by);
          return monthInterval(s.y, s.m, a.timeZone);
        }
        return yearInterval(t.y + by, a.timeZone);
      });
    },
  },
  {
    name: "days-ago",
    re: W(`${NUMBER_RE}\\s+(hari|days?)\\s+(?:yang\\s+)?(lalu|ago)`),
    read: (m, a) => {
      const n = numberValue(m[1] ?? "");
      return n === null ? null : anchored(a, (t) => dayInterval(addDays(t, -n), a.timeZone));
    },
  },
];

/** "dua hari setelah" / "three days before": an offset applied to the date expression that follows. */
export const OFFSET_RE = W(
  `${NUMBER_RE}\\s+(hari|pekan|minggu|days?|weeks?)\\s+(setelah|sesudah|sebelum|after|before)\\s+`,
);

/** Shifts an interval by whole local days (DST-safe: the bounds stay at local midnight). */
export function shiftInterval(i: ResolvedDate, days: number, timeZone: string): ResolvedDate {
  const from = addDays(civilOf(new Date(i.start), timeZone), days);
  const to = addDays(civilOf(new Date(i.end), timeZone), days);
  return span(from, to, i.precision, timeZone);
}
