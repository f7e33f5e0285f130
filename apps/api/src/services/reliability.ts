// Reliability snapshots: one computation of every outlet's score, stored with its parameters and
// algorithm version. The work runs in-process after the request has been answered (POST → 202),
// reporting `progress`; DESIGN.md's scale plan moves it to a PostgreSQL job queue (pg-boss).

import {
  computeOutletReliability,
  type LedgerAssertion,
  type LedgerOutlet,
  type LedgerVerdict,
  RELIABILITY_VERSION,
} from "@kroscek/core";
import type { Database } from "@kroscek/db";
import type { ClaimValue, ReliabilitySnapshotView, SnapshotCreateSchema } from "@kroscek/schema";
import {
  articles,
  assertions,
  claims,
  outlets,
  reliabilityScores,
  reliabilitySnapshots,
  verdictScale,
  verdicts,
} from "@kroscek/schema/tables";
import { and, asc, count, eq, gt } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import type { z } from "zod";
import { iso, isoOrNull } from "../lib/serialize";
import type { Actor } from "./actor";
import type { Db } from "./audit";

/** Rows read per query while loading the ledger: bounded memory per round trip. */
export const LEDGER_PAGE = 5000;
const SCORE_BATCH = 500;

type SnapshotRow = typeof reliabilitySnapshots.$inferSelect;
type SnapshotInput = z.output<typeof SnapshotCreateSchema>;

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

/** Jobs started by this process, so tests, the CLI and the benchmark can wait for them. */
const running = new Map<string, Promise<void>>();
export const waitForSnapshots = async () => {
  while (running.size > 0) await Promise.allSettled([...running.values()]);
};

/** Records a queued snapshot and starts computing it once the caller's response is on its way. */
export async function startSnapshot(db: Database, actor: Actor, input: SnapshotInput): Promise<SnapshotRow> {
  const [row] = await db
    .insert(reliabilitySnapshots)
    .values({
      workspaceId: actor.workspaceId,
      id: uuidv7(),
      algorithm: input.params.detectCopying === false ? "accu-sim" : "accu-sim-copy",
      algorithmVersion: RELIABILITY_VERSION,
      // The request's overrides; the run replaces them with the full, resolved parameter set.
      parameters: { requested: input },
      createdBy: actor.userId,
    })
    .returning();
  if (!row) throw new Error("snapshot insert returned nothing");
  const job = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => computeSnapshot(db, actor.workspaceId, row.id, input))
    .finally(() => running.delete(row.id));
  running.set(row.id, job);
  return row;
}

const setStatus = (db: Db, workspaceId: string, id: string, set: Partial<SnapshotRow>) =>
  db
    .update(reliabilitySnapshots)
    .set(set)
    .where(and(eq(reliabilitySnapshots.workspaceId, workspaceId), eq(reliabilitySnapshots.id, id)));

/** Computes a snapshot; never throws: a failure is recorded on the snapshot row. */
export async function computeSnapshot(db: Database, workspaceId: string, id: string, input: SnapshotInput) {
  try {
    await setStatus(db, workspaceId, id, { status: "running", progress: 0.01 });
    const ledger = await loadLedger(db, workspaceId, (p) =>
      setStatus(db, workspaceId, id, { progress: 0.05 + 0.55 * p }),
    );
    await setStatus(db, workspaceId, id, { progress: 0.6 });
    const run = computeOutletReliability(ledger.outlets, ledger.assertions, ledger.verdicts, {
      params: input.params,
      ...(input.weights ? { weights: input.weights } : {}),
    });
    await setStatus(db, workspaceId, id, { progress: 0.9 });
    await db.transaction(async (tx) => {
      for (let i = 0; i < run.outlets.length; i += SCORE_BATCH) {
        await tx
          .insert(reliabilityScores)
          .values(run.outlets.slice(i, i + SCORE_BATCH).map((o) => ({ workspaceId, snapshotId: id, ...o })));
      }
      await setStatus(tx, workspaceId, id, {
        status: "done",
        progress: 1,
        algorithm: run.algorithm,
        parameters: { ...run.parameters, requested: input },
        summary: run.summary,
        finishedAt: new Date(),
      });
    });
  } catch (error) {
    await setStatus(db, workspaceId, id, {
      status: "failed",
      error: (error as Error).message.slice(0, 2000),
      finishedAt: new Date(),
    }).catch(() => {});
  }
}

export interface Ledger {
  outlets: LedgerOutlet[];
  assertions: LedgerAssertion[];
  verdicts: LedgerVerdict[];
}

/** Reads the workspace's ledger in keyset-paginated chunks; `progress` gets the share read so far. */
export async function loadLedger(
  db: Db,
  workspaceId: string,
  progress: (share: number) => Promise<unknown> = async () => {},
): Promise<Ledger> {
  const outletRows = await db
    .select({ id: outlets.id, name: outlets.name, kind: outlets.kind })
    .from(outlets)
    .where(eq(outlets.workspaceId, workspaceId));
  const [total] = await db
    .select({ n: count() })
    .from(assertions)
    .where(eq(assertions.workspaceId, workspaceId));
  const rows: LedgerAssertion[] = [];
  // Repeated strings (ids, credits) are interned so a million rows hold each distinct id once.
  const pool = new Map<string, string>();
  const intern = (s: string) => {
    const known = pool.get(s);
    if (known !== undefined) return known;
    pool.set(s, s);
    return s;
  };
  let after: string | null = null;
  for (;;) {
    const page = await db
      .select({
        id: assertions.id,
        articleId: articles.id,
        outletId: articles.outletId,
        eventId: claims.eventId,
        value: claims.value,
        stance: assertions.stance,
        attributionKind: assertions.attributionKind,
        wireCredit: articles.wireCredit,
        copyGroupId: articles.copyGroupId,
        publishedAt: articles.publishedAt,
      })
      .from(assertions)
      .innerJoin(
        articles,
        and(eq(articles.workspaceId, assertions.workspaceId), eq(articles.id, assertions.articleId)),
      )
      .innerJoin(
        claims,
        and(eq(claims.workspaceId, assertions.workspaceId), eq(claims.id, assertions.claimId)),
      )
      .where(and(eq(assertions.workspaceId, workspaceId), after ? gt(assertions.id, after) : undefined))
      .orderBy(asc(assertions.id))
      .limit(LEDGER_PAGE);
    for (const r of page) {
      rows.push({
        articleId: intern(r.articleId),
        outletId: intern(r.outletId),
        eventId: intern(r.eventId),
        value: r.value as ClaimValue,
        stance: r.stance,
        attributionKind: r.attributionKind,
        wireCredit: r.wireCredit === null ? null : intern(r.wireCredit),
        copyGroupId: r.copyGroupId === null ? null : intern(r.copyGroupId),
        publishedAt: r.publishedAt ? r.publishedAt.getTime() : null,
      });
    }
    await progress(total && total.n > 0 ? rows.length / total.n : 1);
    if (page.length < LEDGER_PAGE) break;
    after = page[page.length - 1]?.id ?? null;
  }
  const verdictRows = await db
    .select({
      claimId: verdicts.claimId,
      eventId: claims.eventId,
      value: claims.value,
      ratingValue: verdictScale.ratingValue,
    })
    .from(verdicts)
    .innerJoin(claims, and(eq(claims.workspaceId, verdicts.workspaceId), eq(claims.id, verdicts.claimId)))
    .innerJoin(
      verdictScale,
      and(eq(verdictScale.workspaceId, verdicts.workspaceId), eq(verdictScale.key, verdicts.ratingKey)),
    )
    .where(and(eq(verdicts.workspaceId, workspaceId), eq(verdicts.status, "published")));
  return {
    outlets: outletRows,
    assertions: rows,
    verdicts: verdictRows.map((v) => ({ ...v, value: v.value as ClaimValue })),
  };
}
