import {
  ArticleImportResultSchema,
  type ReliabilityScoreSchema,
  ReliabilitySnapshotViewSchema,
  type ScoreStatus,
} from "@kroscek/schema";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RELIABILITY_COLUMNS } from "../../services/exports/reliability-export";
import { snapshotScores } from "../../services/snapshots/read";
import { startTestServer, type TestServer } from "../../test/harness";
import { dayValue, LedgerFixture, waitForSnapshot } from "../../test/ledger-fixture";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

const RANK: Record<ScoreStatus, number> = { scored: 0, insufficient_evidence: 1, no_outlet: 2 };
const decimals = (cell: string) => (cell.includes(".") ? (cell.split(".")[1]?.length ?? 0) : 0);

/**
 * Five events. A, B and C give the same five dates; Liar another five. Reuters (a wire outlet)
 * never publishes itself: Carrier 1 and 2 run its stories with "sumber: Reuters" on all five.
 * Thin gives two dates. Five unrelated articles with no printed outlet, posted through the
 * articles route, each give one date.
 */
describe("reliability: how much a score rests on", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  const ids: Record<string, string> = {};
  const snapBase = "/api/v1/workspaces/alpha/reliability/snapshots";
  let snapshotId: string;
  let scores: ReturnType<typeof ReliabilityScoreSchema.parse>[];
  const row = (name: string) => scores.find((x) => x.outletName === name);
  const get = (path: string) => s.fetch(path, { headers: { authorization: `Bearer ${a.tokens.editor}` } });

  async function compute(body?: unknown) {
    const res = await s.json("POST", snapBase, a.tokens.editor, body);
    expect(res.status).toBe(202);
    const id = ReliabilitySnapshotViewSchema.parse(res.body).id;
    const done = await waitForSnapshot(s, `${snapBase}/${id}`, a.tokens.viewer);
    expect(done.status).toBe("done");
    return done;
  }

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    const fx = new LedgerFixture(s.t.db, a.id);
    for (const name of ["A", "B", "C", "Liar", "Carrier 1", "Carrier 2", "Thin", "Silent"])
      ids[name] = await fx.outlet(name);
    ids.Reuters = await fx.outlet("Reuters", "wire", "reuters.com");
    for (let e = 0; e < 5; e++) {
      const event = await fx.event(`Meeting ${e}`);
      const truth = await fx.claim(event, dayValue(`2024-01-1${e}`), `Met on 1${e} Jan`);
      const lie = await fx.claim(event, dayValue(`2024-02-2${e}`), `Met on 2${e} Feb`);
      for (const o of ["A", "B", "C"]) await fx.assertion(await fx.article(ids[o] as string), truth);
      await fx.assertion(await fx.article(ids.Liar as string), lie, { attribution: "none" });
      for (const o of ["Carrier 1", "Carrier 2"])
        await fx.assertion(await fx.article(ids[o] as string, { wireCredit: "sumber: Reuters" }), truth, {
          attribution: "wire",
        });
      if (e < 2) await fx.assertion(await fx.article(ids.Thin as string), truth);
      const posted = await s.json("POST", "/api/v1/workspaces/alpha/articles", a.tokens.factchecker, {
        title: `Tanpa nama media ${e}`,
        language: "id",
        body: `Pertemuan ke-${e} berlangsung pada 2${e} Februari 2024, tulis sebuah blog tanpa nama.`,
      });
      expect(posted.status).toBe(201);
      const article = ArticleImportResultSchema.parse(posted.body).article;
      ids.Unknown = article.outletId;
      await fx.assertion({ id: article.id, body: article.body }, lie, { attribution: "none" });
    }
    const done = await compute();
    snapshotId = done.id;
    scores = done.scores;
  });
  afterAll(async () => {
    await s?.close();
  });

  it("gives an outlet below the minimum evidence no score and shows its counts", async () => {
    const detail = await s.json<{ parameters: { minEvidence: number } }>(
      "GET",
      `${snapBase}/${snapshotId}`,
      a.tokens.viewer,
    );
    expect(detail.body.parameters.minEvidence).toBe(5);
    expect(row("Thin")).toMatchObject({
      status: "insufficient_evidence",
      score: null,
      accuracy: null,
      accuracyLow: null,
      accuracyHigh: null,
      assertionCount: 2,
      claimCount: 2,
    });
    expect(row("Thin")?.components).toMatchObject({ objects: 2, minEvidence: 5 });
    expect(row("Silent")).toMatchObject({ status: "insufficient_evidence", basis: "none", score: null });
    expect(row("A")).toMatchObject({ status: "scored", basis: "own" });
    expect(row("A")?.score).toBeGreaterThan(row("Liar")?.score ?? 1);
  });

  it("takes the minimum as a snapshot parameter", async () => {
    const lenient = await compute({ minEvidence: 2 });
    expect(lenient.parameters).toMatchObject({ minEvidence: 2 });
    const thin = lenient.scores.find((x) => x.outletName === "Thin");
    expect(thin?.status).toBe("scored");
    expect(thin?.score).toBeGreaterThan(0);
    const bad = await s.json("POST", snapBase, a.tokens.editor, { minEvidence: 0 });
    expect(bad.status).toBe(422);
  });

  it("says a wire's score rests only on copies when it has no assertion of its own", () => {
    expect(row("Reuters")).toMatchObject({ status: "scored", basis: "copies_only", assertionCount: 0 });
    expect(row("Reuters")?.components).toMatchObject({ objects: 5, copiedObjects: 5 });
    expect(row("Carrier 1")?.basis).toBe("own");
  });

  it("never lumps articles with no printed outlet into one scored source", async () => {
    // Pooled, the five articles would be one source with five event slots: enough for a score.
    const unknown = row("Unknown outlet");
    expect(unknown?.outletId).toBe(ids.Unknown);
    expect(unknown).toMatchObject({ status: "no_outlet", score: null, assertionCount: 5, unsourcedCount: 5 });
    expect(unknown?.components.articleCount).toBe(5);
    const snap = await s.json<{ summary: Record<string, unknown> }>(
      "GET",
      `${snapBase}/${snapshotId}`,
      a.tokens.viewer,
    );
    expect(snap.body.summary).toMatchObject({
      articlesWithoutOutlet: 5,
      statuses: { scored: 7, insufficient_evidence: 2, no_outlet: 1 },
    });
    // Still no score with the lowest minimum: the articles are not an outlet.
    const lenient = await compute({ minEvidence: 1 });
    expect(lenient.scores.find((x) => x.outletName === "Unknown outlet")?.status).toBe("no_outlet");
  });

  it("lists the snapshot best score first, unscored rows last, ties by outlet id", () => {
    const key = scores.map((x) => [RANK[x.status], -(x.score ?? -1), x.outletId] as const);
    const sorted = [...key].sort((p, q) => p[0] - q[0] || p[1] - q[1] || (p[2] < q[2] ? -1 : 1));
    expect(key).toEqual(sorted);
    expect(scores.at(-1)?.outletName).toBe("Unknown outlet");
  });

  it("exports reliability.csv sorted the same way, rounded to 4 decimals, counts on unscored rows", async () => {
    const res = await get(`/api/v1/workspaces/alpha/exports/reliability.csv?snapshot=${snapshotId}`);
    expect(res.status).toBe(200);
    const [head, ...body] = parseCsv(await res.text(), { record_delimiter: "\r\n" });
    expect(head).toEqual([...RELIABILITY_COLUMNS]);
    const col = (name: string) => (head ?? []).indexOf(name);
    expect(body.map((r) => r[col("outlet_id")])).toEqual(scores.map((x) => x.outletId));
    for (const r of body)
      for (const name of [
        "score",
        "score_low",
        "accuracy",
        "accuracy_high",
        "unsourced_share",
        "sourcing_factor",
      ])
        expect(decimals(r[col(name)] ?? "")).toBeLessThanOrEqual(4);
    const byName = new Map(body.map((r) => [r[col("outlet_name")], r]));
    const thin = byName.get("Thin") ?? [];
    expect(thin[col("status")]).toBe("insufficient_evidence");
    expect(thin[col("score")]).toBe("");
    expect(thin[col("accuracy")]).toBe("");
    expect(thin[col("assertion_count")]).toBe("2");
    expect(thin[col("objects")]).toBe("2");
    expect(thin[col("min_evidence")]).toBe("5");
    const liar = byName.get("Liar") ?? [];
    expect(Number(liar[col("score")])).toBeCloseTo(
      Number(liar[col("accuracy")]) * Number(liar[col("sourcing_factor")]),
      3,
    );
    expect(byName.get("Reuters")?.[col("basis")]).toBe("copies_only");
    // Components are rounded too, inside their JSON cell.
    const comp = JSON.parse(liar[col("components")] ?? "{}") as Record<string, unknown>;
    expect(decimals(String(comp.accuracy))).toBeLessThanOrEqual(4);
  });

  it("exports reliability.json sorted, rounded to 6 decimals, with no score for unscored rows", async () => {
    const res = await get(`/api/v1/workspaces/alpha/exports/reliability.json?snapshot=${snapshotId}`);
    const doc = (await res.json()) as { rows: Array<Record<string, unknown>> };
    expect(doc.rows.map((r) => r.outletId)).toEqual(scores.map((x) => x.outletId));
    for (const r of doc.rows)
      for (const k of ["score", "accuracy", "accuracyLow", "unsourcedShare", "sourcingFactor"])
        if (typeof r[k] === "number") expect(decimals(String(r[k]))).toBeLessThanOrEqual(6);
    const a0 = doc.rows.find((r) => r.outletName === "A");
    expect(a0?.score).toBe(Number((row("A")?.score ?? 0).toFixed(6)));
    expect(doc.rows.find((r) => r.outletName === "Unknown outlet")).toMatchObject({
      status: "no_outlet",
      score: null,
      assertionCount: 5,
    });
  });

  it("keeps the order across the pages of a streamed export", async () => {
    const paged: string[] = [];
    for await (const x of snapshotScores(s.t.db, a.id, snapshotId, 2)) paged.push(x.outletId);
    expect(paged).toEqual(scores.map((x) => x.outletId));
  });
});
