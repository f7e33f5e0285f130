import { describe, expect, it } from "vitest";
import { detectContradictions } from "./contradictions";
import { assertion, E, NAMES } from "./test-fixtures";

// A hand-annotated version of seed 003, the "unsourced Lavrov visit".
const lavrov = {
  articleId: "art-003",
  outletId: "outlet-unknown",
  outletName: "Unknown outlet",
  eventId: "ev-lavrov-visit",
  attribution: { kind: "named_org" as const, text: "menurut laporan media pemerintah Rusia" },
};
const participants = assertion({
  ...lavrov,
  id: "a003-participants",
  quote:
    "Kunjungan pejabat tinggi Rusia ke Korea Utara dipimpin oleh Menteri Luar Negeri Rusia, Sergei Lavrov, yang disambut langsung oleh pemimpin tertinggi Korea Utara, Kim Jong-un",
  value: { slot: "participants", entityIds: [E.lavrov, E.kim] },
});
const putinStatement = assertion({
  ...lavrov,
  id: "a003-statement",
  quote:
    "Pernyataan ini disampaikan langsung oleh Presiden Rusia, Vladimir Putin, dalam kunjungan resmi delegasi Rusia ke Pyongyang pekan ini",
  value: { slot: "statement", text: "Rusia siap memperkuat kerja sama bilateral dengan Korea Utara" },
  speakerEntityId: E.putin,
});

describe("actor outside the article's own participants", () => {
  it("flags the Lavrov article crediting Putin 'directly' during a visit he is not said to attend", () => {
    const findings = detectContradictions([participants, putinStatement], { entityNames: NAMES });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f?.ruleId).toBe("article.internal_inconsistency");
    expect([f?.assertionAId, f?.assertionBId]).toEqual(["a003-participants", "a003-statement"]);
    expect(f?.explanation).toMatch(
      /^Unknown outlet credits the statement 'Pernyataan ini disampaikan langsung/,
    );
    expect(f?.explanation).toContain(
      "to Vladimir Putin, but the same article names the participants as Sergei Lavrov and Kim Jong-un",
    );
    expect(f?.explanation).toContain("which does not include Vladimir Putin");
    expect(f?.details).toMatchObject({ conflict: "actor_not_participant", creditedEntityId: E.putin });
  });

  it("does not flag a speaker who is among the participants", () => {
    const lavrovSpeaks = { ...putinStatement, speakerEntityId: E.lavrov };
    expect(detectContradictions([participants, lavrovSpeaks])).toEqual([]);
  });

  it("checks actor claims as well as statement speakers", () => {
    const actor = assertion({ ...lavrov, id: "a003-actor", value: { slot: "actor", entityId: E.shoigu } });
    const [f] = detectContradictions([participants, actor], { entityNames: NAMES });
    expect(f?.explanation).toContain("credits the action 'quote a003-actor' to Sergei Shoigu");
  });

  it("does not compare one outlet's speaker with another outlet's participants", () => {
    const elsewhere = { ...putinStatement, articleId: "art-other", outletId: "outlet-other" };
    expect(detectContradictions([participants, elsewhere])).toEqual([]);
  });

  it("does not flag a statement when the article gives no participants", () => {
    expect(detectContradictions([putinStatement])).toEqual([]);
  });
});
