import type { ReliabilityScore } from "@kroscek/schema";
import type { TFunction } from "i18next";
import type { ScorePoint } from "../components/score-interval-chart";

type Row = Omit<ReliabilityScore, "outletName">;
const count = (c: Record<string, unknown>, k: string) => (typeof c[k] === "number" ? (c[k] as number) : 0);

/** Why a row has no score, or what its score rests on when that needs saying; null otherwise. */
export function scoreNote(row: Row, t: TFunction): string | null {
  const c = row.components;
  if (row.status === "insufficient_evidence")
    return t("reliability.insufficientDetail", {
      objects: count(c, "objects"),
      min: count(c, "minEvidence"),
    });
  if (row.status === "no_outlet")
    return t("reliability.noOutletDetail", { articles: count(c, "articleCount") });
  if (row.basis === "copies_only") return t("reliability.copiesOnly", { objects: count(c, "objects") });
  if (row.basis === "own_and_copies")
    return t("reliability.ownAndCopies", { copied: count(c, "copiedObjects"), objects: count(c, "objects") });
  return null;
}

/** A scored row as a chart point (score and its interval), or null when it has no score. */
export function toPoint(row: Row, key: string, label: string, t: TFunction): ScorePoint | null {
  const c = row.components;
  const low = typeof c.scoreLow === "number" ? c.scoreLow : null;
  const high = typeof c.scoreHigh === "number" ? c.scoreHigh : null;
  if (row.status !== "scored" || row.score === null || row.accuracy === null || low === null || high === null)
    return null;
  return {
    key,
    label,
    score: row.score,
    low,
    high,
    accuracy: row.accuracy,
    slots: count(c, "objects"),
    assertions: row.assertionCount,
    note: scoreNote(row, t) ?? undefined,
  };
}

/** The credible mass of a snapshot as a percentage label ("90%"). */
export const massLabel = (row: Row | undefined) =>
  `${Math.round((typeof row?.components.credibleMass === "number" ? row.components.credibleMass : 0.9) * 100)}%`;
