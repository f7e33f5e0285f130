// Loads a hand-annotated gold set and resolves its text-plus-occurrence spans into offsets of the
// stored bodies: "seed" (seed-gold.json over db/demo/articles, the texts the extractor was first
// built on) and "heldout" (heldout/, written and annotated before the extractor was changed again,
// see EXTRACTION.md) and "heldout-2" (heldout-2/, written after that tuning; development data
// since its failures were read) and "heldout-3" (heldout-3/, written and annotated before the next
// extractor change) and "heldout-4" (heldout-4/, written and annotated blind, before any change
// after heldout-3) and "heldout-5" (heldout-5/, written and annotated blind, before any change
// after heldout-4) and "heldout-6" (heldout-6/, written and annotated blind, before the extractor
// was run on it) and "heldout-7" (heldout-7/, likewise written and annotated blind) and "heldout-8"
// (heldout-8/, likewise) and "heldout-9" (heldout-9/, likewise) and "heldout-10" (heldout-10/, likewise) and "heldout-11" (heldout-11/, likewise) and "heldout-12" (heldout-12/, likewise). Shared by extraction-eval.ts, extraction-speed.ts and the bench test.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { EntityAlias } from "@kroscek/core";

const root = fileURLToPath(new URL("../../../", import.meta.url));

export type GoldSetName =
  | "seed"
  | "heldout"
  | "heldout-2"
  | "heldout-3"
  | "heldout-4"
  | "heldout-5"
  | "heldout-6"
  | "heldout-7"
  | "heldout-8"
  | "heldout-9"
  | "heldout-10"
  | "heldout-11"
  | "heldout-12";
/** A held-out set lives in <name>/ beside this file as gold.json, articles/ and ledger.json. */
const heldOut = (name: string) => ({
  gold: fileURLToPath(new URL(`./${name}/gold.json`, import.meta.url)),
  articles: fileURLToPath(new URL(`./${name}/articles/`, import.meta.url)),
  ledger: fileURLToPath(new URL(`./${name}/ledger.json`, import.meta.url)),
});
const SETS: Record<GoldSetName, { gold: string; articles: string; ledger: string }> = {
  seed: {
    gold: fileURLToPath(new URL("./seed-gold.json", import.meta.url)),
    articles: `${root}db/demo/articles/`,
    ledger: `${root}db/demo/ledger.json`,
  },
  heldout: heldOut("heldout"),
  // Written by another engineer after the extractor was tuned, never used to change it.
  "heldout-2": heldOut("heldout-2"),
  // Written and annotated before the extractor was changed after heldout-2 had been looked at.
  "heldout-3": heldOut("heldout-3"),
  // Written and annotated without reading the extractor, before it was run on them or changed again.
  "heldout-4": heldOut("heldout-4"),
  // Written and annotated without reading the extractor, before it was run on them or changed after heldout-4.
  "heldout-5": heldOut("heldout-5"),
  // Written and annotated without reading the extractor, before it was run on them.
  "heldout-6": heldOut("heldout-6"),
  // Written and annotated without reading the extractor, before it was run on them.
  "heldout-7": heldOut("heldout-7"),
  // Written and annotated without reading the extractor, before it was run on them.
  "heldout-8": heldOut("heldout-8"),
  // Written and annotated without reading the extractor, before it was run on them.
  "heldout-9": heldOut("heldout-9"),
  // Written and annotated without reading the extractor, before it was run on them.
  "heldout-10": heldOut("heldout-10"),
  // Written and annotated without reading the extractor, before it was run on them.
  "heldout-11": heldOut("heldout-11"),
  // Written and annotated without reading the extractor, before it was run on them.
  "heldout-12": heldOut("heldout-12"),
};

/** Every gold set, the seed first; the held-out sets are the others. */
export const GOLD_SETS = Object.keys(SETS) as GoldSetName[];
export const HELD_OUT_SETS = GOLD_SETS.filter((s) => s !== "seed");

export interface GoldInterval {
  start: string;
  end: string;
  precision: string;
}
interface RawSpan {
  text: string;
  occurrence?: number;
  all?: boolean;
}
/** A claim of the held-out gold: an anchor inside its sentence and the slots it states. */
interface RawClaim extends RawSpan {
  kind: string;
  date?: GoldInterval | "unresolved";
  place?: string[];
  participants?: string[];
  quantity?: { amount: number; unit: string };
}
interface RawArticle {
  publishedAt: string | null;
  /** Null: no zone was given, the stamp's own offset is the article's zone. */
  timeZone: string | null;
  dates: Array<RawSpan & { interval: GoldInterval | null }>;
  attributions: Array<RawSpan & { kind: string; speaker?: string | null; entity: string | null }>;
  entities: Array<RawSpan & { entity: string }>;
  otherNames?: string[];
  places?: RawSpan[];
  claims?: RawClaim[];
  wire?: string | null;
  spam?: RawSpan[];
}

export interface Span {
  start: number;
  end: number;
  text: string;
}
export interface GoldClaim extends Span {
  kind: string;
  date?: GoldInterval | "unresolved";
  place?: string[];
  participants?: string[];
}
export interface GoldArticle {
  file: string;
  body: string;
  publishedAt: string | null;
  /** The zone given with the article; null when only the stamp's offset says it. */
  timeZone: string | null;
  /** Null for the seed set, which annotates neither places nor claims. */
  places: Span[] | null;
  claims: GoldClaim[] | null;
  wire: string | null | undefined;
  spam: Span[];
  dates: Array<Span & { interval: GoldInterval | null }>;
  attributions: Array<Span & { kind: string; entity: string | null }>;
  entities: Array<Span & { entity: string }>;
  otherNames: string[];
}

function nth(body: string, text: string, n: number, file: string): Span {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = body.indexOf(text, at + 1);
    if (at === -1) throw new Error(`${file}: occurrence ${n} of '${text}' not found`);
  }
  return { start: at, end: at + text.length, text };
}

function wholeWords(body: string, text: string): Span[] {
  const out: Span[] = [];
  const edge = /[\p{L}\p{N}]/u;
  for (let at = body.indexOf(text); at !== -1; at = body.indexOf(text, at + 1)) {
    if (edge.test(body.charAt(at - 1)) || edge.test(body.charAt(at + text.length))) continue;
    out.push({ start: at, end: at + text.length, text });
  }
  return out;
}

/** Spans of `all` items (every whole-word occurrence) and single occurrences, longest first. */
function spansOf<T extends RawSpan>(
  body: string,
  file: string,
  items: readonly T[],
): Array<Span & { item: T }> {
  const out: Array<Span & { item: T }> = [];
  // Longer names first, so "Rusia" inside "Dewan Keamanan Rusia" is not a second mention.
  for (const e of [...items].sort((x, y) => y.text.length - x.text.length)) {
    const spans = e.all ? wholeWords(body, e.text) : [nth(body, e.text, e.occurrence ?? 0, file)];
    if (spans.length === 0) throw new Error(`${file}: '${e.text}' not found`);
    for (const s of spans)
      if (!out.some((g) => s.start < g.end && s.end > g.start)) out.push({ ...s, item: e });
  }
  return out.sort((x, y) => x.start - y.start);
}

export function loadGold(set: GoldSetName = "seed"): GoldArticle[] {
  const paths = SETS[set];
  const raw = JSON.parse(readFileSync(paths.gold, "utf8")) as { articles: Record<string, RawArticle> };
  return Object.entries(raw.articles).map(([file, a]) => {
    const body = readFileSync(`${paths.articles}${file}`, "utf8");
    const span = (s: RawSpan) => nth(body, s.text, s.occurrence ?? 0, file);
    const entities = spansOf(body, file, a.entities).map(({ item, ...s }) => ({ ...s, entity: item.entity }));
    return {
      file,
      body,
      publishedAt: a.publishedAt,
      timeZone: a.timeZone,
      dates: a.dates.map((d) => ({ ...span(d), interval: d.interval })),
      attributions: a.attributions.map((t) => ({ ...span(t), kind: t.kind, entity: t.entity })),
      entities,
      otherNames: a.otherNames ?? [],
      places: a.places ? spansOf(body, file, a.places).map(({ item: _item, ...s }) => s) : null,
      claims: a.claims
        ? a.claims.map((c) => {
            const { text: _t, occurrence: _o, quantity: _q, ...slots } = c;
            return { ...span(c), ...slots };
          })
        : null,
      wire: a.wire,
      spam: (a.spam ?? []).map(span),
    };
  });
}

/** The demo ledger's entities as extraction aliases (canonical name included), ids = ledger keys. */
export function ledgerAliases(set: GoldSetName = "seed"): EntityAlias[] {
  const ledger = JSON.parse(readFileSync(SETS[set].ledger, "utf8")) as {
    entities: Array<{ key: string; canonicalName: string; kind: EntityAlias["kind"]; aliases: string[] }>;
  };
  return ledger.entities.flatMap((e) =>
    [e.canonicalName, ...e.aliases].map((alias) => ({ entityId: e.key, alias, kind: e.kind })),
  );
}

/** The seed bodies, for building long benchmark texts. */
export function seedBodies(): string[] {
  return loadGold().map((a) => a.body);
}
