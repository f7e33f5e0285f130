/**
 * Anchoring quotes into article bodies. Offsets are Unicode code points (W3C TextPositionSelector),
 * not JavaScript UTF-16 indices: an emoji before a quote moves the JS index by 2 but the W3C (and
 * PostgreSQL `length()`) offset by 1, and stored positions must agree with the database check.
 */

/** How much context is stored around an anchored quote, in code points. */
export const QUOTE_CONTEXT = 32;

export interface QuoteSelector {
  exact: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
}

export interface QuotePosition {
  start: number;
  end: number;
}

export type AnchorFailure = "not_found" | "ambiguous" | "position_mismatch" | "out_of_range";

export type AnchorResult =
  | { ok: true; start: number; end: number; exact: string; prefix: string; suffix: string }
  | {
      ok: false;
      reason: AnchorFailure;
      message: string;
      /** For `ambiguous`: how many places match. */
      candidates?: number;
      /** For `position_mismatch`: the text actually found at the given position. */
      actual?: string;
    };

/** Number of code points in a string (not UTF-16 units). */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** UTF-16 index of the given code point offset (offsets past the end map to the string's length). */
function utf16Index(text: string, codePoints: number): number {
  let cp = 0;
  let i = 0;
  while (i < text.length && cp < codePoints) {
    const c = text.codePointAt(i) ?? 0;
    i += c > 0xffff ? 2 : 1;
    cp++;
  }
  return i;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const COMBINING = /^\p{M}/u;

/** Last `n` code points of a string. */
function lastCodePoints(text: string, n: number): string {
  const cps = Array.from(text);
  return cps.slice(Math.max(0, cps.length - n)).join("");
}

/** First `n` code points of a string. */
function firstCodePoints(text: string, n: number): string {
  return text.slice(0, utf16Index(text, n));
}

function anchored(body: string, from: number, to: number, start: number): AnchorResult {
  const exact = body.slice(from, to);
  return {
    ok: true,
    start,
    end: start + codePointLength(exact),
    exact,
    prefix: lastCodePoints(body.slice(Math.max(0, from - QUOTE_CONTEXT * 2 - 2), from), QUOTE_CONTEXT),
    suffix: firstCodePoints(body.slice(to, to + QUOTE_CONTEXT * 2), QUOTE_CONTEXT),
  };
}

function checkPosition(body: string, quote: QuoteSelector, position: QuotePosition): AnchorResult {
  const length = codePointLength(body);
  if (position.start < 0 || position.end > length || position.end <= position.start) {
    return {
      ok: false,
      reason: "out_of_range",
      message: `Position ${position.start}–${position.end} is outside the article body (${length} code points)`,
    };
  }
  const from = utf16Index(body, position.start);
  const to = from + utf16Index(body.slice(from), position.end - position.start);
  const actual = body.slice(from, to);
  if (actual !== quote.exact) {
    return {
      ok: false,
      reason: "position_mismatch",
      message: `The body at ${position.start}–${position.end} (code points) reads "${actual}", not the quote`,
      actual,
    };
  }
  return anchored(body, from, to, position.start);
}

/**
 * A real match does not cut a character in two: it may not start inside a surrogate pair or end
 * just before a combining mark (quoting "Andre" out of a decomposed "André" is not that quote).
 */
function wholeCharacters(body: string, from: number, to: number): boolean {
  if (from > 0 && isLowSurrogate(body.charCodeAt(from))) return false;
  return !COMBINING.test(body.slice(to, to + 2));
}

/**
 * Locates a W3C quote selector in an article body. With a position, the text there must equal
 * `exact` (the position is authoritative; prefix/suffix are then recomputed, not compared). Without
 * one, the quote must occur exactly once among places whose surrounding text matches the given
 * prefix and suffix. Success returns code point offsets and the stored context (up to 32 code points
 * each side, taken from the body).
 */
export function anchorQuote(body: string, quote: QuoteSelector, position?: QuotePosition): AnchorResult {
  if (position) return checkPosition(body, quote, position);
  const { exact } = quote;
  const prefix = quote.prefix ?? "";
  const suffix = quote.suffix ?? "";
  if (exact.length === 0) return { ok: false, reason: "not_found", message: "The quote is empty" };
  const all: number[] = [];
  for (let i = body.indexOf(exact); i !== -1; i = body.indexOf(exact, i + 1)) {
    if (wholeCharacters(body, i, i + exact.length)) all.push(i);
  }
  const fitting = all.filter(
    (i) => body.slice(0, i).endsWith(prefix) && body.slice(i + exact.length).startsWith(suffix),
  );
  if (fitting.length === 1) {
    const from = fitting[0] as number;
    return anchored(body, from, from + exact.length, codePointLength(body.slice(0, from)));
  }
  if (fitting.length > 1) {
    return {
      ok: false,
      reason: "ambiguous",
      message: `The quote occurs ${fitting.length} times in the article; add a longer prefix or suffix, or a position, to pick one`,
      candidates: fitting.length,
    };
  }
  if (all.length > 0) {
    return {
      ok: false,
      reason: "not_found",
      message: `The quote occurs ${all.length} time(s) in the article, but never with the given prefix/suffix`,
    };
  }
  const normalised = body.normalize("NFC").includes(exact.normalize("NFC"));
  return {
    ok: false,
    reason: "not_found",
    message: normalised
      ? "The quote is not in the article as written; it differs only in Unicode normalisation (copy it from the stored body)"
      : "The quote does not occur in the article body",
  };
}
