// Turns a parsed date into calendar days, given the publication date (the anchor) and tense.
import {
  addDays,
  addMonths,
  dayNumber,
  daySpan,
  isoWeekday,
  isValidDate,
  monthSpan,
  weekSpan,
  yearSpan,
} from "./calendar";
import type { CivilDate, CivilSpan, DateNode, Part, Unit } from "./types";

export type Tense = "past" | "future";

export type Interpretation =
  | { ok: true; span: CivilSpan; relative: boolean; mismatch: { written: number; actual: number } | null }
  | { ok: false };

/** Whether a parsed date needs the publication date to mean anything. */
export function isRelative(node: DateNode): boolean {
  switch (node.kind) {
    case "day":
    case "month":
      return node.year === null;
    case "year":
      return false;
    case "part":
      return isRelative(node.of);
    case "offset":
      return isRelative(node.anchor);
    default:
      return true;
  }
}

/** The span a unit count away from a date: the day, its ISO week, month or year. */
function unitSpan(unit: Unit, d: CivilDate): CivilSpan {
  if (unit === "day") return daySpan(d);
  if (unit === "week") return weekSpan(d);
  if (unit === "month") return monthSpan(d.year, d.month);
  return yearSpan(d.year);
}

function shift(d: CivilDate, unit: Unit, n: number): CivilDate {
  if (unit === "day") return addDays(d, n);
  if (unit === "week") return addDays(d, 7 * n);
  return addMonths(d, unit === "month" ? n : 12 * n);
}

function shiftSpan(s: CivilSpan, unit: Unit, n: number): CivilSpan {
  return { start: shift(s.start, unit, n), end: shift(s.end, unit, n), precision: s.precision };
}

/**
 * A weekday relative to the anchor. Past tense: the most recent such day on or before it; future:
 * the next on or after. "Selasa lalu" / "next Tuesday" exclude the anchor day itself.
 */
function weekdayDate(weekday: number, shiftBy: -1 | 0 | 1, anchor: CivilDate, tense: Tense): CivilDate {
  const back = (isoWeekday(anchor) - weekday + 7) % 7;
  if (shiftBy === -1) return addDays(anchor, -(back === 0 ? 7 : back));
  const ahead = (weekday - isoWeekday(anchor) + 7) % 7;
  if (shiftBy === 1) return addDays(anchor, ahead === 0 ? 7 : ahead);
  return addDays(anchor, tense === "past" ? -back : ahead);
}

/** Days from the anchor to a span, counted as three times as far on the wrong side of the tense. */
function yearChoiceCost(s: CivilSpan, anchor: CivilDate, tense: Tense): number {
  const a = dayNumber(anchor);
  const ahead = Math.max(0, dayNumber(s.start) - a);
  const behind = Math.max(0, a - (dayNumber(s.end) - 1));
  return tense === "past" ? 3 * ahead + behind : 3 * behind + ahead;
}

/**
 * A date written without a year ("17 Januari", "bulan Juni") takes the year that puts it nearest
 * the publication date, so "28 Desember" in an article of 5 January is the December just gone.
 */
function nearestYear(
  build: (year: number) => CivilSpan | null,
  anchor: CivilDate,
  tense: Tense,
): CivilSpan | null {
  let best: CivilSpan | null = null;
  for (const year of [anchor.year - 1, anchor.year, anchor.year + 1]) {
    const s = build(year);
    if (s && (!best || yearChoiceCost(s, anchor, tense) < yearChoiceCost(best, anchor, tense))) best = s;
  }
  return best;
}

/**
 * Thirds: of a month, days 1–10, 11–20 and 21–end, at "week" precision (about ten days, the
 * closest precision that is finer than a month); of a year, Jan–Apr, May–Aug and Sep–Dec, at
 * "month" precision, since each third is whole months.
 */
function third(of: CivilSpan, p: Part): CivilSpan {
  const i = p === "early" ? 0 : p === "mid" ? 1 : 2;
  if (of.precision === "year") {
    return { start: addMonths(of.start, 4 * i), end: addMonths(of.start, 4 * i + 4), precision: "month" };
  }
  const start = addDays(of.start, 10 * i);
  return { start, end: i === 2 ? of.end : addDays(start, 10), precision: "week" };
}

function span(node: DateNode, anchor: CivilDate | null, tense: Tense): CivilSpan | null {
  switch (node.kind) {
    case "day": {
      const { month, day } = node;
      if (node.year !== null) return daySpan({ year: node.year, month, day });
      // 29 February only exists in leap years, so other candidate years are skipped.
      const build = (year: number) => (isValidDate(year, month, day) ? daySpan({ year, month, day }) : null);
      return anchor ? nearestYear(build, anchor, tense) : null;
    }
    case "month":
      if (node.year !== null) return monthSpan(node.year, node.month);
      if (!anchor) return null;
      // "Februari lalu" is the last February wholly before publication, "Juni mendatang" the next.
      if (node.shift === -1) return monthSpan(anchor.year - (node.month < anchor.month ? 0 : 1), node.month);
      if (node.shift === 1) return monthSpan(anchor.year + (node.month > anchor.month ? 0 : 1), node.month);
      return nearestYear((year) => monthSpan(year, node.month), anchor, tense);
    case "year":
      return yearSpan(node.year);
    case "part": {
      const of = span(node.of, anchor, tense);
      return of && (of.precision === "month" || of.precision === "year") ? third(of, node.part) : null;
    }
    case "weekday":
      if (!anchor) return null;
      if (node.week !== undefined)
        return daySpan(addDays(anchor, 7 * node.week + node.weekday - isoWeekday(anchor)));
      return daySpan(weekdayDate(node.weekday, node.shift, anchor, tense));
    case "relative":
      return anchor ? unitSpan(node.unit, shift(anchor, node.unit, node.offset)) : null;
    case "offset": {
      const base = span(node.anchor, anchor, tense);
      return base ? shiftSpan(base, node.unit, node.offset) : null;
    }
    case "anaphoric":
      return null;
  }
}

/** The calendar days a parsed date covers; not ok when it needs a publication date there is none of. */
export function interpret(node: DateNode, anchor: CivilDate | null, tense: Tense): Interpretation {
  const s = span(node, anchor, tense);
  if (!s) return { ok: false };
  const written = node.kind === "day" ? node.weekday : null;
  const actual = isoWeekday(s.start);
  const mismatch = written !== null && written !== actual ? { written, actual } : null;
  return { ok: true, span: s, relative: isRelative(node), mismatch };
}
