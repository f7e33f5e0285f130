// reliability.csv / reliability.json: one row per outlet of one finished snapshot, best score first
// and unscored rows (insufficient evidence, no outlet) last, with their counts. The current scores
// (the default) are the newest snapshot's rows with each outlet re-estimated by a refresh after a
// write since then in place, marked by `refreshed_at`; a named snapshot is exported as it was. Numbers are rounded:
// 4 decimals in CSV (what a spreadsheet reader compares), 6 in JSON (enough to recompute
// score = accuracy × sourcing_factor to 1e-6 from the row).
import type { Db } from "@kroscek/db";
import type { ReliabilityScore } from "@kroscek/schema";
import { iso } from "../../lib/serialize";
import { snapshotScores } from "../snapshots/read";
import { csvRow } from "./csv";

type Snapshot = {
  id: string;
  algorithm: string;
  algorithmVersion: string;
  parameters: unknown;
  finishedAt: Date | null;
};

export const RELIABILITY_COLUMNS = [
  "outlet_id",
  "outlet_name",
  "score",
  "status",
  "basis",
  "score_low",
  "score_high",
  "accuracy",
  "accuracy_low",
  "accuracy_high",
  "assertion_count",
  "claim_count",
  "unsourced_count",
  "anonymous_count",
  "unsourced_share",
  "anonymous_share",
  "sourcing_factor",
  "objects",
  "min_evidence",
  "copied_objects",
  "formula",
  "components",
  "snapshot_id",
  "algorithm_version",
  "refreshed_at",
] as const;

const num = (c: Record<string, unknown>, k: string) => (typeof c[k] === "number" ? (c[k] as number) : null);

type Row = ReliabilityScore & { refreshedAt: string | null };

function record(s: Row, snap: Snapshot) {
  const c = s.components;
  return {
    outletId: s.outletId,
    outletName: s.outletName,
    score: s.score,
    status: s.status,
    basis: s.basis,
    scoreLow: num(c, "scoreLow"),
    scoreHigh: num(c, "scoreHigh"),
    accuracy: s.accuracy,
    accuracyLow: s.accuracyLow,
    accuracyHigh: s.accuracyHigh,
    assertionCount: s.assertionCount,
    claimCount: s.claimCount,
    unsourcedCount: s.unsourcedCount,
    anonymousCount: s.anonymousCount,
    unsourcedShare: num(c, "unsourcedShare"),
    anonymousShare: num(c, "anonymousShare"),
    sourcingFactor: num(c, "sourcingFactor"),
    objects: num(c, "objects"),
    minEvidence: num(c, "minEvidence"),
    copiedObjects: num(c, "copiedObjects"),
    formula: typeof c.formula === "string" ? c.formula : null,
    components: c,
    snapshotId: snap.id,
    algorithmVersion: snap.algorithmVersion,
    refreshedAt: s.refreshedAt,
  };
}

export const CSV_DECIMALS = 4;
export const JSON_DECIMALS = 6;

/** Rounds every non-integer number in a value (nested objects and arrays included). */
export function roundNumbers(value: unknown, digits: number): unknown {
  if (typeof value === "number")
    return Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toFixed(digits));
  if (Array.isArray(value)) return value.map((v) => roundNumbers(v, digits));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundNumbers(v, digits)]));
  return value;
}

const PAGE = 1000;

export async function* reliabilityCsv(
  db: Db,
  workspaceId: string,
  snap: Snapshot,
  current: boolean,
): AsyncGenerator<string> {
  yield csvRow(RELIABILITY_COLUMNS);
  for await (const s of snapshotScores(db, workspaceId, snap.id, PAGE, current))
    yield csvRow(Object.values(roundNumbers(record(s, snap), CSV_DECIMALS) as Record<string, unknown>));
}

export async function* reliabilityJson(
  db: Db,
  workspaceId: string,
  snap: Snapshot,
  current: boolean,
): AsyncGenerator<string> {
  const head = {
    scores: current ? "current" : "snapshot",
    snapshot: {
      id: snap.id,
      algorithm: snap.algorithm,
      algorithmVersion: snap.algorithmVersion,
      // Unrounded: the parameters reproduce the snapshot (the engine's tolerance is below 1e-6).
      parameters: snap.parameters,
      finishedAt: snap.finishedAt ? iso(snap.finishedAt) : null,
    },
  };
  yield `${JSON.stringify(head).slice(0, -1)},"rows":[`;
  let first = true;
  for await (const s of snapshotScores(db, workspaceId, snap.id, PAGE, current)) {
    yield `${first ? "\n" : ",\n"}${JSON.stringify(roundNumbers(record(s, snap), JSON_DECIMALS))}`;
    first = false;
  }
  yield "\n]}\n";
}
