// Sentences of the kept text and of the furniture, by Intl.Segmenter in the article's language.
// Lines are split first (headlines and list items have no full stop), then each line by the
// segmenter; offsets are those of the original body.
import type { Sentence } from "./types";

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: "sentence" });
    segmenters.set(language, s);
  }
  return s;
}

/** Splits the given ranges of a body into trimmed sentences. */
export function splitSentences(
  body: string,
  ranges: ReadonlyArray<{ start: number; end: number; furniture?: boolean }>,
  language: string,
): Sentence[] {
  const seg = segmenter(language);
  const out: Sentence[] = [];
  for (const range of ranges) {
    const text = body.slice(range.start, range.end);
    for (const part of seg.segment(text)) {
      let s = range.start + part.index;
      let e = s + part.segment.length;
      while (s < e && /\s/.test(body.charAt(s))) s++;
      while (e > s && /\s/.test(body.charAt(e - 1))) e--;
      if (e > s) out.push({ start: s, end: e, text: body.slice(s, e), furniture: range.furniture ?? false });
    }
  }
  return out;
}
