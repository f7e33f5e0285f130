// Precision, recall and F1 of assisted extraction against the hand-annotated seed gold.
//   pnpm exec tsx packages/core/bench/extraction-eval.ts [--verbose]
// Dates match on span overlap + the same interval (local calendar days and precision; unresolved
// matches unresolved); attributions on span overlap + the same class; entity mentions on span
// overlap + the same entity. Matching is one-to-one, in text order.
import { extractArticle } from "../src/extraction";
import { type GoldArticle, type GoldInterval, ledgerAliases, loadGold } from "./extraction-gold";

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && a.end > b.start;

function localDay(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(iso));
}

function match<G extends { start: number; end: number }, P extends { start: number; end: number }>(
  gold: readonly G[],
  predicted: readonly P[],
  same: (g: G, p: P) => boolean,
) {
  const used = new Set<number>();
  const missed: G[] = [];
  for (const g of gold) {
    const i = predicted.findIndex((p, k) => !used.has(k) && overlaps(g, p) && same(g, p));
    if (i === -1) missed.push(g);
    else used.add(i);
  }
  const spurious = predicted.filter((_, k) => !used.has(k));
  return { tp: used.size, missed, spurious };
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export interface Evaluation {
  dates: Score;
  attributions: Score;
  entities: Score;
  errors: string[];
}

export function evaluate(articles: readonly GoldArticle[] = loadGold()): Evaluation {
  const aliases = ledgerAliases();
  const totals = { dates: [0, 0, 0], attributions: [0, 0, 0], entities: [0, 0, 0] };
  const errors: string[] = [];
  for (const a of articles) {
    const x = extractArticle(a.body, { publishedAt: a.publishedAt, timeZone: a.timeZone, aliases });
    const sameInterval = (g: GoldInterval | null, p: (typeof x.dates)[number]) => {
      if (g === null) return p.interval === null;
      if (!p.interval) return false;
      return (
        localDay(p.interval.start, a.timeZone) === g.start &&
        localDay(p.interval.end, a.timeZone) === g.end &&
        p.interval.precision === g.precision
      );
    };
    const parts = {
      dates: match(a.dates, x.dates, (g, p) => sameInterval(g.interval, p)),
      attributions: match(a.attributions, x.attributions, (g, p) => g.kind === p.kind),
      entities: match(a.entities, x.entities, (g, p) => g.entity === p.entityId),
    };
    for (const [name, r] of Object.entries(parts) as Array<[keyof typeof totals, (typeof parts)["dates"]]>) {
      const t = totals[name];
      t[0] = (t[0] ?? 0) + r.tp;
      t[1] = (t[1] ?? 0) + r.spurious.length;
      t[2] = (t[2] ?? 0) + r.missed.length;
      for (const m of r.missed) errors.push(`${a.file.slice(0, 3)} ${name} missed: '${m.text}'`);
      for (const s of r.spurious) {
        const extra =
          "kind" in s ? ` (${String(s.kind)})` : "entityId" in s ? ` (${String(s.entityId)})` : "";
        errors.push(`${a.file.slice(0, 3)} ${name} spurious: '${s.text}'${extra}`);
      }
    }
  }
  const s = (t: number[]) => score(t[0] ?? 0, t[1] ?? 0, t[2] ?? 0);
  return {
    dates: s(totals.dates),
    attributions: s(totals.attributions),
    entities: s(totals.entities),
    errors,
  };
}

const TARGETS = { dates: 0.9, attributions: 0.9, entities: 0.85 };

function main() {
  const result = evaluate();
  const f = (n: number) => n.toFixed(3);
  console.log("category       tp   fp   fn  precision  recall     F1  target");
  for (const name of ["dates", "attributions", "entities"] as const) {
    const r = result[name];
    const ok = r.f1 >= TARGETS[name] ? "met" : "MISSED";
    console.log(
      `${name.padEnd(13)} ${String(r.tp).padStart(3)}  ${String(r.fp).padStart(3)}  ${String(r.fn).padStart(3)}  ${f(r.precision).padStart(9)}  ${f(r.recall).padStart(6)}  ${f(r.f1).padStart(5)}  ≥${TARGETS[name]} ${ok}`,
    );
  }
  if (process.argv.includes("--verbose")) for (const e of result.errors) console.log(e);
  else if (result.errors.length) console.log(`(${result.errors.length} errors; --verbose lists them)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
