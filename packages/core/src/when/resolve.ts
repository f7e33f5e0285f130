import { detectLanguage } from "../language";
import { type CivilDate, civilOf, type ResolvedDate } from "./calendar";
import { formatInterval } from "./format";
import { type Anchor, OFFSET_RE, PATTERNS, shiftInterval } from "./patterns";
import { numberValue, WEEKDAY_RE } from "./vocabulary";

export interface DateContext {
  /** The article's publication time (ISO 8601), or null when it prints none. */
  publishedAt: string | null;
  /** IANA time zone of the article; default Asia/Jakarta. */
  timeZone?: string;
  /** Relative weekdays point back by default ("Selasa" = the last Tuesday on or before publication). */
  tense?: "past" | "future";
}

export type DateResolution =
  | { status: "resolved"; expression: string; interval: ResolvedDate; relative: boolean; explanation: string }
  | {
      status: "unresolved";
      expression: string;
      relative: true;
      reason: "no_publication_date";
      explanation: string;
    };

export type FoundDate = DateResolution & { start: number; end: number; language: "id" | "en" };

interface Candidate {
  start: number;
  end: number;
  interval: ResolvedDate | null;
  relative: boolean;
}

function anchorOf(ctx: DateContext): Anchor {
  const timeZone = ctx.timeZone ?? "Asia/Jakarta";
  const today: CivilDate | null = ctx.publishedAt ? civilOf(new Date(ctx.publishedAt), timeZone) : null;
  return { today, timeZone, tense: ctx.tense ?? "past" };
}

function candidates(text: string, a: Anchor): Candidate[] {
  const found: Candidate[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const reading = p.read(m, a);
      if (reading) found.push({ start: m.index, end: m.index + m[0].length, ...reading });
    }
  }
  // Longest match first at each position, then keep the ones that do not overlap an earlier pick.
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: Candidate[] = [];
  for (const c of found) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept;
}

const WEEKDAY_BEFORE_DATE = new RegExp(
  `(?:(?:pada\\s+)?hari\\s+|pada\\s+|on\\s+)?${WEEKDAY_RE}[,\\s]*\\(?\\s*$`,
  "iu",
);

/** Merges "Selasa (16/1/2024)" into one absolute date and applies "dua hari setelah <date>". */
function combine(text: string, list: Candidate[], a: Anchor): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list) {
    const prev = out[out.length - 1];
    const between = prev ? text.slice(prev.end, c.start) : "";
    if (
      prev?.relative &&
      !c.relative &&
      prev.interval !== undefined &&
      /^[,\s(]*$/.test(between) &&
      WEEKDAY_BEFORE_DATE.test(text.slice(prev.start, c.start))
    ) {
      // The explicit date wins over the weekday next to it.
      const close = text.slice(c.end).match(/^\s*\)/);
      out[out.length - 1] = { ...c, start: prev.start, end: c.end + (close ? close[0].length : 0) };
      continue;
    }
    out.push(c);
  }
  for (let i = 0; i < out.length; i++) {
    const c = out[i] as Candidate;
    const before = text.slice(0, c.start);
    OFFSET_RE.lastIndex = 0;
    let offset: RegExpExecArray | null = null;
    for (let m = OFFSET_RE.exec(before); m; m = OFFSET_RE.exec(before))
      if (m.index + m[0].length === c.start) offset = m;
    if (!offset) continue;
    const n = numberValue(offset[1] ?? "");
    if (n === null) continue;
    const unit = (offset[2] ?? "").toLowerCase();
    const days =
      n * (unit.startsWith("pekan") || unit.startsWith("minggu") || unit.startsWith("week") ? 7 : 1);
    const sign = /sebelum|before/i.test(offset[3] ?? "") ? -1 : 1;
    out[i] = {
      start: offset.index,
      end: c.end,
      interval: c.interval ? shiftInterval(c.interval, sign * days, a.timeZone) : null,
      relative: c.relative,
    };
  }
  return out;
}

function describe(text: string, c: Candidate, a: Anchor, ctx: DateContext): FoundDate {
  const expression = text.slice(c.start, c.end);
  const language =
    detectLanguage(expression) === "en" ||
    (/[a-z]/i.test(expression) &&
      /\b(on|in|days?|weeks?|ago|last|next|this|yesterday|today|tomorrow|january|february|march|may|june|july|august|october|december)\b/i.test(
        expression,
      ))
      ? "en"
      : "id";
  const base = { expression, start: c.start, end: c.end, language } as const;
  if (!c.interval) {
    return {
      ...base,
      status: "unresolved",
      relative: true,
      reason: "no_publication_date",
      explanation: `'${expression}' cannot be resolved: the article has no publication date`,
    };
  }
  const label = formatInterval(c.interval, "en", a.timeZone);
  const dated =
    c.relative && ctx.publishedAt
      ? `, article dated ${formatInterval({ start: new Date(ctx.publishedAt).toISOString(), end: new Date(Date.parse(ctx.publishedAt) + 1).toISOString(), precision: "day" }, "en", a.timeZone)}`
      : "";
  return {
    ...base,
    status: "resolved",
    interval: c.interval,
    relative: c.relative,
    explanation: `${label} (from '${expression}'${dated})`,
  };
}

/** Finds every date expression in a text with its offsets (JS string indices) and resolution. */
export function findDates(text: string, ctx: DateContext): FoundDate[] {
  const a = anchorOf(ctx);
  return combine(text, candidates(text, a), a).map((c) => describe(text, c, a, ctx));
}

/** Resolves one date expression; null when the text holds no date expression. */
export function resolveDate(expression: string, ctx: DateContext): DateResolution | null {
  const found = findDates(expression.trim(), ctx);
  const widest = found.sort((x, y) => y.end - y.start - (x.end - x.start))[0];
  if (!widest) return null;
  const { start: _s, end: _e, language: _l, ...resolution } = widest;
  return resolution;
}
