import type { ClaimValue } from "@kroscek/schema";
import { describe, expect, it } from "vitest";
import { type LedgerAssertion, type LedgerOutlet, ledgerToTruthInput } from "./ledger";
import { computeOutletReliability } from "./outlets";
import { DEFAULT_SCORE_WEIGHTS, outletScore, scoreFormula } from "./score";
import { claimValueKey, claimValueSimilarity } from "./values";

const day = (d: string): ClaimValue => ({
  slot: "date",
  interval: {
    start: `${d}T00:00:00.000Z`,
    end: new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString(),
    precision: "day",
  },
});
const month: ClaimValue = {
  slot: "date",
  interval: { start: "2024-06-01T00:00:00.000Z", end: "2024-07-01T00:00:00.000Z", precision: "month" },
};

function assertion(
  outletId: string,
  eventId: string,
  value: ClaimValue,
  extra: Partial<LedgerAssertion> = {},
) {
  return {
    articleId: `${outletId}-${eventId}-${extra.articleId ?? ""}`,
    outletId,
    eventId,
    value,
    stance: "asserts",
    attributionKind: "named_person",
    wireCredit: null,
    copyGroupId: null,
    publishedAt: null,
    ...extra,
  } satisfies LedgerAssertion;
}

const outlet = (id: string, kind: LedgerOutlet["kind"] = "news"): LedgerOutlet => ({ id, name: id, kind });

describe("claim values", () => {
  it("keys equal values alike and keeps slots apart", () => {
    expect(claimValueKey({ slot: "participants", entityIds: ["b", "a", "a"] })).toBe(
      claimValueKey({ slot: "participants", entityIds: ["a", "b"] }),
    );
    expect(claimValueKey({ slot: "place", entityId: "x" })).not.toBe(
      claimValueKey({ slot: "actor", entityId: "x" }),
    );
    expect(claimValueKey({ slot: "statement", text: "Putin bertemu Kim!" })).toBe(
      claimValueKey({ slot: "statement", text: "putin  BERTEMU kim" }),
    );
  });

  it("scores similarity per slot", () => {
    expect(claimValueSimilarity(month, day("2024-06-19"))).toBe(1);
    expect(claimValueSimilarity(day("2024-01-16"), day("2024-01-17"))).toBe(0);
    expect(
      claimValueSimilarity(
        { slot: "participants", entityIds: ["a", "b"] },
        { slot: "participants", entityIds: ["a"] },
      ),
    ).toBe(0.5);
    const q = (amount: number, tolerance = 0): ClaimValue => ({
      slot: "quantity",
      amount,
      unit: "orang",
      tolerance,
    });
    expect(claimValueSimilarity(q(100, 0.05), q(97))).toBe(1);
    expect(claimValueSimilarity(q(100), q(90))).toBe(0);
    expect(claimValueSimilarity(q(3000, 0.1), q(2950))).toBe(1);
    expect(claimValueSimilarity(q(100), { slot: "quantity", amount: 100, unit: "km", tolerance: 0 })).toBe(0);
    expect(claimValueSimilarity(month, { slot: "place", entityId: "x" })).toBe(0);
  });
});

describe("ledger mapping", () => {
  it("uses asserting stances, turns a denied occurrence around and leaves other denials out", () => {
    const { input } = ledgerToTruthInput(
      [outlet("a")],
      [
        assertion("a", "e1", day("2024-01-16")),
        assertion("a", "e1", day("2024-01-17"), { stance: "denies" }),
        assertion("a", "e1", day("2024-01-18"), { stance: "reports_unconfirmed" }),
        assertion("a", "e2", { slot: "occurred", occurred: true }, { stance: "denies" }),
      ],
      [],
    );
    expect(input.claims.map((c) => [c.object, claimValueKey(c.value)])).toEqual([
      ["e1/date", claimValueKey(day("2024-01-16"))],
      ["e2/occurred", "occurred:no"],
    ]);
  });

  it("adds a wire source once and declares every carrier its copier", () => {
    const { input, virtualWires } = ledgerToTruthInput(
      [outlet("x"), outlet("y")],
      [
        assertion("x", "e", day("2024-01-16"), { wireCredit: "sumber: reuters" }),
        assertion("y", "e", day("2024-01-16"), { wireCredit: "Reuters" }),
      ],
      [],
    );
    expect(virtualWires).toEqual(["wire:Reuters"]);
    expect(input.copies).toEqual([
      { copier: "x", original: "wire:Reuters" },
      { copier: "y", original: "wire:Reuters" },
    ]);
  });

  it("maps a wire credit onto the workspace's own wire outlet", () => {
    const { input, virtualWires } = ledgerToTruthInput(
      [outlet("x"), { id: "r", name: "Reuters", kind: "wire" }],
      [assertion("x", "e", day("2024-01-16"), { wireCredit: "REUTERS" })],
      [],
    );
    expect(virtualWires).toEqual([]);
    expect(input.copies).toEqual([{ copier: "x", original: "r" }]);
  });

  it("takes the earliest article of a copy group as the original", () => {
    const { input } = ledgerToTruthInput(
      [outlet("x"), outlet("y")],
      [
        assertion("y", "e", day("2024-01-16"), { copyGroupId: "g", publishedAt: 2 }),
        assertion("x", "e", day("2024-01-16"), { copyGroupId: "g", publishedAt: 1 }),
      ],
      [],
    );
    expect(input.copies).toEqual([{ copier: "y", original: "x" }]);
  });

  it("fixes true-ish published verdicts only", () => {
    const { input } = ledgerToTruthInput(
      [outlet("a")],
      [assertion("a", "e", day("2024-01-16"))],
      [
        { claimId: "c1", eventId: "e", value: day("2024-01-17"), ratingValue: 5 },
        { claimId: "c2", eventId: "f", value: day("2024-01-17"), ratingValue: 1 },
      ],
    );
    expect(input.fixed).toEqual([{ object: "e/date", value: day("2024-01-17") }]);
  });
});

describe("outlet reliability", () => {
  // Five events; three outlets agree on each date, "liar" always names another day.
  const events = ["e1", "e2", "e3", "e4", "e5"];
  const base = (i: number) => `2024-01-${String(10 + i).padStart(2, "0")}`;
  const honest = ["a", "b", "c"].flatMap((o) => events.map((e, i) => assertion(o, e, day(base(i)))));
  const liar = events.map((e, i) => assertion("liar", e, day(base(i + 10)), { attributionKind: "none" }));
  const outlets = ["a", "b", "c", "liar", "silent"].map((id) => outlet(id));

  it("scores an outlet that contradicts the majority below the others, with every field explained", () => {
    const run = computeOutletReliability(outlets, [...honest, ...liar], []);
    const by = new Map(run.outlets.map((o) => [o.outletId, o]));
    const a = by.get("a");
    const bad = by.get("liar");
    if (!a || !bad) throw new Error("missing rows");
    expect(a.score).toBeGreaterThan(bad.score);
    expect(a.accuracy).toBeGreaterThan(0.8);
    expect(bad.accuracy).toBeLessThan(0.5);
    expect(bad.unsourcedCount).toBe(5);
    expect(bad.components.sourcingFactor).toBeCloseTo(0.7);
    expect(bad.score).toBeCloseTo(bad.accuracy * 0.7);
    expect(a.components.formula).toBe(scoreFormula());
    expect(run.algorithmVersion).toMatch(/^truth-.*\+score-1$/);
  });

  it("gives an outlet with no evidence the prior and its wide interval, not an extreme score", () => {
    const run = computeOutletReliability(outlets, [...honest, ...liar], []);
    const silent = run.outlets.find((o) => o.outletId === "silent");
    // The fitted prior of its kind ("news"), shrunk toward the workspace's.
    const news = run.summary.priors?.groups.news;
    expect(silent?.accuracy).toBeCloseTo(news?.mean ?? Number.NaN, 12);
    expect(silent?.components.priorGroup).toBe("news");
    expect(silent?.accuracyLow).toBeCloseTo(news?.interval[0] ?? Number.NaN, 12);
    expect((silent?.accuracyHigh ?? 0) - (silent?.accuracyLow ?? 0)).toBeGreaterThan(0.3);
    const a = run.outlets.find((o) => o.outletId === "a");
    expect((a?.accuracyHigh ?? 0) - (a?.accuracyLow ?? 0)).toBeLessThan(0.35);
  });

  it("counts a wire story carried by three outlets about once against two independent outlets", () => {
    const wire = ["w1", "w2", "w3"].map((o) =>
      assertion(o, "e", day("2024-01-17"), { wireCredit: "Reuters", attributionKind: "wire" }),
    );
    const indep = ["i1", "i2"].map((o) => assertion(o, "e", day("2024-01-16")));
    const all = ["w1", "w2", "w3", "i1", "i2"].map((id) => outlet(id));
    const run = computeOutletReliability(all, [...wire, ...indep], [], { params: { detectCopying: false } });
    const by = new Map(run.outlets.map((o) => [o.outletId, o]));
    expect(by.get("i1")?.components.agreeing).toBe(1);
    expect(by.get("w1")?.components.agreeing).toBe(0);
    expect(run.summary.wires.map((w) => w.source)).toEqual(["wire:Reuters"]);
  });

  it("lets a published verdict overrule the majority", () => {
    const run = computeOutletReliability(
      outlets,
      [...honest, ...liar],
      [{ claimId: "v", eventId: "e1", value: day(base(10)), ratingValue: 5 }],
    );
    const bad = run.outlets.find((o) => o.outletId === "liar");
    expect(bad?.components.agreeing).toBe(1);
    expect(run.summary.fixedTruths).toBe(1);
  });
});

describe("score formula", () => {
  it("applies the stated weights to accuracy and its interval", () => {
    const s = outletScore({
      accuracy: 0.9,
      interval: [0.8, 0.95],
      assertionCount: 10,
      unsourcedCount: 5,
      anonymousCount: 2,
    });
    const factor = 1 - DEFAULT_SCORE_WEIGHTS.unsourced * 0.5 - DEFAULT_SCORE_WEIGHTS.anonymous * 0.2;
    expect(s.sourcingFactor).toBeCloseTo(factor);
    expect(s.score).toBeCloseTo(0.9 * factor);
    expect(s.scoreLow).toBeCloseTo(0.8 * factor);
    expect(
      outletScore({
        accuracy: 0.8,
        interval: [0.5, 0.9],
        assertionCount: 0,
        unsourcedCount: 0,
        anonymousCount: 0,
      }).score,
    ).toBe(0.8);
  });
});
