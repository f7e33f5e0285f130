import { computeOutletReliability } from "@kroscek/core";
import { postgresUrlOf } from "@kroscek/db";
import { createTestDatabase, type TestDatabase } from "@kroscek/db/testing";
import { SnapshotCreateSchema } from "@kroscek/schema";
import { articles, reliabilityScores, reliabilitySnapshots } from "@kroscek/schema/tables";
import { and, eq, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildLedger, dayValue, LedgerFixture } from "../../test/ledger-fixture";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";
import { engineShare } from "./engine";
import { copyLedger, loadLedger, streamLedger } from "./ledger";
import { LedgerPacker, ledgerRows, type PackedLedger, packLedger, unpackLedger } from "./packed-ledger";
import { computeSnapshot, SNAPSHOT_MAX_ATTEMPTS, SnapshotRunner } from "./runner";

describe("snapshot runner", () => {
  let t: TestDatabase;
  let ws: SeededWorkspace;

  beforeAll(async () => {
    t = await createTestDatabase();
    ws = await seedWorkspace(t.db, "runner");
    await buildLedger(new LedgerFixture(t.db, ws.id));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  /** A snapshot row as a process that stopped mid-way would leave it. */
  async function leftBehind(set: Partial<typeof reliabilitySnapshots.$inferInsert>) {
    const id = uuidv7();
    await t.db.insert(reliabilitySnapshots).values({
      workspaceId: ws.id,
      id,
      algorithm: "accu-sim-copy",
      algorithmVersion: "test",
      parameters: { requested: { params: {} } },
      ...set,
    });
    return id;
  }
  const row = async (id: string) =>
    (
      await t.db
        .select()
        .from(reliabilitySnapshots)
        .where(and(eq(reliabilitySnapshots.workspaceId, ws.id), eq(reliabilitySnapshots.id, id)))
    )[0];
  const scoreCount = async (id: string) =>
    (await t.db.select().from(reliabilityScores).where(eq(reliabilityScores.snapshotId, id))).length;

  it("takes over a snapshot whose process died (lease expired) and finishes it", async () => {
    const id = await leftBehind({
      status: "running",
      progress: 0.3,
      claimedBy: "dead-host:1:x",
      leaseUntil: sql`now() - interval '1 minute'` as unknown as Date,
      attempts: 1,
    });
    await new SnapshotRunner(t.db, "runner-a").workThroughQueue();
    const r = await row(id);
    expect(r?.status).toBe("done");
    expect(r?.attempts).toBe(2);
    expect(r?.claimedBy).toBeNull();
    expect(await scoreCount(id)).toBeGreaterThan(0);
  });

  it("leaves a snapshot alone while another live process holds its lease", async () => {
    const id = await leftBehind({
      status: "running",
      claimedBy: "other-host:2:y",
      leaseUntil: sql`now() + interval '2 minutes'` as unknown as Date,
      attempts: 1,
    });
    await new SnapshotRunner(t.db, "runner-b").workThroughQueue();
    const r = await row(id);
    expect(r?.status).toBe("running");
    expect(r?.claimedBy).toBe("other-host:2:y");
    expect(await scoreCount(id)).toBe(0);
    await t.db.delete(reliabilitySnapshots).where(eq(reliabilitySnapshots.id, id));
  });

  it("picks up queued work and gives up on a snapshot interrupted too often", async () => {
    const queued = await leftBehind({});
    const doomed = await leftBehind({
      status: "running",
      claimedBy: "dead-host:3:z",
      leaseUntil: sql`now() - interval '1 second'` as unknown as Date,
      attempts: SNAPSHOT_MAX_ATTEMPTS,
    });
    await new SnapshotRunner(t.db, "runner-c").workThroughQueue();
    expect((await row(queued))?.status).toBe("done");
    const failed = await row(doomed);
    expect(failed?.status).toBe("failed");
    expect(failed?.error).toMatch(/interrupted 3 times/);
    expect(await scoreCount(doomed)).toBe(0);
  });

  it("reads the same ledger streamed through a cursor, in COPY streams and in keyset pages", async () => {
    // Rows whose article ids and times the mapping needs: an outlet with no printed name, and a
    // copy group whose original is picked by publication time.
    const fx = new LedgerFixture(t.db, ws.id);
    const nameless = await fx.outlet("(tanpa nama)", "unknown");
    const a = await fx.outlet("Harian A");
    const b = await fx.outlet("Harian B");
    const event = await fx.event("Pertemuan puncak");
    const claim = await fx.claim(event, dayValue("2024-03-05"), "Pertemuan 5 Maret");
    for (const outlet of [nameless, nameless, a, b]) {
      const article = await fx.article(outlet, { publishedAt: "2024-03-05T08:00:00.000Z" });
      await fx.assertion(article, claim);
      if (outlet !== nameless)
        await t.db
          .update(articles)
          .set({
            copyGroupId: "00000000-0000-7000-8000-0000000000c9",
            publishedAt: new Date(outlet === a ? "2024-03-05T07:00:00.000Z" : "2024-03-05T09:00:00.000Z"),
          })
          .where(and(eq(articles.workspaceId, ws.id), eq(articles.id, article.id)));
    }
    // A value whose JSON text COPY escapes (quotes, a backslash, a tab, a newline) and not ASCII.
    const said = await fx.claim(
      event,
      { slot: "statement", text: 'Kata "dia":\ta\\b\nbaris dua 🎉 — é' },
      "Pernyataan",
    );
    await fx.assertion(await fx.article(a), said);
    const sorted = (p: PackedLedger) =>
      unpackLedger(p).assertions.sort((x, y) => {
        const kx = `${x.articleId}${x.outletId}${x.eventId}${JSON.stringify(x.value)}${x.attributionKind}`;
        const ky = `${y.articleId}${y.outletId}${y.eventId}${JSON.stringify(y.value)}${y.attributionKind}`;
        return kx < ky ? -1 : kx > ky ? 1 : 0;
      });
    const paged = await loadLedger(t.db, ws.id);
    const streamed = await streamLedger(t.db, ws.id);
    const url = postgresUrlOf(t.db);
    if (url) {
      const copied = await copyLedger(t.db, url, ws.id);
      expect(sorted(copied)).toEqual(sorted(paged));
      expect(copied.verdicts).toEqual(paged.verdicts);
    }
    expect(streamed.count).toBe(paged.count);
    expect(streamed.count).toBeGreaterThan(10);
    expect(sorted(streamed)).toEqual(sorted(paged));
    expect(streamed.verdicts).toEqual(paged.verdicts);
    const grouped = unpackLedger(streamed).assertions.filter((x) => x.copyGroupId !== null);
    expect(grouped.map((x) => x.publishedAt).sort()).toEqual([
      Date.parse("2024-03-05T07:00:00.000Z"),
      Date.parse("2024-03-05T09:00:00.000Z"),
    ]);
    expect(
      unpackLedger(streamed).assertions.filter((x) => x.outletId === nameless && x.articleId).length,
    ).toBe(2);
    expect(computeOutletReliability(streamed.outlets, ledgerRows(streamed), streamed.verdicts)).toEqual(
      computeOutletReliability(paged.outlets, ledgerRows(paged), paged.verdicts),
    );
  });

  it("stores the same scores when the worker reads the ledger itself as when it is handed the ledger", async () => {
    const scoresOf = async (workerReadMin: number) => {
      const id = await leftBehind({ status: "running", claimedBy: "runner-w" });
      await computeSnapshot(
        t.db,
        ws.id,
        id,
        SnapshotCreateSchema.parse({}),
        (db, set) =>
          db
            .update(reliabilitySnapshots)
            .set(set)
            .where(and(eq(reliabilitySnapshots.workspaceId, ws.id), eq(reliabilitySnapshots.id, id)))
            .then(() => {}),
        { streamed: true, workerReadMin },
      );
      const r = await row(id);
      expect(r?.status).toBe("done");
      const rows = await t.db.select().from(reliabilityScores).where(eq(reliabilityScores.snapshotId, id));
      return {
        timings: (r?.summary as { timings: { readMs: number } } | undefined)?.timings,
        rows: rows.map(({ snapshotId: _s, ...x }) => x).sort((x, y) => x.outletId.localeCompare(y.outletId)),
      };
    };
    const handed = await scoresOf(Number.POSITIVE_INFINITY);
    const read = await scoresOf(0);
    expect(read.rows.length).toBeGreaterThan(3);
    expect(read.rows).toEqual(handed.rows);
    expect(read.timings?.readMs).toBeGreaterThan(0);
  }, 60_000);

  it("records invalid stored parameters as a failure, not a crash", async () => {
    const id = await leftBehind({ parameters: { requested: { params: { alpha: -1 } } } });
    await new SnapshotRunner(t.db, "runner-d").workThroughQueue();
    const r = await row(id);
    expect(r?.status).toBe("failed");
    expect(r?.error).toMatch(/stored parameters are invalid/);
  });
});

describe("packed ledger", () => {
  it("round-trips assertions, nulls included", () => {
    const ledger = {
      outlets: [{ id: "o1", name: "Outlet", kind: "news" as const }],
      verdicts: [],
      assertions: [
        {
          articleId: "a1",
          outletId: "o1",
          eventId: "e1",
          value: { slot: "occurred" as const, occurred: true },
          stance: "asserts" as const,
          attributionKind: "wire" as const,
          wireCredit: "Reuters",
          copyGroupId: null,
          publishedAt: 1705536000000,
        },
        {
          articleId: "a2",
          outletId: "o1",
          eventId: "e1",
          value: { slot: "statement" as const, text: "Pyongyang" },
          stance: "denies" as const,
          attributionKind: "none" as const,
          wireCredit: null,
          copyGroupId: "g1",
          publishedAt: null,
        },
      ],
    };
    expect(unpackLedger(packLedger(ledger))).toEqual(ledger);
  });

  it("grows past its first capacity and keeps every row", () => {
    const packer = new LedgerPacker(1);
    const rows = Array.from({ length: 100 }, (_, i) => ({
      articleId: `a${i}`,
      outletId: `o${i % 7}`,
      eventId: `e${i % 13}`,
      value: { slot: "quantity" as const, amount: i % 5, unit: "orang", tolerance: 0 },
      stance: "asserts" as const,
      attributionKind: "named_person" as const,
      wireCredit: i % 2 ? "AFP" : null,
      copyGroupId: null,
      publishedAt: i % 3 ? i * 1000 : null,
    }));
    for (const r of rows) packer.add(r);
    const unpacked = unpackLedger(packer.pack([], []));
    expect(unpacked.assertions).toEqual(rows);
    // Equal values are one object after unpacking.
    expect(unpacked.assertions[0]?.value).toBe(unpacked.assertions[5]?.value);
  });
});

describe("packed ledger read in place", () => {
  it("scores exactly as the same ledger given as objects", () => {
    const outlets = Array.from({ length: 12 }, (_, o) => ({
      id: `o${o}`,
      name: o === 11 ? "Reuters" : `Outlet ${o}`,
      kind: o === 11 ? ("wire" as const) : o === 10 ? ("unknown" as const) : ("news" as const),
    }));
    const assertions = Array.from({ length: 600 }, (_, i) => {
      const o = (i * 7) % 12;
      const e = i % 40;
      const wrong = (i * 13) % 10 < o % 5;
      return {
        articleId: `a${i}`,
        outletId: `o${o}`,
        eventId: `e${e}`,
        value:
          i % 3 === 0
            ? { slot: "occurred" as const, occurred: !wrong }
            : {
                slot: "quantity" as const,
                amount: 100 + (wrong ? (i % 4) * 10 : 0),
                unit: "orang",
                tolerance: 0,
              },
        stance:
          i % 17 === 0
            ? ("denies" as const)
            : i % 19 === 0
              ? ("reports_unconfirmed" as const)
              : ("asserts" as const),
        attributionKind: i % 5 === 0 ? ("none" as const) : ("named_person" as const),
        wireCredit: i % 11 === 0 ? "sumber: Reuters" : i % 23 === 0 ? "AFP" : null,
        copyGroupId: i % 29 === 0 ? `g${i % 3}` : null,
        publishedAt: i % 2 ? i * 1000 : null,
      };
    });
    const verdicts = [
      {
        claimId: "c1",
        eventId: "e1",
        value: { slot: "quantity" as const, amount: 100, unit: "orang", tolerance: 0 },
        ratingValue: 5,
      },
    ];
    const packed = packLedger({ outlets, assertions, verdicts });
    const fromRows = computeOutletReliability(packed.outlets, ledgerRows(packed), packed.verdicts);
    const fromObjects = computeOutletReliability(outlets, assertions, verdicts);
    expect(fromRows.summary.engineClaims).toBeGreaterThan(500);
    expect(fromRows.summary.dependences).toBeGreaterThan(0);
    expect(fromRows).toEqual(fromObjects);
  });
});

describe("engine progress", () => {
  const at = (round: number, delta: number) => ({ round, delta, maxRounds: 100, tolerance: 1e-4 });
  it("moves from 0 towards 1 as the largest change shrinks to the tolerance, never back", () => {
    expect(engineShare(at(1, 1))).toBeCloseTo(0.01);
    expect(engineShare(at(2, 1e-2))).toBeCloseTo(0.5);
    expect(engineShare(at(3, 1e-1), 0.5)).toBe(0.5);
    expect(engineShare(at(9, 5e-5))).toBe(1);
  });
});
