// JS string indices (UTF-16 units) to Unicode code points, the unit of W3C TextPositionSelector
// and of quotes stored through the API. One pass over the body, then O(log n) per offset.

/** A converter from JS string indices of `body` to code point offsets. */
export function codePointOffsets(body: string): (index: number) => number {
  // Indices of the low halves of surrogate pairs; each one before an index shortens it by one.
  const lows: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < body.length) {
      const d = body.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        lows.push(i + 1);
        i++;
      }
    }
  }
  if (lows.length === 0) return (index) => index;
  return (index) => {
    let lo = 0;
    let hi = lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((lows[mid] as number) < index) lo = mid + 1;
      else hi = mid;
    }
    return index - lo;
  };
}

/** A span's offsets in code points. */
export function toCodePoints(
  convert: (index: number) => number,
  span: { start: number; end: number },
): { start: number; end: number } {
  return { start: convert(span.start), end: convert(span.end) };
}
