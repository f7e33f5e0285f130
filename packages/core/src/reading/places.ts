// Places in a quote. Today: the workspace's place and country entities through their aliases,
// and capitalised names the extractor proposes as places ("Kota Vladivostok", "Istana Kremlin").
// A gazetteer plugs in through `PlaceFinder`: its hits join these, known entities first.
import type { EntityMention, Extraction } from "../extraction";
import type { AliasIndex } from "../extraction/entities";

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

/** Finds places in a text (a gazetteer, for instance); called with the quote alone. */
export type PlaceFinder = (text: string) => QuotePlace[];

const PLACE_PREPOSITION = /(?:^|[\s(])(?:di|ke|dari|in|at|to|from|near|dekat)\s*$/iu;

/** Whether the words just before `start` introduce a place ("di", "in", "at"). */
export const afterPlacePreposition = (text: string, start: number) =>
  PLACE_PREPOSITION.test(text.slice(Math.max(0, start - 12), start));

/**
 * Places of a quote, best first: after a place preposition before elsewhere, known entities before
 * proposals. Countries count only after a preposition ("di Rusia"; "Rusia dan Korut" are parties).
 */
export function findQuotePlaces(
  text: string,
  extraction: Pick<Extraction, "entities" | "proposedEntities">,
  index: AliasIndex,
  extra?: PlaceFinder,
): QuotePlace[] {
  const found: Array<QuotePlace & { rank: number }> = [];
  const add = (p: QuotePlace, known: boolean) => {
    if (found.some((f) => f.start < p.end && p.start < f.end)) return;
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
    for (const s of g.mentions) add({ ...s, entityId: null, name: g.name }, false);
  }
  return found.sort((a, b) => a.rank - b.rank || a.start - b.start).map(({ rank: _rank, ...p }) => p);
}
