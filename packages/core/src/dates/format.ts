// Human labels of intervals: "16 Jan 2024", "Juni 2024", "week of 15 Jan 2024", "1–10 Jan 2024".
import { DEFAULT_TIME_ZONE } from "@kroscek/schema";
import { addDays, civilDateAt, compareDates, isoWeekday } from "./calendar";
import { english } from "./english";
import { indonesian } from "./indonesian";
import type { Lexicon } from "./lexicon";
import type { CivilDate, DateLanguage, ResolvedDate } from "./types";

function lexicon(lang: DateLanguage): Lexicon {
  return lang === "id" ? indonesian : english;
}

function monthShort(lex: Lexicon, month: number): string {
  return lex.monthShortNames[month - 1] ?? String(month);
}

/** "16 Jan 2024". */
export function dayLabel(d: CivilDate, lang: DateLanguage): string {
  return `${d.day} ${monthShort(lexicon(lang), d.month)} ${d.year}`;
}

/** "16–18 Jan 2024", "30 Jan – 2 Feb 2024", "30 Dec 2023 – 2 Jan 2024". */
function dayRange(first: CivilDate, last: CivilDate, lang: DateLanguage): string {
  const lex = lexicon(lang);
  if (compareDates(first, last) === 0) return dayLabel(first, lang);
  if (first.year !== last.year) return `${dayLabel(first, lang)} – ${dayLabel(last, lang)}`;
  if (first.month !== last.month) {
    return `${first.day} ${monthShort(lex, first.month)} – ${dayLabel(last, lang)}`;
  }
  return `${first.day}–${dayLabel(last, lang)}`;
}

/** "Juni 2024", "Jan–Apr 2024", "Nov 2023 – Feb 2024" for whole months. */
function monthRange(first: CivilDate, last: CivilDate, lang: DateLanguage): string {
  const lex = lexicon(lang);
  if (first.year === last.year && first.month === last.month) {
    return `${lex.monthNames[first.month - 1] ?? first.month} ${first.year}`;
  }
  if (first.year === last.year) {
    return `${monthShort(lex, first.month)}–${monthShort(lex, last.month)} ${last.year}`;
  }
  return `${monthShort(lex, first.month)} ${first.year} – ${monthShort(lex, last.month)} ${last.year}`;
}

/** Human label of an interval in the given language: "16 Jan 2024", "Juni 2024", "week of 15 Jan 2024". */
export function formatInterval(i: ResolvedDate, lang: DateLanguage, timeZone = DEFAULT_TIME_ZONE): string {
  // The last day is the one holding the final instant, so an interval cut at another zone's
  // midnight still names every local date it touches.
  const start = civilDateAt(Date.parse(i.start), timeZone);
  const last = civilDateAt(Date.parse(i.end) - 1, timeZone);
  const end = addDays(last, 1);
  const wholeMonths = start.day === 1 && end.day === 1;
  if (wholeMonths && start.month === 1 && end.month === 1) {
    return last.year === start.year ? String(start.year) : `${start.year}–${last.year}`;
  }
  if (wholeMonths) return monthRange(start, last, lang);
  const isoWeek = isoWeekday(start) === 1 && compareDates(end, addDays(start, 7)) === 0;
  if (isoWeek)
    return lang === "id" ? `pekan mulai ${dayLabel(start, lang)}` : `week of ${dayLabel(start, lang)}`;
  return dayRange(start, last, lang);
}
