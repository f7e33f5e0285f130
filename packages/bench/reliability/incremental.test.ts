import type { Claim } from "@kroscek/core";
import { estimateReliability, estimateReliabilityWithState, refreshReliability } from "@kroscek/core";
import { describe, expect, it } from "vitest";
import { generate, SHAPES } from "./synthetic";

const shapeData = (name: string) => {
  const shape = SHAPES.find((s) => s.name === name);
  if (!shape) throw new Error(`no shape ${name}`);
  return generate(shape, 0.5);
};
type Data = ReturnType<typeof shapeData>;
const fns = (ds: Data) => ({
  valueKey: ds.valueKey,
  similarity: ds.similarity,
  ...(ds.contains ? { contains: ds.contains } : {}),
  ...(ds.width ? { width: ds.width } : {}),
});
const worstGap = (a: { source: string; accuracy: number }[], b: { source: string; accuracy: number }[]) => {
  const byB = new Map(b.map((s) => [s.source, s.accuracy]));
  let worst = 0;
  for (const s of a) worst = Math.max(worst, Math.abs(s.accuracy - (byB.get(s.source) ?? Number.NaN)));
  return worst;
};

describe("incremental refresh after a write", () => {
  for (const name of [
    "copiers",
    "long-tailed sources",
    "dates at mixed precision",
    "numbers (noise + rounding)",
  ]) {
    it(`stays within 0.01 of a full recomputation (${name})`, () => {
      const ds = shapeData(name);
      const { state } = estimateReliabilityWithState({ ...fns(ds), claims: ds.claims });
      // One write: a source files a claim on an object, with another source's value there; and a
      // source that was right there changes its value (an edit).
      const onObject = ds.claims.filter((c) => c.object === "o7");
      const other = onObject.find((c) => c.source !== "s00003");
      if (!other) throw new Error("no claim on o7");
      const edited = onObject.find((c) => c.source !== other.source && c.source !== "s00003");
      const wrong = ds.claims.find((c) => c.object !== "o7" && c.value !== edited?.value)?.value;
      const after: Claim<unknown>[] = [
        ...ds.claims.map((c) => (c === edited ? { ...c, value: wrong } : c)),
        { source: "s00003", object: "o7", value: other.value },
        // A source never seen before.
        { source: "newcomer", object: "o7", value: other.value },
      ];
      const refreshed = refreshReliability(state, {
        ...fns(ds),
        objects: ["o7"],
        claims: after.filter((c) => c.object === "o7"),
      });
      const full = estimateReliability({ ...fns(ds), claims: after, detail: "sources" });
      expect(refreshed.result.converged).toBe(true);
      expect(refreshed.result.sources.map((s) => s.source)).toEqual(full.sources.map((s) => s.source));
      expect(worstGap(refreshed.result.sources, full.sources)).toBeLessThanOrEqual(0.01);
      const byFull = new Map(full.sources.map((s) => [s.source, s]));
      for (const s of refreshed.result.sources) {
        const f = byFull.get(s.source);
        expect(s.claims, s.source).toBe(f?.claims);
        expect(s.objects, s.source).toBe(f?.objects);
      }
      // The written source moved, as far as the full run moved it (within 2e-3, 5 times tighter
      // than the bound for every source), and in the same direction whenever the full run's move
      // is larger than that: a write's net effect can be ~1e-4, where only the size is meaningful.
      const before = state.result.sources.find((s) => s.source === "s00003")?.accuracy ?? 0;
      const r = refreshed.result.sources.find((s) => s.source === "s00003")?.accuracy ?? 0;
      const f = byFull.get("s00003")?.accuracy ?? 0;
      expect(r).not.toBe(before);
      expect(Math.abs(r - before - (f - before))).toBeLessThanOrEqual(2e-3);
      if (Math.abs(f - before) > 2e-3) expect(Math.sign(r - before)).toBe(Math.sign(f - before));

      // A second write on another object, refreshed from the first refresh's state.
      const next = [...after, { source: "s00003", object: "o8", value: other.value }];
      const again = refreshReliability(refreshed.state, {
        ...fns(ds),
        objects: ["o8"],
        claims: next.filter((c) => c.object === "o8"),
      });
      const full2 = estimateReliability({ ...fns(ds), claims: next, detail: "sources" });
      expect(worstGap(again.result.sources, full2.sources)).toBeLessThanOrEqual(0.01);
      expect(again.result.sources.find((s) => s.source === "s00003")?.claims).toBe(
        full2.sources.find((s) => s.source === "s00003")?.claims,
      );
    });
  }

  it("changes nothing measurable when the object's claims are unchanged", () => {
    const ds = shapeData("copiers");
    const { result, state } = estimateReliabilityWithState({ ...fns(ds), claims: ds.claims });
    const same = refreshReliability(state, {
      ...fns(ds),
      objects: ["o3"],
      claims: ds.claims.filter((c) => c.object === "o3"),
    });
    expect(worstGap(same.result.sources, result.sources)).toBeLessThan(1e-3);
    expect(same.result.sources.map((s) => s.agreeing)).toEqual(result.sources.map((s) => s.agreeing));
  });
});
