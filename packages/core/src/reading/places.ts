// Places in a quote. Today: the workspace's place and country entities through their aliases,
// and capitalised names the extractor proposes as places ("Kota Vladivostok", "Istana Kremlin").
// A gazetteer plugs in through `PlaceFinder`: its hits join these, known entities first.
import type { EntityMention, Extraction } from "../extraction";
import type { AliasIndex } from "../extraction/entities";
import { TITLE_NEXT } from "../extraction/places";

/** A place named in a text; `entityId` null when no workspace entity carries the name. */
export interface QuotePlace {
  start: number;
  end: number;
  text: string;
  entityId: string | null;
  /** The name to create or look up when `entityId` is null. */
  name: string;
  /** Other names of the same place (its name in the other language), looked up and kept as aliases. */
  aliases?: string[];
}

/^\s+(?:Minister|President|Secretary|Ambassador|Governor|Chief|Envoy|Chairman|Commissioner)(?![\p{L}])/u;

/** Finds places in a text (a gazetteer, for instance); called with the quote alone. */
export type PlaceFinder = (text: string) => QuotePlace[];

const PLACE_PREPOSITION = /(?:^|[\s(])(?:di|ke|dari|in|at|to|from|near|dekat)(?:\s+the)?\s*$/iu;

/** Whether the words just before `start` introduce a place ("di", "in", "at the"). */
export const afterPlacePreposition = (text: string, start: number) =>
  PLACE_PREPOSITION.test(text.slice(Math.max(0, start - 12), start));

// Words that open a clause about another happening ("hours before Kim met Putin in Russia") or the
// subject of talks ("membahas nasib pekerja migran di Sabah"): a place after them, later in the
// sentence, is where that other thing is, not where the sentence's event took place.
const ANOTHER_SCENE =
  /\b(?:(?:hours?|days?|minutes?|weeks?|jam|hari|menit|pekan|minggu)\s+(?:before|after|sebelum|setelah|sesudah)|ahead of|menjelang|membahas|membicarakan|discuss(?:ed|es|ing)?|talks? (?:on|about)|tentang|mengenai|soal|nasib|the fate of)\b/iu;

/** Whether a place at `start` lies after a clause about another happening or a topic (not sentence-initial). */
export function inAnotherScene(text: string, start: number): boolean {
  const before = text.slice(0, start);
  // A sentence that opens with the clause ("Menjelang KTT di Moskow, …") is left as it is.
  for (const m of before.matchAll(new RegExp(ANOTHER_SCENE.source, "giu")))
    if (before.slice(0, m.index).trim().length > 0) return true;
  return false;
}

// Verbs of moving people or things: a place after them and "dari/ke/from/to" is where they came
// from or went to ("dikerahkan dari Jalan Raya Abepura", "mengungsi ke Masjid Agung", "evacuated to
// the stadium"), not where the sentence's event took place. A visit's destination is its place, so
// travel verbs ("berkunjung ke", "flew to") are not among them.
const MOVED_FROM_OR_TO =
  /(?:^|[^\p{L}])(?:dikerahkan|dikirim|dikirimkan|didatangkan|diterjunkan|diberangkatkan|dievakuasi|diungsikan|mengungsi|dipindahkan|dilarikan|dirujuk|dibawa|diangkut|dispatched|deployed|sent|evacuated|relocated|rushed|taken|moved|fled|airlifted|brought)(?:\s+[\p{L}\p{N}-]+){0,3}?\s+(?:dari|ke|menuju|from|to|into)\s+(?:the\s+)?$/iu;

/** Whether a place at `start` is named as where something was moved from or to. */
export const movedFromOrTo = (text: string, start: number) =>
  MOVED_FROM_OR_TO.test(text.slice(Math.max(0, start - 80), start));

// Unnamed officials placed where they speak ("…, officials in Corinth said", "kata pejabat di
// Korintus", "Police in Yakutsk told reporters …"): the place is the speaker's, not the event's.
// Local people are not among them: residents report what happened where they are.
const SPEAKER_BEFORE =
  /(?<![\p{L}])(?:officials?|authorities|police|spokesm[ae]n|spokeswoman|spokesperson|sources?|pejabat|petugas|otoritas|aparat|polisi|juru\s+bicara|sumber)(?:\s+[\p{Ll}-]+){0,2}\s+(?:in|di)\s+$/iu;
const SPEAKER_VERB_AFTER =
  /^[\p{L}\s-]{0,30}?(?<![\p{L}])(?:said|says|say|told|reported|kata|ujar|mengatakan|menyatakan|menyebutkan)(?![\p{L}])/iu;
const SPEAKER_VERB_BEFORE =
  /(?<![\p{L}])(?:said|says|told|according\s+to|kata|ujar|menurut)\s+(?:[\p{L}-]+\s+){0,4}$/iu;

// People named by where they live, speaking ("Warga Desa Wonorejo mengaku …", "Residents of Wuasa
// village said …"): their home names who speaks; what they tell of reaches beyond it.
const RESIDENTS_OF = /(?<![\p{L}])(?:warga|penduduk|(?:residents|villagers|people)\s+of(?:\s+the)?)\s+$/iu;
const RESIDENT_VERB_AFTER =
  /^(?:\s+(?:village|neighbourhood|neighborhood|district))?\s+(?:mengaku|menuturkan|bercerita|mengatakan|menyebut|said|say|says|told|recalled)(?![\p{L}])/iu;

/** Whether a place at [start, end) is where an unnamed official speaking in the text is, or where speaking residents live. */
export function speakersPlace(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (RESIDENTS_OF.test(before) && RESIDENT_VERB_AFTER.test(text.slice(end))) return true;
  const m = SPEAKER_BEFORE.exec(before);
  if (!m) return false;
  return SPEAKER_VERB_AFTER.test(text.slice(end)) || SPEAKER_VERB_BEFORE.test(before.slice(0, m.index));
}

/**
 * Places of a quote, best first: after a place preposition before elsewhere, known entities before
 * proposals; places in a clause about another happening or a topic are left out, and so are places
 * where an unnamed official speaks (see `speakersPlace`) and places
 * named as where something was moved from or to (unless `keepMoved`, for telling places from
 * parties). Countries count only after a preposition ("di Rusia"; "Rusia dan Korut" are parties).
 */
export function findQuotePlaces(
  text: string,
  extraction: Pick<Extraction, "entities" | "proposedEntities">,
  index: AliasIndex,
  extra?: PlaceFinder,
  keepMoved = false,
): QuotePlace[] {
  const found: Array<QuotePlace & { rank: number }> = [];
  // "to Bangladesh Railway": a place's name inside a known organisation's or person's name is theirs.
  const named = extraction.entities.filter((m) => {
    const kind = index.kinds.get(m.entityId);
    return kind !== "place" && kind !== "country";
  });
  const add = (p: QuotePlace, known: boolean) => {
    if (found.some((f) => f.start < p.end && p.start < f.end)) return;
    if (p.entityId === null && named.some((m) => m.start <= p.start && m.end >= p.end)) return;
    if (inAnotherScene(text, p.start)) return;
    if (speakersPlace(text, p.start, p.end)) return;
    if (!keepMoved && movedFromOrTo(text, p.start)) return;
    const cued = afterPlacePreposition(text, p.start);
    found.push({ ...p, rank: (cued ? 0 : 2) + (known ? 0 : 1) });
  };
  const placeMention = (m: EntityMention) => {
    const kind = index.kinds.get(m.entityId);
    return kind === "place" || (kind === "country" && afterPlacePreposition(text, m.start));
  };
  for (const m of extraction.entities)
    if (placeMention(m))
      add({ start: m.start, end: m.end, text: m.text, entityId: m.entityId, name: m.text }, true);
  for (const hit of extra?.(text) ?? []) add(hit, hit.entityId !== null);
  for (const g of extraction.proposedEntities) {
    if (g.kind !== "place") continue;
    // "South Korean Trade Minister": a name before a title is part of the title.
    for (const s of g.mentions)
      if (!TITLE_NEXT.test(text.slice(s.end, s.end + 20))) add({ ...s, entityId: null, name: g.name }, false);
  }
  // "at the Kendal Industrial Estate in Central Java", "di Kawasan Industri Kendal, Jawa Tengah":
  // a site named after a preposition and before the area it lies in is where it happened, known
  // or not.
  for (const f of found)
    for (const g of found)
      if (
        f.rank === 1 &&
        g.rank === 0 &&
        g.start > f.end &&
        /^\s*(?:,\s*|\s(?:in|di|at)\s+(?:the\s+)?)$/u.test(text.slice(f.end, g.start))
      )
        f.rank = g.rank;
  return found.sort((a, b) => a.rank - b.rank || a.start - b.start).map(({ rank: _rank, ...p }) => p);
}
