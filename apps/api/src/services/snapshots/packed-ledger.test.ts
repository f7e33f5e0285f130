import { describe, expect, it } from "vitest";
import {
  ByteKeys,
  CopyLedgerPacker,
  CopyTextRows,
  copyText,
  LedgerPacker,
  UuidKeys,
  unpackLedger,
} from "./packed-ledger";

const bytes = (s: string) => new TextEncoder().encode(s);

/** A value as PostgreSQL's COPY text format writes it (\N for null). */
function copyField(s: string | null): string {
  if (s === null) return "\\N";
  return s.replace(/[\\\t\n\r\b\f\v]/g, (c) =>
    c === "\\"
      ? "\\\\"
      : c === "\t"
        ? "\\t"
        : c === "\n"
          ? "\\n"
          : c === "\r"
            ? "\\r"
            : c === "\b"
              ? "\\b"
              : c === "\f"
                ? "\\f"
                : "\\v",
  );
}
const copyRow = (fields: Array<string | null>) => `${fields.map(copyField).join("\t")}\n`;

describe("COPY text decoding", () => {
  it("undoes every backslash escape and decodes UTF-8", () => {
    const cases: Array<[string, string]> = [
      ["plain", "plain"],
      ["a\\\\b", "a\\b"],
      ["tab\\there", "tab\there"],
      ["\\n\\r\\b\\f\\v", "\n\r\b\f\v"],
      ["\\101\\60x", "A0x"],
      ["\\x41\\x4a!", "AJ!"],
      ['kutipan \\\\"dia\\\\" 🎉 — é', 'kutipan \\"dia\\" 🎉 — é'],
      ["", ""],
    ];
    for (const [raw, decoded] of cases) {
      const b = bytes(`<${raw}>`);
      expect(copyText(b, 1, b.length - 1)).toBe(decoded);
    }
  });

  it("cuts rows into fields whatever the chunk boundaries", () => {
    const rows = [
      ["a", "b\tc", null],
      ["", "🎉 kata", "x\\y"],
      ["1", "2", "3\n4"],
    ];
    const text = bytes(rows.map(copyRow).join(""));
    for (let cut = 0; cut <= text.length; cut++) {
      const seen: Array<Array<string | null>> = [];
      const r = new CopyTextRows(3, (b, s, e) => {
        const row: Array<string | null> = [];
        for (let i = 0; i < 3; i++) {
          const a = s[i] as number;
          const z = e[i] as number;
          row.push(z - a === 2 && b[a] === 92 && b[a + 1] === 78 ? null : copyText(b, a, z));
        }
        seen.push(row);
      });
      r.push(text.subarray(0, cut));
      r.push(text.subarray(cut));
      r.end();
      expect(seen).toEqual(rows);
    }
  });

  it("rejects rows with the wrong number of fields and a stream cut inside a row", () => {
    expect(() => new CopyTextRows(3, () => {}).push(bytes("a\tb\n"))).toThrow(/2 fields/);
    expect(() => new CopyTextRows(2, () => {}).push(bytes("a\tb\tc\n"))).toThrow(/more than 2/);
    const r = new CopyTextRows(2, () => {});
    r.push(bytes("a\tb"));
    expect(() => r.end()).toThrow(/inside a row/);
  });

  it("numbers distinct byte strings and uuids in the order first seen, through growth", () => {
    const keys = new ByteKeys();
    const ids = new UuidKeys();
    const uuid = (i: number) =>
      `${i.toString(16).padStart(8, "0")}-0000-7000-8000-${(i * 7919).toString(16).padStart(12, "0")}`;
    for (let round = 0; round < 2; round++)
      for (let i = 0; i < 5000; i++) {
        const k = bytes(`key ${i} ${"x".repeat(i % 50)}`);
        expect(keys.id(k, 0, k.length)).toBe(i);
        expect(keys.added).toBe(round === 0);
        const u = bytes(uuid(i));
        expect(ids.id(u, 0, u.length)).toBe(i);
        expect(ids.added).toBe(round === 0);
      }
    expect(keys.size).toBe(5000);
    expect(ids.size).toBe(5000);
    const upper = bytes(uuid(5).toUpperCase());
    expect(ids.id(upper, 0, upper.length)).toBe(5);
    const bad = bytes("zzzzzzzz-0000-7000-8000-000000000000");
    expect(() => ids.id(bad, 0, bad.length)).toThrow(/uuid/);
  });
});

describe("packing the ledger from COPY streams", () => {
  const id = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, "0")}`;
  const values = [
    {
      slot: "date",
      interval: { start: "2024-03-05T00:00:00.000Z", end: "2024-03-06T00:00:00.000Z", precision: "day" },
    },
    { slot: "statement", text: 'Kata "dia":\ta\\b\nbaris dua 🎉' },
    { slot: "occurred", occurred: true },
  ];
  // claim n: event n mod 3, value n mod 3; assertion i: claim i mod 5, outlet i mod 4.
  const claims = Array.from({ length: 5 }, (_, n) => ({
    id: id(100 + n),
    eventId: id(200 + (n % 3)),
    value: values[n % 3] as (typeof values)[number],
  }));
  const assertions = Array.from({ length: 40 }, (_, i) => {
    const kept = i % 7 === 0;
    const claim = claims[i % 5] as (typeof claims)[number];
    return {
      articleId: kept ? id(300 + i) : "",
      outletId: id(400 + (i % 4)),
      eventId: claim.eventId,
      claimId: claim.id,
      value: claim.value,
      stance: i % 6 === 0 ? ("denies" as const) : ("asserts" as const),
      attributionKind: (["none", "anonymous", "named_person"] as const)[i % 3] as "none",
      wireCredit: i % 9 === 0 ? "Antara\\Reuters" : null,
      copyGroupId: kept ? id(500) : null,
      publishedAt: kept && i % 2 === 0 ? 1_709_600_000_123 + i : null,
    };
  });
  const claimText = claims.map((c) => copyRow([c.id, c.eventId, JSON.stringify(c.value)])).join("");
  const assertionText = assertions
    .map((a) =>
      copyRow([
        a.articleId || null,
        a.outletId,
        a.claimId,
        a.stance,
        a.attributionKind,
        a.wireCredit,
        a.copyGroupId,
        a.publishedAt === null ? null : String(a.publishedAt),
      ]),
    )
    .join("");

  it("gives the ledger the row packer gives, the streams interleaved in small chunks", () => {
    const expected = new LedgerPacker(assertions.length);
    for (const { claimId: _c, ...a } of assertions) expected.add(a as never);
    const packer = new CopyLedgerPacker(4);
    const c = bytes(claimText);
    const a = bytes(assertionText);
    // Assertions first, then the two streams alternating, in chunks of 7 bytes.
    for (let i = 0, j = 0; i < a.length || j < c.length; ) {
      if (i < a.length) packer.assertionRows.push(a.subarray(i, i + 7));
      i += 7;
      if (i > 40 && j < c.length) {
        packer.claimRows.push(c.subarray(j, j + 7));
        j += 7;
      }
    }
    const got = unpackLedger(packer.pack([], []));
    expect(got.assertions).toEqual(unpackLedger(expected.pack([], [])).assertions);
    expect(got.assertions[1]?.value).toEqual(values[1]);
    expect(got.assertions[0]?.publishedAt).toBe(1_709_600_000_123);
  });

  it("fails when an assertion's claim never came", () => {
    const packer = new CopyLedgerPacker();
    packer.assertionRows.push(bytes(assertionText));
    packer.claimRows.push(bytes(claimText.split("\n").slice(1).join("\n")));
    expect(() => packer.pack([], [])).toThrow(/claim was not read/);
  });
});
