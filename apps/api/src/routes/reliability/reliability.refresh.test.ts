import { ReliabilityCurrentSchema, ReliabilitySnapshotViewSchema } from "@kroscek/schema";
import { articles, assertions } from "@kroscek/schema/tables";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshotScores } from "../../services/snapshots/read";
import { startTestServer, type TestServer } from "../../test/harness";
import { buildLedger, dayValue, LedgerFixture, waitForSnapshot } from "../../test/ledger-fixture";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

describe("current scores refreshed incrementally after a write", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let ids: Record<string, string>;
  const ws = () => `/api/v1/workspaces/${a.slug}`;

  beforeAll(async () => {
    // Refreshed incrementally however small the workspace (by default a small one is recomputed).
    s = await startTestServer({}, { refreshMinClaims: 0 });
    a = await seedWorkspace(s.t.db, "alpha");
    const fx = new LedgerFixture(s.t.db, a.id);
    ids = await buildLedger(fx);
    // A newsroom-sized ledger around it (60 more outlets, 12 more events, most outlets right most
    // of the time): one write is one write among hundreds, as in use.
    const more = await Promise.all(Array.from({ length: 60 }, (_, o) => fx.outlet(`Outlet ${o}`)));
    for (let e = 0; e < 12; e++) {
      const event = await fx.event(`Briefing ${e}`);
      const truth = await fx.claim(event, dayValue(`2024-03-${10 + e}`), `Briefing on ${10 + e} March`);
      const lie = await fx.claim(event, dayValue(`2024-04-${10 + e}`), `Briefing on ${10 + e} April`);
      for (let o = 0; o < more.length; o++) {
        if ((o + e) % 3 === 0) continue;
        const wrong = (o * 7 + e * 3) % 10 < o % 5;
        await fx.assertion(await fx.article(more[o] as string), wrong ? lie : truth, {
          ...((o + e) % 4 === 0 ? { attribution: "none" as const } : {}),
        });
      }
    }
  }, 300_000);
  afterAll(async () => {
    await s?.close();
  });

  const snapshot = async () => {
    const res = await s.json("POST", `${ws()}/reliability/snapshots`, a.tokens.editor);
    expect(res.status).toBe(202);
    const id = ReliabilitySnapshotViewSchema.parse(res.body).id;
    const done = await waitForSnapshot(s, `${ws()}/reliability/snapshots/${id}`, a.tokens.viewer);
    expect(done.status).toBe("done");
    return done;
  };
  const current = async () => {
    const res = await s.json("GET", `${ws()}/reliability/current`, a.tokens.viewer);
    expect(res.status).toBe(200);
    return ReliabilityCurrentSchema.parse(res.body);
  };
  const assertionOf = async (outletId: string) => {
    const [row] = await s.t.db
      .select({ id: assertions.id })
      .from(assertions)
      .innerJoin(
        articles,
        and(eq(articles.workspaceId, assertions.workspaceId), eq(articles.id, assertions.articleId)),
      )
      .where(and(eq(assertions.workspaceId, a.id), eq(articles.outletId, outletId)))
      .limit(1);
    if (!row) throw new Error("no assertion");
    return row.id;
  };
  /** Polls until a refresh newer than `after` shows in the current scores. */
  const refreshedAfter = async (after: string | null) => {
    for (let i = 0; i < 120; i++) {
      const c = await current();
      if (c.refreshedAt && (!after || c.refreshedAt > after)) return c;
      await new Promise((r) => setTimeout(r, 250));
    }
    const { rows } = await s.t.executeSql(
      "select state::text, output::text from pgboss.job where name = 'reliability.refresh'",
    );
    const q = await s.t.executeSql("select count(*)::int as n from reliability_refresh_queue");
    const st = await s.t.executeSql("select refreshes from reliability_states");
    throw new Error(`no refresh arrived: ${JSON.stringify({ rows, q: q.rows, st: st.rows })}`);
  };

  it("answers 404 before any snapshot has finished", async () => {
    expect((await s.json("GET", `${ws()}/reliability/current`, a.tokens.viewer)).status).toBe(404);
  });

  it("re-estimates only the outlets of the events a write touched, close to a full recomputation", async () => {
    const first = await snapshot();
    const before = await current();
    expect(before.snapshotId).toBe(first.id);
    expect(before.refreshedAt).toBeNull();
    expect(before.scores.map(({ refreshedAt: _r, ...x }) => x)).toEqual(first.scores);

    // One write over HTTP: the outlet that contradicts the majority loses one of its five claims.
    const del = await s.json(
      "DELETE",
      `${ws()}/assertions/${await assertionOf(ids.Liar as string)}`,
      a.tokens.editor,
    );
    expect(del.status).toBe(204);
    const after = await refreshedAfter(null);
    expect(after.snapshotId).toBe(first.id);
    const liar = after.scores.find((x) => x.outletId === ids.Liar);
    // Four event slots are below the minimum evidence (5): the refreshed row says so.
    expect(liar).toMatchObject({ status: "insufficient_evidence", score: null, assertionCount: 4 });
    expect(liar?.refreshedAt).not.toBeNull();
    // Outlets with no claim on the event keep the snapshot's row.
    const untouched = after.scores.find((x) => x.outletId === ids.W1);
    expect(untouched?.refreshedAt).toBeNull();
    expect(untouched?.score).toBe(first.scores.find((x) => x.outletId === ids.W1)?.score);

    // The exports: by default the current scores (the refreshed rows in place, marked), with a
    // named snapshot that snapshot as computed; paged in small pages the order is the same.
    const exported = async (query: string) => {
      const res = await s.fetch(`${ws()}/exports/reliability.json${query}`, {
        headers: { authorization: `Bearer ${a.tokens.editor}` },
      });
      expect(res.status).toBe(200);
      return (await res.json()) as {
        scores: string;
        rows: Array<{ outletId: string; score: number | null; refreshedAt: string | null }>;
      };
    };
    const currentFile = await exported("");
    expect(currentFile.scores).toBe("current");
    expect(currentFile.rows.map((x) => [x.outletId, x.score, x.refreshedAt])).toEqual(
      after.scores.map((x) => [
        x.outletId,
        x.score === null ? null : Number(x.score.toFixed(6)),
        x.refreshedAt,
      ]),
    );
    const asComputed = await exported(`?snapshot=${first.id}`);
    expect(asComputed.scores).toBe("snapshot");
    expect(asComputed.rows.every((x) => x.refreshedAt === null)).toBe(true);
    expect(asComputed.rows.map((x) => x.outletId)).toEqual(first.scores.map((x) => x.outletId));
    const paged: string[] = [];
    for await (const x of snapshotScores(s.t.db, a.id, first.id, 3, true)) paged.push(x.outletId);
    expect(paged).toEqual(after.scores.map((x) => x.outletId));
    const csv = await (
      await s.fetch(`${ws()}/exports/reliability.csv`, {
        headers: { authorization: `Bearer ${a.tokens.editor}` },
      })
    ).text();
    expect(csv.split("\r\n")[0]?.endsWith(",refreshed_at")).toBe(true);

    // On this ledger of a few hundred claims one write moves the fitted priors and number of false
    // values, which a refresh holds, by 0.01–0.025 (measured); the product recomputes such
    // workspaces in full instead (below), and at 10^6 assertions the gap is 2.4e-4.
    const tolerance = 0.03;
    /** The refreshed current scores against a full recomputation of the same ledger. */
    const compareWithFull = async (refreshedScores: typeof after.scores) => {
      const full = await snapshot();
      const byFull = new Map(full.scores.map((x) => [x.outletId, x]));
      let refreshed = 0;
      for (const x of refreshedScores) {
        const f = byFull.get(x.outletId);
        expect(x.status).toBe(f?.status);
        expect(x.assertionCount).toBe(f?.assertionCount);
        if (x.refreshedAt) refreshed++;
        if (x.score === null) expect(f?.score).toBeNull();
        else expect(Math.abs(x.score - (f?.score ?? Number.NaN))).toBeLessThanOrEqual(tolerance);
        if (x.accuracy !== null)
          expect(Math.abs(x.accuracy - (f?.accuracy ?? Number.NaN))).toBeLessThanOrEqual(tolerance);
      }
      return { full, refreshed };
    };
    const one = await compareWithFull(after.scores);
    expect(one.refreshed).toBeGreaterThanOrEqual(4);
    // Something did change: the refreshed scores are not the first snapshot's.
    expect(after.scores.find((x) => x.outletId === ids.A)?.score).not.toBe(
      first.scores.find((x) => x.outletId === ids.A)?.score,
    );

    // Another write, refreshed from the state of the snapshot just computed.
    const del2 = await s.json(
      "DELETE",
      `${ws()}/assertions/${await assertionOf(ids.I1 as string)}`,
      a.tokens.editor,
    );
    expect(del2.status).toBe(204);
    const again = await refreshedAfter(null);
    expect(again.snapshotId).toBe(one.full.id);
    const full = (await compareWithFull(again.scores)).full;

    // The new full snapshot is the current one again, with nothing refreshed since.
    const now = await current();
    expect(now.snapshotId).toBe(full.id);
    expect(now.refreshedAt).toBeNull();
  }, 120_000);
});

describe("current scores after a write in a small workspace", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let ids: Record<string, string>;
  const ws = () => `/api/v1/workspaces/${a.slug}`;
  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    ids = await buildLedger(new LedgerFixture(s.t.db, a.id));
  });
  afterAll(async () => {
    await s?.close();
  });

  it("are recomputed in full, so they are a full recomputation's", async () => {
    const started = await s.json("POST", `${ws()}/reliability/snapshots`, a.tokens.editor);
    const first = ReliabilitySnapshotViewSchema.parse(started.body);
    await waitForSnapshot(s, `${ws()}/reliability/snapshots/${first.id}`, a.tokens.viewer);
    const [row] = await s.t.db
      .select({ id: assertions.id })
      .from(assertions)
      .innerJoin(
        articles,
        and(eq(articles.workspaceId, assertions.workspaceId), eq(articles.id, assertions.articleId)),
      )
      .where(and(eq(assertions.workspaceId, a.id), eq(articles.outletId, ids.Liar as string)))
      .limit(1);
    const del = await s.json("DELETE", `${ws()}/assertions/${row?.id}`, a.tokens.editor);
    expect(del.status).toBe(204);
    let now = ReliabilityCurrentSchema.parse(
      (await s.json("GET", `${ws()}/reliability/current`, a.tokens.viewer)).body,
    );
    for (let i = 0; i < 160 && now.snapshotId === first.id; i++) {
      await new Promise((r) => setTimeout(r, 250));
      now = ReliabilityCurrentSchema.parse(
        (await s.json("GET", `${ws()}/reliability/current`, a.tokens.viewer)).body,
      );
    }
    expect(now.snapshotId).not.toBe(first.id);
    expect(now.refreshedAt).toBeNull();
    expect(now.scores.find((x) => x.outletId === ids.Liar)).toMatchObject({
      status: "insufficient_evidence",
      assertionCount: 4,
    });
    const detail = await s.json("GET", `${ws()}/reliability/snapshots/${now.snapshotId}`, a.tokens.viewer);
    expect((detail.body as { parameters: unknown }).parameters).toMatchObject({ requested: { params: {} } });
  }, 120_000);
});
