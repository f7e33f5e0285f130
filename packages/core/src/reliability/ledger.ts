// Maps the claim ledger onto the truth-discovery engine (DESIGN.md "Reliability scores"):
// - objects are event slots (`eventId/slot`), values the claims' typed values;
// - sources are outlets; an article crediting a wire adds the claim to the wire's source too and
//   declares the outlet a copier of the wire, so a wire story carried by many outlets counts about
//   once (the wire in full, each copy discounted by the engine's copy probability);
// - articles in one copy group (near-identical texts) without a wire credit: the earliest
//   article's outlet stands as the original and the others are declared its copiers;
// - claims with a PUBLISHED verdict rated true-ish fix their value as the truth of their object;
// - articles of an outlet of kind `unknown` (no printed outlet) are each their own source
//   (`article:<id>`): unrelated articles without an outlet are never pooled into one source.
// Stances: only `asserts` gives a value. `denies` of an `occurred` claim asserts the opposite
// occurrence; a denial of any other slot says "not this value" without naming one, which the
// engine cannot express, so it is left out; `reports_unconfirmed` is reporting, not vouching, and is
// left out too. Both still count in the outlet's sourcing shares.
import type { AttributionKind, ClaimValue, OutletKind, Stance } from "@kroscek/schema";
import { canonicalWireName, wiresInCredit } from "../rules/wire";
import type { Claim, ClaimColumns, CopyRelation, FixedTruth, TruthInput, TruthParams } from "../truth/types";
import { type AssertionRows, arrayRows } from "./rows";
import {
  type ClosenessConfig,
  claimValueCloseness,
  claimValueContains,
  claimValueKey,
  claimValueWidth,
} from "./values";

export interface LedgerOutlet {
  id: string;
  name: string;
  kind: OutletKind;
}

export interface LedgerAssertion {
  articleId: string;
  outletId: string;
  eventId: string;
  value: ClaimValue;
  stance: Stance;
  attributionKind: AttributionKind;
  wireCredit: string | null;
  copyGroupId: string | null;
  /** Publication time in ms, or null; picks the original of a copy group. */
  publishedAt: number | null;
}

export interface LedgerVerdict {
  claimId: string;
  eventId: string;
  value: ClaimValue;
  /** ClaimReview rating of the verdict's label on the workspace scale. */
  ratingValue: number;
}

/** Verdicts rated at least this (on the default 1–5 scale: "mostly true" and "true") fix a truth. */
export const FIXED_TRUTH_MIN_RATING = 4;

/** The object of a claim: one slot of one event. */
export const objectOf = (eventId: string, slot: string) => `${eventId}/${slot}`;

// One shared value each, so a million denials are two values, not a million.
const OCCURRED: ClaimValue = Object.freeze({ slot: "occurred", occurred: true });
const NOT_OCCURRED: ClaimValue = Object.freeze({ slot: "occurred", occurred: false });

/** The value an assertion contributes to the engine, or null (see the stance rules above). */
export function engineValue(a: Pick<LedgerAssertion, "stance" | "value">): ClaimValue | null {
  if (a.stance === "asserts") return a.value;
  if (a.stance === "denies" && a.value.slot === "occurred") return a.value.occurred ? NOT_OCCURRED : OCCURRED;
  return null;
}

/** The canonical wire an article credits ("sumber: reuters" → "Reuters"), or the credit folded. */
export function wireOf(credit: string | null): string | null {
  if (!credit?.trim()) return null;
  return wiresInCredit(credit)[0] ?? credit.trim().toLowerCase().replace(/\s+/g, " ");
}

export interface LedgerInput {
  input: TruthInput<ClaimValue>;
  /** Sources that are wires with no outlet of their own in the workspace, e.g. `wire:Reuters`. */
  virtualWires: string[];
  /** Per wire outlet, the event slots it holds only through other outlets' wire-credited copies. */
  wireCopyObjects: Map<string, Set<string>>;
  /** Per wire outlet, the event slots its own articles gave a value for. */
  wireOwnObjects: Map<string, Set<string>>;
}

/** Engine source of an article with no printed outlet: the article itself. */
export const articleSource = (articleId: string) => `article:${articleId}`;

type Original = Pick<LedgerAssertion, "articleId" | "outletId" | "publishedAt">;

function copyGroupOriginals(rows: AssertionRows): Map<string, Original> {
  const first = new Map<string, Original>();
  for (let i = 0; i < rows.count; i++) {
    const a = rows.at(i);
    if (!a.copyGroupId) continue;
    const cur = first.get(a.copyGroupId);
    const t = a.publishedAt ?? Number.POSITIVE_INFINITY;
    const ct = cur ? (cur.publishedAt ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
    if (!cur || t < ct || (t === ct && a.articleId < cur.articleId))
      first.set(a.copyGroupId, { articleId: a.articleId, outletId: a.outletId, publishedAt: a.publishedAt });
  }
  return first;
}

/** Claims collected into columns: names and values interned, three Int32 columns. */
class ClaimColumnsBuilder {
  private readonly sourceIds = new Map<string, number>();
  private readonly objectIds = new Map<string, number>();
  private readonly valueIds = new Map<ClaimValue, number>();
  readonly sources: string[] = [];
  readonly objects: string[] = [];
  readonly values: ClaimValue[] = [];
  private source: Int32Array;
  private object: Int32Array;
  private value: Int32Array;
  count = 0;
  constructor(capacity: number) {
    const n = Math.max(16, capacity);
    this.source = new Int32Array(n);
    this.object = new Int32Array(n);
    this.value = new Int32Array(n);
  }
  private static id<K>(map: Map<K, number>, list: K[], k: K): number {
    let i = map.get(k);
    if (i === undefined) {
      i = list.length;
      list.push(k);
      map.set(k, i);
    }
    return i;
  }
  push(source: string, object: string, value: ClaimValue): void {
    if (this.count === this.source.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.source = grow(this.source);
      this.object = grow(this.object);
      this.value = grow(this.value);
    }
    this.source[this.count] = ClaimColumnsBuilder.id(this.sourceIds, this.sources, source);
    this.object[this.count] = ClaimColumnsBuilder.id(this.objectIds, this.objects, object);
    this.value[this.count] = ClaimColumnsBuilder.id(this.valueIds, this.values, value);
    this.count++;
  }
  done(): ClaimColumns<ClaimValue> {
    return {
      sources: this.sources,
      objects: this.objects,
      values: this.values,
      source: this.source.subarray(0, this.count),
      object: this.object.subarray(0, this.count),
      value: this.value.subarray(0, this.count),
      count: this.count,
    };
  }
}

/** Builds the engine input from the ledger. `assertions` is read twice (copy groups, then claims). */
export function ledgerToTruthInput(
  outlets: readonly LedgerOutlet[],
  assertions: readonly LedgerAssertion[],
  verdicts: readonly LedgerVerdict[],
  params: Partial<TruthParams> = {},
  onRound?: TruthInput<ClaimValue>["onRound"],
  closeness: Partial<ClosenessConfig> = {},
): LedgerInput {
  return ledgerRowsToTruthInput(outlets, arrayRows(assertions), verdicts, params, onRound, closeness, false);
}

/**
 * `ledgerToTruthInput` over rows; with `columnar` the claims go into `input.columns` (no object
 * per claim) instead of `input.claims`. The engine gives the same result either way.
 */
export function ledgerRowsToTruthInput(
  outlets: readonly LedgerOutlet[],
  rows: AssertionRows,
  verdicts: readonly LedgerVerdict[],
  params: Partial<TruthParams> = {},
  onRound?: TruthInput<ClaimValue>["onRound"],
  closeness: Partial<ClosenessConfig> = {},
  columnar = true,
): LedgerInput {
  // A wire that is itself an outlet of the workspace (kind `wire`) keeps its outlet id, so its own
  // articles and the copies of them are one source.
  const wireOutlet = new Map<string, string>();
  for (const o of outlets) {
    const name = o.kind === "wire" ? canonicalWireName(o.name) : null;
    if (name) wireOutlet.set(name, o.id);
  }
  const unknownOutlets = new Set(outlets.filter((o) => o.kind === "unknown").map((o) => o.id));
  const sourceOf = (a: Pick<LedgerAssertion, "outletId" | "articleId">): string =>
    unknownOutlets.has(a.outletId) ? articleSource(a.articleId) : a.outletId;
  const wireOutletIds = new Set(wireOutlet.values());
  const wireCopyObjects = new Map<string, Set<string>>();
  const wireOwnObjects = new Map<string, Set<string>>();
  const note = (m: Map<string, Set<string>>, source: string, object: string) => {
    let set = m.get(source);
    if (!set) {
      set = new Set();
      m.set(source, set);
    }
    set.add(object);
  };
  const originals = copyGroupOriginals(rows);
  const claims: Claim<ClaimValue>[] = [];
  // Columns: about one claim per assertion, plus wire claims.
  const columns = columnar ? new ClaimColumnsBuilder(rows.count + 16) : null;
  const emit = (source: string, object: string, value: ClaimValue) => {
    if (columns) columns.push(source, object, value);
    else claims.push({ source, object, value });
  };
  const copies = new Map<string, CopyRelation>();
  const virtualWires = new Set<string>();
  const addCopy = (copier: string, original: string) => {
    if (copier !== original) copies.set(`${copier}\u0000${original}`, { copier, original });
  };
  // Each event's object id for the first slot seen on it, made once: the same string each time, so
  // interning it hashes nothing new (an event has one slot, seldom more).
  const firstSlot = new Map<string, { slot: string; object: string }>();
  const objectFor = (eventId: string, slot: string): string => {
    const known = firstSlot.get(eventId);
    if (known === undefined) {
      const object = objectOf(eventId, slot);
      firstSlot.set(eventId, { slot, object });
      return object;
    }
    return known.slot === slot ? known.object : objectOf(eventId, slot);
  };
  for (let i = 0; i < rows.count; i++) {
    const a = rows.at(i);
    const value = engineValue(a);
    if (!value) continue;
    const object = objectFor(a.eventId, value.slot);
    const own = sourceOf(a);
    emit(own, object, value);
    if (wireOutletIds.has(own)) note(wireOwnObjects, own, object);
    const wire = wireOf(a.wireCredit);
    if (wire) {
      const source = wireOutlet.get(wire) ?? `wire:${wire}`;
      if (!wireOutlet.has(wire)) virtualWires.add(source);
      // The engine keeps distinct (source, value) pairs only: many copies add one wire claim.
      emit(source, object, value);
      if (source !== own && wireOutletIds.has(source)) note(wireCopyObjects, source, object);
      addCopy(own, source);
    } else if (a.copyGroupId) {
      const original = originals.get(a.copyGroupId);
      if (original) addCopy(own, sourceOf(original));
    }
  }
  // One fixed value per object: the highest-rated verdict, ties by claim id, so the choice is stable.
  const best = new Map<string, LedgerVerdict>();
  for (const v of verdicts) {
    if (v.ratingValue < FIXED_TRUTH_MIN_RATING) continue;
    const object = objectOf(v.eventId, v.value.slot);
    const cur = best.get(object);
    if (
      !cur ||
      v.ratingValue > cur.ratingValue ||
      (v.ratingValue === cur.ratingValue && v.claimId < cur.claimId)
    )
      best.set(object, v);
  }
  const fixed: FixedTruth<ClaimValue>[] = [...best].map(([object, v]) => ({ object, value: v.value }));
  // Hierarchical priors shrink an outlet toward outlets of its kind; virtual wires form the group "wire".
  const sourceGroups: Record<string, string> = {};
  for (const o of outlets) if (o.kind !== "unknown") sourceGroups[o.id] = o.kind;
  for (const w of virtualWires) sourceGroups[w] = "wire";
  return {
    input: {
      claims,
      ...(columns ? { columns: columns.done() } : {}),
      valueKey: claimValueKey,
      similarity: claimValueCloseness(closeness),
      contains: claimValueContains,
      width: claimValueWidth,
      sourceGroups,
      copies: [...copies.values()],
      fixed,
      params,
      ...(onRound ? { onRound } : {}),
    },
    virtualWires: [...virtualWires].sort(),
    wireCopyObjects,
    wireOwnObjects,
  };
}
