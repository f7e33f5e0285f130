// Page furniture: lines a scraper keeps that are not the article ("Baca Juga", ads, share and
// follow lines, "Rep: … / Red: …", photo captions, FAQ blocks, publisher datelines). Found line by
// line, so every range is an offset range of the original body and quotes still anchor.
import type { Furniture, FurnitureReason } from "./types";

interface Line {
  start: number;
  end: number;
  text: string;
}

/** The body's lines with their offsets, trimmed of surrounding spaces (empty lines dropped). */
export function linesOf(body: string): Line[] {
  const out: Line[] = [];
  let from = 0;
  while (from <= body.length) {
    let to = body.indexOf("\n", from);
    if (to === -1) to = body.length;
    let s = from;
    let e = to;
    while (s < e && /\s/.test(body.charAt(s))) s++;
    while (e > s && /\s/.test(body.charAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, text: body.slice(s, e) });
    from = to + 1;
  }
  return out;
}

// Whole-line markers; each is tried against a trimmed line.
const LINE_RULES: ReadonlyArray<readonly [FurnitureReason, RegExp]> = [
  ["related_links", /^(?:baca juga|baca pula|lihat juga|simak juga|read also|read more|see also)\b\s*:?/i],
  [
    "advertisement",
    /^(?:advertisement|iklan|sponsored|scroll to continue|gulir untuk melanjutkan|konten berbayar)\b[\s.:]*$/i,
  ],
  [
    "more_news",
    /^(?:berita lainnya|berita terkait|artikel terkait|berita terpopuler|terpopuler|related (?:news|articles|stories)|more (?:news|stories))\b[\s.:]*$/i,
  ],
  [
    "share_follow",
    /^(?:ikuti|follow|simak|dapatkan|subscribe|langganan|bagikan|share|gabung)\b.{0,120}\b(?:google news|whatsapp|telegram|instagram|twitter|facebook|youtube|tiktok|channel|saluran|newsletter)\b.{0,60}$/i,
  ],
  [
    "byline",
    /^(?:rep|red|reporter|redaktur|editor|penulis|pewarta|kontributor|wartawan|writer|reporting by|editing by)\s*:/i,
  ],
  ["photo_caption", /^(?:foto|photo|gambar|image|ilustrasi|sumber foto|caption|keterangan foto)\s*:/i],
];
// A standalone timestamp line: "Kamis 18 Jan 2024 08:25 WIB", "18/01/2024, 08:25".
const TIMESTAMP_LINE =
  /^(?:\p{L}+,?\s+)?(?:\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})(?:\s*[,|-]?\s*(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT|GMT|UTC)(?:[+-]\d{1,2})?)?)?$/iu;
// A publisher or place dateline opening a paragraph: "REPUBLIKA.CO.ID, MOSKOW -- ",
// "INDONESIAUPDATES.COM, INTERNASIONAL – ", "Himalayapost.id – Moskow, 18 Januari 2024 – ".
const DATELINE =
  /^(?:[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|id|co\.id|net|org|co|COM|ID|CO\.ID|NET|ORG|CO)(?:\s*,\s*\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})?|\p{Lu}{3,}(?:\s+\p{Lu}{3,}){0,2})(?:\s*[,–—-]+\s*\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}\s*,\s*\d{1,2}\s+\p{L}+\.?\s+\d{4})?\s*(?:--|–|—|-)\s+/u;
const FAQ_START =
  /^(?:pertanyaan umum|pertanyaan yang sering diajukan|tanya jawab|faq\b|frequently asked questions)/i;
// A caption is one sentence-like line; long paragraphs next to a photo credit are article text.
const CAPTION_MAX = 320;

function lineReason(text: string): readonly [FurnitureReason, string] | null {
  for (const [reason, re] of LINE_RULES) {
    const m = re.exec(text);
    if (m) return [reason, reason === "share_follow" ? text : m[0].replace(/[\s:]+$/u, "")];
  }
  if (text.length <= 60 && TIMESTAMP_LINE.test(text)) return ["dateline", text];
  return null;
}

/**
 * Furniture ranges of a body, in order. Caption lines are the line before a "Foto:" credit and
 * any later line repeating it; an FAQ block runs from its heading to the end of the body (lines
 * after it that are furniture of another kind keep their own reason).
 */
export function findFurniture(body: string): Furniture[] {
  const lines = linesOf(body);
  const marks: Array<Furniture | null> = lines.map((l) => {
    const r = lineReason(l.text);
    return r ? { start: l.start, end: l.end, text: l.text, reason: r[0], label: r[1] } : null;
  });
  const captions = new Set<string>();
  lines.forEach((_line, i) => {
    if (marks[i]?.reason !== "photo_caption") return;
    const prev = lines[i - 1];
    if (prev && !marks[i - 1] && prev.text.length <= CAPTION_MAX && !/[“"]/.test(prev.text)) {
      marks[i - 1] = { ...prev, reason: "photo_caption", label: "caption above a photo credit" };
      captions.add(prev.text);
    }
  });
  lines.forEach((line, i) => {
    if (!marks[i] && captions.has(line.text))
      marks[i] = { ...line, reason: "photo_caption", label: "repeated photo caption" };
  });
  const covered = lines.map(() => false);
  const faq = lines.findIndex((l) => FAQ_START.test(l.text));
  if (faq !== -1) {
    const head = lines[faq] as Line;
    let i = faq;
    while (i + 1 < lines.length && !marks[i + 1]) i++;
    const last = lines[i] as Line;
    for (let j = faq + 1; j <= i; j++) covered[j] = true;
    marks[faq] = {
      start: head.start,
      end: last.end,
      text: body.slice(head.start, last.end),
      reason: "faq",
      label: head.text.slice(0, 40),
    };
  }
  const out: Furniture[] = [];
  lines.forEach((line, i) => {
    const mark = marks[i];
    if (mark) {
      out.push(mark);
      return;
    }
    if (covered[i]) return;
    const dateline = DATELINE.exec(line.text);
    if (dateline && dateline[0].length < line.text.length) {
      const end = line.start + dateline[0].trimEnd().length;
      out.push({
        start: line.start,
        end,
        text: body.slice(line.start, end),
        reason: "dateline",
        label: "dateline",
      });
    }
  });
  return out.sort((a, b) => a.start - b.start);
}

/** The kept text: each line minus the furniture inside it, trimmed, in order. */
export function keptRanges(
  body: string,
  furniture: readonly Furniture[],
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const line of linesOf(body)) {
    let pieces = [{ start: line.start, end: line.end }];
    for (const f of furniture) {
      if (f.end <= line.start || f.start >= line.end) continue;
      pieces = pieces.flatMap((p) => {
        const parts = [];
        if (f.start > p.start) parts.push({ start: p.start, end: Math.min(f.start, p.end) });
        if (f.end < p.end) parts.push({ start: Math.max(f.end, p.start), end: p.end });
        return f.end <= p.start || f.start >= p.end ? [p] : parts;
      });
    }
    for (const p of pieces) {
      let { start, end } = p;
      while (start < end && /\s/.test(body.charAt(start))) start++;
      while (end > start && /\s/.test(body.charAt(end - 1))) end--;
      if (end > start) out.push({ start, end });
    }
  }
  return out;
}
