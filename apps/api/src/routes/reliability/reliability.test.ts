import {
  ErrorEnvelopeSchema,
  pageOf,
  ReliabilityHistoryEntrySchema,
  ReliabilitySnapshotViewSchema,
} from "@kroscek/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/harness";
import { buildLedger, LedgerFixture, waitForSnapshot } from "../../test/ledger-fixture";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";

describe("reliability snapshots", () => {
  let s: TestServer;
  let a: SeededWorkspace;
  let b: SeededWorkspace;
  let ids: Record<string, string>;
  let snapshotUrl: string;
  const base = () => `/api/v1/workspaces/${a.slug}/reliability/snapshots`;

  beforeAll(async () => {
    s = await startTestServer();
    a = await seedWorkspace(s.t.db, "alpha");
    b = await seedWorkspace(s.t.db, "beta");
    ids = await buildLedger(new LedgerFixture(s.t.db, a.id));
  });
  afterAll(async () => {
    await s?.close();
  });

  it("refuses fact-checkers: recomputing is an editor's call", async () => {
    expect((await s.json("POST", base(), a.tokens.factchecker)).status).toBe(403);
  });

  it("answers 202 at once and computes in the background, reporting progress until done", async () => {
    const res = await s.json("POST", base(), a.tokens.editor);
    expect(res.status).toBe(202);
    const queued = ReliabilitySnapshotViewSchema.parse(res.body);
    expect(queued.status).toBe("queued");
    expect(queued.progress).toBe(0);
    snapshotUrl = `${base()}/${queued.id}`;
    const done = await waitForSnapshot(s, snapshotUrl, a.tokens.viewer);
    expect(done.status).toBe("done");
    expect(done.progress).toBe(1);
    expect(done.algorithmVersion).toMatch(/^truth-.*\+score-1$/);
    expect(done.parameters).toMatchObject({
      engine: { alpha: 4, beta: 1 },
      weights: { unsourced: 0.3, anonymous: 0.15 },
    });
    expect(done.scores).toHaveLength(10);
    const by = new Map(done.scores.map((x) => [x.outletName, x]));
    const score = (n: string) => by.get(n)?.score ?? Number.NaN;
    // A reliable outlet scores above one that contradicts the majority.
    expect(score("A")).toBeGreaterThan(score("Liar"));
    expect(by.get("Liar")?.unsourcedCount).toBe(5);
    // The wire story carried three times counts about once: the two independent outlets win.
    expect(by.get("I1")?.components.agreeing).toBe(1);
    expect(by.get("W1")?.components.agreeing).toBe(0);
    expect(((done.summary?.wires ?? []) as Array<{ source: string }>).map((w) => w.source)).toEqual([
      "wire:Reuters",
    ]);
    // No evidence, or one event slot: no score at all, only the counts.
    expect(by.get("Silent")).toMatchObject({
      status: "insufficient_evidence",
      score: null,
      assertionCount: 0,
    });
    expect(by.get("I1")).toMatchObject({ status: "insufficient_evidence", score: null, assertionCount: 1 });
  });

  it("takes parameter overrides, stores them, and validates them", async () => {
    const bad = await s.json("POST", base(), a.tokens.editor, { params: { alpha: -1 } });
    expect(bad.status).toBe(422);
    const res = await s.json("POST", base(), a.tokens.admin, {
      params: { detectCopying: false },
      weights: { unsourced: 0.5, anonymous: 0.2 },
    });
    expect(res.status).toBe(202);
    const done = await waitForSnapshot(
      s,
      `${base()}/${ReliabilitySnapshotViewSchema.parse(res.body).id}`,
      a.tokens.viewer,
    );
    expect(done.algorithm).toBe("accu-sim");
    const liar = done.scores.find((x) => x.outletName === "Liar");
    expect(liar?.components.sourcingFactor).toBeCloseTo(0.5);
  });

  it("lists snapshots newest first and keeps each outlet's history", async () => {
    const list = pageOf(ReliabilitySnapshotViewSchema).parse(
      (await s.json("GET", base(), a.tokens.viewer)).body,
    );
    expect(list.items).toHaveLength(2);
    expect(`${base()}/${list.items[1]?.id}`).toBe(snapshotUrl);
    const history = await s.json(
      "GET",
      `/api/v1/workspaces/alpha/outlets/${ids.A}/reliability-history`,
      a.tokens.viewer,
    );
    expect(history.status).toBe(200);
    const page = pageOf(ReliabilityHistoryEntrySchema).parse(history.body);
    expect(page.items).toHaveLength(2);
    expect(page.items[0]?.snapshotId).toBe(list.items[0]?.id);
  });

  it("hides unknown and other workspaces' snapshots and outlets behind 404", async () => {
    const unknown = await s.json("GET", `${base()}/0190f5d2-0000-7000-8000-000000000000`, a.tokens.viewer);
    expect(unknown.status).toBe(404);
    expect(ErrorEnvelopeSchema.parse(unknown.body).error.code).toBe("not_found");
    const id = snapshotUrl.split("/").pop();
    expect(
      (await s.json("GET", `/api/v1/workspaces/beta/reliability/snapshots/${id}`, b.tokens.admin)).status,
    ).toBe(404);
    expect(
      (await s.json("GET", `/api/v1/workspaces/beta/outlets/${ids.A}/reliability-history`, b.tokens.admin))
        .status,
    ).toBe(404);
  });
});
