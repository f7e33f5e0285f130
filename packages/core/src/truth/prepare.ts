// Turns a TruthInput into sorted, integer-indexed arrays. Every algorithm works on this form, which
// is what makes results independent of input order: sources, objects, values and claims are all
// visited in code-unit string order, so floating-point sums are always added up the same way.
import { DEFAULT_PARAMS, type TruthInput, type TruthParams } from "./types";

/** Code-unit string order; unlike localeCompare it does not depend on the runtime's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface PreparedValue<V> {
  key: string;
  value: V;
}

export interface PreparedObject<V> {
  id: string;
  values: PreparedValue<V>[];
  /** Indices into `claims`, in (source, value) order. */
  claims: number[];
  /** Row-major values × values similarity, or null when no similarity function is given. */
  sim: Float64Array | null;
  /** Row-major: inside[v*m+u] = 1 when value u is strictly inside value v (v is the coarser claim); null when no `contains`. */
  inside: Uint8Array | null;
  /** Width per value (smaller = more precise), or null. */
  width: Float64Array | null;
  /** Index of the fixed (verdict) value, or -1. */
  fixedValue: number;
}

export interface PreparedClaim {
  source: number;
  object: number;
  /** Index into the object's `values`. */
  value: number;
  /** 1/k when the source gives k distinct values for the object: a source has one vote per object. */
  share: number;
}

export interface Prepared<V> {
  params: TruthParams;
  sources: string[];
  objects: PreparedObject<V>[];
  claims: PreparedClaim[];
  /** Claim indices per source. */
  bySource: number[][];
  /** Declared dependences, directed: key `copier * sources.length + original`. */
  declared: Set<number>;
  /** Group index per source (-1: none) and the group names. */
  sourceGroup: Int32Array;
  groups: string[];
}

/** Key of an unordered source pair in the dependence maps. */
export function pairKey(i: number, j: number, sourceCount: number): number {
  return i < j ? i * sourceCount + j : j * sourceCount + i;
}

interface Row<V> {
  source: string;
  object: string;
  key: string;
  value: V;
  /** A verdict row: defines a value but is nobody's vote. */
  fixed: boolean;
  // Breaks ties between equal-keyed values of one source, so the representative value is stable.
  repr: string;
}

function reprOf(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return "";
  }
}

function validate(p: TruthParams): void {
  const bad = (name: string) => {
    throw new RangeError(`invalid truth-discovery parameter ${name}`);
  };
  if (!(p.alpha > 0)) bad("alpha");
  if (!(p.beta > 0)) bad("beta");
  if (!(p.initialAccuracy > 0 && p.initialAccuracy < 1)) bad("initialAccuracy");
  if (!(p.falseValues >= 1)) bad("falseValues");
  if (!(p.rho >= 0)) bad("rho");
  if (!(p.copyProbability >= 0 && p.copyProbability < 1)) bad("copyProbability");
  if (!(p.copyPrior > 0 && p.copyPrior < 1)) bad("copyPrior");
  if (!(p.maxRounds >= 1)) bad("maxRounds");
  if (!(p.tolerance >= 0)) bad("tolerance");
  if (!(p.credibleMass > 0 && p.credibleMass < 1)) bad("credibleMass");
  if (p.prior !== "hierarchical" && p.prior !== "fixed") bad("prior");
  if (!(p.priorStrengthMin > 0 && p.priorStrengthMax >= p.priorStrengthMin)) bad("priorStrengthMin");
  if (!(p.groupStrength >= 0)) bad("groupStrength");
  if (!(p.dampAfter >= 1)) bad("dampAfter");
}

/** Validates parameters, sorts and indexes the input. */
export function prepare<V>(input: TruthInput<V>): Prepared<V> {
  const params: TruthParams = { ...DEFAULT_PARAMS, ...input.params };
  validate(params);
  const rows: Row<V>[] = input.claims.map((c) => ({
    source: c.source,
    object: c.object,
    key: input.valueKey(c.value),
    value: c.value,
    fixed: false,
    repr: reprOf(c.value),
  }));
  for (const f of input.fixed ?? []) {
    // A verdict on an object nobody claimed still yields an object in the output.
    const key = input.valueKey(f.value);
    rows.push({ source: "", object: f.object, key, value: f.value, fixed: true, repr: reprOf(f.value) });
  }
  rows.sort(
    (a, b) =>
      compareStrings(a.object, b.object) ||
      compareStrings(a.source, b.source) ||
      compareStrings(a.key, b.key) ||
      compareStrings(a.repr, b.repr),
  );

  const sources = [...new Set(input.claims.map((c) => c.source))].sort(compareStrings);
  const sourceIndex = new Map(sources.map((s, i) => [s, i]));
  const fixedByObject = new Map<string, string>();
  for (const f of input.fixed ?? []) fixedByObject.set(f.object, input.valueKey(f.value));

  const objects: PreparedObject<V>[] = [];
  const claims: PreparedClaim[] = [];
  const bySource: number[][] = sources.map(() => []);
  let i = 0;
  while (i < rows.length) {
    const first = rows[i] as Row<V>;
    let end = i;
    while (end < rows.length && (rows[end] as Row<V>).object === first.object) end++;
    const group = rows.slice(i, end);
    i = end;
    // Representative value per key: the first row in sorted order.
    const valueIndex = new Map<string, number>();
    const values: PreparedValue<V>[] = [];
    for (const r of [...group].sort(
      (a, b) => compareStrings(a.key, b.key) || compareStrings(a.repr, b.repr),
    )) {
      if (!valueIndex.has(r.key)) {
        valueIndex.set(r.key, values.length);
        values.push({ key: r.key, value: r.value });
      }
    }
    const objectIdx = objects.length;
    const obj: PreparedObject<V> = {
      id: first.object,
      values,
      claims: [],
      sim: null,
      inside: null,
      width: null,
      fixedValue: -1,
    };
    const fixedKey = fixedByObject.get(first.object);
    if (fixedKey !== undefined) obj.fixedValue = valueIndex.get(fixedKey) ?? -1;
    // Distinct (source, value) pairs only: repeating a claim must not add votes.
    const seen = new Set<string>();
    const perSource = new Map<number, number[]>();
    for (const r of group) {
      const s = sourceIndex.get(r.source);
      if (r.fixed || s === undefined) continue;
      const v = valueIndex.get(r.key) as number;
      const id = `${s}\u0000${v}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const list = perSource.get(s) ?? [];
      list.push(claims.length);
      perSource.set(s, list);
      obj.claims.push(claims.length);
      claims.push({ source: s, object: objectIdx, value: v, share: 1 });
    }
    for (const [s, list] of perSource) {
      for (const c of list) {
        (claims[c] as PreparedClaim).share = 1 / list.length;
        (bySource[s] as number[]).push(c);
      }
    }
    if (input.similarity && values.length > 1) {
      const n = values.length;
      const sim = new Float64Array(n * n);
      for (let a = 0; a < n; a++) {
        sim[a * n + a] = 1;
        for (let b = a + 1; b < n; b++) {
          const raw = input.similarity(
            (values[a] as PreparedValue<V>).value,
            (values[b] as PreparedValue<V>).value,
          );
          const x = Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : 0;
          sim[a * n + b] = x;
          sim[b * n + a] = x;
        }
      }
      obj.sim = sim;
    }
    if (input.contains && values.length > 1) {
      const n = values.length;
      const inside = new Uint8Array(n * n);
      let any = false;
      for (let a = 0; a < n; a++) {
        for (let b = 0; b < n; b++) {
          if (a === b) continue;
          if (input.contains((values[a] as PreparedValue<V>).value, (values[b] as PreparedValue<V>).value)) {
            inside[a * n + b] = 1;
            any = true;
          }
        }
      }
      if (any) obj.inside = inside;
    }
    if (input.width) {
      const w = input.width;
      obj.width = Float64Array.from(values, (v) => {
        const x = w(v.value);
        return Number.isFinite(x) ? x : Number.POSITIVE_INFINITY;
      });
    }
    objects.push(obj);
  }

  const declared = new Set<number>();
  const addCopy = (copier: string, original: string) => {
    const a = sourceIndex.get(copier);
    const b = sourceIndex.get(original);
    if (a !== undefined && b !== undefined && a !== b) declared.add(a * sources.length + b);
  };
  for (const c of input.copies ?? []) addCopy(c.copier, c.original);
  const claimCount = (name: string) => bySource[sourceIndex.get(name) ?? -1]?.length ?? 0;
  for (const g of input.copyGroups ?? []) {
    // A group has no stated direction; the member with most claims stands as the original of the
    // others, and so on down, so the group's shared value counts about once.
    const members = [...new Set(g)].sort((x, y) => claimCount(y) - claimCount(x) || compareStrings(x, y));
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) addCopy(members[b] as string, members[a] as string);
    }
  }
  const groupNames = [
    ...new Set(sources.map((s) => input.sourceGroups?.[s]).filter((g): g is string => !!g)),
  ].sort(compareStrings);
  const groupIndex = new Map(groupNames.map((g, i) => [g, i]));
  const sourceGroup = Int32Array.from(sources, (s) => {
    const g = input.sourceGroups?.[s];
    return g ? (groupIndex.get(g) ?? -1) : -1;
  });
  return { params, sources, objects, claims, bySource, declared, sourceGroup, groups: groupNames };
}
