import { gunzipSync } from "node:zlib";
import { createTestDatabase, type TestDatabase } from "@kroscek/db/testing";
import { reliabilitySnapshots, reliabilityStates } from "@kroscek/schema/tables";
import { eq } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";
import { partBatches, STATE_SLICE_BYTES, storeRefreshState } from "./refresh";
import { decodePart, encodePart } from "./state-parts";

describe("storing the refresh state of finished snapshots", () => {
  let t: TestDatabase;
  let ws: SeededWorkspace;

  beforeAll(async () => {
    t = await createTestDatabase();
    ws = await seedWorkspace(t.db, "refresh-state");
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  async function snapshot() {
    const id = uuidv7();
    await t.db.insert(reliabilitySnapshots).values({
      workspaceId: ws.id,
      id,
      algorithm: "accu-sim-copy",
      algorithmVersion: "test",
      parameters: { requested: { params: {} } },
    });
    return id;
  }
  const store = (tx: Parameters<typeof storeRefreshState>[0], id: string) =>
    storeRefreshState(tx, ws.id, id, "test", {} as never, new Uint8Array([1, 2, 3]), []);

  it("stores a state larger than one slice whole", async () => {
    const id = await snapshot();
    const state = new Uint8Array(STATE_SLICE_BYTES * 2 + 1234);
    for (let i = 0; i < state.length; i++) state[i] = (i * 7919) % 251;
    await t.db.transaction((tx) => storeRefreshState(tx, ws.id, id, "test", {} as never, state, []));
    const [row] = await t.db
      .select({ state: reliabilityStates.state })
      .from(reliabilityStates)
      .where(eq(reliabilityStates.workspaceId, ws.id));
    expect(row?.state.byteLength).toBe(state.byteLength);
    expect(Buffer.from(row?.state as Uint8Array).equals(Buffer.from(state))).toBe(true);
  });

  it("stores both when two snapshots finish together, keeping the one queued last", async () => {
    const older = await snapshot();
    const newer = await snapshot();
    let release: () => void = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    let stored: () => void = () => {};
    const firstStored = new Promise<void>((r) => {
      stored = r;
    });
    // The newer snapshot stores first and holds its transaction open; the older one comes after.
    const first = t.db.transaction(async (tx) => {
      await store(tx, newer);
      stored();
      await held;
    });
    await firstStored;
    const second = t.db.transaction((tx) => store(tx, older));
    setTimeout(release, 300);
    await expect(Promise.all([first, second])).resolves.toBeDefined();
    const rows = await t.db
      .select({ snapshotId: reliabilityStates.snapshotId })
      .from(reliabilityStates)
      .where(eq(reliabilityStates.workspaceId, ws.id));
    expect(rows).toEqual([{ snapshotId: newer }]);
  });
});

describe("batches of stored parts", () => {
  const part = (kb: number) => ({ claims: new Uint8Array(kb * 1024) });
  it("keeps each insert's bytes at most 512 KB, in order, a larger part alone", () => {
    const parts = [part(200), part(200), part(200), part(900), part(100), part(100)];
    const batches = partBatches(parts);
    expect(batches.map((b) => b.map((p) => p.claims.byteLength / 1024))).toEqual([
      [200, 200],
      [200],
      [900],
      [100, 100],
    ]);
    expect(batches.flat()).toEqual(parts);
    expect(partBatches([])).toEqual([]);
  });
});

describe("the stored form of a refresh state", () => {
  const claims = (n: number) => ({
    source: Int32Array.from({ length: n }, (_, i) => i % 7),
    share: Float64Array.from({ length: n }, () => 0.5),
    probability: Float64Array.from({ length: n }, (_, i) => (i % 3) / 3),
    agrees: Uint8Array.from({ length: n }, (_, i) => i % 2),
  });
  it("is deflated, and reads back the same claims, also from a value stored uncompressed", () => {
    const entries = Array.from(
      { length: 200 },
      (_, i) => [`e${String(i).padStart(4, "0")}:date`, claims(20)] as const,
    );
    const part = encodePart(entries);
    // gzip's header: the bytes postgres.js hex-encodes on the API thread are the deflated ones.
    expect([part.claims[0], part.claims[1]]).toEqual([0x1f, 0x8b]);
    const back = decodePart(part.claims);
    expect(back.size).toBe(200);
    expect(back.get("e0007:date")).toEqual(claims(20));
    const raw = new Uint8Array(gunzipSync(part.claims));
    expect(raw.byteLength).toBeGreaterThan(part.claims.byteLength);
    expect(decodePart(raw).get("e0199:date")).toEqual(claims(20));
  });
});
