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
    if (this.n === this.publishedAt.length) {
      const refs = new Int32Array(this.refs.length * 2);
      refs.set(this.refs);
      this.refs = refs;
      const published = new Float64Array(this.publishedAt.length * 2);
      published.set(this.publishedAt);
      this.publishedAt = published;
    }
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
