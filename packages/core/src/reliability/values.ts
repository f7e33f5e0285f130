// How the ledger's typed claim values become engine values: a canonical key per slot (claims whose
// keys are equal support the same value) and a similarity per slot (near-equal values support each
// other, AccuSim). Every value of one object shares a slot, because objects are (event, slot).
import type { ClaimValue } from "@kroscek/schema";
import { sameMeasure, unitKey } from "../rules/units";
import {
  type DateClosenessOptions,
  DEFAULT_DATE_CLOSENESS,
  DEFAULT_NUMBER_CLOSENESS,
  dateCloseness,
  dateContains,
  dateKey,
  dateWidthDays,
  entitySetSimilarity,
  entitySimilarity,
  type NumberClosenessOptions,
  numberCloseness,
  numberContains,
  numberHalfWidth,
  setKey,
  textKey,
  textSimilarity,
} from "../truth/similarity";
import type { Similarity } from "../truth/types";

/** Canonical key of a claim value; the slot prefix keeps keys of different slots apart. */
export function claimValueKey(v: ClaimValue): string {
  switch (v.slot) {
    case "date":
      // Interval only: "pada Selasa" and "16/1/2024" naming the same day are one value.
      return `date:${dateKey({ start: v.interval.start, end: v.interval.end })}`;
    case "place":
    case "actor":
      return `${v.slot}:${v.entityId}`;
    case "participants":
      return `participants:${setKey(v.entityIds)}`;
    case "quantity":
      // "3.000 tentara" and "3,000 troops" are one value.
      return `quantity:${v.amount} ${unitKey(v.unit)}`;
    case "occurred":
      return `occurred:${v.occurred ? "yes" : "no"}`;
    case "statement":
      return `statement:${textKey(v.text)}`;
  }
}

/** Closeness per slot (docs/reliability.md §1); snapshots may override either part. */
export interface ClosenessConfig {
  quantity: NumberClosenessOptions;
  date: DateClosenessOptions;
}

export const DEFAULT_CLOSENESS: Readonly<ClosenessConfig> = Object.freeze({
  quantity: DEFAULT_NUMBER_CLOSENESS,
  date: DEFAULT_DATE_CLOSENESS,
});

/**
 * Similarity of two claim values in [0, 1]; values of different slots never support each other.
 * Quantities by `numberCloseness` with their stated tolerances (0 unless both count the same
 * thing, in either language: `sameMeasure`), dates by interval
 * overlap (`dateCloseness`), entities by identity, participant sets and statements by Jaccard.
 */
export function claimValueCloseness(config: Partial<ClosenessConfig> = {}): Similarity<ClaimValue> {
  const quantity = { ...DEFAULT_NUMBER_CLOSENESS, ...config.quantity };
  const date = dateCloseness({ ...DEFAULT_DATE_CLOSENESS, ...config.date });
  return (a, b) => {
    if (a.slot === "date" && b.slot === "date")
      // Claim intervals are half-open [start, end) timestamps, which dateCloseness reads as instants.
      return date(a.interval, b.interval);
    if ((a.slot === "place" && b.slot === "place") || (a.slot === "actor" && b.slot === "actor"))
      return entitySimilarity(a.entityId, b.entityId);
    if (a.slot === "participants" && b.slot === "participants")
      return entitySetSimilarity(a.entityIds, b.entityIds);
    if (a.slot === "quantity" && b.slot === "quantity")
      return sameMeasure(a.unit, b.unit)
        ? numberCloseness(a.amount, b.amount, a.tolerance ?? 0, b.tolerance ?? 0, quantity)
        : 0;
    if (a.slot === "occurred" && b.slot === "occurred") return a.occurred === b.occurred ? 1 : 0;
    if (a.slot === "statement" && b.slot === "statement") return textSimilarity(a.text, b.text);
    return 0;
  };
}

/** Similarity with the default closeness. */
export const claimValueSimilarity: Similarity<ClaimValue> = claimValueCloseness();

/**
 * A less precise claim that is consistent with a more precise one: "Juni 2024" contains
 * "19 Juni 2024"; "sekitar 3.000" (stated tolerance) contains "2.950". Other slots: never.
 */
export function claimValueContains(outer: ClaimValue, inner: ClaimValue): boolean {
  if (outer.slot === "date" && inner.slot === "date") return dateContains(outer.interval, inner.interval);
  if (outer.slot === "quantity" && inner.slot === "quantity")
    return (
      sameMeasure(outer.unit, inner.unit) &&
      numberContains(outer.amount, inner.amount, outer.tolerance ?? 0, inner.tolerance ?? 0)
    );
  return false;
}

/** Width of a claim value for tie-breaks (smaller = more precise): days for dates, the band a figure stands for (tolerance or rounding) for quantities. */
export function claimValueWidth(v: ClaimValue): number {
  if (v.slot === "date") return dateWidthDays(v.interval);
  if (v.slot === "quantity") return 2 * numberHalfWidth(v.amount, v.tolerance ?? 0);
  return 0;
}
