// The ledger in a form that is cheap to hold and to hand to a worker thread: every distinct id,
// label and claim value (as JSON) once in a string table sent as one string, and per-assertion
// columns in typed arrays that are transferred, not copied. A million assertion objects would cost
// gigabytes on each side and seconds of the API's event loop to clone.
import {
  type AssertionRows,
  type LedgerAssertion,
  type LedgerOutlet,
  type LedgerVerdict,
  PACKED_COLUMNS,
  packedRows,
} from "@kroscek/core";
import type { AttributionKind, ClaimValue, Stance } from "@kroscek/schema";

export interface Ledger {
  outlets: LedgerOutlet[];
  assertions: LedgerAssertion[];
  verdicts: LedgerVerdict[];
}

export interface PackedLedger {
  outlets: LedgerOutlet[];
  verdicts: LedgerVerdict[];
  count: number;
  /** The string table joined by NUL (PostgreSQL text and JSON text never hold a raw NUL). */
  strings: string;
  /**
   * Per assertion, string-table indexes (-1 for null) of article, outlet, event, stance,
   * attribution, wire credit, copy group and the value's JSON.
   */
  refs: Int32Array;
  /** Per assertion, publication time in ms (NaN for none). */
  publishedAt: Float64Array;
}

const COLUMNS = PACKED_COLUMNS;
const SEPARATOR = "\u0000";

/** Builds a packed ledger one assertion at a time, as the pages of a keyset scan arrive. */
export class LedgerPacker {
  private readonly strings: string[] = [];
  private readonly index = new Map<string, number>();
  private refs: Int32Array;
  private publishedAt: Float64Array;
  private n = 0;

  /**
   * `keepArticle`: whether an assertion's article id and publication time are needed (articles of
   * outlets with no printed name are sources of their own; copy groups pick their original by
   * time, then id); others share an empty id and no time, so a million article ids are not held,
   * joined and sent for nothing.
   */
  constructor(
    expected = 1024,
    private readonly keepArticle: (a: LedgerAssertion) => boolean = () => true,
  ) {
    const capacity = Math.max(16, expected);
    this.refs = new Int32Array(capacity * COLUMNS);
    this.publishedAt = new Float64Array(capacity);
  }

  get count() {
    return this.n;
  }

  /** The string-table index of `s` (-1 for null), added on first sight. */
  stringRef(s: string | null): number {
    return this.ref(s);
  }

  private ref(s: string | null): number {
    if (s === null) return -1;
    let i = this.index.get(s);
    if (i === undefined) {
      if (s.includes(SEPARATOR)) throw new Error("ledger text holds a NUL character");
      i = this.strings.length;
      this.strings.push(s);
      this.index.set(s, i);
    }
    return i;
  }

  add(a: LedgerAssertion): void {
    this.addJson(a, JSON.stringify(a.value));
  }

  /** `add` with the value given as its JSON text (as read from the database: no re-encoding). */
  addJson(a: Omit<LedgerAssertion, "value">, valueJson: string): void {
    if (this.n === this.publishedAt.length) this.grow();
    const o = this.n * COLUMNS;
    const keep = this.keepArticle(a as LedgerAssertion);
    this.refs[o] = this.ref(keep ? a.articleId : "");
    this.refs[o + 1] = this.ref(a.outletId);
    this.refs[o + 2] = this.ref(a.eventId);
    this.refs[o + 3] = this.ref(a.stance);
    this.refs[o + 4] = this.ref(a.attributionKind);
    this.refs[o + 5] = this.ref(a.wireCredit);
    this.refs[o + 6] = this.ref(a.copyGroupId);
    this.refs[o + 7] = this.ref(valueJson);
    this.publishedAt[this.n] = keep ? (a.publishedAt ?? Number.NaN) : Number.NaN;
    this.n++;
  }

  /**
   * Adds one assertion given as string-table indexes (`stringRef`), in the column order of `refs`;
   * the article is taken as given (the caller applied `keepArticle`).
   */
  addRefs(
    article: number,
    outlet: number,
    event: number,
    stance: number,
    attribution: number,
    wire: number,
    copyGroup: number,
    value: number,
    publishedAt: number,
  ): void {
    if (this.n === this.publishedAt.length) this.grow();
    const o = this.n * COLUMNS;
    const r = this.refs;
    r[o] = article;
    r[o + 1] = outlet;
    r[o + 2] = event;
    r[o + 3] = stance;
    r[o + 4] = attribution;
    r[o + 5] = wire;
    r[o + 6] = copyGroup;
    r[o + 7] = value;
    this.publishedAt[this.n] = publishedAt;
    this.n++;
  }

  /** Sets column `column` of row `row` (a string-table index), for columns known only later. */
  setRef(row: number, column: number, ref: number): void {
    this.refs[row * COLUMNS + column] = ref;
  }

  private grow(): void {
    const refs = new Int32Array(this.refs.length * 2);
    refs.set(this.refs);
    this.refs = refs;
    const published = new Float64Array(this.publishedAt.length * 2);
    published.set(this.publishedAt);
    this.publishedAt = published;
  }

  pack(outlets: LedgerOutlet[], verdicts: LedgerVerdict[]): PackedLedger {
    return {
      outlets,
      verdicts,
      count: this.n,
      strings: this.strings.join(SEPARATOR),
      refs: this.refs.slice(0, this.n * COLUMNS),
      publishedAt: this.publishedAt.slice(0, this.n),
    };
  }
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL's COPY text format, decoded from its bytes into the packed columns: no string and no
// object per row, only one per distinct id or value (ledger.ts reads the ledger this way).

const TAB = 9;
const NEWLINE = 10;
const BACKSLASH = 92;
const LETTER_N = 78;
const ARENA_START = 1 << 16;

/** Grows an Int32Array to at least `size` entries (doubling), new entries `fill`. */
function ensureInt32(a: Int32Array<ArrayBuffer>, size: number, fill = 0): Int32Array<ArrayBuffer> {
  if (size <= a.length) return a;
  let n = a.length * 2;
  while (n < size) n *= 2;
  const b = new Int32Array(n);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

/**
 * Byte strings numbered 0, 1, 2, … in the order first seen: an open-addressing hash table (FNV-1a)
 * over one arena holding each distinct key's bytes once.
 */
export class ByteKeys {
  private arena = new Uint8Array(ARENA_START);
  private used = 0;
  /** Per key: where its bytes start in the arena, and how many. */
  private keys = new Int32Array(2048);
  /** Open addressing, two entries a slot: key number + 1 (0: empty), the key's hash. */
  private slots = new Int32Array(4096);
  private n = 0;
  /** Whether the last `id` call added its key. */
  added = false;

  get size(): number {
    return this.n;
  }

  /** Whether bytes[start, end) are key `k`'s. */
  is(k: number, bytes: Uint8Array, start: number, end: number): boolean {
    const at = this.keys[2 * k] as number;
    const length = end - start;
    if (this.keys[2 * k + 1] !== length) return false;
    const arena = this.arena;
    for (let i = 0; i < length; i++) if (arena[at + i] !== bytes[start + i]) return false;
    return true;
  }

  /** The number of bytes[start, end), added if new. */
  id(bytes: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let s = h & mask;
    for (; ; s = (s + 1) & mask) {
      const k1 = slots[2 * s] as number;
      if (k1 === 0) break;
      if (slots[2 * s + 1] === h && this.is(k1 - 1, bytes, start, end)) {
        this.added = false;
        return k1 - 1;
      }
    }
    const k = this.n++;
    const length = end - start;
    if (this.used + length > this.arena.length) {
      let size = this.arena.length * 2;
      while (size < this.used + length) size *= 2;
      const arena = new Uint8Array(size);
      arena.set(this.arena.subarray(0, this.used));
      this.arena = arena;
    }
    this.arena.set(bytes.subarray(start, end), this.used);
    this.keys = ensureInt32(this.keys, 2 * this.n);
    this.keys[2 * k] = this.used;
    this.keys[2 * k + 1] = length;
    this.used += length;
    slots[2 * s] = k + 1;
    slots[2 * s + 1] = h;
    if (this.n * 2 > mask + 1) this.rehash();
    this.added = true;
    return k;
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let s = 0; s < old.length; s += 2) {
      const k1 = old[s] as number;
      if (k1 === 0) continue;
      const h = old[s + 1] as number;
      let t = h & mask;
      while ((slots[2 * t] as number) !== 0) t = (t + 1) & mask;
      slots[2 * t] = k1;
      slots[2 * t + 1] = h;
    }
    this.slots = slots;
  }
}

/** Hex digit values by character code (-1: not a hex digit). */
const HEX = new Int8Array(256).fill(-1);
for (let c = 0; c < 10; c++) HEX[48 + c] = c;
for (let c = 0; c < 6; c++) {
  HEX[97 + c] = 10 + c;
  HEX[65 + c] = 10 + c;
}

/**
 * UUIDs in their text form (8-4-4-4-12 hex digits) numbered 0, 1, 2, … in the order first seen,
 * each held as its 128 bits in the slot itself: one memory access per lookup in a table of half
 * a million ids, where `ByteKeys` needs three.
 */
export class UuidKeys {
  /** Five entries a slot: key number + 1 (0: empty), then the id's four 32-bit words. */
  private slots: Int32Array;
  private n = 0;
  private readonly words = new Int32Array(4);
  added = false;

  /** `expected`: how many ids to make room for at the start (the table grows past it). */
  constructor(expected = 2048) {
    let size = 4096;
    while (size < 2 * expected) size *= 2;
    this.slots = new Int32Array(5 * size);
  }

  get size(): number {
    return this.n;
  }

  id(bytes: Uint8Array, start: number, end: number): number {
    if (end - start !== 36) throw new Error("not a uuid in COPY text");
    const w = this.words;
    let at = start;
    for (let j = 0; j < 4; j++) {
      let v = 0;
      for (let d = 0; d < 8; d++) {
        let c = bytes[at++] as number;
        if (c === 45) c = bytes[at++] as number;
        const x = HEX[c] as number;
        if (x < 0) throw new Error("not a uuid in COPY text");
        v = (v << 4) | x;
      }
      w[j] = v;
    }
    const w0 = w[0] as number;
    const w1 = w[1] as number;
    const w2 = w[2] as number;
    const w3 = w[3] as number;
    const slots = this.slots;
    const size = slots.length / 5;
    const mask = size - 1;
    let s = Math.imul(
      w0 ^ Math.imul(w1, 0x9e3779b1) ^ Math.imul(w2, 0x85ebca77) ^ Math.imul(w3, 0xc2b2ae3d),
      0x27d4eb2f,
    );
    s = (s ^ (s >>> 15)) & mask;
    for (; ; s = (s + 1) & mask) {
      const o = 5 * s;
      const k1 = slots[o] as number;
      if (k1 === 0) break;
      if (slots[o + 1] === w0 && slots[o + 2] === w1 && slots[o + 3] === w2 && slots[o + 4] === w3) {
        this.added = false;
        return k1 - 1;
      }
    }
    const k = this.n++;
    const o = 5 * s;
    slots[o] = k + 1;
    slots[o + 1] = w0;
    slots[o + 2] = w1;
    slots[o + 3] = w2;
    slots[o + 4] = w3;
    if (this.n * 2 > size) this.rehash();
    this.added = true;
    return k;
  }

  private rehash(): void {
    const old = this.slots;
    const size = (old.length / 5) * 2;
    const slots = new Int32Array(5 * size);
    const mask = size - 1;
    for (let o = 0; o < old.length; o += 5) {
      if ((old[o] as number) === 0) continue;
      const w0 = old[o + 1] as number;
      const w1 = old[o + 2] as number;
      const w2 = old[o + 3] as number;
      const w3 = old[o + 4] as number;
      let s = Math.imul(
        w0 ^ Math.imul(w1, 0x9e3779b1) ^ Math.imul(w2, 0x85ebca77) ^ Math.imul(w3, 0xc2b2ae3d),
        0x27d4eb2f,
      );
      s = (s ^ (s >>> 15)) & mask;
      while ((slots[5 * s] as number) !== 0) s = (s + 1) & mask;
      slots.set(old.subarray(o, o + 5), 5 * s);
    }
    this.slots = slots;
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** A COPY text field that is `\N`: SQL null. */
const isNull = (b: Uint8Array, start: number, end: number) =>
  end - start === 2 && b[start] === BACKSLASH && b[start + 1] === LETTER_N;

/** A COPY text field's value (not null): its backslash escapes undone, decoded as UTF-8. */
export function copyText(b: Uint8Array, start: number, end: number): string {
  let escaped = false;
  for (let i = start; i < end; i++)
    if (b[i] === BACKSLASH) {
      escaped = true;
      break;
    }
  if (!escaped) return utf8.decode(b.subarray(start, end));
  const out = new Uint8Array(end - start);
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = b[i] as number;
    if (c !== BACKSLASH || i + 1 === end) {
      out[n++] = c;
      continue;
    }
    const d = b[++i] as number;
    if (d >= 48 && d <= 55) {
      // \ooo: up to three octal digits.
      let v = d - 48;
      for (let k = 0; k < 2 && i + 1 < end && (b[i + 1] as number) >= 48 && (b[i + 1] as number) <= 55; k++)
        v = v * 8 + ((b[++i] as number) - 48);
      out[n++] = v & 0xff;
    } else if (d === 120 && i + 1 < end && hexValue(b[i + 1] as number) >= 0) {
      // \xhh: one or two hex digits.
      let v = hexValue(b[++i] as number);
      if (i + 1 < end && hexValue(b[i + 1] as number) >= 0) v = v * 16 + hexValue(b[++i] as number);
      out[n++] = v;
    } else
      out[n++] =
        d === 98 ? 8 : d === 102 ? 12 : d === 110 ? 10 : d === 114 ? 13 : d === 116 ? 9 : d === 118 ? 11 : d;
  }
  return utf8.decode(out.subarray(0, n));
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/**
 * Cuts a stream of COPY text bytes into rows of `columns` fields; `row` gets the bytes and each
 * field's start and end (valid during the call). A row cut across two chunks is joined.
 */
export class CopyTextRows {
  private rest: Uint8Array | null = null;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  constructor(
    private readonly columns: number,
    private readonly row: (bytes: Uint8Array, starts: Int32Array, ends: Int32Array) => void,
  ) {
    this.starts = new Int32Array(columns);
    this.ends = new Int32Array(columns);
  }

  push(chunk: Uint8Array): void {
    let b = chunk;
    if (this.rest) {
      b = new Uint8Array(this.rest.length + chunk.length);
      b.set(this.rest);
      b.set(chunk, this.rest.length);
      this.rest = null;
    }
    const { starts, ends, columns } = this;
    let field = 0;
    let rowStart = 0;
    starts[0] = 0;
    for (let i = 0; i < b.length; i++) {
      const c = b[i];
      if (c === TAB) {
        ends[field] = i;
        if (++field === columns) throw new Error(`COPY row with more than ${columns} fields`);
        starts[field] = i + 1;
      } else if (c === NEWLINE) {
        ends[field] = i;
        if (field !== columns - 1) throw new Error(`COPY row with ${field + 1} fields, not ${columns}`);
        this.row(b, starts, ends);
        field = 0;
        rowStart = i + 1;
        starts[0] = rowStart;
      }
    }
    if (rowStart < b.length) this.rest = b.slice(rowStart);
  }

  /** At the end of the stream: a row left without its newline is an error. */
  end(): void {
    if (this.rest) throw new Error("COPY stream ended inside a row");
  }
}

/**
 * One column of uuids: each distinct id's string-table index, and the last id seen (rows of one
 * event's claims, one article's assertions, come together) matched by its bytes without a lookup.
 */
class IdColumn {
  private readonly keys = new UuidKeys();
  private refs = new Int32Array(1024);
  private readonly lastBytes = new Uint8Array(36);
  private lastRef = -2;

  /** The string-table index of the field bytes[start, end) (-1 for null). */
  ref(b: Uint8Array, start: number, end: number, packer: LedgerPacker): number {
    if (isNull(b, start, end)) return -1;
    if (this.lastRef !== -2 && end - start === 36) {
      const last = this.lastBytes;
      let same = true;
      for (let i = 35; i >= 0; i--)
        if (last[i] !== b[start + i]) {
          same = false;
          break;
        }
      if (same) return this.lastRef;
    }
    const k = this.keys.id(b, start, end);
    if (this.keys.added) {
      this.refs = ensureInt32(this.refs, k + 1);
      this.refs[k] = packer.stringRef(copyText(b, start, end));
    }
    this.lastBytes.set(b.subarray(start, end));
    this.lastRef = this.refs[k] as number;
    return this.lastRef;
  }
}

/** The columns `CopyLedgerPacker` reads from each stream, in order. */
export const COPY_CLAIM_COLUMNS = ["id", "event_id", "value"] as const;
export const COPY_ASSERTION_COLUMNS = [
  "article_id",
  "outlet_id",
  "claim_id",
  "stance",
  "attribution_kind",
  "wire_credit",
  "copy_group_id",
  "published_ms",
] as const;

/**
 * Packs the ledger from two COPY text streams that may arrive interleaved: the workspace's claims
 * (id, event id, value as JSON text) and its assertions joined to their articles (the columns of
 * `COPY_ASSERTION_COLUMNS`; article id and time null where the ledger does not need them). Each
 * distinct field is decoded once; an assertion's event and value are filled in from its claim
 * at the end, so the claims need not come first.
 */
export class CopyLedgerPacker {
  private readonly packer: LedgerPacker;
  /** Field bytes → string-table index. */
  private readonly fields = new ByteKeys();
  private fieldRef = new Int32Array(1024);
  /** Id columns (uuids) → string-table index, a table each: outlets' fits in a processor cache. */
  private readonly events = new IdColumn();
  private readonly articles = new IdColumn();
  private readonly outlets = new IdColumn();
  private readonly copyGroups = new IdColumn();
  /** Per stream column, the field key it last held: runs of one value are matched without hashing. */
  private readonly last = new Int32Array(16).fill(-1);
  /** Claim id bytes → claim number; per claim number, its event's and value's string-table index. */
  private readonly claims: UuidKeys;
  private claimEvent = new Int32Array(1024).fill(-1);
  private claimValue = new Int32Array(1024).fill(-1);
  /** Per assertion, its claim's number. */
  private claimOf: Int32Array<ArrayBuffer>;
  private readonly empty: number;
  readonly claimRows: CopyTextRows;
  readonly assertionRows: CopyTextRows;

  constructor(expected = 1024) {
    this.packer = new LedgerPacker(expected);
    this.claimOf = new Int32Array(Math.max(16, expected));
    // About one claim per two assertions (each claim with its event's other claims, asserted
    // several times): room made at once instead of doubling the table through half a million ids.
    this.claims = new UuidKeys(expected / 2);
    this.empty = this.packer.stringRef("");
    this.claimRows = new CopyTextRows(COPY_CLAIM_COLUMNS.length, (b, s, e) => {
      const c = this.claimNumber(b, s[0] as number, e[0] as number);
      this.claimEvent[c] = this.events.ref(b, s[1] as number, e[1] as number, this.packer);
      this.claimValue[c] = this.ref(b, s[2] as number, e[2] as number, 1);
    });
    this.assertionRows = new CopyTextRows(COPY_ASSERTION_COLUMNS.length, (b, s, e) => {
      const i = this.packer.count;
      if (i === this.claimOf.length) this.claimOf = ensureInt32(this.claimOf, i + 1);
      this.claimOf[i] = this.claimNumber(b, s[2] as number, e[2] as number);
      const article = this.articles.ref(b, s[0] as number, e[0] as number, this.packer);
      const p0 = s[7] as number;
      const p1 = e[7] as number;
      this.packer.addRefs(
        article < 0 ? this.empty : article,
        this.outlets.ref(b, s[1] as number, e[1] as number, this.packer),
        -1,
        this.ref(b, s[3] as number, e[3] as number, 4),
        this.ref(b, s[4] as number, e[4] as number, 5),
        this.ref(b, s[5] as number, e[5] as number, 6),
        this.copyGroups.ref(b, s[6] as number, e[6] as number, this.packer),
        -1,
        isNull(b, p0, p1) ? Number.NaN : Number(copyText(b, p0, p1)),
      );
    });
  }

  get count(): number {
    return this.packer.count;
  }

  /** The string-table index of a field (-1 for null); `column` numbers the stream's column. */
  private ref(b: Uint8Array, start: number, end: number, column: number): number {
    if (isNull(b, start, end)) return -1;
    const previous = this.last[column] as number;
    if (previous >= 0 && this.fields.is(previous, b, start, end)) return this.fieldRef[previous] as number;
    const k = this.fields.id(b, start, end);
    this.last[column] = k;
    if (this.fields.added) {
      this.fieldRef = ensureInt32(this.fieldRef, k + 1);
      this.fieldRef[k] = this.packer.stringRef(copyText(b, start, end));
    }
    return this.fieldRef[k] as number;
  }

  private claimNumber(b: Uint8Array, start: number, end: number): number {
    if (isNull(b, start, end)) throw new Error("ledger: an assertion without a claim");
    const c = this.claims.id(b, start, end);
    if (this.claims.added) {
      this.claimEvent = ensureInt32(this.claimEvent, c + 1, -1);
      this.claimValue = ensureInt32(this.claimValue, c + 1, -1);
    }
    return c;
  }

  /** Once both streams have ended: each assertion's event and value from its claim. */
  pack(outlets: LedgerOutlet[], verdicts: LedgerVerdict[]): PackedLedger {
    this.claimRows.end();
    this.assertionRows.end();
    for (let i = 0; i < this.packer.count; i++) {
      const c = this.claimOf[i] as number;
      const value = this.claimValue[c] as number;
      if (value < 0) throw new Error("ledger: an assertion's claim was not read");
      this.packer.setRef(i, 2, this.claimEvent[c] as number);
      this.packer.setRef(i, 7, value);
    }
    return this.packer.pack(outlets, verdicts);
  }
}

export function packLedger(ledger: Ledger): PackedLedger {
  const packer = new LedgerPacker(ledger.assertions.length);
  for (const a of ledger.assertions) packer.add(a);
  return packer.pack(ledger.outlets, ledger.verdicts);
}

/** The packed ledger's assertions as rows read in place (the engine's input at scale). */
export function ledgerRows(p: PackedLedger): AssertionRows {
  const strings = p.count === 0 ? [] : p.strings.split(SEPARATOR);
  return packedRows({ count: p.count, strings, refs: p.refs, publishedAt: p.publishedAt });
}

export function unpackLedger(p: PackedLedger): Ledger {
  const strings = p.count === 0 ? [] : p.strings.split(SEPARATOR);
  const str = (i: number | undefined): string | null =>
    i === undefined || i < 0 ? null : (strings[i] ?? null);
  const must = (i: number | undefined): string => {
    const s = str(i);
    if (s === null) throw new Error("packed ledger: a required field is missing");
    return s;
  };
  // Each distinct value is parsed once and shared, as the engine compares values, never edits them.
  const values = new Map<number, ClaimValue>();
  const valueAt = (i: number | undefined): ClaimValue => {
    const k = i ?? -1;
    let v = values.get(k);
    if (v === undefined) {
      v = JSON.parse(must(k)) as ClaimValue;
      values.set(k, v);
    }
    return v;
  };
  const assertions: LedgerAssertion[] = new Array(p.count);
  for (let i = 0; i < p.count; i++) {
    const o = i * COLUMNS;
    const published = p.publishedAt[i] ?? Number.NaN;
    assertions[i] = {
      articleId: must(p.refs[o]),
      outletId: must(p.refs[o + 1]),
      eventId: must(p.refs[o + 2]),
      stance: must(p.refs[o + 3]) as Stance,
      attributionKind: must(p.refs[o + 4]) as AttributionKind,
      wireCredit: str(p.refs[o + 5]),
      copyGroupId: str(p.refs[o + 6]),
      value: valueAt(p.refs[o + 7]),
      publishedAt: Number.isNaN(published) ? null : published,
    };
  }
  return { outlets: p.outlets, verdicts: p.verdicts, assertions };
}
