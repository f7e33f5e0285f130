// Synthetic truth-discovery sets in the shapes newsroom data takes, with the truth known for every
// object: numbers reported with noise and rounding, long-tailed source sizes (most sources make one
// or two claims), copiers, few claims per object, dates at mixed precision. Deterministic: one seed
// gives one data set. Every object is gold, so measured accuracy uses all of a source's claims.
import {
  type Claim,
  type DateInterval,
  dateContains,
  dateKey,
  dateSimilarity,
  dateWidthDays,
  numberClosenessSimilarity,
  numberHalfWidth,
} from "@kroscek/core";
import { seededRandom } from "@kroscek/core/bench-internals";
import type { Dataset } from "./datasets";

export type ValueKind = "category" | "number" | "date";

/** One generator shape. */
export interface Shape {
  name: string;
  kind: ValueKind;
  sources: number;
  objects: number;
  /** Total claims to aim for (before copies replace values). */
  claims: number;
  /** Source sizes: "even" (about claims/sources each) or "long-tail" (Zipf, exponent 1.1, min 1). */
  sizes: "even" | "long-tail";
  /** Source accuracies are uniform in [lo, hi]. */
  accuracy: [number, number];
  /** Share of sources that copy one of the ten largest sources. */
  copiers: number;
  /** Probability that a copier takes its original's value on an object both describe. */
  copyRate: number;
  seed: number;
}

export const SHAPES: readonly Shape[] = [
  {
    name: "numbers (noise + rounding)",
    kind: "number",
    sources: 100,
    objects: 3000,
    claims: 18000,
    sizes: "even",
    accuracy: [0.4, 0.95],
    copiers: 0,
    copyRate: 0,
    seed: 11,
  },
  {
    name: "long-tailed sources",
    kind: "category",
    sources: 1500,
    objects: 2000,
    claims: 10000,
    sizes: "long-tail",
    accuracy: [0.3, 0.95],
    copiers: 0,
    copyRate: 0,
    seed: 12,
  },
  {
    name: "copiers",
    kind: "category",
    sources: 80,
    objects: 2000,
    claims: 16000,
    sizes: "even",
    accuracy: [0.4, 0.95],
    copiers: 0.25,
    copyRate: 0.8,
    seed: 13,
  },
  {
    name: "few claims per object",
    kind: "category",
    sources: 200,
    objects: 4000,
    claims: 10000,
    sizes: "even",
    accuracy: [0.4, 0.95],
    copiers: 0,
    copyRate: 0,
    seed: 14,
  },
  {
    name: "dates at mixed precision",
    kind: "date",
    sources: 150,
    objects: 2500,
    claims: 15000,
    sizes: "even",
    accuracy: [0.4, 0.95],
    copiers: 0,
    copyRate: 0,
    seed: 15,
  },
  {
    name: "newsroom (all of the above, numbers)",
    kind: "number",
    sources: 1200,
    objects: 1500,
    claims: 6000,
    sizes: "long-tail",
    accuracy: [0.2, 0.9],
    copiers: 0.1,
    copyRate: 0.8,
    seed: 16,
  },
];

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function sizesOf(shape: Shape, rand: () => number): number[] {
  if (shape.sizes === "even") {
    const each = shape.claims / shape.sources;
    return Array.from({ length: shape.sources }, () => Math.max(1, Math.round(each * (0.5 + rand()))));
  }
  let norm = 0;
  for (let k = 1; k <= shape.sources; k++) norm += 1 / k ** 1.1;
  return Array.from({ length: shape.sources }, (_, k) =>
    Math.min(shape.objects, Math.max(1, Math.round(shape.claims / norm / (k + 1) ** 1.1))),
  );
}

/** Distinct random integers in [0, n): `k` of them (k <= n). */
function sample(n: number, k: number, rand: () => number): number[] {
  const picked = new Set<number>();
  while (picked.size < Math.min(k, n)) picked.add(Math.floor(rand() * n));
  return [...picked];
}

interface Truths<V> {
  truth: (o: number) => V;
  right: (o: number, rand: () => number) => V;
  wrong: (o: number, rand: () => number) => V;
  isRight: (o: number, v: V) => boolean;
}

function categoryTruths(): Truths<string> {
  return {
    truth: () => "t",
    right: () => "t",
    // A few popular wrong values per object, so errors can pile up as they do in news.
    wrong: (_o, rand) => {
      const r = rand();
      return r < 0.5 ? "w0" : r < 0.8 ? "w1" : `w${2 + Math.floor(rand() * 4)}`;
    },
    isRight: (_o, v) => v === "t",
  };
}

function roundTo(x: number, significant: number): number {
  if (x === 0) return 0;
  const p = 10 ** (Math.floor(Math.log10(Math.abs(x))) - significant + 1);
  return Math.round(x / p) * p;
}

function numberTruths(seed: number, objects: number): Truths<number> {
  const rand = seededRandom(seed * 7919 + 1);
  const truths = Array.from({ length: objects }, () => Math.round(10 ** (1 + 3 * rand())));
  // Two competing wrong figures per object (an old toll, a misread one), 10–60% off.
  const wrongs = truths.map((t) =>
    [0, 1].map(() => Math.round(t * (1 + (rand() < 0.5 ? -1 : 1) * (0.1 + 0.5 * rand())))),
  );
  const t = (o: number) => truths[o] as number;
  // A reported figure: exact, rounded to 2 or 3 significant digits, or off by up to 1%.
  const report = (x: number, rand: () => number) => {
    const r = rand();
    if (r < 0.5) return x;
    if (r < 0.7) return roundTo(x, 2);
    if (r < 0.85) return roundTo(x, 3);
    return Math.round(x * (1 + (rand() - 0.5) * 0.02));
  };
  return {
    truth: t,
    right: (o, rand) => report(t(o), rand),
    wrong: (o, rand) => report((wrongs[o] as number[])[rand() < 0.6 ? 0 : 1] as number, rand),
    // Right: within 1% of the truth, or within the rounding the figure is written with.
    isRight: (o, v) => Math.abs(v - t(o)) <= Math.max(0.01 * t(o), numberHalfWidth(v)),
  };
}

function dateTruths(seed: number, objects: number): Truths<DateInterval> {
  const rand = seededRandom(seed * 7919 + 2);
  const base = Date.UTC(2023, 0, 1);
  const days = Array.from({ length: objects }, () => base + Math.floor(rand() * 700) * DAY_MS);
  const at = (ms: number, precision: number): DateInterval => {
    const d = new Date(ms);
    if (precision < 0.6) return { start: iso(ms), end: iso(ms) };
    if (precision < 0.85) {
      const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
      const end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
      return { start: iso(start), end: iso(end) };
    }
    return { start: `${d.getUTCFullYear()}-01-01`, end: `${d.getUTCFullYear()}-12-31` };
  };
  const day = (o: number) => days[o] as number;
  // Wrong dates: a neighbouring day (a time-zone or reading slip) or a date weeks away.
  const wrongs = days.map((d) => [
    d + (rand() < 0.5 ? -1 : 1) * DAY_MS,
    d + (10 + Math.floor(rand() * 60)) * DAY_MS,
  ]);
  return {
    truth: (o) => at(day(o), 0),
    right: (o, rand) => at(day(o), rand()),
    wrong: (o, rand) => {
      const w = (wrongs[o] as number[])[rand() < 0.6 ? 0 : 1] as number;
      const v = at(w, rand() * 0.84);
      // A coarse wrong claim may still contain the truth; then it is a day claim instead.
      return dateContains(v, at(day(o), 0)) ? at(w, 0) : v;
    },
    isRight: (o, v) => {
      const t = at(day(o), 0);
      return dateKey(v) === dateKey(t) || dateContains(v, t);
    },
  };
}

/** Builds the data set of `shape`; `scale` multiplies sources, objects and claims. */
export function generate(shape: Shape, scale = 1): Dataset<unknown> & { trueAccuracy: Map<string, number> } {
  const s: Shape = {
    ...shape,
    sources: Math.max(2, Math.round(shape.sources * scale)),
    objects: Math.max(1, Math.round(shape.objects * scale)),
    claims: Math.round(shape.claims * scale),
  };
  const rand = seededRandom(s.seed);
  const truths = (
    s.kind === "number"
      ? numberTruths(s.seed, s.objects)
      : s.kind === "date"
        ? dateTruths(s.seed, s.objects)
        : categoryTruths()
  ) as Truths<unknown>;
  const sizes = sizesOf(s, rand);
  const accuracy = sizes.map(() => s.accuracy[0] + (s.accuracy[1] - s.accuracy[0]) * rand());
  const name = (i: number) => `s${String(i).padStart(5, "0")}`;
  // Sources are created largest first; copiers copy one of the ten largest.
  const copierOf = sizes.map((_, i) => (i >= 10 && rand() < s.copiers ? Math.floor(rand() * 10) : -1));
  const values = new Map<number, Map<number, unknown>>();
  const claims: Claim<unknown>[] = [];
  for (let i = 0; i < sizes.length; i++) {
    const own = new Map<number, unknown>();
    const original = copierOf[i] as number;
    const from = original >= 0 ? values.get(original) : undefined;
    const fromObjects = from ? [...from.keys()] : [];
    const size = sizes[i] as number;
    const picked = new Set<number>();
    // A copier takes most of its objects from its original's.
    if (from)
      for (const o of sample(fromObjects.length, Math.round(size * 0.8), rand))
        picked.add(fromObjects[o] as number);
    for (const o of sample(s.objects, size - picked.size, rand)) picked.add(o);
    for (const o of picked) {
      const copied = from?.has(o) && rand() < s.copyRate;
      const v = copied
        ? from?.get(o)
        : rand() < (accuracy[i] as number)
          ? truths.right(o, rand)
          : truths.wrong(o, rand);
      own.set(o, v);
      claims.push({ source: name(i), object: `o${o}`, value: v });
    }
    values.set(i, own);
  }
  const gold = new Map<string, unknown>();
  for (let o = 0; o < s.objects; o++) gold.set(`o${o}`, truths.truth(o));
  const objectIndex = (object: string) => Number(object.slice(1));
  const isRight = (object: string, v: unknown) => truths.isRight(objectIndex(object), v);
  const base = {
    claims,
    gold,
    skipped: 0,
    isRight,
    trueAccuracy: new Map(accuracy.map((a, i) => [name(i), a])),
  };
  if (s.kind === "number") {
    return {
      ...base,
      valueKey: (v: unknown) => String(v),
      similarity: numberClosenessSimilarity as (a: unknown, b: unknown) => number,
      width: (v: unknown) => 2 * numberHalfWidth(v as number),
    };
  }
  if (s.kind === "date") {
    const width = (v: unknown) => dateWidthDays(v as DateInterval);
    return {
      ...base,
      valueKey: (v: unknown) => dateKey(v as DateInterval),
      similarity: dateSimilarity as (a: unknown, b: unknown) => number,
      contains: dateContains as (a: unknown, b: unknown) => boolean,
      width,
      // The winner must be right and as precise as the most precise right value anyone claimed.
      isRightWinner: (object, v, claimed) => {
        if (!isRight(object, v)) return false;
        let finest = Number.POSITIVE_INFINITY;
        for (const c of claimed) if (isRight(object, c)) finest = Math.min(finest, width(c));
        return width(v) <= finest;
      },
    };
  }
  return {
    ...base,
    valueKey: (v: unknown) => String(v),
    similarity: (a: unknown, b: unknown) => (a === b ? 1 : 0),
  };
}
