// The words one language uses for dates, and helpers that turn word lists into regex sources.
// The grammar is shared; only the words (and a few word orders) differ between languages.
import type { DateLanguage, Part, Unit } from "./types";

export interface Lexicon {
  language: DateLanguage;
  /** Canonical month names, January first, for labels. */
  monthNames: readonly string[];
  monthShortNames: readonly string[];
  weekdayNames: readonly string[];
  /** Lower-case month words (full names and abbreviations) → 1–12. */
  months: Readonly<Record<string, number>>;
  /** Abbreviations that may carry a trailing dot ("Jan."). */
  monthAbbreviations: readonly string[];
  /** Lower-case weekday words → ISO weekday 1 (Monday) – 7 (Sunday). */
  weekdays: Readonly<Record<string, number>>;
  /** Number words used in counts ("dua hari", "two days"). */
  numbers: Readonly<Record<string, number>>;
  /** Unit nouns after a count. */
  units: Readonly<Record<string, Unit>>;
  /** Single words meaning one unit ("sehari", "sepekan"). */
  oneUnit: Readonly<Record<string, Unit>>;
  /** Days counted from publication: "kemarin" → -1. */
  dayWords: Readonly<Record<string, number>>;
  /** Period nouns of "pekan ini", "last month". */
  periods: Readonly<Record<string, Unit>>;
  /** "lalu" → -1, "ini" → 0, "depan" → +1. */
  shifts: Readonly<Record<string, -1 | 0 | 1>>;
  /** True when the shift word follows its noun ("pekan lalu"), false when it precedes ("last week"). */
  shiftAfterNoun: boolean;
  /** After a count: "lalu" / "ago" → -1 (before publication), "lagi" / "from now" → +1. */
  ago: Readonly<Record<string, -1 | 1>>;
  /** "setelah" → +1, "sebelum" → -1. */
  directions: Readonly<Record<string, -1 | 1>>;
  /** After a count, words that count from an event just told of: "sebelumnya" → -1, "later" → +1. */
  anaphoric: Readonly<Record<string, -1 | 1>>;
  /** "awal" → early. */
  parts: Readonly<Record<string, Part>>;
  /** Words that introduce a date but are not part of its span ("pada 2022" → "2022"). */
  prepositions: readonly string[];
  /** Prepositions after which a bare four-digit number is read as a year. */
  yearPrepositions: readonly string[];
  /** Nouns that belong to the span: "hari Kamis", "bulan Juni", "tahun 2022". */
  weekdayNoun: string | null;
  monthNoun: string | null;
  yearNoun: string | null;
  /** Whether "January 17, 2024" (month before day) is a form of this language. */
  monthFirst: boolean;
  /** Words that are also ordinary words, so findDates needs them capitalised ("may", "Minggu"). */
  needsCapital: readonly string[];
}

/** Letters or digits: the characters a word boundary separates. */
export const WORD = "\\p{L}\\p{N}";
/** Start of a word. */
export const B = `(?<![${WORD}])`;
/** End of a word. */
export const E = `(?![${WORD}])`;
/** Four digits read as a year (1500–2299). */
export const YEAR_DIGITS = "(?<year>1[5-9]\\d\\d|2[0-2]\\d\\d)";
/** A four-digit year not followed by more digits or a thousands group ("2.000"). */
export const YEAR = `${YEAR_DIGITS}(?![\\p{N}]|[.,]\\d)`;

function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}

/** Regex alternation of words, longest first so "Januari" wins over "Jan". */
export function alt(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeWord)
    .join("|");
}

/** Alternation of a lexicon's month words; abbreviations may end in a dot. */
export function monthAlt(lex: Lexicon): string {
  const abbr = new Set(lex.monthAbbreviations);
  const full = Object.keys(lex.months).filter((w) => !abbr.has(w));
  return `(?:${alt(full)}|(?:${alt(abbr)})\\.?)`;
}

/** Alternation of counts: digits or number words. */
export function countAlt(lex: Lexicon): string {
  return `(?:\\d{1,3}|${alt(Object.keys(lex.numbers))})`;
}

/** Case-insensitive sticky regex, to match exactly at a position. */
export function sticky(source: string): RegExp {
  return new RegExp(source, "iuy");
}

/** Runs a sticky regex at a position. */
export function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** Looks a matched word up in a word table, ignoring case, spacing and a trailing dot. */
export function lookup<T>(table: Readonly<Record<string, T>>, word: string | undefined): T | undefined {
  if (word === undefined) return undefined;
  const key = word.toLowerCase().replace(/\s+/g, " ").replace(/\.$/, "").replace(/[’`]/g, "'");
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** A count word or digits as a number. */
export function countValue(lex: Lexicon, word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  return /^\d+$/.test(word) ? Number(word) : lookup(lex.numbers, word);
}
