// Word 5-gram shingles and one-permutation MinHash (Li, Owen & Zhang 2012) with rotation
// densification (Shrivastava & Li 2014). One hash per shingle instead of one per shingle and
// permutation keeps signatures linear in text length, which is what makes 10^5 articles feasible.
// All seeds are fixed, so signatures (and thus candidate pairs) are identical across runs.

/** Words per shingle: long enough that shared phrases are rare by chance, short enough for rewrites. */
export const SHINGLE_WORDS = 5;
/** Signature bins; bands × rows must not exceed it. */
export const BINS = 128;
/** LSH bands and rows: P(candidate) = 1 − (1 − J^3)^42 ≈ 0.996 at Jaccard 0.5, 0.68 at 0.3, 0.02 at 0.08. */
export const BANDS = 42;
export const ROWS = 3;

const SEED = 0x6b726f73; // "kros"
const EMPTY = 0xffffffff;

/** Murmur3's 32-bit finaliser: a fast, well-mixed integer hash. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Case, diacritics and punctuation folded away, so re-typeset copies still match. */
export function words(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Sorted, distinct hashes of the word 5-grams of a text (one shingle when it is shorter). */
export function shingleHashes(text: string): Uint32Array {
  const hs = words(text).map(fnv1a);
  const count = Math.max(hs.length - SHINGLE_WORDS + 1, hs.length > 0 ? 1 : 0);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = SEED;
    for (let k = i; k < Math.min(i + SHINGLE_WORDS, hs.length); k++) h = fmix32(h ^ (hs[k] ?? 0));
    out[i] = h >>> 0;
  }
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i] ?? 0;
  return out.slice(0, n);
}

/** One-permutation MinHash signature: the minimum hash per bin, empty bins filled from the right. */
export function signature(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(BINS).fill(EMPTY);
  for (const x of shingles) {
    const y = fmix32(x ^ SEED);
    const bin = y >>> 25; // top 7 bits pick one of 128 bins
    const v = fmix32(y + 0x9e3779b9);
    if (v < (sig[bin] ?? EMPTY)) sig[bin] = v;
  }
  if (shingles.length === 0) return sig;
  // Rotation densification: an empty bin borrows the next non-empty bin's value, salted by the
  // distance, so two texts with the same shingles still get equal signatures.
  const out = new Uint32Array(BINS);
  for (let b = 0; b < BINS; b++) {
    let d = 0;
    while ((sig[(b + d) % BINS] ?? EMPTY) === EMPTY) d++;
    out[b] = d === 0 ? (sig[b] ?? 0) : fmix32((sig[(b + d) % BINS] ?? 0) + Math.imul(d, 0x27d4eb2f));
  }
  return out;
}

/** One 32-bit hash per LSH band (rows consecutive bins); equal band hashes make a candidate pair. */
export function bandHashes(sig: Uint32Array, into: Uint32Array, offset: number): void {
  for (let band = 0; band < BANDS; band++) {
    let h = fmix32(SEED + band);
    for (let r = 0; r < ROWS; r++) h = fmix32(h ^ (sig[band * ROWS + r] ?? 0));
    into[offset + band] = h;
  }
}

/** |A ∩ B| / min(|A|, |B|) of two sorted distinct hash sets: how much of the shorter text is shared. */
export function containment(a: Uint32Array, b: Uint32Array): number {
  const min = Math.min(a.length, b.length);
  if (min === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / min;
}

/** The LSH band hashes of a text, for storing and looking up candidates; null when too short to compare. */
export function textBandHashes(text: string, minShingles = 8): Uint32Array | null {
  const shingles = shingleHashes(text);
  if (shingles.length < minShingles) return null;
  const out = new Uint32Array(BANDS);
  bandHashes(signature(shingles), out, 0);
  return out;
}
