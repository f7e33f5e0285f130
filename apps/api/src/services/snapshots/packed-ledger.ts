// The ledger in a form that crosses to a worker thread cheaply: every id and label once in a string
// table, per-assertion columns as typed arrays (transferred, not copied). Structured cloning a
// million assertion objects would copy each repeated id a million times.
import type { LedgerAssertion, LedgerOutlet, LedgerVerdict } from "@kroscek/core";
import type { AttributionKind, ClaimValue, Stance } from "@kroscek/schema";

export interface Ledger {
  outlets: LedgerOutlet[];
  assertions: LedgerAssertion[];
  verdicts: LedgerVerdict[];
}

export interface PackedLedger {
  outlets: LedgerOutlet[];
  verdicts: LedgerVerdict[];
  strings: string[];
  /** Per assertion, string-table indexes (-1 for null) of article, outlet, event, stance, attribution, wire credit, copy group. */
  refs: Int32Array;
  /** Per assertion, publication time in ms (NaN for none). */
  publishedAt: Float64Array;
  values: ClaimValue[];
}

const REF_COLUMNS = 7;

export function packLedger(ledger: Ledger): PackedLedger {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const ref = (s: string | null): number => {
    if (s === null) return -1;
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const n = ledger.assertions.length;
  const refs = new Int32Array(n * REF_COLUMNS);
  const publishedAt = new Float64Array(n);
  const values: ClaimValue[] = new Array(n);
  ledger.assertions.forEach((a, i) => {
    const o = i * REF_COLUMNS;
    refs[o] = ref(a.articleId);
    refs[o + 1] = ref(a.outletId);
    refs[o + 2] = ref(a.eventId);
    refs[o + 3] = ref(a.stance);
    refs[o + 4] = ref(a.attributionKind);
    refs[o + 5] = ref(a.wireCredit);
    refs[o + 6] = ref(a.copyGroupId);
    publishedAt[i] = a.publishedAt ?? Number.NaN;
    values[i] = a.value;
  });
  return { outlets: ledger.outlets, verdicts: ledger.verdicts, strings, refs, publishedAt, values };
}

export function unpackLedger(p: PackedLedger): Ledger {
  const str = (i: number | undefined): string | null =>
    i === undefined || i < 0 ? null : (p.strings[i] ?? null);
  const must = (i: number | undefined): string => {
    const s = str(i);
    if (s === null) throw new Error("packed ledger: missing required string");
    return s;
  };
  const assertions: LedgerAssertion[] = new Array(p.values.length);
  for (let i = 0; i < p.values.length; i++) {
    const o = i * REF_COLUMNS;
    const published = p.publishedAt[i] ?? Number.NaN;
    assertions[i] = {
      articleId: must(p.refs[o]),
      outletId: must(p.refs[o + 1]),
      eventId: must(p.refs[o + 2]),
      stance: must(p.refs[o + 3]) as Stance,
      attributionKind: must(p.refs[o + 4]) as AttributionKind,
      wireCredit: str(p.refs[o + 5]),
      copyGroupId: str(p.refs[o + 6]),
      publishedAt: Number.isNaN(published) ? null : published,
      value: p.values[i] as ClaimValue,
    };
  }
  return { outlets: p.outlets, verdicts: p.verdicts, assertions };
}
