import { createTestDatabase, type TestDatabase } from "@kroscek/db/testing";
import { reliabilitySnapshots, reliabilityStates } from "@kroscek/schema/tables";
import { eq } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SeededWorkspace, seedWorkspace } from "../../test/seed";
import { partBatches, storeRefreshState } from "./refresh";

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
