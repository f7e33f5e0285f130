// The reasons of a same-event group, as codes with parameters and their Indonesian and English words.
import type { EventKind } from "@kroscek/schema";
import { dateLabel, widestGapDays } from "./spans";
import type { GroupCandidate, GroupReason } from "./types";

const KIND_WORDS: Record<EventKind, { id: string; en: string }> = {
  meeting: { id: "pertemuan", en: "meeting" },
  visit: { id: "kunjungan", en: "visit" },
  statement: { id: "pernyataan", en: "statement" },
  agreement: { id: "perjanjian", en: "agreement" },
  military_action: { id: "aksi militer", en: "military action" },
  other: { id: "peristiwa lain", en: "other event" },
};

const list = (names: readonly string[], and: string) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1]}`;

/** The reasons a group of sentences probably reports one event. */
export function groupReasons(
  group: readonly GroupCandidate[],
  kind: EventKind,
  textSimilarity: number,
  windowDays: number,
  continued = 0,
): GroupReason[] {
  const out: GroupReason[] = [];
  const k = KIND_WORDS[kind];
  const oneArticle = new Set(group.map((g) => g.articleId)).size === 1;
  if (oneArticle) {
    const n = group.length;
    out.push({
      code: "one_article",
      params: { kind, sentences: n },
      text:
        n === 1
          ? { id: `Hanya satu artikel melaporkan ${k.id} ini`, en: `Only one article reports this ${k.en}` }
          : {
              id: `${n} kalimat satu artikel melaporkan ${k.id} yang sama`,
              en: `${n} sentences of one article report the same ${k.en}`,
            },
    });
  } else
    out.push({
      code: "same_kind",
      params: { kind },
      text: { id: `Semua melaporkan ${k.id}`, en: `All report a ${k.en}` },
    });
  const named = new Map<string, { name: string; n: number }>();
  for (const g of group)
    for (const p of new Map(g.participants.map((x) => [x.key, x])).values()) {
      const c = named.get(p.key) ?? { name: p.name, n: 0 };
      c.n++;
      named.set(p.key, c);
    }
  const shared = [...named.values()].filter((c) => c.n >= 2 || oneArticle).map((c) => c.name);
  if (shared.length > 0 || !oneArticle)
    out.push({
      code: "shared_participants",
      params: { names: shared },
      text: { id: `Menyebut ${list(shared, "dan")}`, en: `Name ${list(shared, "and")}` },
    });
  const dated = group.flatMap((g) => (g.date ? [g.date] : []));
  if (dated.length === 1) {
    const day = dateLabel(dated[0] as GroupCandidate["date"] & object);
    out.push({
      code: "date_stated",
      params: { date: day },
      text: { id: `Tanggal: ${day}`, en: `Date: ${day}` },
    });
  } else if (dated.length >= 2) {
    const gap = widestGapDays(dated);
    if (gap === 0) {
      const day = dateLabel(dated[0] as GroupCandidate["date"] & object);
      out.push({
        code: "same_day",
        params: { date: day },
        text: { id: `Tanggal yang sama (${day})`, en: `The same date (${day})` },
      });
    } else
      out.push({
        code: "dates_within",
        params: { days: gap, window: windowDays },
        text: {
          id: `Tanggal berselisih ${gap} hari (batas ${windowDays} hari)`,
          en: `Dates ${gap} day${gap === 1 ? "" : "s"} apart (within ${windowDays})`,
        },
      });
  }
  const undated = group.length - dated.length;
  if (undated > 0)
    out.push({
      code: "date_unknown",
      params: { count: undated },
      text: {
        id: `${undated} kalimat tanpa tanggal`,
        en: `${undated} sentence${undated === 1 ? "" : "s"} without a date`,
      },
    });
  if (continued > 0)
    out.push({
      code: "continues_lead",
      params: { count: continued },
      text: {
        id: `${continued} kalimat tanpa tanggal sendiri melanjutkan berita utama artikelnya`,
        en: `${continued} sentence${continued === 1 ? "" : "s"} with no date of ${continued === 1 ? "its" : "their"} own continue${continued === 1 ? "s" : ""} ${continued === 1 ? "its" : "their"} article's lead`,
      },
    });
  const places = new Map(group.flatMap((g) => (g.place ? [[g.place.key, g.place.name] as const] : [])));
  if (places.size === 1) {
    const name = [...places.values()][0] as string;
    out.push({
      code: "same_place",
      params: { name },
      text: { id: `Tempat yang sama: ${name}`, en: `The same place: ${name}` },
    });
  } else if (places.size > 1) {
    const names = [...places.values()];
    out.push({
      code: "different_places",
      params: { names },
      text: { id: `Tempat berbeda: ${list(names, "dan")}`, en: `Different places: ${list(names, "and")}` },
    });
  } else
    out.push({
      code: "place_unknown",
      params: {},
      text: { id: "Tempat tidak disebut", en: "No place given" },
    });
  if (group.length === 1) return out;
  const pct = Math.round(textSimilarity * 100);
  out.push({
    code: "similar_text",
    params: { similarity: Math.round(textSimilarity * 100) / 100 },
    text: { id: `Kemiripan kata ${pct}%`, en: `Wording ${pct}% alike` },
  });
  return out;
}
