// The ledger as rows read one at a time: from an array of assertion objects, or from a packed
// table (a string table plus typed-array columns) without making an object per assertion. The
// engine mapping and the outlet counts read rows through this interface, so both forms give the
// same result.
import type { AttributionKind, ClaimValue, Stance } from "@kroscek/schema";
import type { LedgerAssertion } from "./ledger";

/** Rows of the ledger; `at` may return one reused object, valid until the next call. */
export interface AssertionRows {
  readonly count: number;
  at(i: number): LedgerAssertion;
}

export const arrayRows = (assertions: readonly LedgerAssertion[]): AssertionRows => ({
  count: assertions.length,
  at: (i) => assertions[i] as LedgerAssertion,
});

/**
 * A packed ledger: per assertion, `PACKED_COLUMNS` string-table indexes (-1 for null) of article,
 * outlet, event, stance, attribution, wire credit, copy group and the value's JSON, and the
 * publication time in ms (NaN for none).
 */
export interface PackedRows {
  count: number;
  strings: readonly string[];
  refs: Int32Array;
  publishedAt: Float64Array;
}

export const PACKED_COLUMNS = 8;

/** Rows over a packed ledger; each distinct value is parsed once and shared. */
export function packedRows(p: PackedRows): AssertionRows {
  const values = new Map<number, ClaimValue>();
  const str = (i: number): string | null => (i < 0 ? null : (p.strings[i] ?? null));
  const must = (i: number): string => {
    const s = str(i);
    if (s === null) throw new Error("packed ledger: a required field is missing");
    return s;
  };
  const valueAt = (k: number): ClaimValue => {
    let v = values.get(k);
    if (v === undefined) {
      v = JSON.parse(must(k)) as ClaimValue;
      values.set(k, v);
    }
    return v;
  };
  const row: LedgerAssertion = {
    articleId: "",
    outletId: "",
    eventId: "",
    value: { slot: "occurred", occurred: true },
    stance: "asserts",
    attributionKind: "none",
    wireCredit: null,
    copyGroupId: null,
    publishedAt: null,
  };
  return {
    count: p.count,
    at(i) {
      const o = i * PACKED_COLUMNS;
      const r = p.refs;
      const published = p.publishedAt[i] as number;
      row.articleId = must(r[o] as number);
      row.outletId = must(r[o + 1] as number);
      row.eventId = must(r[o + 2] as number);
      row.stance = must(r[o + 3] as number) as Stance;
      row.attributionKind = must(r[o + 4] as number) as AttributionKind;
      row.wireCredit = str(r[o + 5] as number);
      row.copyGroupId = str(r[o + 6] as number);
      row.value = valueAt(r[o + 7] as number);
      row.publishedAt = Number.isNaN(published) ? null : published;
      return row;
    },
  };
}
