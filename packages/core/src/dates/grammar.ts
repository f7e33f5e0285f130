// The date grammar over one lexicon: weekdays (with an attached date), relative periods, counts
// ("dua hari lalu"), offsets from another date ("dua hari setelah X"), thirds ("awal 2024"), and
// leading prepositions. Every form matches at an exact position; the longest form wins.
import {
  capitalOk,
  dayMonth,
  type Hit,
  isoDate,
  monthDay,
  monthYear,
  numericDate,
  type ParseOptions,
  shortDayMonth,
  timeSuffix,
  yearForm,
} from "./absolute";
import { alt, B, countAlt, countValue, E, type Lexicon, lookup, matchAt, monthAlt, sticky } from "./lexicon";
import type { DateNode, Parsed } from "./types";

interface Patterns {
  preposition: RegExp;
  weekday: RegExp;
  attach: RegExp;
  close: RegExp;
  shiftAfter: RegExp;
  dayWord: RegExp;
  period: RegExp;
  ago: RegExp;
  offset: RegExp;
  anaphoric: RegExp;
  part: RegExp;
  monthShift: RegExp;
}

const cache = new WeakMap<Lexicon, Patterns>();

function patterns(lex: Lexicon): Patterns {
  const cached = cache.get(lex);
  if (cached) return cached;
  const shifts = alt(Object.keys(lex.shifts));
  const periods = alt(Object.keys(lex.periods));
  const noun = lex.weekdayNoun ? `(?:(?<noun>${lex.weekdayNoun})\\s+)?` : "";
  const preShift = lex.shiftAfterNoun ? "" : `(?:(?<shift>${shifts})\\s+)?`;
  const count = `(?:(?<n>${countAlt(lex)})\\s+(?<unit>${alt(Object.keys(lex.units))})|(?<one>${alt(Object.keys(lex.oneUnit))}))`;
  const built: Patterns = {
    preposition: sticky(`${B}(?:(?<p>${alt(lex.prepositions)})\\s+){1,2}`),
    weekday: sticky(`${B}${preShift}${noun}(?<wd>${alt(Object.keys(lex.weekdays))})${E}`),
    attach: sticky("\\s*,\\s*|\\s*(?<paren>\\()\\s*|\\s+"),
    close: sticky("\\s*\\)"),
    shiftAfter: sticky(`\\s+(?<shift>${shifts})${E}`),
    dayWord: sticky(`${B}(?<w>${alt(Object.keys(lex.dayWords))})${E}`),
    period: sticky(
      lex.shiftAfterNoun
        ? `${B}(?<noun>${periods})\\s+(?<shift>${shifts})${E}`
        : `${B}(?<shift>${shifts})\\s+(?<noun>${periods})${E}`,
    ),
    ago: sticky(`${B}${count}\\s+(?<ago>${alt(Object.keys(lex.ago))})${E}`),
    offset: sticky(`${B}${count}\\s+(?<dir>${alt(Object.keys(lex.directions))})\\s+`),
    anaphoric: sticky(`${B}${count}\\s+(?<dir>${alt(Object.keys(lex.anaphoric))})${E}`),
    part: sticky(`${B}(?<part>${alt(Object.keys(lex.parts))})(?:\\s*-\\s*|\\s+)`),
    monthShift: sticky(
      lex.shiftAfterNoun
        ? `${B}(?<month>${monthAlt(lex)})\\s+(?<shift>${shifts})${E}`
        : `${B}(?<shift>${shifts})\\s+(?<month>${monthAlt(lex)})${E}`,
    ),
  };
  cache.set(lex, built);
  return built;
}

type Form = (lex: Lexicon, text: string, pos: number, opts: ParseOptions) => Hit | null;

function longest(hits: Array<Hit | null>): Hit | null {
  let best: Hit | null = null;
  for (const h of hits) if (h && (!best || h.end > best.end)) best = h;
  return best;
}

/** A day-precision date written right after a weekday: "(16/1/2024)", ", 17 Januari 2024", "(16/1)". */
function attachedDate(lex: Lexicon, text: string, pos: number, opts: ParseOptions): Hit | null {
  const sep = matchAt(patterns(lex).attach, text, pos);
  if (!sep) return null;
  const at = pos + sep[0].length;
  const date = longest([
    numericDate(text, at, opts),
    isoDate(text, at, opts),
    shortDayMonth(text, at, opts),
    dayMonth(lex, text, at, opts),
    monthDay(lex, text, at, opts),
  ]);
  if (!date) return null;
  const end = date.end + timeSuffix(text, date.end);
  const close = sep.groups?.paren ? matchAt(patterns(lex).close, text, end) : null;
  return { node: date.node, end: end + (close ? close[0].length : 0) };
}

/** "Selasa", "hari Kamis", "Selasa lalu", "next Tuesday", "Selasa (16/1/2024)". */
const weekday: Form = (lex, text, pos, opts) => {
  const p = patterns(lex);
  const m = matchAt(p.weekday, text, pos);
  const word = m?.groups?.wd;
  const wd = lookup(lex.weekdays, word);
  if (!m || word === undefined || wd === undefined) return null;
  const end = m.index + m[0].length;
  const preShift = lookup(lex.shifts, m.groups?.shift);
  if (preShift === undefined) {
    const date = attachedDate(lex, text, end, opts);
    if (date && date.node.kind === "day") return { node: { ...date.node, weekday: wd }, end: date.end };
  }
  const after = lex.shiftAfterNoun ? matchAt(p.shiftAfter, text, end) : null;
  // "minggu lalu" is last week, not last Sunday: the period form reads it. Capitalised after "pada"
  // or "hari" the word is the day: "tiba di Brasília pada Minggu lalu" is last Sunday.
  const dayNamed =
    /^\p{Lu}/u.test(word) &&
    /(?:^|\s)(?:pada|hari|sejak|hingga|sampai)\s+$/iu.test(text.slice(Math.max(0, m.index - 8), m.index));
  if (after && lookup(lex.periods, word) !== undefined && !dayNamed) return null;
  if (m.groups?.noun === undefined && !capitalOk(lex, word, opts)) return null;
  // The day of a week named after it: "Rabu pekan lalu", "Jumat minggu depan", "on Friday last week".
  if (preShift === undefined && !after) {
    const gap = /^\s+/.exec(text.slice(end));
    const week = gap ? matchAt(p.period, text, end + gap[0].length) : null;
    const shift = lookup(lex.shifts, week?.groups?.shift);
    if (week && shift !== undefined && lookup(lex.periods, week.groups?.noun) === "week")
      return {
        node: { kind: "weekday", weekday: wd, shift: 0, week: shift },
        end: week.index + week[0].length,
      };
  }
  const shift = preShift ?? lookup(lex.shifts, after?.groups?.shift) ?? 0;
  return { node: { kind: "weekday", weekday: wd, shift }, end: end + (after ? after[0].length : 0) };
};

/** "kemarin", "hari ini", "tomorrow". */
const dayWord: Form = (lex, text, pos) => {
  const m = matchAt(patterns(lex).dayWord, text, pos);
  const offset = lookup(lex.dayWords, m?.groups?.w);
  if (!m || offset === undefined) return null;
  return { node: { kind: "relative", unit: "day", offset }, end: m.index + m[0].length };
};

/** "pekan ini", "bulan lalu", "next year". */
const period: Form = (lex, text, pos) => {
  const m = matchAt(patterns(lex).period, text, pos);
  const unit = lookup(lex.periods, m?.groups?.noun);
  const shift = lookup(lex.shifts, m?.groups?.shift);
  if (!m || unit === undefined || shift === undefined) return null;
  return { node: { kind: "relative", unit, offset: shift }, end: m.index + m[0].length };
};

function countOf(lex: Lexicon, groups: Record<string, string | undefined> | undefined) {
  const one = lookup(lex.oneUnit, groups?.one);
  if (one !== undefined) return { n: 1, unit: one };
  const n = countValue(lex, groups?.n);
  const unit = lookup(lex.units, groups?.unit);
  return n === undefined || unit === undefined || n === 0 ? null : { n, unit };
}

/** "dua hari lalu", "3 days ago", "sepekan lalu". */
const ago: Form = (lex, text, pos) => {
  const m = matchAt(patterns(lex).ago, text, pos);
  const count = countOf(lex, m?.groups);
  const sign = lookup(lex.ago, m?.groups?.ago);
  if (!m || !count || sign === undefined) return null;
  return { node: { kind: "relative", unit: count.unit, offset: sign * count.n }, end: m.index + m[0].length };
};

/** "dua hari setelah X", "three days before X"; when X is not a date (an event), counted from it. */
const offset: Form = (lex, text, pos, opts) => {
  const m = matchAt(patterns(lex).offset, text, pos);
  const count = countOf(lex, m?.groups);
  const sign = lookup(lex.directions, m?.groups?.dir);
  if (!m || !count || sign === undefined) return null;
  const anchor = parseCore(lex, text, m.index + m[0].length, { ...opts, bareYear: !opts.strict });
  // "dua hari setelah Korea Utara menembakkan …", "two days before the announcement": counted
  // from an event, so a date with no days of its own.
  if (!anchor)
    return {
      node: { kind: "anaphoric", unit: count.unit, offset: sign * count.n },
      end: m.index + m[0].trimEnd().length,
    };
  const node: DateNode = { kind: "offset", unit: count.unit, offset: sign * count.n, anchor: anchor.node };
  return { node, end: anchor.end };
};

/** "dua hari sebelumnya", "a week later": counted from an event, so never resolved to days. */
const anaphoric: Form = (lex, text, pos) => {
  const m = matchAt(patterns(lex).anaphoric, text, pos);
  const count = countOf(lex, m?.groups);
  const sign = lookup(lex.anaphoric, m?.groups?.dir);
  if (!m || !count || sign === undefined) return null;
  return {
    node: { kind: "anaphoric", unit: count.unit, offset: sign * count.n },
    end: m.index + m[0].length,
  };
};

/** "awal Januari 2024", "pertengahan 2024", "akhir tahun lalu", "mid-June", "late 2023". */
const part: Form = (lex, text, pos, opts) => {
  const m = matchAt(patterns(lex).part, text, pos);
  const which = lookup(lex.parts, m?.groups?.part?.trim());
  if (!m || which === undefined) return null;
  const at = m.index + m[0].length;
  const of = longest([
    monthYear(lex, text, at, { ...opts, monthAlone: true }),
    yearForm(lex, text, at, { ...opts, bareYear: true }),
    period(lex, text, at, opts),
  ]);
  // Thirds of a week are not a thing: "akhir pekan" (the weekend) is left to "pekan ...".
  if (!of || (of.node.kind === "relative" && of.node.unit === "week")) return null;
  return { node: { kind: "part", part: which, of: of.node }, end: of.end };
};

/** "Februari lalu", "Juni mendatang", "last February", "next June": a month on one side of publication. */
const monthShift: Form = (lex, text, pos) => {
  const m = matchAt(patterns(lex).monthShift, text, pos);
  const word = m?.groups?.month;
  if (!m || !word || word.charAt(0) !== word.charAt(0).toUpperCase()) return null;
  const month = lookup(lex.months, word.replace(/\.$/, ""));
  const shift = lookup(lex.shifts, m.groups?.shift);
  if (month === undefined || (shift !== -1 && shift !== 1)) return null;
  return { node: { kind: "month", year: null, month, shift }, end: m.index + m[0].length };
};

const calendarForms: Form[] = [
  (_lex, text, pos, opts) => numericDate(text, pos, opts),
  (_lex, text, pos, opts) => isoDate(text, pos, opts),
  dayMonth,
  monthDay,
  monthYear,
  yearForm,
];

/** The longest date form starting exactly at pos, prepositions excluded. */
export function parseCore(lex: Lexicon, text: string, pos: number, opts: ParseOptions): Hit | null {
  const forms = [...calendarForms, monthShift, weekday, dayWord, period, ago, offset, anaphoric, part];
  const hit = longest(forms.map((form) => form(lex, text, pos, opts)));
  if (hit?.node.kind === "day" && hit.node.year !== null)
    return { ...hit, end: hit.end + timeSuffix(text, hit.end) };
  return hit;
}

/**
 * A date expression at pos. A leading preposition is read but left out of the span, except
 * before a bare weekday, where it is what marks the word as a date ("pada Selasa", "on Tuesday").
 */
export function parseAt(lex: Lexicon, text: string, pos: number, strict: boolean): Parsed | null {
  const prep = matchAt(patterns(lex).preposition, text, pos);
  if (prep) {
    const at = pos + prep[0].length;
    const last = prep.groups?.p?.toLowerCase() ?? "";
    const core = parseCore(lex, text, at, {
      strict,
      bareYear: !strict || lex.yearPrepositions.includes(last),
    });
    if (core) {
      const start = core.node.kind === "weekday" ? pos : at;
      return { node: core.node, start, end: core.end, language: lex.language };
    }
  }
  const core = parseCore(lex, text, pos, { strict, bareYear: !strict });
  return core ? { node: core.node, start: pos, end: core.end, language: lex.language } : null;
}
