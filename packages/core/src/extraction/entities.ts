// Entity mentions: known entities through their aliases (normalised like the ledger does, so
// "Kim Jong-un" = "Kim Jong Un"), a person's first or last name once the full name has been seen,
// and proposals for unknown capitalised names.
import { normalizeName } from "../normalize";
import { gazetteer, placeKey } from "./gazetteer";
import type { EntityAlias, EntityMention, ProposedEntity, ProposedKind, TextSpan } from "./types";
import {
  COUNTRY_WORDS,
  DATE_WORDS,
  EVENT_WORDS,
  FUNCTION_WORDS,
  joinable,
  NUMBER_WORDS,
  ORG_WORDS,
  PHENOMENON_WORDS,
  PLACE_WORDS,
  sentenceInitial,
  TITLES,
  type Word,
  wordsOf,
} from "./words";

interface AliasEntry {
  entityId: string;
  /** Acronyms and very short aliases ("AS", "DPRK") must be written in capitals to count. */
  upper: boolean;
}

export interface AliasIndex {
  byKey: Map<string, AliasEntry[]>;
  firstWords: Set<string>;
  maxWords: number;
  /** Single words that name one person by first or last name ("Kim", "Putin"). */
  shortNames: Map<string, string>;
  kinds: Map<string, string | undefined>;
}

/** Indexes aliases by their normalised word sequence. */
export function indexAliases(aliases: readonly EntityAlias[]): AliasIndex {
  const byKey = new Map<string, AliasEntry[]>();
  const firstWords = new Set<string>();
  const kinds = new Map<string, string | undefined>();
  const short = new Map<string, Set<string>>();
  let maxWords = 1;
  for (const a of aliases) {
    kinds.set(a.entityId, a.kind);
    const key = normalizeName(a.alias);
    if (!key) continue;
    const parts = key.split(" ");
    maxWords = Math.max(maxWords, parts.length);
    firstWords.add(parts[0] as string);
    const letters = a.alias.replace(/[^\p{L}]/gu, "");
    const upper = letters.length <= 5 && letters === letters.toUpperCase();
    const list = byKey.get(key) ?? [];
    if (!list.some((e) => e.entityId === a.entityId)) list.push({ entityId: a.entityId, upper });
    byKey.set(key, list);
    if (a.kind === "person" && parts.length >= 2) {
      for (const w of [parts[0] as string, parts[parts.length - 1] as string]) {
        if (w.length < 3 || TITLES.has(w)) continue;
        const ids = short.get(w) ?? new Set<string>();
        ids.add(a.entityId);
        short.set(w, ids);
      }
    }
  }
  const shortNames = new Map<string, string>();
  for (const [w, ids] of short) {
    // Ambiguous ("Sergei" Lavrov / Shoigu) or already a whole alias: not a short name.
    if (ids.size === 1 && !byKey.has(w)) shortNames.set(w, [...ids][0] as string);
  }
  return { byKey, firstWords, maxWords: Math.min(maxWords, 8), shortNames, kinds };
}

function isUpper(text: string): boolean {
  return text === text.toUpperCase();
}

/**
 * Known entity mentions, longest alias first at each word. A mention must start with a capital
 * (names are proper nouns); acronym aliases must be in capitals. Short names count only for
 * entities named in full somewhere in the text.
 */
export function findEntityMentions(
  body: string,
  words: readonly Word[],
  index: AliasIndex,
  inFurniture: (start: number, end: number) => boolean,
): EntityMention[] {
  const out: EntityMention[] = [];
  const seen = new Set<string>();
  const covered = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (!w.capital || !index.firstWords.has(w.norm)) continue;
    let key = "";
    let best: { n: number; entry: AliasEntry } | null = null;
    for (let n = 1; n <= index.maxWords && i + n <= words.length; n++) {
      const last = words[i + n - 1] as Word;
      // "PT Industri Kereta Api (Persero)": a bracketed last word of the alias continues it.
      if (
        n > 1 &&
        !joinable(body, words[i + n - 2] as Word, last) &&
        !/^\s*\(\s*$/u.test(body.slice((words[i + n - 2] as Word).end, last.start))
      )
        break;
      key = n === 1 ? w.norm : `${key} ${last.norm}`;
      const entries = index.byKey.get(key);
      const entry = entries?.length === 1 ? (entries[0] as AliasEntry) : undefined;
      if (!entry) continue;
      const surface = body.slice(w.start, last.end);
      if (entry.upper && !isUpper(surface)) continue;
      best = { n, entry };
    }
    if (!best) continue;
    let end = (words[i + best.n - 1] as Word).end;
    if (body.charAt(end) === ")" && body.slice(w.start, end).includes("(")) end++;
    out.push({
      start: w.start,
      end,
      text: body.slice(w.start, end),
      entityId: best.entry.entityId,
      via: "alias",
      confidence: best.n > 1 ? 0.95 : 0.9,
      furniture: inFurniture(w.start, end),
    });
    seen.add(best.entry.entityId);
    for (let k = i; k < i + best.n; k++) covered[k] = 1;
    i += best.n - 1;
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (covered[i] || !w.capital) continue;
    const id = index.shortNames.get(w.norm);
    if (!id || !seen.has(id)) continue;
    // Not part of a longer unknown name ("Kim Yo Jong" is someone else).
    const next = words[i + 1];
    const prev = words[i - 1];
    if (next?.capital && !covered[i + 1] && joinable(body, w, next)) continue;
    if (prev?.capital && !covered[i - 1] && !TITLES.has(prev.norm) && joinable(body, prev, w)) {
      if (!sentenceInitial(body, prev)) continue;
    }
    out.push({
      start: w.start,
      end: w.end,
      text: w.text,
      entityId: id,
      via: "short_name",
      confidence: 0.75,
      furniture: inFurniture(w.start, w.end),
    });
    covered[i] = 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Lines written like headings (most words capitalised, no full stop) say nothing by their capitals. */
function headingLines(body: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let from = 0;
  while (from < body.length) {
    let to = body.indexOf("\n", from);
    if (to === -1) to = body.length;
    const line = body.slice(from, to).trim();
    if (line && !/[.!?”"]$/.test(line)) {
      const ws = wordsOf(line).filter((w) => !/^\d/.test(w.text));
      const caps = ws.filter((w) => w.capital).length;
      if (ws.length >= 3 && ws.length <= 16 && caps / ws.length >= 0.5) out.push({ start: from, end: to });
    }
    from = to + 1;
  }
  return out;
}

function guessKind(words: readonly Word[]): ProposedKind {
  const norms = words.map((w) => w.norm);
  // A named storm is neither a person nor an organisation that takes part in anything.
  if (norms.some((n) => PHENOMENON_WORDS.has(n))) return "unknown";
  if (norms.some((n) => ORG_WORDS.has(n))) return "organisation";
  if (norms.some((n) => PLACE_WORDS.has(n) || COUNTRY_WORDS.has(n))) return "place";
  if (words.length <= 4 && words.every((w) => w.text.length >= 2)) return "person";
  return "unknown";
}

/**
 * Unknown capitalised names of 2–4 words outside furniture and headings, titles stripped
 * ("Presiden China Xi Jinping" → "Xi Jinping"), grouped by normalised name.
 */
export function proposeEntities(
  body: string,
  words: readonly Word[],
  known: readonly EntityMention[],
  inFurniture: (start: number, end: number) => boolean,
  lowercaseWords: ReadonlySet<string>,
): ProposedEntity[] {
  const headings = headingLines(body);
  const places = gazetteer().byKey;
  const knownAt = new Set<number>();
  let k = 0;
  for (const w of words) {
    while (k < known.length && (known[k] as EntityMention).end <= w.start) k++;
    const m = known[k];
    if (m && w.start >= m.start && w.end <= m.end) knownAt.add(w.start);
  }
  const nameWord = (w: Word) =>
    w.capital &&
    !knownAt.has(w.start) &&
    !/^\d/.test(w.text) &&
    !FUNCTION_WORDS.has(w.norm) &&
    !DATE_WORDS.has(w.norm) &&
    !NUMBER_WORDS.has(w.norm) &&
    !(sentenceInitial(body, w) && lowercaseWords.has(w.norm));
  const groups = new Map<string, ProposedEntity>();
  let i = 0;
  while (i < words.length) {
    if (!nameWord(words[i] as Word)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < words.length &&
      nameWord(words[j] as Word) &&
      joinable(body, words[j - 1] as Word, words[j] as Word)
    )
      j++;
    let run = words.slice(i, j);
    i = j;
    while (run.length > 0 && TITLES.has((run[0] as Word).norm)) run = run.slice(1);
    // "Russian President" before a known name: the title and its demonym are not a name.
    while (run.length > 0 && TITLES.has((run[run.length - 1] as Word).norm)) run = run.slice(0, -1);
    // "Presiden China Xi Jinping", "Wali Kota Samarinda Andi Harun": the place before the name.
    while (
      run.length > 2 &&
      (COUNTRY_WORDS.has((run[0] as Word).norm) || places.has(placeKey((run[0] as Word).text)))
    )
      run = run.slice(1);
    // An office's name runs longer: "Dinas Pekerjaan Umum Kalimantan Timur".
    const longest = run.length > 0 && ORG_WORDS.has((run[0] as Word).norm) ? 6 : 4;
    if (run.length < 2 || run.length > longest) continue;
    if (run.some((w) => EVENT_WORDS.has(w.norm))) continue;
    const first = run[0] as Word;
    const last = run[run.length - 1] as Word;
    if (inFurniture(first.start, last.end)) continue;
    if (headings.some((h) => first.start >= h.start && last.end <= h.end)) continue;
    const text = body.slice(first.start, last.end);
    const kind = guessKind(run);
    const key = normalizeName(text);
    const span: TextSpan = { start: first.start, end: last.end, text };
    const group = groups.get(key);
    if (group) group.mentions.push(span);
    else
      groups.set(key, {
        name: text,
        kind,
        confidence: kind === "person" ? 0.6 : kind === "unknown" ? 0.3 : 0.5,
        mentions: [span],
      });
  }
  for (const g of groups.values()) g.confidence = Math.min(0.9, g.confidence + 0.1 * (g.mentions.length - 1));
  return [...groups.values()];
}
