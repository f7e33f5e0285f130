// Copy detection across outlets: near-identical texts found by MinHash LSH and verified by exact
// shingle containment. A wire credit alone marks an article as a wire copy (see `articleFlags`),
// but two articles crediting Reuters may carry different Reuters stories, so groups always need
// text evidence; a shared wire credit only lowers the bar for that evidence.
import { cmp } from "./emit";
import { BANDS, bandHashes, containment, shingleHashes, signature } from "./minhash";
import type { CopyGroup, RuleArticle } from "./types";
import { articleWire, canonicalWireName } from "./wire";

/** Options for `detectCopies`. */
export interface CopyDetectionOptions {
  /** Containment (share of the shorter text's 5-gram shingles) that makes two texts copies. Default 0.5. */
  threshold?: number;
  /** Lower bar when both articles credit the same wire (or one is that wire's own). Default 0.3. */
  sameWireThreshold?: number;
  /** Texts with fewer distinct shingles are not compared: short briefs share boilerplate. Default 8. */
  minShingles?: number;
}

// Keys pack a 32-bit band hash and an article index into one exact double: hash · 2^21 + index.
const INDEX_BITS = 2 ** 21;
// In a larger bucket (many near-identical texts) each member is compared with its predecessor only;
// chains still connect identical copies, and the cost stays linear.
const FULL_BUCKET = 48;

interface Prepared {
  article: RuleArticle;
  wire: string | null;
  /** The wire this article is the origin of: a wire outlet's own story. */
  ownWire: string | null;
}

/** Sources a pair of articles shares: both credit W, or one credits W and the other is W. */
function sharedWire(a: Prepared, b: Prepared): string | null {
  const wa = a.wire ?? a.ownWire;
  const wb = b.wire ?? b.ownWire;
  return wa !== null && wa === wb ? wa : null;
}

/**
 * Groups articles carrying the same text: word 5-gram shingles, one-permutation MinHash with fixed
 * seeds, LSH banding (42 bands × 3 rows) for candidates, exact containment ≥ 0.5 to confirm (0.3
 * when both credit the same wire). Groups have ≥ 2 articles; ids and groups are sorted.
 */
export function detectCopies(
  articles: readonly RuleArticle[],
  options: CopyDetectionOptions = {},
): CopyGroup[] {
  const threshold = options.threshold ?? 0.5;
  const wireThreshold = options.sameWireThreshold ?? 0.3;
  const minShingles = options.minShingles ?? 8;
  const items: Prepared[] = [...articles]
    .sort((x, y) => cmp(x.id, y.id))
    .map((article) => ({
      article,
      wire: article.outletKind === "wire" ? null : articleWire(article),
      ownWire: article.outletKind === "wire" ? canonicalWireName(article.outletName) : null,
    }));
  const n = items.length;
  if (n >= INDEX_BITS)
    throw new RangeError(`detectCopies handles at most ${INDEX_BITS - 1} articles per call`);

  const bands = new Uint32Array(n * BANDS);
  const eligible = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const shingles = shingleHashes((items[i] as Prepared).article.body);
    if (shingles.length < minShingles) continue;
    eligible[i] = 1;
    bandHashes(signature(shingles), bands, i * BANDS);
  }

  // Shingle sets are rebuilt only for articles that turn up in a candidate pair, so memory follows
  // the number of suspected copies, not the corpus.
  const cache = new Map<number, Uint32Array>();
  const shinglesOf = (i: number): Uint32Array => {
    let s = cache.get(i);
    if (!s) {
      s = shingleHashes((items[i] as Prepared).article.body);
      cache.set(i, s);
    }
    return s;
  };
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] ?? r;
    // Path compression: point every node on the way at the root.
    for (let y = x; parent[y] !== r; ) {
      const next = parent[y] ?? r;
      parent[y] = r;
      y = next;
    }
    return r;
  };
  const edges: Array<{ i: number; j: number; similarity: number }> = [];
  const tried = new Set<number>();
  const verify = (i: number, j: number): void => {
    const ri = find(i);
    const rj = find(j);
    if (ri === rj) return;
    const key = Math.min(i, j) * n + Math.max(i, j);
    if (tried.has(key)) return;
    tried.add(key);
    const a = items[i] as Prepared;
    const b = items[j] as Prepared;
    const similarity = containment(shinglesOf(i), shinglesOf(j));
    if (similarity >= (sharedWire(a, b) ? wireThreshold : threshold)) {
      parent[Math.max(ri, rj)] = Math.min(ri, rj);
      edges.push({ i: Math.min(i, j), j: Math.max(i, j), similarity });
    }
  };

  const keys = new Float64Array(n);
  for (let band = 0; band < BANDS; band++) {
    let m = 0;
    for (let i = 0; i < n; i++) if (eligible[i]) keys[m++] = (bands[i * BANDS + band] ?? 0) * INDEX_BITS + i;
    const sorted = keys.subarray(0, m).sort();
    for (let s = 0; s < m; ) {
      const hash = Math.floor((sorted[s] ?? 0) / INDEX_BITS);
      let e = s + 1;
      while (e < m && Math.floor((sorted[e] ?? 0) / INDEX_BITS) === hash) e++;
      for (let x = s + 1; x < e; x++) {
        const ix = (sorted[x] ?? 0) % INDEX_BITS;
        const from = e - s <= FULL_BUCKET ? s : x - 1;
        for (let y = from; y < x; y++) verify((sorted[y] ?? 0) % INDEX_BITS, ix);
      }
      s = e;
    }
  }
  return buildGroups(items, edges, find);
}

function buildGroups(
  items: readonly Prepared[],
  edges: ReadonlyArray<{ i: number; j: number; similarity: number }>,
  find: (x: number) => number,
): CopyGroup[] {
  const members = new Map<number, number[]>();
  const weakest = new Map<number, number>();
  for (const { i, j, similarity } of edges) {
    const root = find(i);
    weakest.set(root, Math.min(weakest.get(root) ?? 1, similarity));
    for (const x of [i, j]) {
      const list = members.get(root) ?? [];
      if (!list.includes(x)) list.push(x);
      members.set(root, list);
    }
  }
  const groups: CopyGroup[] = [];
  for (const [root, idx] of members) {
    const group = idx.sort((x, y) => x - y).map((x) => items[x] as Prepared);
    const similarity = Math.round((weakest.get(root) ?? 1) * 1000) / 1000;
    groups.push(describeGroup(group, similarity));
  }
  return groups.sort((x, y) => cmp(x.groupId, y.groupId));
}

function describeGroup(group: readonly Prepared[], similarity: number): CopyGroup {
  const credited = group.map((p) => p.wire).filter((w): w is string => w !== null);
  const counts = new Map<string, number>();
  for (const w of credited) counts.set(w, (counts.get(w) ?? 0) + 1);
  const wire = [...counts.entries()].sort((x, y) => y[1] - x[1] || cmp(x[0], y[0]))[0]?.[0];
  const allSameWire = wire !== undefined && group.every((p) => (p.wire ?? p.ownWire) === wire);
  const ids = group.map((p) => p.article.id);
  const outlets = [...new Set(group.map((p) => p.article.outletName))].sort(cmp);
  const pct = `${Math.round(similarity * 100)}%`;
  const explanation = allSameWire
    ? `${outlets.join(", ")} carry the same ${wire} story (at least ${pct} of the shorter text shared)`
    : `${outlets.join(", ")} carry near-identical text (at least ${pct} of the shorter text shared)` +
      (wire ? `; ${wire} is credited` : "");
  return {
    groupId: `copy:${ids[0] ?? ""}`,
    articleIds: ids,
    method: allSameWire ? "wire_credit" : "text_similarity",
    similarity,
    ...(wire ? { wire } : {}),
    explanation,
  };
}
