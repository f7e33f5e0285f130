/**
 * Text positions in the API are Unicode code points (W3C TextPositionSelector); the DOM and
 * JavaScript strings count UTF-16 units. These helpers convert between the two.
 */

/** Number of code points in `s` (an astral character such as an emoji counts once). */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The code-point offset of UTF-16 offset `utf16` in `s`. */
export function utf16ToCodePoint(s: string, utf16: number): number {
  return codePointLength(s.slice(0, utf16));
}

/** The UTF-16 offset of code-point offset `cp` in `s` (clamped to the string's end). */
export function codePointToUtf16(s: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp && i < s.length; n++) {
    const c = s.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    i += pair ? 2 : 1;
  }
  return i;
}

/** `s` between code-point offsets [start, end). */
export function sliceCodePoints(s: string, start: number, end?: number): string {
  const a = codePointToUtf16(s, start);
  const b = end === undefined ? s.length : codePointToUtf16(s, end);
  return s.slice(a, b);
}

/** Every code-point offset where `needle` occurs in `s`. */
export function findAllCodePoint(s: string, needle: string): number[] {
  if (!needle) return [];
  const found: number[] = [];
  let from = 0;
  for (;;) {
    const at = s.indexOf(needle, from);
    if (at < 0) return found;
    found.push(utf16ToCodePoint(s, at));
    from = at + 1;
  }
}
