// Loads the hand-annotated seed gold (src/extraction/gold/seed-gold.json) and resolves its
// text-plus-occurrence spans into offsets of the stored bodies. Shared by extraction-eval.ts,
// extraction-speed.ts and the bench test.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { EntityAlias } from "../src/extraction";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const goldPath = fileURLToPath(new URL("../src/extraction/gold/seed-gold.json", import.meta.url));

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
interface RawArticle {
  publishedAt: string | null;
  timeZone: string;
  dates: Array<RawSpan & { interval: GoldInterval | null }>;
  attributions: Array<RawSpan & { kind: string; speaker: string | null; entity: string | null }>;
  entities: Array<RawSpan & { entity: string }>;
  otherNames: string[];
}

export interface Span {
  start: number;
  end: number;
  text: string;
}
export interface GoldArticle {
  file: string;
  body: string;
  publishedAt: string | null;
  timeZone: string;
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

export function loadGold(): GoldArticle[] {
  const raw = JSON.parse(readFileSync(goldPath, "utf8")) as { articles: Record<string, RawArticle> };
  return Object.entries(raw.articles).map(([file, a]) => {
    const body = readFileSync(`${root}db/demo/articles/${file}`, "utf8");
    const span = (s: RawSpan) => nth(body, s.text, s.occurrence ?? 0, file);
    // Longer names first, so "Rusia" inside "Dewan Keamanan Rusia" is not a second mention.
    const entities: GoldArticle["entities"] = [];
    for (const e of [...a.entities].sort((x, y) => y.text.length - x.text.length)) {
      const spans = e.all ? wholeWords(body, e.text) : [span(e)];
      if (spans.length === 0) throw new Error(`${file}: '${e.text}' not found`);
      for (const s of spans)
        if (!entities.some((g) => s.start < g.end && s.end > g.start))
          entities.push({ ...s, entity: e.entity });
    }
    return {
      file,
      body,
      publishedAt: a.publishedAt,
      timeZone: a.timeZone,
      dates: a.dates.map((d) => ({ ...span(d), interval: d.interval })),
      attributions: a.attributions.map((t) => ({ ...span(t), kind: t.kind, entity: t.entity })),
      entities: entities.sort((x, y) => x.start - y.start),
      otherNames: a.otherNames,
    };
  });
}

/** The demo ledger's entities as extraction aliases (canonical name included), ids = ledger keys. */
export function ledgerAliases(): EntityAlias[] {
  const ledger = JSON.parse(readFileSync(`${root}db/demo/ledger.json`, "utf8")) as {
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
