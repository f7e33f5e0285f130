// reliability.csv / reliability.json: one row per outlet of one finished snapshot.
import type { ReliabilityScore } from "@kroscek/schema";
import { iso } from "../../lib/serialize";
import type { Db } from "../audit";
import { csvRow } from "./csv";
import { snapshotScores } from "./snapshots";

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
  "formula",
  "components",
  "snapshot_id",
  "algorithm_version",
] as const;

const num = (c: Record<string, unknown>, k: string) => (typeof c[k] === "number" ? (c[k] as number) : null);

function record(s: ReliabilityScore, snap: Snapshot) {
  const c = s.components;
  return {
    outletId: s.outletId,
    outletName: s.outletName,
    score: s.score,
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
    formula: typeof c.formula === "string" ? c.formula : null,
    components: c,
    snapshotId: snap.id,
    algorithmVersion: snap.algorithmVersion,
  };
}

export async function* reliabilityCsv(db: Db, workspaceId: string, snap: Snapshot): AsyncGenerator<string> {
  yield csvRow(RELIABILITY_COLUMNS);
  for await (const s of snapshotScores(db, workspaceId, snap.id))
    yield csvRow(Object.values(record(s, snap)));
}

export async function* reliabilityJson(db: Db, workspaceId: string, snap: Snapshot): AsyncGenerator<string> {
  const head = {
    snapshot: {
      id: snap.id,
      algorithm: snap.algorithm,
      algorithmVersion: snap.algorithmVersion,
      parameters: snap.parameters,
      finishedAt: snap.finishedAt ? iso(snap.finishedAt) : null,
    },
  };
  yield `${JSON.stringify(head).slice(0, -1)},"rows":[`;
  let first = true;
  for await (const s of snapshotScores(db, workspaceId, snap.id)) {
    yield `${first ? "\n" : ",\n"}${JSON.stringify(record(s, snap))}`;
    first = false;
  }
  yield "\n]}\n";
}
