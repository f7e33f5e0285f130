// findDates: scans a text word by word for the longest date expression in either language.
import { detectLanguage } from "../language";
import { english } from "./english";
import { parseAt } from "./grammar";
import { indonesian } from "./indonesian";
import { resolveParsed } from "./resolve";
import type { DateContext, DateLanguage, DateResolution, Parsed } from "./types";

export type FoundDate = DateResolution & { start: number; end: number; language: DateLanguage };

const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;

/** The language of a text for forms both languages share ("16/1/2024"); Indonesian when unclear. */
function textLanguage(text: string): DateLanguage {
  const detected = detectLanguage(text);
  return detected === "en" ? "en" : "id";
}

/** Finds every date expression in a text with its character offsets (JS string indices) and resolution. */
export function findDates(text: string, ctx: DateContext): FoundDate[] {
  const found: FoundDate[] = [];
  let fallback: DateLanguage | null = null;
  let from = 0;
  for (const word of text.matchAll(WORD_START)) {
    const pos = word.index;
    if (pos < from) continue;
    const id = parseAt(indonesian, text, pos, true);
    const en = parseAt(english, text, pos, true);
    const best = pick(id, en, () => {
      fallback ??= textLanguage(text);
      return fallback;
    });
    if (!best) continue;
    const resolution = resolveParsed(best, text.slice(best.start, best.end), ctx);
    if (resolution) found.push({ ...resolution, start: best.start, end: best.end, language: best.language });
    from = best.end;
  }
  return found;
}

/** The longer reading; when both read the same words, the text's language decides. */
function pick(id: Parsed | null, en: Parsed | null, language: () => DateLanguage): Parsed | null {
  if (!id || !en) return id ?? en;
  if (id.end !== en.end) return id.end > en.end ? id : en;
  return language() === "en" ? en : id;
}
