// resolveDate: one expression in, one resolution out, with an explanation of where it came from.
import { DEFAULT_TIME_ZONE } from "@kroscek/schema";
import { publicationDate, toResolved } from "./calendar";
import { english } from "./english";
import { dayLabel, formatInterval } from "./format";
import { parseAt } from "./grammar";
import { indonesian } from "./indonesian";
import { interpret } from "./interpret";
import type { CivilDate, DateContext, DateResolution, Parsed } from "./types";

const LEXICONS = [indonesian, english];
/** "Moskow, 18 Januari 2024": a place name before a dated dateline. */
const DATELINE = /^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}\s*,\s*/u;

/** The publication date of a context as a calendar date, or null when the article has none. */
export function anchorOf(ctx: DateContext): CivilDate | null {
  return ctx.publishedAt === null
    ? null
    : publicationDate(ctx.publishedAt, ctx.timeZone ?? DEFAULT_TIME_ZONE);
}

/** The resolution of a parsed expression; null when it names no real date. */
export function resolveParsed(parsed: Parsed, expression: string, ctx: DateContext): DateResolution | null {
  const timeZone = ctx.timeZone ?? DEFAULT_TIME_ZONE;
  const anchor = anchorOf(ctx);
  const result = interpret(parsed.node, anchor, ctx.tense ?? "past");
  if (!result.ok) {
    if (parsed.node.kind === "anaphoric")
      return {
        status: "unresolved",
        expression,
        relative: true,
        reason: "no_anchor",
        explanation: `'${expression}' counts from another event the text tells of, not from a date`,
      };
    if (anchor) return null;
    return {
      status: "unresolved",
      expression,
      relative: true,
      reason: "no_publication_date",
      explanation: `'${expression}' cannot be resolved: the article has no publication date`,
    };
  }
  const interval = toResolved(result.span, timeZone);
  const source =
    result.relative && anchor
      ? `from '${expression}', article dated ${dayLabel(anchor, "en")}`
      : `from '${expression}'`;
  const { mismatch } = result;
  const note = mismatch
    ? `; the written weekday ${indonesianOrEnglishWeekday(parsed, mismatch.written)} does not match, ${formatInterval(interval, "en", timeZone)} is a ${english.weekdayNames[mismatch.actual - 1]}`
    : "";
  return {
    status: "resolved",
    expression,
    interval,
    relative: result.relative,
    explanation: `${formatInterval(interval, "en", timeZone)} (${source}${note})`,
  };
}

function indonesianOrEnglishWeekday(parsed: Parsed, weekday: number): string {
  const lex = parsed.language === "id" ? indonesian : english;
  return lex.weekdayNames[weekday - 1] ?? String(weekday);
}

/** The parse of a whole text as one date expression, in whichever language reads all of it. */
export function parseWhole(text: string): Parsed | null {
  for (const lex of LEXICONS) {
    const parsed = parseAt(lex, text, 0, false);
    if (parsed && parsed.end === text.length) return parsed;
  }
  return null;
}

/** Trims spaces, wrapping parentheses and trailing punctuation around an expression. */
function clean(expression: string): string {
  let text = expression.trim().replace(/[\s.,;:!?]+$/u, "");
  while (/^\(.*\)$/su.test(text)) text = text.slice(1, -1).trim();
  return text.replace(/\s*[,;:]$/u, "");
}

/** Resolves one date expression (the words only, e.g. "pada Selasa", "16/1/2024"); null when it is not a date expression. */
export function resolveDate(expression: string, ctx: DateContext): DateResolution | null {
  const text = clean(expression);
  const expr = expression.trim();
  let parsed = parseWhole(text);
  if (!parsed) {
    const dateline = DATELINE.exec(text);
    const rest = dateline ? parseWhole(text.slice(dateline[0].length)) : null;
    // Only a calendar date makes a dateline; "Jakarta, kemarin" is not one.
    if (rest && rest.node.kind === "day" && rest.node.year !== null) parsed = rest;
  }
  return parsed ? resolveParsed(parsed, expr, ctx) : null;
}
