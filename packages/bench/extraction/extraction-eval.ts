// Precision, recall and F1 of assisted extraction against a hand-annotated gold set.
//   pnpm exec tsx packages/bench/extraction/extraction-eval.ts [--set seed|heldout|heldout-2|heldout-3|heldout-4|heldout-5|heldout-6|heldout-7|heldout-8|heldout-9|heldout-10|heldout-11|heldout-12] [--verbose]
// Dates match on span overlap + the same interval (local calendar days of the article's zone and
// precision; unresolved matches unresolved); attributions on span overlap + the same class; entity
// mentions on span overlap + the same entity; places on span overlap. Claims are scored slot by
// slot: a gold claim is matched by the suggestion whose span overlaps its anchor, and its date,
// place and each participant count as one item each; every slot value of an unmatched suggestion
// is a false positive. Matching is one-to-one, in text order.
import { canonicalWireName, extractArticle } from "@kroscek/core";
import { scoreClaims } from "./extraction-claims";
import { type GoldArticle, type GoldSetName, ledgerAliases, loadGold } from "./extraction-gold";
import { type ExtractionLike, placesOf, sameDay, zoneOf } from "./extraction-support";

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

export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export const KINDS = ["claims", "places", "dates", "attributions", "entities"] as const;
export type Kind = (typeof KINDS)[number];

export interface Evaluation {
  /** Null where the set annotates nothing of that kind (the seed set has no places or claims). */
  scores: Record<Kind, Score | null>;
  /** Articles whose wire credit (or its absence) the extraction gets right, of those annotated. */
  wire: { right: number; of: number };
  /** Suggestion and attribution spans that contain a gold spam token (must be 0). */
  spamInSpans: number;
  errors: string[];
}

export function evaluate(
  set: GoldSetName = "seed",
  articles: readonly GoldArticle[] = loadGold(set),
): Evaluation {
  const aliases = ledgerAliases(set);
  const totals: Record<Kind, [number, number, number] | null> = {
    claims: null,
    places: null,
    dates: [0, 0, 0],
    attributions: [0, 0, 0],
    entities: [0, 0, 0],
  };
  const add = (kind: Kind, tp: number, fp: number, fn: number) => {
    totals[kind] ??= [0, 0, 0];
    const t = totals[kind];
    t[0] += tp;
    t[1] += fp;
    t[2] += fn;
  };
  const errors: string[] = [];
  const wire = { right: 0, of: 0 };
  let spamInSpans = 0;
  for (const a of articles) {
    const x = extractArticle(a.body, {
      publishedAt: a.publishedAt,
      timeZone: a.timeZone ?? undefined,
      aliases,
    }) as ExtractionLike;
    const zone = zoneOf(a);
    const tag = a.file.slice(0, 3);
    const parts = {
      dates: match(a.dates, x.dates, (g, p) => sameDay(g.interval, p, zone)),
      attributions: match(a.attributions, x.attributions, (g, p) => g.kind === p.kind),
      entities: match(a.entities, x.entities, (g, p) => g.entity === p.entityId),
      ...(a.places ? { places: match(a.places, placesOf(x, aliases), () => true) } : {}),
    };
    for (const [name, r] of Object.entries(parts) as Array<[Kind, (typeof parts)["dates"]]>) {
      add(name, r.tp, r.spurious.length, r.missed.length);
      for (const m of r.missed) errors.push(`${tag} ${name} missed: '${m.text}'`);
      for (const s of r.spurious) {
        const extra =
          "kind" in s ? ` (${String(s.kind)})` : "entityId" in s ? ` (${String(s.entityId)})` : "";
        errors.push(`${tag} ${name} spurious: '${s.text}'${extra}`);
      }
    }
    if (a.claims) {
      const c = scoreClaims(a.claims, x, zone);
      add("claims", c.tp, c.fp, c.fn);
      for (const e of c.errors) errors.push(`${tag} claims ${e}`);
    }
    if (a.wire !== undefined) {
      wire.of++;
      // The article's credit: what extraction reports, else the first wire attribution it found.
      const cue = x.attributions.find((t) => t.kind === "wire");
      const named =
        x.wire !== undefined ? x.wire : cue ? canonicalWireName(cue.speaker?.text ?? cue.text) : null;
      if (named === a.wire) wire.right++;
      else errors.push(`${tag} wire: expected ${a.wire ?? "none"}, got ${named ?? "none"}`);
    }
    const spans = [...x.claims, ...x.attributions];
    for (const s of a.spam)
      for (const p of spans)
        if (p.start < s.end && p.end > s.start) {
          spamInSpans++;
          errors.push(`${tag} spam '${s.text}' inside '${p.text.slice(0, 60)}'`);
        }
  }
  const scores = Object.fromEntries(
    KINDS.map((k) => [k, totals[k] ? score(...(totals[k] as [number, number, number])) : null]),
  ) as Record<Kind, Score | null>;
  return { scores, wire, spamInSpans, errors };
}

const HELD_OUT_TARGETS = { claims: 0.85, places: 0.9, dates: 0.95, attributions: 0.9 };
const TARGETS: Record<GoldSetName, Partial<Record<Kind, number>>> = {
  seed: { dates: 0.9, attributions: 0.9, entities: 0.85 },
  heldout: HELD_OUT_TARGETS,
  "heldout-2": HELD_OUT_TARGETS,
  "heldout-3": HELD_OUT_TARGETS,
  "heldout-4": HELD_OUT_TARGETS,
  "heldout-5": HELD_OUT_TARGETS,
  "heldout-6": HELD_OUT_TARGETS,
  "heldout-7": HELD_OUT_TARGETS,
  "heldout-8": HELD_OUT_TARGETS,
  "heldout-9": HELD_OUT_TARGETS,
  "heldout-10": HELD_OUT_TARGETS,
  "heldout-11": HELD_OUT_TARGETS,
  "heldout-12": HELD_OUT_TARGETS,
};

function main() {
  const i = process.argv.indexOf("--set");
  const set = (i === -1 ? "seed" : process.argv[i + 1]) as GoldSetName;
  if (!(set in TARGETS)) throw new Error(`unknown set '${set}' (${Object.keys(TARGETS).join(", ")})`);
  const result = evaluate(set);
  const f = (n: number) => n.toFixed(3);
  console.log(`set: ${set}`);
  console.log("category       tp   fp   fn  precision  recall     F1  target");
  for (const name of KINDS) {
    const r = result.scores[name];
    if (!r) continue;
    const target = TARGETS[set][name];
    const ok = target === undefined ? "" : `≥${target} ${r.f1 >= target ? "met" : "MISSED"}`;
    console.log(
      `${name.padEnd(13)} ${String(r.tp).padStart(3)}  ${String(r.fp).padStart(3)}  ${String(r.fn).padStart(3)}  ${f(r.precision).padStart(9)}  ${f(r.recall).padStart(6)}  ${f(r.f1).padStart(5)}  ${ok}`,
    );
  }
  if (result.wire.of) console.log(`wire credits right: ${result.wire.right}/${result.wire.of}`);
  console.log(`spam tokens inside suggestion or attribution spans: ${result.spamInSpans}`);
  if (process.argv.includes("--verbose")) for (const e of result.errors) console.log(e);
  else if (result.errors.length) console.log(`(${result.errors.length} errors; --verbose lists them)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
