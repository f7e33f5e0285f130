import type { ReliabilityRun } from "@kroscek/core";
import { describe, expect, it } from "vitest";
import { encodeScoreSlices, OUTLET_SLICE, scoreRowsJson, scoreSlices } from "./engine";

describe("outlet rows from the worker", () => {
  it("come back as the JSON slices the score insert reads, text beyond ASCII included", () => {
    const rows = Array.from({ length: 2 * OUTLET_SLICE + 7 }, (_, i) => ({
      outletId: `00000000-0000-7000-8000-${i.toString().padStart(12, "0")}`,
      status: "scored",
      basis: "outlet",
      score: i / 3,
      accuracy: 0.5,
      accuracyLow: 0.25,
      accuracyHigh: 0.75,
      assertionCount: i,
      claimCount: i,
      unsourcedCount: 0,
      anonymousCount: 0,
      components: { note: i % 2 ? "kutipan “dia” — é 🎉" : null },
    })) as unknown as ReliabilityRun["outlets"];
    const slices = [...scoreSlices(encodeScoreSlices(rows))];
    expect(slices).toHaveLength(3);
    expect(slices).toEqual([
      scoreRowsJson(rows.slice(0, OUTLET_SLICE)),
      scoreRowsJson(rows.slice(OUTLET_SLICE, 2 * OUTLET_SLICE)),
      scoreRowsJson(rows.slice(2 * OUTLET_SLICE)),
    ]);
    expect([...scoreSlices(encodeScoreSlices([]))]).toEqual([]);
  });
});
