// Reading snapshots and their scores: shared by the reliability routes and the reliability exports.

import type { Db } from "@kroscek/db";
import type { ReliabilityCurrent, ReliabilityScore, ReliabilitySnapshotView } from "@kroscek/schema";
import {
  outlets,
  reliabilityRefreshedScores,
  reliabilityScores,
  reliabilitySnapshots,
} from "@kroscek/schema/tables";
import { and, asc, desc, eq, lt, type SQL, sql } from "drizzle-orm";
import { ApiError, notFound } from "../../lib/api-error";
import { pageFrom } from "../../lib/pagination";
import { iso, isoOrNull } from "../../lib/serialize";

type ScoreRow = typeof reliabilityScores.$inferSelect;
type RefreshedRow = typeof reliabilityRefreshedScores.$inferSelect;
type PageRow = {
  s: ScoreRow;
  r: RefreshedRow | null;
  name: string;
  status: ScoreRow["status"];
  rank: number;
};
export type SnapshotRow = typeof reliabilitySnapshots.$inferSelect;

export const toSnapshotView = (r: SnapshotRow): ReliabilitySnapshotView => ({
  id: r.id,
  algorithm: r.algorithm,
  algorithmVersion: r.algorithmVersion,
  parameters: r.parameters as Record<string, unknown>,
  status: r.status,
  progress: r.progress,
  createdAt: iso(r.createdAt),
  finishedAt: isoOrNull(r.finishedAt),
  summary: (r.summary as Record<string, unknown> | null) ?? null,
  error: r.error,
});

export const toScore = (r: ScoreRow, outletName: string): ReliabilityScore => ({
  outletId: r.outletId,
  outletName,
  status: r.status,
  basis: r.basis,
  score: r.score,
  accuracy: r.accuracy,
  accuracyLow: r.accuracyLow,
  accuracyHigh: r.accuracyHigh,
  assertionCount: r.assertionCount,
  claimCount: r.claimCount,
  unsourcedCount: r.unsourcedCount,
  anonymousCount: r.anonymousCount,
  components: r.components as Record<string, unknown>,
});

export async function findSnapshot(db: Db, workspaceId: string, id: string) {
  const [row] = await db
    .select()
    .from(reliabilitySnapshots)
    .where(and(eq(reliabilitySnapshots.workspaceId, workspaceId), eq(reliabilitySnapshots.id, id)));
  if (!row) throw notFound("Snapshot");
  return row;
}

export async function listSnapshots(
  db: Db,
  workspaceId: string,
  q: { cursor: string | null; limit: number },
) {
  const where: SQL[] = [eq(reliabilitySnapshots.workspaceId, workspaceId)];
  if (q.cursor) where.push(lt(reliabilitySnapshots.id, q.cursor));
  const rows = await db
    .select()
    .from(reliabilitySnapshots)
    .where(and(...where))
    .orderBy(desc(reliabilitySnapshots.id))
    .limit(q.limit + 1);
  return pageFrom(rows, q.limit, toSnapshotView);
}

// Rows in the order every reader shows them: scored outlets best first, then insufficient evidence,
// then articles with no outlet (the enum's order), ties by outlet id so the order is stable.
// The expression matches reliability_scores_rank_idx.
const rank = sql<number>`(-coalesce(${reliabilityScores.score}, -1))`;
const scoreOrder = [asc(reliabilityScores.status), asc(rank), asc(reliabilityScores.outletId)];

/** The snapshot with every outlet's row, best score first, unscored rows last. */
export async function getSnapshotDetail(db: Db, workspaceId: string, id: string) {
  const row = await findSnapshot(db, workspaceId, id);
  const scores = await db
    .select({ s: reliabilityScores, name: outlets.name })
    .from(reliabilityScores)
    .innerJoin(
      outlets,
      and(eq(outlets.workspaceId, reliabilityScores.workspaceId), eq(outlets.id, reliabilityScores.outletId)),
    )
    .where(and(eq(reliabilityScores.workspaceId, workspaceId), eq(reliabilityScores.snapshotId, id)))
    .orderBy(...scoreOrder);
  return { ...toSnapshotView(row), scores: scores.map((r) => toScore(r.s, r.name)) };
}

/**
 * The snapshot an export reads: the one named, or the newest finished one. A named snapshot that
 * is still running or failed is a 409, so an export never mixes a partial computation in.
 */
export async function resolveExportSnapshot(db: Db, workspaceId: string, id: string | undefined) {
  if (id) {
    const row = await findSnapshot(db, workspaceId, id);
    if (row.status !== "done")
      throw new ApiError("conflict", `Snapshot ${id} is ${row.status}, not done; export it once it is done`);
    return row;
  }
  const [latest] = await db
    .select()
    .from(reliabilitySnapshots)
    .where(and(eq(reliabilitySnapshots.workspaceId, workspaceId), eq(reliabilitySnapshots.status, "done")))
    .orderBy(desc(reliabilitySnapshots.id))
    .limit(1);
  if (!latest) throw notFound("A finished reliability snapshot");
  return latest;
}

/** One outlet's scores over time, newest first, finished snapshots only. */
export async function outletHistory(
  db: Db,
  workspaceId: string,
  outletId: string,
  q: { cursor: string | null; limit: number },
) {
  const [outlet] = await db
    .select({ id: outlets.id })
    .from(outlets)
    .where(and(eq(outlets.workspaceId, workspaceId), eq(outlets.id, outletId)));
  if (!outlet) throw notFound("Outlet");
  const where: SQL[] = [
    eq(reliabilityScores.workspaceId, workspaceId),
    eq(reliabilityScores.outletId, outletId),
    eq(reliabilitySnapshots.status, "done"),
  ];
  if (q.cursor) where.push(lt(reliabilitySnapshots.id, q.cursor));
  const rows = await db
    .select({ s: reliabilityScores, snap: reliabilitySnapshots })
    .from(reliabilityScores)
    .innerJoin(
      reliabilitySnapshots,
      and(
        eq(reliabilitySnapshots.workspaceId, reliabilityScores.workspaceId),
        eq(reliabilitySnapshots.id, reliabilityScores.snapshotId),
      ),
    )
    .where(and(...where))
    .orderBy(desc(reliabilitySnapshots.id))
    .limit(q.limit + 1);
  return pageFrom(
    rows.map((r) => ({ ...r, id: r.snap.id })),
    q.limit,
    (r) => {
      const { outletName: _name, ...score } = toScore(r.s, "");
      return {
        ...score,
        snapshotId: r.snap.id,
        algorithmVersion: r.snap.algorithmVersion,
        computedAt: iso(r.snap.finishedAt ?? r.snap.createdAt),
      };
    },
  );
}

/**
 * Keyset pages of a snapshot's rows in the order of `scoreOrder`, for streaming exports. With
 * `current`, each row is replaced by the outlet's refreshed row when a refresh after a write
 * re-estimated it since the snapshot (what `/reliability/current` answers), ordered by the values
 * shown; `refreshedAt` says which rows were replaced.
 */
export async function* snapshotScores(
  db: Db,
  workspaceId: string,
  snapshotId: string,
  pageSize = 1000,
  current = false,
): AsyncGenerator<ReliabilityScore & { refreshedAt: string | null }> {
  const r = reliabilityRefreshedScores;
  const s = reliabilityScores;
  const shown = <T>(
    col: SQL | typeof s.score | typeof s.status,
    refreshed: SQL | typeof r.score | typeof r.status,
  ) => sql<T>`(case when ${r.outletId} is null then ${col} else ${refreshed} end)`;
  const status = current
    ? shown<ScoreRow["status"]>(s.status, r.status)
    : sql<ScoreRow["status"]>`${s.status}`;
  const order = current ? sql<number>`(-coalesce(${shown<number | null>(s.score, r.score)}, -1))` : rank;
  let after: { status: ScoreRow["status"]; rank: number; outletId: string } | null = null;
  for (;;) {
    const page: PageRow[] = await db
      .select({ s, r, name: outlets.name, status, rank: order })
      .from(s)
      .innerJoin(outlets, and(eq(outlets.workspaceId, s.workspaceId), eq(outlets.id, s.outletId)))
      .leftJoin(
        r,
        and(
          sql`${current}::boolean`,
          eq(r.workspaceId, s.workspaceId),
          eq(r.outletId, s.outletId),
          eq(r.snapshotId, s.snapshotId),
        ),
      )
      .where(
        and(
          eq(s.workspaceId, workspaceId),
          eq(s.snapshotId, snapshotId),
          after
            ? sql`(${status}, ${order}, ${s.outletId}) > (${after.status}::score_status, ${after.rank}::float8, ${after.outletId}::uuid)`
            : undefined,
        ),
      )
      .orderBy(asc(status), asc(order), asc(s.outletId))
      .limit(pageSize);
    for (const row of page)
      yield {
        ...toScore(row.r ? { ...row.r, snapshotId: row.s.snapshotId } : row.s, row.name),
        refreshedAt: row.r ? iso(row.r.refreshedAt) : null,
      };
    const last = page[page.length - 1];
    if (page.length < pageSize || !last) return;
    after = { status: last.status, rank: Number(last.rank), outletId: last.s.outletId };
  }
}

/**
 * The current scores: the newest finished snapshot's rows, each replaced by the outlet's refreshed
 * row when a refresh after a write re-estimated it since (refreshes start from the last full
 * snapshot's state, so a refreshed row always belongs to that snapshot). Same order as a snapshot.
 */
export async function currentScores(db: Db, workspaceId: string): Promise<ReliabilityCurrent> {
  const snap = await resolveExportSnapshot(db, workspaceId, undefined);
  const rows = await db
    .select({ s: reliabilityScores, r: reliabilityRefreshedScores, name: outlets.name })
    .from(reliabilityScores)
    .innerJoin(
      outlets,
      and(eq(outlets.workspaceId, reliabilityScores.workspaceId), eq(outlets.id, reliabilityScores.outletId)),
    )
    .leftJoin(
      reliabilityRefreshedScores,
      and(
        eq(reliabilityRefreshedScores.workspaceId, reliabilityScores.workspaceId),
        eq(reliabilityRefreshedScores.outletId, reliabilityScores.outletId),
        eq(reliabilityRefreshedScores.snapshotId, reliabilityScores.snapshotId),
      ),
    )
    .where(and(eq(reliabilityScores.workspaceId, workspaceId), eq(reliabilityScores.snapshotId, snap.id)));
  const scores = rows.map(({ s, r, name }) => ({
    ...toScore(r ? { ...r, snapshotId: s.snapshotId } : s, name),
    refreshedAt: r ? iso(r.refreshedAt) : null,
  }));
  // Scored first, best score first, then the unscored statuses, ties by outlet id.
  const statusOrder = ["scored", "insufficient_evidence", "no_outlet"];
  scores.sort(
    (a, b) =>
      statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status) ||
      (b.score ?? -1) - (a.score ?? -1) ||
      (a.outletId < b.outletId ? -1 : a.outletId > b.outletId ? 1 : 0),
  );
  const latest = scores.reduce<string | null>(
    (m, x) => (x.refreshedAt && (!m || x.refreshedAt > m) ? x.refreshedAt : m),
    null,
  );
  return {
    snapshotId: snap.id,
    algorithmVersion: snap.algorithmVersion,
    computedAt: iso(snap.finishedAt ?? snap.createdAt),
    refreshedAt: latest,
    scores,
  };
}
