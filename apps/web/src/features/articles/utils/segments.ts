import { codePointToUtf16 } from "@/lib/code-points";

export interface Span {
  id: string;
  /** Code-point offsets into the body, end exclusive (as the API stores them). */
  start: number;
  end: number;
}

export interface Segment {
  /** UTF-16 offset of the piece in the body (stable, so usable as a React key). */
  from: number;
  /** The text of this piece, a UTF-16 slice of the body. */
  text: string;
  /** Ids of the spans covering this piece, in input order. */
  covering: string[];
}

/**
 * Cuts the body into consecutive pieces at every span boundary, so overlapping highlights can be
 * rendered as plain text nodes whose concatenation is exactly the body.
 */
export function segmentBody(body: string, spans: Span[]): Segment[] {
  const cuts = new Set<number>([0]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  // Convert all boundaries in one walk would be faster; bodies are small enough for this.
  const utf16 = new Map(sorted.map((cp) => [cp, codePointToUtf16(body, cp)]));
  const segments: Segment[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const startCp = sorted[i] as number;
    const from = utf16.get(startCp) ?? 0;
    const to = i + 1 < sorted.length ? (utf16.get(sorted[i + 1] as number) ?? body.length) : body.length;
    if (to <= from) continue;
    const covering = spans.filter((s) => s.start <= startCp && s.end > startCp).map((s) => s.id);
    segments.push({ from, text: body.slice(from, to), covering });
  }
  return segments;
}
