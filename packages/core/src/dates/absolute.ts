// Calendar forms that need no publication date once they carry a year: numeric and ISO dates,
// "17 Januari 2024", "January 17, 2024", "Juni 2024", "tahun 2022", and a trailing clock time.
import { isValidDate } from "./calendar";
import { B, E, type Lexicon, lookup, matchAt, monthAlt, sticky, WORD, YEAR, YEAR_DIGITS } from "./lexicon";
import type { DateNode } from "./types";

export interface ParseOptions {
  /** findDates: ambiguous words must be capitalised, bare years need a preposition. */
  strict: boolean;
  /** A bare four-digit number may be a year here ("pada 2022", "awal 2024"). */
  bareYear: boolean;
}

export interface Hit {
  node: DateNode;
  end: number;
}

type Form = (text: string, pos: number, opts: ParseOptions) => Hit | null;

const NOT_AFTER_NUMBER = `(?<![${WORD}.,/\\-])`;
const NUMERIC = sticky(
  `${NOT_AFTER_NUMBER}(?<day>\\d{1,2})(?<sep>[/.\\-])(?<month>\\d{1,2})\\k<sep>${YEAR}${E}`,
);
const ISO = sticky(
  `${NOT_AFTER_NUMBER}${YEAR_DIGITS}-(?<month>\\d{2})-(?<day>\\d{2})(?![${WORD}]|[.\\-/]\\d)`,
);
const SHORT_DAY_MONTH = sticky(
  `${NOT_AFTER_NUMBER}(?<day>\\d{1,2})/(?<month>\\d{1,2})(?![\\p{N}]|[/.\\-]\\d)`,
);
const TIME = sticky(
  "\\s*,?\\s*(?:(?:pukul|pkl\\.?|jam|at)\\s*)?(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?:[:.][0-5]\\d)?" +
    "(?:\\s*[ap]\\.?m\\.?)?(?:\\s*(?:wib|wita|wit|gmt|utc)(?:\\s*[+-]\\s*\\d{1,2})?)?" +
    `${E}`,
);

/** A day node when the numbers make a real date (29 February only in leap years, or yearless). */
function dayNode(year: number | null, month: number, day: number): DateNode | null {
  if (!isValidDate(year ?? 2000, month, day)) return null;
  return { kind: "day", year, month, day, weekday: null };
}

function numberHit(m: RegExpExecArray | null, needYear: boolean): Hit | null {
  const g = m?.groups;
  if (!m || !g) return null;
  const year = g.year === undefined ? null : Number(g.year);
  if (needYear && year === null) return null;
  const node = dayNode(year, Number(g.month), Number(g.day));
  return node ? { node, end: m.index + m[0].length } : null;
}

/** "16/1/2024", "16-01-2024", "16.1.2024": always day/month/year. */
export const numericDate: Form = (text, pos) => numberHit(matchAt(NUMERIC, text, pos), true);
/** "2024-01-16". */
export const isoDate: Form = (text, pos) => numberHit(matchAt(ISO, text, pos), true);
/** "16/1" without a year, as in "Selasa (16/1)". */
export const shortDayMonth: Form = (text, pos) => numberHit(matchAt(SHORT_DAY_MONTH, text, pos), false);

/** Length of a clock time after a date ("08:25 WIB"), which the day precision ignores. */
export function timeSuffix(text: string, pos: number): number {
  const m = matchAt(TIME, text, pos);
  return m ? m[0].length : 0;
}

/** False for an ambiguous word ("may", "Minggu") written in lower case under strict parsing. */
export function capitalOk(lex: Lexicon, word: string, opts: ParseOptions): boolean {
  if (!opts.strict || !lex.needsCapital.includes(word.toLowerCase())) return true;
  return word.charAt(0) !== word.charAt(0).toLowerCase();
}

/** Regexes of one lexicon, built once. */
interface Patterns {
  dayMonth: RegExp;
  monthDay: RegExp;
  monthYear: RegExp;
  year: RegExp;
}

const cache = new WeakMap<Lexicon, Patterns>();

function patterns(lex: Lexicon): Patterns {
  const cached = cache.get(lex);
  if (cached) return cached;
  const month = `(?<month>${monthAlt(lex)})`;
  const ordinal = "(?:st|nd|rd|th)?";
  const noun = (word: string | null) => (word ? `(?:(?<noun>${word})\\s+)?` : "");
  const built: Patterns = {
    dayMonth: sticky(
      `${B}(?<day>[0-3]?\\d)${ordinal}(?:\\s+of)?(?:\\s+|\\s*-\\s*)${month}(?:(?:\\s*,\\s*|\\s+|-)${YEAR})?${E}`,
    ),
    monthDay: sticky(`${B}${month}\\s+(?<day>[0-3]?\\d)${ordinal}${E}(?:\\s*,?\\s*${YEAR})?${E}`),
    monthYear: sticky(`${B}${noun(lex.monthNoun)}${month}(?:\\s*,?\\s*(?:of\\s+)?${YEAR})?${E}`),
    year: sticky(`${B}${noun(lex.yearNoun)}${YEAR}${E}`),
  };
  cache.set(lex, built);
  return built;
}

function monthOf(lex: Lexicon, word: string | undefined, opts: ParseOptions): number | null {
  if (word === undefined || !capitalOk(lex, word, opts)) return null;
  return lookup(lex.months, word) ?? null;
}

/** "17 Januari 2024", "17 Jan", "17th of January 2024". */
export function dayMonth(lex: Lexicon, text: string, pos: number, opts: ParseOptions): Hit | null {
  const m = matchAt(patterns(lex).dayMonth, text, pos);
  const month = monthOf(lex, m?.groups?.month, opts);
  if (!m || month === null) return null;
  const year = m.groups?.year === undefined ? null : Number(m.groups.year);
  const node = dayNode(year, month, Number(m.groups?.day));
  return node ? { node, end: m.index + m[0].length } : null;
}

/** "January 17, 2024", "Jan. 17" (languages that put the month first). */
export function monthDay(lex: Lexicon, text: string, pos: number, opts: ParseOptions): Hit | null {
  if (!lex.monthFirst) return null;
  const m = matchAt(patterns(lex).monthDay, text, pos);
  const month = monthOf(lex, m?.groups?.month, opts);
  if (!m || month === null) return null;
  const year = m.groups?.year === undefined ? null : Number(m.groups.year);
  const node = dayNode(year, month, Number(m.groups?.day));
  return node ? { node, end: m.index + m[0].length } : null;
}

/** "Juni 2024", "bulan Juni 2024", "June 2024"; "bulan Juni" alone, or a bare month when allowed. */
export function monthYear(
  lex: Lexicon,
  text: string,
  pos: number,
  opts: ParseOptions & { monthAlone?: boolean },
): Hit | null {
  const m = matchAt(patterns(lex).monthYear, text, pos);
  const month = monthOf(lex, m?.groups?.month, opts);
  if (!m || month === null) return null;
  const year = m.groups?.year === undefined ? null : Number(m.groups.year);
  if (year === null && m.groups?.noun === undefined && !opts.monthAlone) return null;
  return { node: { kind: "month", year, month }, end: m.index + m[0].length };
}

/** "tahun 2022", or "2022" where a bare year is allowed. */
export function yearForm(lex: Lexicon, text: string, pos: number, opts: ParseOptions): Hit | null {
  const m = matchAt(patterns(lex).year, text, pos);
  if (!m || (m.groups?.noun === undefined && !opts.bareYear)) return null;
  return { node: { kind: "year", year: Number(m.groups?.year) }, end: m.index + m[0].length };
}
