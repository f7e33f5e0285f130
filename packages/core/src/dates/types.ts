// Public shapes of the date resolver, and the syntax tree its grammar produces.

export type DatePrecision = "day" | "week" | "month" | "year";

/** ISO 8601 UTC instants, half-open [start, end), boundaries at local midnight of the time zone. */
export interface ResolvedDate {
  start: string;
  end: string;
  precision: DatePrecision;
}

export interface DateContext {
  /** The article's publication instant (ISO 8601), a bare calendar date ("2024-01-18"), or null. */
  publishedAt: string | null;
  /** IANA time zone of the article; default "Asia/Jakarta". */
  timeZone?: string;
  /** Whether bare weekdays refer back (default) or ahead of the publication date. */
  tense?: "past" | "future";
}

export type DateResolution =
  | {
      status: "resolved";
      expression: string;
      interval: ResolvedDate;
      relative: boolean;
      explanation: string;
    }
  | {
      status: "unresolved";
      expression: string;
      relative: true;
      /** No publication date to count from, or counted from an event rather than a date. */
      reason: "no_publication_date" | "no_anchor";
      explanation: string;
    };

export type DateLanguage = "id" | "en";

/** A date on the wall calendar, with no time zone: month 1–12, day 1–31. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** A half-open run of calendar days [start, end) with the precision it was stated at. */
export interface CivilSpan {
  start: CivilDate;
  end: CivilDate;
  precision: DatePrecision;
}

export type Unit = "day" | "week" | "month" | "year";
/** Thirds of a month or a year: awal/pertengahan/akhir, early/mid/late. */
export type Part = "early" | "mid" | "late";

/** What a date expression says, before it meets a publication date. */
export type DateNode =
  /** A calendar day; year null when the text leaves it out ("17 Januari"). */
  | { kind: "day"; year: number | null; month: number; day: number; weekday: number | null }
  /** shift: "Februari lalu" (-1, the last one before publication), "next June" (+1). */
  | { kind: "month"; year: number | null; month: number; shift?: -1 | 1 }
  | { kind: "year"; year: number }
  | { kind: "part"; part: Part; of: DateNode }
  /**
   * ISO weekday 1 (Monday) – 7 (Sunday); shift -1 "Selasa lalu", +1 "next Tuesday", 0 by tense;
   * week: the day of a week counted from publication's ("Rabu pekan lalu" -1, "on Friday next
   * week" +1).
   */
  | { kind: "weekday"; weekday: number; shift: -1 | 0 | 1; week?: number }
  /** A period counted from the publication date: "kemarin" is {unit: day, offset: -1}. */
  | { kind: "relative"; unit: Unit; offset: number }
  /** "dua hari setelah X": X moved by offset units. */
  | { kind: "offset"; unit: Unit; offset: number; anchor: DateNode }
  /**
   * "dua hari sebelumnya", "two days earlier": counted from another event the text tells of, not
   * from a date, so it has no calendar days of its own.
   */
  | { kind: "anaphoric"; unit: Unit; offset: number };

/** A node with the character range it was read from. */
export interface Parsed {
  node: DateNode;
  start: number;
  end: number;
  language: DateLanguage;
}
