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

  it("reads a unit in either language as one unit, and people as counting people of a kind", () => {
    const q = (amount: number, unit: string): ClaimValue => ({
      slot: "quantity",
      amount,
      unit,
      tolerance: 0,
    });
    expect(claimValueKey(q(3000, "tentara"))).toBe(claimValueKey(q(3000, "Troops")));
    expect(claimValueKey(q(3000, "tentara"))).not.toBe(claimValueKey(q(3000, "warga")));
    expect(claimValueSimilarity(q(11000, "barel"), q(11000, "barrels"))).toBe(1);
    expect(claimValueSimilarity(q(62, "people"), q(62, "penumpang"))).toBe(1);
    expect(claimValueSimilarity(q(30, "pelajar"), q(30, "warga"))).toBe(0);
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
    if (!a?.score || !bad?.score || !bad.accuracy) throw new Error("missing scores");
    expect(a.status).toBe("scored");
    expect(a.score).toBeGreaterThan(bad.score);
    expect(a.accuracy).toBeGreaterThan(0.8);
    expect(bad.accuracy).toBeLessThan(0.5);
    expect(bad.unsourcedCount).toBe(5);
    expect(bad.components.sourcingFactor).toBeCloseTo(0.7);
    expect(bad.score).toBeCloseTo(bad.accuracy * 0.7);
    expect(a.components.formula).toBe(scoreFormula());
    expect(run.algorithmVersion).toMatch(/^truth-.*\+score-1$/);
  });

  it("gives an outlet below the minimum evidence no score, only its counts", () => {
    const thin = [assertion("thin", "e1", day(base(0))), assertion("thin", "e2", day(base(1)))];
    const run = computeOutletReliability([...outlets, outlet("thin")], [...honest, ...liar, ...thin], []);
    expect(run.parameters.minEvidence).toBe(5);
    const silent = run.outlets.find((o) => o.outletId === "silent");
    expect(silent).toMatchObject({
      status: "insufficient_evidence",
      basis: "none",
      score: null,
      accuracy: null,
    });
    expect(silent?.assertionCount).toBe(0);
    const few = run.outlets.find((o) => o.outletId === "thin");
    expect(few).toMatchObject({ status: "insufficient_evidence", score: null, accuracyLow: null });
    expect(few?.assertionCount).toBe(2);
    expect(few?.components).toMatchObject({ objects: 2, minEvidence: 5, scoreLow: null });
    // Its prior is its kind's fitted one ("news"), shrunk toward the workspace's.
    expect(silent?.components.priorGroup).toBe("news");
    expect(silent?.components.priorMean).toBeCloseTo(run.summary.priors?.groups.news?.mean ?? Number.NaN, 12);
    const a = run.outlets.find((o) => o.outletId === "a");
    expect(a?.components.objects).toBe(5);
    expect((a?.accuracyHigh ?? 1) - (a?.accuracyLow ?? 0)).toBeLessThan(0.35);
    expect(run.summary.statuses).toEqual({ scored: 4, insufficient_evidence: 2, no_outlet: 0 });
    // The minimum is a parameter: at 2 event slots the thin outlet is scored.
    const lenient = computeOutletReliability([outlet("thin")], thin, [], { minEvidence: 2 });
    expect(lenient.outlets[0]?.status).toBe("scored");
    expect(lenient.outlets[0]?.score).toBeGreaterThan(0);
  });

  it("says when a wire outlet's score rests only on other outlets' copies of it", () => {
    const carriers = ["w1", "w2"].flatMap((o) =>
      events.map((e, i) =>
        assertion(o, e, day(base(i)), { wireCredit: "sumber: Reuters", attributionKind: "wire" }),
      ),
    );
    const reuters: LedgerOutlet = { id: "reuters", name: "Reuters", kind: "wire" };
    const all = [reuters, outlet("w1"), outlet("w2"), ...["a", "b"].map((id) => outlet(id))];
    const run = computeOutletReliability(all, [...carriers, ...honest.filter((x) => x.outletId !== "c")], []);
    const row = run.outlets.find((o) => o.outletId === "reuters");
    expect(row).toMatchObject({ status: "scored", basis: "copies_only", assertionCount: 0 });
    expect(row?.components).toMatchObject({ objects: 5, copiedObjects: 5 });
    expect(run.outlets.find((o) => o.outletId === "a")?.basis).toBe("own");
    // One article of its own on one of those slots: the score rests on both.
    const ownStory = assertion("reuters", "e1", day(base(0)));
    const mixed = computeOutletReliability(all, [...carriers, ownStory], []);
    const r2 = mixed.outlets.find((o) => o.outletId === "reuters");
    expect(r2).toMatchObject({ basis: "own_and_copies", assertionCount: 1 });
    expect(r2?.components.copiedObjects).toBe(4);
  });

  it("scores articles with no printed outlet as separate sources, never as one", () => {
    const unknown: LedgerOutlet = { id: "unk", name: "Unknown outlet", kind: "unknown" };
    // Five unrelated articles without an outlet, each naming one date: pooled, they would make one
    // "outlet" with five event slots and a score.
    const loose = events.map((e, i) =>
      assertion("unk", e, day(base(i + 10)), { articleId: `x${i}`, attributionKind: "none" }),
    );
    const { input } = ledgerToTruthInput([unknown, ...outlets], [...honest, ...loose], []);
    const sources = new Set(input.claims.map((c) => c.source));
    expect(sources.has("unk")).toBe(false);
    expect([...sources].filter((x) => x.startsWith("article:"))).toHaveLength(5);
    const run = computeOutletReliability([unknown, ...outlets], [...honest, ...loose], []);
    const row = run.outlets.find((o) => o.outletId === "unk");
    expect(row).toMatchObject({ status: "no_outlet", score: null, assertionCount: 5, unsourcedCount: 5 });
    expect(row?.components.articleCount).toBe(5);
    expect(run.summary.articlesWithoutOutlet).toBe(5);
    expect(run.summary.statuses.no_outlet).toBe(1);
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
