// How the ledger's typed claim values become engine values: a canonical key per slot (claims whose
// keys are equal support the same value) and a similarity per slot (near-equal values support each
// other, AccuSim). Every value of one object shares a slot, because objects are (event, slot).
import type { ClaimValue } from "@kroscek/schema";
import {
  dateKey,
  dateSimilarity,
  entitySetSimilarity,
  entitySimilarity,
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
      return `quantity:${v.amount} ${v.unit.trim().toLowerCase()}`;
    case "occurred":
      return `occurred:${v.occurred ? "yes" : "no"}`;
    case "statement":
      return `statement:${textKey(v.text)}`;
  }
}

/**
 * Quantities: values within the larger of the two stated tolerances agree fully (the contradiction
 * rules use the same tolerance); beyond it, 1 − relative difference, and 0 across units.
 */
function quantitySim(a: { amount: number; unit: string; tolerance?: number | undefined }, b: typeof a) {
  if (a.unit.trim().toLowerCase() !== b.unit.trim().toLowerCase()) return 0;
  const scale = Math.max(Math.abs(a.amount), Math.abs(b.amount));
  if (scale === 0) return 1;
  const diff = Math.abs(a.amount - b.amount) / scale;
  if (diff <= Math.max(a.tolerance ?? 0, b.tolerance ?? 0)) return 1;
  return Math.max(0, 1 - diff);
}

/** Similarity of two claim values in [0, 1]; values of different slots never support each other. */
export const claimValueSimilarity: Similarity<ClaimValue> = (a, b) => {
  if (a.slot === "date" && b.slot === "date")
    // Claim intervals are half-open [start, end) timestamps, which dateSimilarity reads as instants.
    return dateSimilarity(a.interval, b.interval);
  if ((a.slot === "place" && b.slot === "place") || (a.slot === "actor" && b.slot === "actor"))
    return entitySimilarity(a.entityId, b.entityId);
  if (a.slot === "participants" && b.slot === "participants")
    return entitySetSimilarity(a.entityIds, b.entityIds);
  if (a.slot === "quantity" && b.slot === "quantity") return quantitySim(a, b);
  if (a.slot === "occurred" && b.slot === "occurred") return a.occurred === b.occurred ? 1 : 0;
  if (a.slot === "statement" && b.slot === "statement") return textSimilarity(a.text, b.text);
  return 0;
};
