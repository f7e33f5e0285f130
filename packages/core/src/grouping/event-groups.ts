// Same-event suggestions: claim suggestions that probably report one real-world event. Sentences of
// different articles can belong together when their event kind is the same, they name a participant
// in common (or their wording is nearly the same: copies of one story) and their dates (when both are
// known) lie within a window; how well they fit is scored from participant overlap, date closeness,
// place and wording. A differing place does not keep outlets apart: outlets that disagree on the place
// are exactly what the ledger surfaces. Several sentences of one article join when they report the
// same kind of event on the same day, at the same place or with a participant in common, and nothing
// they state differs. Every sentence ends up in one group: an event only one article reports is a
// group of that article's sentence(s), so each event takes one accept. A sentence that gives no date
// of its own (a toll, the crews sent, an epicentre) continues its article's report: it joins the
// group of the article's first dated sentence of the same kind (its lead) when nothing it names
// keeps it apart.
import type { EventKind } from "@kroscek/schema";
import { localSortOfName, placeExtentOfName } from "../rules/places";
import { groupReasons } from "./reasons";
import { dateLabel, gapDaysMs } from "./spans";
import type { EventGroup, GroupCandidate, GroupOptions, NamedRef } from "./types";

const WEIGHTS = { participants: 0.35, date: 0.3, place: 0.15, text: 0.2 };
/** Wording this alike pairs two articles' sentences without a shared participant (copies of one story). */
const COPY_WORDING = 0.6;
const STOP = new Set(
  `yang dan di ke dari pada dalam untuk dengan itu ini akan telah sudah juga oleh para kata the and of to in on at for with that this was were has have had said from by`.split(
    " ",
  ),
);

/** Content words of a sentence, for the wording similarity. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu))
    if (m[0].length >= 3 && !STOP.has(m[0])) out.add(m[0]);
  return out;
}

/** Words of the shorter sentence found in the longer, for copies that drop a few words. */
const overlap = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < 6) return 0;
  let both = 0;
  for (const x of small) if (large.has(x)) both++;
  return both / small.size;
};
/** Share of the shorter sentence's words an edited copy keeps. */
const COPY_OVERLAP = 0.85;

const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
};

interface Prepared extends GroupCandidate {
  start: number;
  words: Set<string>;
  people: Set<string>;
  /** Midpoint of the date interval (ms), for the date-window index. */
  mid: number | null;
  /** The date interval's instants (ms), parsed once. */
  span: [number, number] | null;
}

/**
 * Whether two different places of one article can be one event's: one lies within the other (a
 * city in its country, a street or a building in the city the article gives) or they are local
 * places of different sorts (a building on its road, a road in its district). Two buildings, two
 * villages, two roads or two cities are different places.
 */
export function placesNest(a: string, b: string): boolean {
  const x = placeExtentOfName(a);
  const y = placeExtentOfName(b);
  if (x.level === "country" && y.level !== "country")
    return x.countryCode === y.countryCode || y.level === "local";
  if (y.level === "country" && x.level !== "country")
    return x.countryCode === y.countryCode || x.level === "local";
  if ((x.level === "local") !== (y.level === "local")) return true;
  if (x.level === "local" && y.level === "local") return localSortOfName(a) !== localSortOfName(b);
  return false;
}

const sameOrNested = (a: Prepared, b: Prepared) => {
  const r = placeRelation(a, b);
  return r === "same" || r === "nested";
};

/** Whether two sentences' places are the same, nested, or differ (null when one gives none). */
function placeRelation(a: Prepared, b: Prepared): "same" | "nested" | "other" | null {
  if (!a.place || !b.place) return null;
  if (a.place.key === b.place.key) return "same";
  return placesNest(a.place.name, b.place.name) ? "nested" : "other";
}

export interface PairScore {
  score: number;
  text: number;
  gap: number | null;
}

/**
 * Whether two sentences of one article report one event: same kind, not different days, no two
 * disjoint participant lists, no two different places (a place within the other, or a building and
 * its road, is not different: "in Samarinda, yesterday" and "on Jalan Pemuda on Sunday morning"),
 * and something positive in common (the same day, the same place or a participant).
 */
function sameArticlePair(a: Prepared, b: Prepared, gap: number | null, shared: number, text: number) {
  if (gap !== null && gap > 0) return null;
  if (a.people.size > 0 && b.people.size > 0 && shared === 0) return null;
  const relation = placeRelation(a, b);
  if (relation === "other") return null;
  const samePlace = relation === "same";
  const sameDay = gap === 0;
  if (!sameDay && !samePlace && shared === 0) return null;
  const participants = shared > 0 ? shared / (a.people.size + b.people.size - shared) : 0.5;
  const score =
    WEIGHTS.participants * participants +
    WEIGHTS.date * (sameDay ? 1 : 0.5) +
    WEIGHTS.place * (samePlace ? 1 : 0.5) +
    WEIGHTS.text * text;
  return { score, text, gap };
}

/** Wording alike enough for a copy of one story: most words shared, or an edited copy's words kept. */
const copyWording = (a: Prepared, b: Prepared, text: number) =>
  text >= COPY_WORDING || overlap(a.words, b.words) >= COPY_OVERLAP;

/**
 * Whether two sentences could sit in one group, asked of every pair when groups merge (what joins
 * them is asked of the pair that merges them): of one article, they must report one event; of two
 * articles, the same kind within the window, and not two disjoint participant lists unless worded
 * as copies. A differing place does not keep outlets apart.
 */
function compatible(a: Prepared, b: Prepared, windowDays: number): boolean {
  if (a.kind !== b.kind) return false;
  if (a.articleId === b.articleId) return pairScore(a, b, windowDays) !== null;
  if (a.span && b.span && gapDaysMs(a.span[0], a.span[1], b.span[0], b.span[1]) > windowDays) return false;
  if (a.people.size > 0 && b.people.size > 0) {
    for (const p of a.people) if (b.people.has(p)) return true;
    return copyWording(a, b, jaccard(a.words, b.words));
  }
  return true;
}

/** Words of a happening still to come. */
const FUTURE =
  /\b(?:akan|bakal|hendak|berencana|will|would|shall|plans? to|is to|are to|is due to|are due to)\b/iu;

/**
 * Whether a sentence with no date of its own can continue its article's lead (a dated sentence of
 * the same kind): no disjoint participant lists, and no place that differs from the lead's, except
 * two areas (a flood reaching another village, a storm's toll in another province). A statement
 * continues only a statement by someone it names in common: different speakers make different
 * statements. A sentence about what will happen ("akan", "would sign") tells of another happening.
 */
function continues(detail: Prepared, lead: Prepared): boolean {
  if (detail.kind !== lead.kind || detail.articleId !== lead.articleId || detail.span) return false;
  if (FUTURE.test(detail.text)) return false;
  const shared = [...detail.people].some((p) => lead.people.has(p));
  if (detail.people.size > 0 && lead.people.size > 0 && !shared) return false;
  if (detail.kind === "statement" && !shared) return false;
  const relation = placeRelation(detail, lead);
  if (relation !== "other") return true;
  const name = (p: NamedRef | null) => p?.name ?? "";
  return [name(detail.place), name(lead.place)].every(
    (n) => placeExtentOfName(n).level === "local" && localSortOfName(n) === "area",
  );
}

/** How well two sentences fit one event, or null when they cannot be one event. */
export function pairScore(a: Prepared, b: Prepared, windowDays: number): PairScore | null {
  if (a.kind !== b.kind) return null;
  let shared = 0;
  for (const p of a.people) if (b.people.has(p)) shared++;
  const gap = a.span && b.span ? gapDaysMs(a.span[0], a.span[1], b.span[0], b.span[1]) : null;
  if (a.articleId !== b.articleId && gap !== null && gap > windowDays) return null;
  const text = jaccard(a.words, b.words);
  if (a.articleId === b.articleId) return sameArticlePair(a, b, gap, shared, text);
  // A happening no one takes part in by name (a flood, a fire, a landslide) is told apart by its
  // day and place: two outlets giving the same day and the same (or a nesting) place report one.
  const sitePair =
    shared === 0 && (a.people.size === 0 || b.people.size === 0) && gap === 0 && sameOrNested(a, b);
  if (shared === 0 && !sitePair && !copyWording(a, b, text)) return null;
  const union = a.people.size + b.people.size - shared;
  const participants = union === 0 || sitePair ? 0.5 : shared / union;
  const date = gap === null ? 0.5 : 1 - gap / (windowDays + 1);
  const place = a.place && b.place ? (a.place.key === b.place.key ? 1 : 0.2) : 0.5;
  const score =
    WEIGHTS.participants * participants + WEIGHTS.date * date + WEIGHTS.place * place + WEIGHTS.text * text;
  return { score, text, gap };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const DAY = 86_400_000;
/** Words (or participants, for undated sentences) shared by more candidates than this index no pairs. */
const MAX_WORD_BUCKET = 64;

/**
 * The pairs worth scoring, without comparing every sentence with every other: sentences of one
 * article; sentences naming a participant in common whose dates lie within the window (found by
 * sorting each participant's sentences by date; an undated one only when at most 64 sentences
 * name that participant); and sentences sharing one of their rarest words
 * (near-copies of one story). Each pair appears once, `i < j`.
 */
function candidatePairs(items: readonly Prepared[], windowDays: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const seen = new Set<number>();
  const add = (x: number, y: number) => {
    const [i, j] = x < y ? [x, y] : [y, x];
    const id = i * items.length + j;
    if (i === j || seen.has(id)) return;
    seen.add(id);
    out.push([i, j]);
  };
  const index = (key: (it: Prepared) => Iterable<string>) => {
    const map = new Map<string, number[]>();
    items.forEach((it, i) => {
      for (const k of key(it)) {
        const list = map.get(k);
        if (list) list.push(i);
        else map.set(k, [i]);
      }
    });
    return map;
  };
  for (const list of index((it) => [it.articleId]).values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) add(list[x] as number, list[y] as number);
  const reach = (windowDays + 1) * DAY;
  for (const list of index((it) => it.people).values()) {
    const dated = list
      .filter((i) => items[i]?.mid !== null)
      .sort((x, y) => (items[x]?.mid ?? 0) - (items[y]?.mid ?? 0));
    const undated = list.filter((i) => items[i]?.mid === null);
    for (let x = 0; x < dated.length; x++)
      for (let y = x + 1; y < dated.length; y++) {
        const i = dated[x] as number;
        const j = dated[y] as number;
        // Sorted by date: once the next one lies beyond the window (plus a month's width), stop.
        if ((items[j]?.mid ?? 0) - (items[i]?.mid ?? 0) > reach + 31 * DAY) break;
        add(i, j);
      }
    // An undated sentence is compared with every sentence naming the same participant, unless
    // that participant is in too many stories to tell them apart without a date.
    if (list.length <= MAX_WORD_BUCKET) for (const u of undated) for (const i of list) add(u, i);
  }
  // Sentences with no named participant, by their place: a flood or a fire two outlets report.
  // (the same place key, or the same calendar day, where the places may nest: a port and its regency).
  const dayOf = (it: Prepared) => (it.span ? `day:${Math.floor((it.span[0] + DAY / 2) / DAY)}` : null);
  const siteKeys = (it: Prepared) => {
    if (!it.place || it.people.size > 0) return [];
    const day = dayOf(it);
    return day ? [it.place.key, day] : [it.place.key];
  };
  for (const list of index(siteKeys).values())
    if (list.length <= MAX_WORD_BUCKET)
      for (let x = 0; x < list.length; x++)
        for (let y = x + 1; y < list.length; y++) add(list[x] as number, list[y] as number);
  const df = new Map<string, number>();
  for (const it of items) for (const w of it.words) df.set(w, (df.get(w) ?? 0) + 1);
  // A word no other sentence has pairs nothing: the rarest words shared with at least one other.
  const rarest = (it: Prepared) =>
    [...it.words]
      .filter((w) => (df.get(w) ?? 0) >= 2)
      .sort((x, y) => (df.get(x) ?? 0) - (df.get(y) ?? 0) || (x < y ? -1 : 1))
      .slice(0, 3);
  for (const list of index(rarest).values())
    if (list.length <= MAX_WORD_BUCKET)
      for (let x = 0; x < list.length; x++)
        for (let y = x + 1; y < list.length; y++) add(list[x] as number, list[y] as number);
  return out;
}

/**
 * Groups claim suggestions that probably report one event: pairs above `minScore` are merged best
 * first, as long as every pair in a group could be one event. Every candidate is in exactly one
 * group (a sentence nothing joins is a group of its own); members and groups come out in a stable
 * order, groups several outlets report first.
 */
export function groupEventCandidates(
  candidates: readonly GroupCandidate[],
  options: GroupOptions = {},
): EventGroup[] {
  const windowDays = options.windowDays ?? 3;
  const minScore = options.minScore ?? 0.45;
  const items: Prepared[] = [...candidates]
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .map((c) => ({
      ...c,
      words: contentWords(c.text),
      people: new Set(c.participants.map((p) => p.key)),
      start: c.start ?? 0,
      mid: c.date ? (Date.parse(c.date.start) + Date.parse(c.date.end)) / 2 : null,
      span: c.date ? [Date.parse(c.date.start), Date.parse(c.date.end)] : null,
    }));
  // Whether two candidates could be one event, remembered: merging asks it of every pair of members.
  const fitMemo = new Map<number, boolean>();
  const couldBeOne = (x: number, y: number) => {
    const id = x < y ? x * items.length + y : y * items.length + x;
    let ok = fitMemo.get(id);
    if (ok === undefined) {
      ok = compatible(items[x] as Prepared, items[y] as Prepared, windowDays);
      fitMemo.set(id, ok);
    }
    return ok;
  };
  const pairs: Array<{ i: number; j: number; s: PairScore }> = [];
  for (const [i, j] of candidatePairs(items, windowDays)) {
    const s = pairScore(items[i] as Prepared, items[j] as Prepared, windowDays);
    if (s && s.score >= minScore) pairs.push({ i, j, s });
  }
  pairs.sort((p, q) => q.s.score - p.s.score || p.i - q.i || p.j - q.j);
  const groupOf = items.map((_, i) => i);
  const members = new Map<number, number[]>(items.map((_, i) => [i, [i]]));
  const find = (i: number): number => {
    let r = i;
    while (groupOf[r] !== r) r = groupOf[r] as number;
    return r;
  };
  for (const { i, j } of pairs) {
    const gi = find(i);
    const gj = find(j);
    if (gi === gj) continue;
    const a = members.get(gi) as number[];
    const b = members.get(gj) as number[];
    const fits = a.every((x) => b.every((y) => couldBeOne(x, y)));
    if (!fits) continue;
    groupOf[gj] = gi;
    members.set(gi, [...a, ...b]);
    members.delete(gj);
  }
  // Sentences with no date of their own continue their article's lead: a group whose members are
  // all undated joins the group holding the first dated sentence of the same kind in each of its
  // articles, when that is one group and every member fits it.
  const continued = new Set<number>();
  const leadOf = new Map<string, number>();
  items.forEach((it, i) => {
    if (!it.span) return;
    const k = `${it.articleId}\u0000${it.kind}`;
    const prev = leadOf.get(k);
    if (prev === undefined || it.start < (items[prev] as Prepared).start) leadOf.set(k, i);
  });
  for (const root of [...members.keys()]) {
    const list = members.get(root) as number[];
    if (list.some((i) => items[i]?.span)) continue;
    const leads = new Set(
      list.map((i) => {
        const it = items[i] as Prepared;
        const lead = leadOf.get(`${it.articleId}\u0000${it.kind}`);
        return lead === undefined ? -1 : find(lead);
      }),
    );
    if (leads.size !== 1 || leads.has(-1)) continue;
    const target = [...leads][0] as number;
    const into = members.get(target) as number[];
    // Each detail must continue its lead and every dated sentence of its article in the group, and
    // fit every other article's sentence as any two outlets' sentences must.
    const fits = list.every((x) => {
      const it = items[x] as Prepared;
      const lead = items[leadOf.get(`${it.articleId}\u0000${it.kind}`) as number] as Prepared;
      if (!continues(it, lead)) return false;
      return into.every((y) => {
        const other = items[y] as Prepared;
        if (other.articleId !== it.articleId) return compatible(it, other, windowDays);
        return !other.span || continues(it, other);
      });
    });
    if (!fits) continue;
    for (const x of list) continued.add(x);
    groupOf[root] = target;
    members.set(target, [...into, ...list]);
    members.delete(root);
  }
  const out: Array<EventGroup & { articles: number }> = [];
  for (const list of members.values()) {
    const group = list.map((i) => items[i] as Prepared).sort((x, y) => (x.key < y.key ? -1 : 1));
    const articles = new Set(group.map((g) => g.articleId)).size;
    const kind = (group[0] as Prepared).kind as EventKind;
    const scores: PairScore[] = [];
    for (let x = 0; x < group.length; x++)
      for (let y = x + 1; y < group.length; y++) {
        const s = pairScore(group[x] as Prepared, group[y] as Prepared, windowDays);
        if (s) scores.push(s);
      }
    const text = scores.length ? scores.reduce((t, s) => t + s.text, 0) / scores.length : 0;
    out.push({
      kind,
      title: proposedTitle(group),
      score: round(
        articles > 1
          ? Math.min(1, scores.reduce((t, s) => t + s.score, 0) / scores.length)
          : oneArticleScore(group),
      ),
      reasons: groupReasons(group, kind, text, windowDays, list.filter((i) => continued.has(i)).length),
      members: group.map((g) => g.id),
      articles,
    });
  }
  return out
    .sort(
      (x, y) =>
        Number(y.articles > 1) - Number(x.articles > 1) ||
        y.score - x.score ||
        (x.members[0] as string).localeCompare(y.members[0] as string),
    )
    .map(({ articles: _articles, ...g }) => g);
}

/**
 * An event only one article reports: nothing corroborates it, so its score only says how much the
 * sentences state (0.1, plus 0.1 each for a date, a place and participants), at most 0.4: below any
 * group several outlets share.
 */
function oneArticleScore(group: readonly Prepared[]): number {
  const stated = [
    group.some((g) => g.date),
    group.some((g) => g.place),
    group.some((g) => g.people.size > 0),
  ].filter(Boolean).length;
  return 0.1 + 0.1 * stated;
}

/** The most frequent value of a list (first seen wins a tie). */
function mode<T>(values: readonly T[], key: (v: T) => string): T | null {
  const counts = new Map<string, { v: T; n: number }>();
  for (const v of values) {
    const k = key(v);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { v, n: 1 });
  }
  let best: { v: T; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.v ?? null;
}

/**
 * A title in no particular language: the participants most members name, the place most give and
 * the date most state ("Vladimir Putin – Kim Jong-un · Vladivostok · 2023-09-12").
 */
function proposedTitle(group: readonly Prepared[]): string {
  const oneArticle = new Set(group.map((g) => g.articleId)).size === 1;
  const counts = new Map<string, { name: string; n: number; first: number }>();
  group.forEach((g, gi) => {
    for (const p of g.participants) {
      const c = counts.get(p.key) ?? { name: p.name, n: 0, first: gi * 100 + g.participants.indexOf(p) };
      c.n++;
      counts.set(p.key, c);
    }
  });
  const people = [...counts.values()]
    .filter((c) => c.n >= 2 || counts.size <= 2 || oneArticle)
    .sort((a, b) => b.n - a.n || a.first - b.first)
    .slice(0, 3)
    .map((c) => c.name);
  const place = mode(
    group.flatMap((g) => (g.place ? [g.place] : [])),
    (p) => p.key,
  );
  const date = mode(
    group.flatMap((g) => (g.date ? [g.date] : [])),
    dateLabel,
  );
  return [people.join(" – "), place?.name, date ? dateLabel(date) : null].filter(Boolean).join(" · ");
}
