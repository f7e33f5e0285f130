// Same-event suggestions: claim suggestions of different articles that probably report one
// real-world event. Two sentences can belong together when their event kind is the same, they name
// a participant in common and their dates (when both are known) lie within a window; how well they
// fit is scored from participant overlap, date closeness, place and wording. A differing place does
// not keep sentences apart: outlets that disagree on the place are exactly what the ledger surfaces.
import type { EventKind } from "@kroscek/schema";
import { groupReasons } from "./reasons";
import { dateLabel, gapDays } from "./spans";
import type { EventGroup, GroupCandidate, GroupOptions } from "./types";

const WEIGHTS = { participants: 0.35, date: 0.3, place: 0.15, text: 0.2 };
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

const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
};

interface Prepared extends GroupCandidate {
  words: Set<string>;
  people: Set<string>;
}

export interface PairScore {
  score: number;
  text: number;
  gap: number | null;
}

/** How well two sentences fit one event, or null when they cannot be one event. */
export function pairScore(a: Prepared, b: Prepared, windowDays: number): PairScore | null {
  if (a.articleId === b.articleId || a.kind !== b.kind) return null;
  const shared = [...a.people].filter((p) => b.people.has(p)).length;
  if (shared === 0) return null;
  const gap = a.date && b.date ? gapDays(a.date, b.date) : null;
  if (gap !== null && gap > windowDays) return null;
  const participants = shared / new Set([...a.people, ...b.people]).size;
  const date = gap === null ? 0.5 : 1 - gap / (windowDays + 1);
  const place = a.place && b.place ? (a.place.key === b.place.key ? 1 : 0.2) : 0.5;
  const text = jaccard(a.words, b.words);
  const score =
    WEIGHTS.participants * participants + WEIGHTS.date * date + WEIGHTS.place * place + WEIGHTS.text * text;
  return { score, text, gap };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Groups claim suggestions that probably report one event: pairs above `minScore` are merged best
 * first, as long as a group keeps one sentence per article and every pair in it could be one event.
 * Groups have at least two articles; members and groups come out in a stable order.
 */
export function groupEventCandidates(
  candidates: readonly GroupCandidate[],
  options: GroupOptions = {},
): EventGroup[] {
  const windowDays = options.windowDays ?? 3;
  const minScore = options.minScore ?? 0.45;
  const items: Prepared[] = [...candidates]
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .map((c) => ({ ...c, words: contentWords(c.text), people: new Set(c.participants.map((p) => p.key)) }));
  const pairs: Array<{ i: number; j: number; s: PairScore }> = [];
  // Candidates sharing no participant never pair: index them by participant to skip those pairs.
  const byPerson = new Map<string, number[]>();
  items.forEach((it, i) => {
    for (const p of it.people) byPerson.set(p, [...(byPerson.get(p) ?? []), i]);
  });
  const seen = new Set<number>();
  for (const list of byPerson.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x] as number;
        const j = list[y] as number;
        const id = i * items.length + j;
        if (seen.has(id)) continue;
        seen.add(id);
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
    const fits = a.every((x) =>
      b.every((y) => {
        const ix = items[x] as Prepared;
        const iy = items[y] as Prepared;
        return ix.articleId !== iy.articleId && pairScore(ix, iy, windowDays) !== null;
      }),
    );
    if (!fits) continue;
    groupOf[gj] = gi;
    members.set(gi, [...a, ...b]);
    members.delete(gj);
  }
  const out: EventGroup[] = [];
  for (const list of members.values()) {
    if (list.length < 2) continue;
    const group = list.map((i) => items[i] as Prepared).sort((x, y) => (x.key < y.key ? -1 : 1));
    const scores: PairScore[] = [];
    for (let x = 0; x < group.length; x++)
      for (let y = x + 1; y < group.length; y++) {
        const s = pairScore(group[x] as Prepared, group[y] as Prepared, windowDays);
        if (s) scores.push(s);
      }
    const score = scores.reduce((t, s) => t + s.score, 0) / scores.length;
    const text = scores.reduce((t, s) => t + s.text, 0) / scores.length;
    const kind = (group[0] as Prepared).kind as EventKind;
    out.push({
      kind,
      title: proposedTitle(group),
      score: round(Math.min(1, score)),
      reasons: groupReasons(group, kind, text, windowDays),
      members: group.map((g) => g.id),
    });
  }
  return out.sort(
    (x, y) => y.score - x.score || (x.members[0] as string).localeCompare(y.members[0] as string),
  );
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
  const counts = new Map<string, { name: string; n: number; first: number }>();
  group.forEach((g, gi) => {
    for (const p of g.participants) {
      const c = counts.get(p.key) ?? { name: p.name, n: 0, first: gi * 100 + g.participants.indexOf(p) };
      c.n++;
      counts.set(p.key, c);
    }
  });
  const people = [...counts.values()]
    .filter((c) => c.n >= 2 || counts.size <= 2)
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
