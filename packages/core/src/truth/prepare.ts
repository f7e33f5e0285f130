// Turns a TruthInput into sorted, integer-indexed, columnar arrays. Every algorithm works on this
// form, which is what makes results independent of input order: sources, objects, values and
// claims are all visited in code-unit string order, so floating-point sums are always added up the
// same way. Claims live in typed-array columns (source, object, value, share), grouped by object
// (an object's claims are one contiguous range) and indexed by source (CSR offsets): no object per
// claim is made, so a million claims cost tens of megabytes, not gigabytes.
import { DEFAULT_PARAMS, type TruthInput, type TruthParams } from "./types";

export type { ClaimColumns } from "./types";

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
  /** The object's claims are the claim indices [start, end), in (source, value) order. */
  start: number;
  end: number;
  /** Row-major values × values similarity, or null when no similarity function is given. */
  sim: Float64Array | null;
  /** Row-major: inside[v*m+u] = 1 when value u is strictly inside value v (v is the coarser claim); null when no `contains`. */
  inside: Uint8Array | null;
  /** Width per value (smaller = more precise), or null. */
  width: Float64Array | null;
  /** Index of the fixed (verdict) value, or -1. */
  fixedValue: number;
}

export interface Prepared<V> {
  params: TruthParams;
  sources: string[];
  objects: PreparedObject<V>[];
  /** Number of claims (distinct (source, object, value) triples). */
  claimCount: number;
  /** Per claim: source index, object index, index into the object's `values`. */
  claimSource: Int32Array;
  claimObject: Int32Array;
  claimValue: Int32Array;
  /** Per claim: 1/k when the source gives k distinct values for the object (one vote per object). */
  claimShare: Float64Array;
  /** Claims of source s: sourceClaims[sourceStart[s] .. sourceStart[s+1]), ascending. */
  sourceStart: Int32Array;
  sourceClaims: Int32Array;
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

/** Interns strings to dense ids in first-seen order. */
class Interner {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  id(s: string): number {
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(s);
      this.ids.set(s, i);
    }
    return i;
  }
  /** Rank of every id in code-unit order of the names. */
  ranks(): Int32Array {
    const order = Array.from(this.names.keys()).sort((a, b) =>
      compareStrings(this.names[a] as string, this.names[b] as string),
    );
    const rank = new Int32Array(this.names.length);
    order.forEach((id, r) => {
      rank[id] = r;
    });
    return rank;
  }
}

/** Growable Int32Array column. */
class IntColumn {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(x: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }
}

/** Validates parameters, sorts and indexes the input. */
export function prepare<V>(input: TruthInput<V>): Prepared<V> {
  const params: TruthParams = { ...DEFAULT_PARAMS, ...input.params };
  validate(params);
  const sourceNames = new Interner();
  const objectNames = new Interner();
  // Distinct values by identity (or by value for primitives): key and representation once each.
  const valueIds = new Map<V, number>();
  const distinct: V[] = [];
  const valueId = (v: V) => {
    let i = valueIds.get(v);
    if (i === undefined) {
      i = distinct.length;
      distinct.push(v);
      valueIds.set(v, i);
    }
    return i;
  };
  const rowSource = new IntColumn(input.claims.length + (input.columns?.count ?? 0));
  const rowObject = new IntColumn(rowSource.data.length);
  const rowValue = new IntColumn(rowSource.data.length);
  for (const c of input.claims) {
    rowSource.push(sourceNames.id(c.source));
    rowObject.push(objectNames.id(c.object));
    rowValue.push(valueId(c.value));
  }
  const cols = input.columns;
  if (cols) {
    const sMap = cols.sources.map((s) => sourceNames.id(s));
    const oMap = cols.objects.map((o) => objectNames.id(o));
    const vMap = cols.values.map((v) => valueId(v));
    for (let i = 0; i < cols.count; i++) {
      rowSource.push(sMap[cols.source[i] as number] as number);
      rowObject.push(oMap[cols.object[i] as number] as number);
      rowValue.push(vMap[cols.value[i] as number] as number);
    }
  }
  const claimRows = rowSource.length;
  const S = sourceNames.names.length;
  // A verdict on an object nobody claimed still yields an object in the output; it defines a value
  // but is nobody's vote (source -1).
  const fixedRow = new Map<number, number>();
  for (const f of input.fixed ?? []) {
    const o = objectNames.id(f.object);
    rowSource.push(-1);
    rowObject.push(o);
    rowValue.push(valueId(f.value));
    fixedRow.set(o, rowSource.length - 1);
  }
  const rows = rowSource.length;
  const keyNames = new Interner();
  const valueKey = Int32Array.from(distinct, (v) => keyNames.id(input.valueKey(v)));
  const keyRank = keyNames.ranks();
  const reprs = distinct.map(reprOf);
  // Global order of distinct values: by key, then representation (the representative of equal
  // keys is the first in this order).
  const valueOrder = Array.from(distinct.keys()).sort(
    (a, b) =>
      (keyRank[valueKey[a] as number] as number) - (keyRank[valueKey[b] as number] as number) ||
      compareStrings(reprs[a] as string, reprs[b] as string),
  );
  const valueRank = new Int32Array(distinct.length);
  valueOrder.forEach((v, r) => {
    valueRank[v] = r;
  });

  // Sorted names: sources and objects are numbered in code-unit order.
  const sourceRank = sourceNames.ranks();
  const objectRank = objectNames.ranks();
  const sources: string[] = new Array(S);
  for (let s = 0; s < S; s++) sources[sourceRank[s] as number] = sourceNames.names[s] as string;
  const O = objectNames.names.length;
  // Rows bucketed by object (counting sort), then sorted within each object by (source, value).
  const objStart = new Int32Array(O + 1);
  for (let r = 0; r < rows; r++) {
    const o = objectRank[rowObject.data[r] as number] as number;
    objStart[o + 1] = (objStart[o + 1] as number) + 1;
  }
  for (let o = 0; o < O; o++) objStart[o + 1] = (objStart[o + 1] as number) + (objStart[o] as number);
  const fill = objStart.slice(0, O);
  const order = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    const o = objectRank[rowObject.data[r] as number] as number;
    order[fill[o] as number] = r;
    fill[o] = (fill[o] as number) + 1;
  }
  const srcOf = (r: number) => {
    const s = rowSource.data[r] as number;
    return s < 0 ? -1 : (sourceRank[s] as number);
  };
  const byRow = (a: number, b: number) =>
    srcOf(a) - srcOf(b) ||
    (valueRank[rowValue.data[a] as number] as number) - (valueRank[rowValue.data[b] as number] as number);

  const claimSource = new Int32Array(claimRows);
  const claimObject = new Int32Array(claimRows);
  const claimValue = new Int32Array(claimRows);
  const claimShare = new Float64Array(claimRows);
  let claimCount = 0;
  const objects: PreparedObject<V>[] = new Array(O);
  // Local value index of each key within the current object (-1: not seen).
  const localOfKey = new Int32Array(keyNames.names.length).fill(-1);
  // Similarity, containment and width are functions of two (one) values: computed once per pair
  // of distinct values, however many objects they appear in.
  const D = distinct.length;
  const cacheable = D > 0 && D * D < 2 ** 52;
  const simCache = new Map<number, number>();
  const insideCache = new Map<number, boolean>();
  const widthCache = new Float64Array(D).fill(Number.NaN);
  for (let o = 0; o < O; o++) {
    const a0 = objStart[o] as number;
    const a1 = objStart[o + 1] as number;
    const group = order.subarray(a0, a1);
    group.sort(byRow);
    // Values: distinct keys in (key, repr) order; the representative is the key's first value.
    const reps: number[] = [];
    for (const r of group) reps.push(rowValue.data[r] as number);
    reps.sort((x, y) => (valueRank[x] as number) - (valueRank[y] as number));
    const values: PreparedValue<V>[] = [];
    const valueDistinct: number[] = [];
    for (const v of reps) {
      const k = valueKey[v] as number;
      if (localOfKey[k] !== -1) continue;
      localOfKey[k] = values.length;
      values.push({ key: keyNames.names[k] as string, value: distinct[v] as V });
      valueDistinct.push(v);
    }
    const start = claimCount;
    // Distinct (source, value) pairs only: repeating a claim must not add votes. Rows are in
    // (source, key) order, so duplicates are adjacent.
    let lastSource = -2;
    let lastValue = -1;
    for (const r of group) {
      const s = srcOf(r);
      if (s < 0) continue;
      const v = localOfKey[valueKey[rowValue.data[r] as number] as number] as number;
      if (s === lastSource && v === lastValue) continue;
      lastSource = s;
      lastValue = v;
      claimSource[claimCount] = s;
      claimObject[claimCount] = o;
      claimValue[claimCount] = v;
      claimCount++;
    }
    const end = claimCount;
    for (let c = start; c < end; ) {
      let e = c;
      while (e < end && claimSource[e] === claimSource[c]) e++;
      for (let x = c; x < e; x++) claimShare[x] = 1 / (e - c);
      c = e;
    }
    const obj: PreparedObject<V> = {
      id: objectNames.names[rowObject.data[group[0] as number] as number] as string,
      values,
      start,
      end,
      sim: null,
      inside: null,
      width: null,
      fixedValue: -1,
    };
    const fr = fixedRow.get(rowObject.data[group[0] as number] as number);
    if (fr !== undefined) obj.fixedValue = localOfKey[valueKey[rowValue.data[fr] as number] as number] ?? -1;
    const m = values.length;
    if (input.similarity && m > 1) {
      const sim = new Float64Array(m * m);
      for (let a = 0; a < m; a++) {
        sim[a * m + a] = 1;
        for (let b = a + 1; b < m; b++) {
          const da = valueDistinct[a] as number;
          const db = valueDistinct[b] as number;
          const key = da * D + db;
          let x = cacheable ? simCache.get(key) : undefined;
          if (x === undefined) {
            const raw = input.similarity(distinct[da] as V, distinct[db] as V);
            x = Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : 0;
            if (cacheable) simCache.set(key, x);
          }
          sim[a * m + b] = x;
          sim[b * m + a] = x;
        }
      }
      obj.sim = sim;
    }
    if (input.contains && m > 1) {
      const inside = new Uint8Array(m * m);
      let any = false;
      for (let a = 0; a < m; a++) {
        for (let b = 0; b < m; b++) {
          if (a === b) continue;
          const da = valueDistinct[a] as number;
          const db = valueDistinct[b] as number;
          const key = da * D + db;
          let x = cacheable ? insideCache.get(key) : undefined;
          if (x === undefined) {
            x = input.contains(distinct[da] as V, distinct[db] as V);
            if (cacheable) insideCache.set(key, x);
          }
          if (x) {
            inside[a * m + b] = 1;
            any = true;
          }
        }
      }
      if (any) obj.inside = inside;
    }
    if (input.width) {
      const w = input.width;
      obj.width = Float64Array.from(valueDistinct, (d) => {
        let x = widthCache[d] as number;
        if (Number.isNaN(x)) {
          const raw = w(distinct[d] as V);
          x = Number.isFinite(raw) ? raw : Number.POSITIVE_INFINITY;
          widthCache[d] = x;
        }
        return x;
      });
    }
    for (const v of valueDistinct) localOfKey[valueKey[v] as number] = -1;
    objects[o] = obj;
  }

  // Claims by source: CSR offsets, claim indices ascending.
  const sourceStart = new Int32Array(S + 1);
  for (let c = 0; c < claimCount; c++) {
    const s = claimSource[c] as number;
    sourceStart[s + 1] = (sourceStart[s + 1] as number) + 1;
  }
  for (let s = 0; s < S; s++)
    sourceStart[s + 1] = (sourceStart[s + 1] as number) + (sourceStart[s] as number);
  const sourceClaims = new Int32Array(claimCount);
  const next = sourceStart.slice(0, S);
  for (let c = 0; c < claimCount; c++) {
    const s = claimSource[c] as number;
    sourceClaims[next[s] as number] = c;
    next[s] = (next[s] as number) + 1;
  }

  const sourceIndex = new Map(sources.map((s, i) => [s, i]));
  const declared = new Set<number>();
  const addCopy = (copier: string, original: string) => {
    const a = sourceIndex.get(copier);
    const b = sourceIndex.get(original);
    if (a !== undefined && b !== undefined && a !== b) declared.add(a * S + b);
  };
  for (const c of input.copies ?? []) addCopy(c.copier, c.original);
  const claimsOf = (name: string) => {
    const s = sourceIndex.get(name);
    return s === undefined ? 0 : (sourceStart[s + 1] as number) - (sourceStart[s] as number);
  };
  for (const g of input.copyGroups ?? []) {
    // A group has no stated direction; the member with most claims stands as the original of the
    // others, and so on down, so the group's shared value counts about once.
    const members = [...new Set(g)].sort((x, y) => claimsOf(y) - claimsOf(x) || compareStrings(x, y));
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
  return {
    params,
    sources,
    objects,
    claimCount,
    claimSource: claimSource.slice(0, claimCount),
    claimObject: claimObject.slice(0, claimCount),
    claimValue: claimValue.slice(0, claimCount),
    claimShare: claimShare.slice(0, claimCount),
    sourceStart,
    sourceClaims,
    declared,
    sourceGroup,
    groups: groupNames,
  };
}
