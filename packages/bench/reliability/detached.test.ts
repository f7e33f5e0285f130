import {
  attachState,
  type Claim,
  detachState,
  estimateReliabilityWithState,
  type ObjectClaims,
  objectClaims,
  refreshReliability,
} from "@kroscek/core";
import { describe, expect, it } from "vitest";
import { generate, SHAPES } from "./synthetic";

/** Round-trips a state through structured clone, as storing it would. */
const stored = <T>(x: T): T => structuredClone(x);

describe("a refresh state stored in parts", () => {
  for (const name of ["copiers", "numbers (noise + rounding)"]) {
    it(`refreshes exactly as the state in memory does, twice in a row (${name})`, () => {
      const shape = SHAPES.find((s) => s.name === name);
      if (!shape) throw new Error(`no shape ${name}`);
      const ds = generate(shape, 0.5);
      const fns = {
        valueKey: ds.valueKey,
        similarity: ds.similarity,
        ...(ds.contains ? { contains: ds.contains } : {}),
        ...(ds.width ? { width: ds.width } : {}),
      };
      const { state } = estimateReliabilityWithState({ ...fns, claims: ds.claims });
      const write = (object: string, source: string): Claim<unknown>[] => {
        const on = ds.claims.filter((c) => c.object === object);
        const other = on.find((c) => c.source !== source);
        if (!other) throw new Error(`no claim on ${object}`);
        return [
          ...on,
          { source, object, value: other.value },
          { source: "newcomer", object, value: other.value },
        ];
      };
      const parts = (s: Parameters<typeof detachState>[0]) => ({
        detached: stored(detachState(s)),
        claims: new Map(stored([...objectClaims(s)])),
      });
      const pick = (all: Map<string, ObjectClaims>, ids: string[]) =>
        new Map(ids.flatMap((id) => (all.has(id) ? [[id, all.get(id) as ObjectClaims] as const] : [])));

      const first = { ...fns, objects: ["o7"], claims: write("o7", "s00003") };
      const inMemory = refreshReliability(state, first);
      const p0 = parts(state);
      const fromParts = refreshReliability(attachState(p0.detached, pick(p0.claims, ["o7"])), first);
      expect(fromParts.result.sources).toEqual(inMemory.result.sources);
      expect(fromParts.result.objectCount).toBe(inMemory.result.objectCount);

      // Chained: the second refresh starts from the first one's stored parts (the changed
      // object's claims replaced by the refreshed ones).
      const second = { ...fns, objects: ["o11", "o7"], claims: [...write("o11", "s00005"), ...first.claims] };
      const again = refreshReliability(inMemory.state, second);
      const p1 = parts(fromParts.state);
      const merged = new Map([...p0.claims, ...p1.claims]);
      const againFromParts = refreshReliability(
        attachState(p1.detached, pick(merged, ["o11", "o7"])),
        second,
      );
      expect(againFromParts.result.sources).toEqual(again.result.sources);
      // Every object's claims of the refreshed in-memory state equal the stored ones merged.
      const all = new Map(objectClaims(again.state));
      expect(new Map([...merged, ...new Map(objectClaims(againFromParts.state))])).toEqual(all);
    });
  }
});
