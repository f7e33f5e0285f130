// The stored form of a refresh state (reliability_states, reliability_state_parts): the detached
// per-source part as one serialised value, each event slot's claims in parts of consecutive slot
// ids. Serialised with node:v8 (typed arrays as their bytes) and deflated with zlib (gzip, fastest
// level): a 10^6-assertion state is written as about a quarter of its bytes, and postgres.js
// hex-encodes those on the API thread. Used by the engine's worker after a full run and by the
// refresh job; a stored value written before compression (no gzip header) is read as it is.
import { deserialize, serialize } from "node:v8";
import { constants, gunzipSync, gzipSync } from "node:zlib";
import type { DetachedState, ObjectClaims } from "@kroscek/core";
import type { ClaimValue } from "@kroscek/schema";

/** Event slots per stored part: a refresh reads and rewrites the parts holding its slots. */
export const PART_OBJECTS = 2000;

export interface StoredPart {
  firstObject: string;
  lastObject: string;
  claims: Uint8Array;
}

/** Slot ids in the order parts are cut and looked up in (code units; the SQL side uses collate "C"). */
export const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Serialised and deflated into a buffer of its own (never a pooled one), so it can be transferred. */
const own = (b: Buffer): Uint8Array => new Uint8Array(gzipSync(b, { level: constants.Z_BEST_SPEED }));
/** The serialised bytes of a stored value: inflated when it carries gzip's header. */
const bytesOf = (b: Uint8Array): Uint8Array => (b[0] === 0x1f && b[1] === 0x8b ? gunzipSync(b) : b);

export const encodeState = (s: DetachedState<ClaimValue>): Uint8Array => own(serialize(s));
export const decodeState = (b: Uint8Array): DetachedState<ClaimValue> =>
  deserialize(bytesOf(b)) as DetachedState<ClaimValue>;

/** One part: the slots' ids and their claims in four concatenated columns. */
export function encodePart(entries: ReadonlyArray<readonly [string, ObjectClaims]>): StoredPart {
  let n = 0;
  for (const [, c] of entries) n += c.source.length;
  const offsets = new Int32Array(entries.length + 1);
  const source = new Int32Array(n);
  const share = new Float64Array(n);
  const probability = new Float64Array(n);
  const agrees = new Uint8Array(n);
  let at = 0;
  entries.forEach(([, c], i) => {
    source.set(c.source, at);
    share.set(c.share, at);
    probability.set(c.probability, at);
    agrees.set(c.agrees, at);
    at += c.source.length;
    offsets[i + 1] = at;
  });
  const ids = entries.map(([id]) => id);
  return {
    firstObject: ids[0] ?? "",
    lastObject: ids[ids.length - 1] ?? "",
    claims: own(serialize({ ids, offsets, source, share, probability, agrees })),
  };
}

export function decodePart(b: Uint8Array): Map<string, ObjectClaims> {
  const p = deserialize(bytesOf(b)) as {
    ids: string[];
    offsets: Int32Array;
    source: Int32Array;
    share: Float64Array;
    probability: Float64Array;
    agrees: Uint8Array;
  };
  const out = new Map<string, ObjectClaims>();
  p.ids.forEach((id, i) => {
    const a = p.offsets[i] as number;
    const z = p.offsets[i + 1] as number;
    out.set(id, {
      source: p.source.slice(a, z),
      share: p.share.slice(a, z),
      probability: p.probability.slice(a, z),
      agrees: p.agrees.slice(a, z),
    });
  });
  return out;
}

/** Cuts every slot's claims, sorted by slot id, into parts of PART_OBJECTS slots. */
export function encodeParts(claims: Iterable<[string, ObjectClaims]>): StoredPart[] {
  const all = [...claims].sort((x, y) => compareIds(x[0], y[0]));
  const parts: StoredPart[] = [];
  for (let i = 0; i < all.length; i += PART_OBJECTS) parts.push(encodePart(all.slice(i, i + PART_OBJECTS)));
  return parts;
}
