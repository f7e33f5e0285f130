import type { DateInterval } from "@kroscek/schema";
import { describe, expect, it } from "vitest";
import { detectContradictions } from "./contradictions";
import {
  assertion,
  dateValue,
  E,
  exampleDailyDate,
  himalayaDate,
  jakartaDay,
  jakartaMonth,
  NAMES,
  republikaDate,
} from "./test-fixtures";
import type { RuleAssertion } from "./types";

describe("date conflicts", () => {
  it("finds no conflict between 000 'pada Selasa' and 002 '16/1/2024': both resolve to 16 January 2024", () => {
    expect(detectContradictions([himalayaDate, republikaDate])).toEqual([]);
  });

  it("flags an outlet dating the meeting 17 January 2024, naming both outlets, quotes and resolved dates", () => {
    const findings = detectContradictions([exampleDailyDate, himalayaDate, republikaDate]);
    expect(findings.map((f) => [f.ruleId, f.assertionAId, f.assertionBId])).toEqual([
      ["date.conflict", "a000-date", "a900-date"],
      ["date.conflict", "a002-date", "a900-date"],
    ]);
    expect(findings[0]?.explanation).toBe(
      "Himalayapost.id: 16 January 2024 (from 'pada Selasa', article dated 18 January 2024) vs Example Daily: 17 January 2024 (from '17/1/2024')",
    );
    expect(findings[1]?.explanation).toBe(
      "Republika: 16 January 2024 (from 'Selasa (16/1/2024)') vs Example Daily: 17 January 2024 (from '17/1/2024')",
    );
    expect(findings[0]?.details).toMatchObject({
      labelA: "16 January 2024",
      labelB: "17 January 2024",
      slot: "date",
    });
    expect(findings[0]?.eventId).toBe("ev-choe-visit");
  });

  it("treats 'Juni 2024' and '19/6/2024' as agreeing, but 'Juni 2024' and '1/7/2024' as conflicting", () => {
    const june = assertion({ id: "m", value: dateValue(jakartaMonth(2024, 6), "Juni 2024") });
    const day = assertion({ id: "d", value: dateValue(jakartaDay("2024-06-19"), "19/6/2024") });
    const july = assertion({ id: "j", value: dateValue(jakartaDay("2024-07-01"), "1/7/2024") });
    const findings = detectContradictions([june, day, july]);
    expect(findings.map((f) => [f.assertionAId, f.assertionBId])).toEqual([
      ["d", "j"],
      ["j", "m"],
    ]);
    expect(findings[1]?.explanation).toContain("June 2024 (from 'Juni 2024')");
  });

  it("uses half-open intervals: consecutive days touch but do not overlap", () => {
    const a = assertion({ id: "a", value: dateValue(jakartaDay("2024-01-16")) });
    const b = assertion({ id: "b", value: dateValue(jakartaDay("2024-01-17")) });
    expect(detectContradictions([a, b])).toHaveLength(1);
  });

  it("compares days by the calendar day each outlet stated, in whatever zone it was read", () => {
    // "Senin (12/5/2025)" read in Jakarta (UTC+7) and "on Tuesday" read in Wellington (UTC+12):
    // the UTC instants overlap for five hours, the days differ.
    const wellington = (iso: string): DateInterval => {
      const start = Date.parse(`${iso}T00:00:00+12:00`);
      return {
        start: new Date(start).toISOString(),
        end: new Date(start + 86_400_000).toISOString(),
        precision: "day",
      };
    };
    const monday = assertion({ id: "a", value: dateValue(jakartaDay("2025-05-12"), "Senin (12/5/2025)") });
    const tuesday = assertion({ id: "b", value: dateValue(wellington("2025-05-13"), "on Tuesday") });
    const sameDay = assertion({ id: "c", value: dateValue(wellington("2025-05-12"), "on Monday") });
    expect(detectContradictions([monday, tuesday]).map((f) => f.ruleId)).toEqual(["date.conflict"]);
    expect(detectContradictions([monday, sameDay])).toEqual([]);
    const may = assertion({ id: "m", value: dateValue(jakartaMonth(2025, 5), "Mei 2025") });
    expect(detectContradictions([may, tuesday])).toEqual([]);
  });

  it("ignores date claims that could not be resolved", () => {
    const unresolved = { ...exampleDailyDate, dateResolved: false };
    expect(detectContradictions([himalayaDate, unresolved])).toEqual([]);
  });
});

describe("who compares with whom", () => {
  it("reports two dates in one article as article.internal_inconsistency, not a cross-outlet conflict", () => {
    const second = { ...exampleDailyDate, articleId: himalayaDate.articleId, outletName: "Himalayapost.id" };
    const [finding] = detectContradictions([himalayaDate, second]);
    expect(finding?.ruleId).toBe("article.internal_inconsistency");
    expect(finding?.explanation).toMatch(
      /^Himalayapost\.id contradicts itself in one article: 16 January 2024/,
    );
    expect(finding?.details.conflict).toBe("date.conflict");
  });

  it("does not set wire copies of one group against each other, but still against other outlets", () => {
    const copyA = { ...republikaDate, copyGroupId: "copy:x" };
    const copyB = { ...exampleDailyDate, copyGroupId: "copy:x" };
    expect(detectContradictions([copyA, copyB])).toEqual([]);
    expect(detectContradictions([copyA, copyB, himalayaDate])).toHaveLength(1);
  });

  it("lets reports_unconfirmed conflict with nothing but lists it in the details", () => {
    const rumour = { ...exampleDailyDate, id: "a950", stance: "reports_unconfirmed" as const };
    expect(detectContradictions([himalayaDate, rumour])).toEqual([]);
    const findings = detectContradictions([himalayaDate, exampleDailyDate, rumour]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.details.unconfirmed).toEqual([
      expect.objectContaining({ assertionId: "a950", outletName: "Example Daily" }),
    ]);
  });

  it("returns the same findings whatever the input order", () => {
    const input = [exampleDailyDate, himalayaDate, republikaDate];
    expect(detectContradictions([...input].reverse())).toEqual(detectContradictions(input));
  });
});

describe("place, actor, participants and quantity conflicts", () => {
  const names = { entityNames: NAMES };

  it("flags different places with their names and agrees on the same place", () => {
    const moscow = assertion({
      id: "p1",
      outletName: "Himalayapost.id",
      value: { slot: "place", entityId: E.moscow },
    });
    const pyong = assertion({
      id: "p2",
      outletName: "KCNA Watch",
      value: { slot: "place", entityId: E.pyongyang },
    });
    const moscow2 = assertion({ id: "p3", value: { slot: "place", entityId: E.moscow } });
    const findings = detectContradictions([moscow, pyong, moscow2], names);
    expect(findings.map((f) => [f.ruleId, f.assertionAId, f.assertionBId])).toEqual([
      ["place.conflict", "p1", "p2"],
      ["place.conflict", "p2", "p3"],
    ]);
    expect(findings[0]?.explanation).toBe(
      "Himalayapost.id: Moscow (from 'quote p1') vs KCNA Watch: Pyongyang (from 'quote p2')",
    );
  });

  it("flags different actors", () => {
    const putin = assertion({ id: "x1", value: { slot: "actor", entityId: E.putin } });
    const lavrov = assertion({ id: "x2", value: { slot: "actor", entityId: E.lavrov } });
    expect(detectContradictions([putin, lavrov], names)[0]?.ruleId).toBe("actor.conflict");
  });

  it("does not flag participant lists where one names a subset of the other", () => {
    const two = assertion({ id: "s1", value: { slot: "participants", entityIds: [E.putin, E.choe] } });
    const three = assertion({
      id: "s2",
      value: { slot: "participants", entityIds: [E.choe, E.putin, E.lavrov] },
    });
    expect(detectContradictions([two, three])).toEqual([]);
  });

  it("flags participant lists where each names someone the other does not", () => {
    const a = assertion({ id: "s1", value: { slot: "participants", entityIds: [E.putin, E.choe] } });
    const b = assertion({ id: "s2", value: { slot: "participants", entityIds: [E.lavrov, E.kim] } });
    const [finding] = detectContradictions([a, b], names);
    expect(finding?.ruleId).toBe("participants.conflict");
    expect(finding?.explanation).toContain("Vladimir Putin and Choe Son Hui");
  });

  it("does not set countries against officials a quote names as theirs; other officials still conflict", () => {
    const entityNames = new Map([
      ["id", "Indonesia"],
      ["vn", "Vietnam"],
      ["hendro", "Hendro Wibisono"],
      ["tran", "Tran Quoc Hai"],
      ["kim", "Kim Jong-un"],
    ]);
    const states = assertion({
      id: "c1",
      quote: "Vietnam dan Indonesia menandatangani nota kesepahaman pasokan beras.",
      value: { slot: "participants", entityIds: ["id", "vn"] },
    });
    const ministers = assertion({
      id: "c2",
      quote:
        "Indonesian Trade Minister Hendro Wibisono and Vietnamese Industry and Trade Minister Tran Quoc Hai signed the agreement.",
      value: { slot: "participants", entityIds: ["hendro", "tran"] },
    });
    expect(detectContradictions([states, ministers], { entityNames })).toEqual([]);
    const others = assertion({
      id: "c3",
      quote: "Hendro Wibisono and Kim Jong-un signed the agreement.",
      value: { slot: "participants", entityIds: ["hendro", "kim"] },
    });
    expect(detectContradictions([states, others], { entityNames }).map((f) => f.ruleId)).toEqual([
      "participants.conflict",
    ]);
  });

  it("reads two-word demonyms and an Indonesian minister named without a country as the officials' states", () => {
    const entityNames = new Map([
      ["id", "Indonesia"],
      ["kr", "Korea Selatan"],
      ["hendra", "Hendra Lubis"],
      ["kim", "Kim Seo-yeon"],
      ["park", "Park Ji-hoon"],
    ]);
    const states = assertion({
      id: "k1",
      quote: "Indonesia dan Korea Selatan menandatangani nota kesepahaman di Seoul.",
      value: { slot: "participants", entityIds: ["id", "kr"] },
    });
    const english = assertion({
      id: "k2",
      quote:
        "The agreement was signed by Indonesian Investment Minister Hendra Lubis and South Korean Trade Minister Kim Seo-yeon.",
      value: { slot: "participants", entityIds: ["hendra", "kim"] },
    });
    const indonesian = assertion({
      id: "k3",
      quote:
        "Nota kesepahaman itu ditandatangani oleh Menteri Investasi Hendra Lubis dan Menteri Perindustrian Korea Selatan Park Ji-hoon.",
      value: { slot: "participants", entityIds: ["hendra", "park"] },
    });
    expect(detectContradictions([states, english], { entityNames })).toEqual([]);
    expect(detectContradictions([states, indonesian], { entityNames })).toEqual([]);
    const after = {
      ...english,
      id: "k5",
      quote: "The South Korean minister Kim Seo-yeon and the Indonesian minister Hendra Lubis signed it.",
    };
    expect(detectContradictions([states, after], { entityNames })).toEqual([]);
    const korean = {
      ...indonesian,
      id: "k4",
      quote: "Nota itu ditandatangani oleh Park Ji-hoon dan Hendra Lubis.",
    };
    expect(detectContradictions([states, korean], { entityNames }).map((f) => f.ruleId)).toEqual([
      "participants.conflict",
    ]);
  });

  it("sets who attended an event only against another list of who attended it", () => {
    const entityNames = new Map([
      ["inka", "INKA"],
      ["railway", "Bangladesh Railway"],
      ["hana", "Hana Kusuma"],
      ["karim", "Mahmud Karim"],
      ["budi", "Budi Santoso"],
    ]);
    const actors = assertion({
      id: "h1",
      articleId: "one",
      quote: "INKA menyerahkan 20 kereta kepada Bangladesh Railway di Stasiun Kamalapur.",
      value: { slot: "participants", entityIds: ["inka", "railway"] },
    });
    const present = (id: string, articleId: string, quote: string, entityIds: string[]) =>
      assertion({ id, articleId, quote, value: { slot: "participants", entityIds } });
    expect(
      detectContradictions(
        [
          actors,
          present("h2", "one", "Penyerahan itu disaksikan Hana Kusuma dan Mahmud Karim.", ["hana", "karim"]),
        ],
        { entityNames },
      ),
    ).toEqual([]);
    expect(
      detectContradictions(
        [
          present("h3", "one", "Penyerahan itu disaksikan Hana Kusuma dan Mahmud Karim.", ["hana", "karim"]),
          present("h4", "two", "Hana Kusuma and Budi Santoso attended the handover.", ["hana", "budi"]),
        ],
        { entityNames },
      ).map((f) => f.ruleId),
    ).toEqual(["participants.conflict"]);
  });

  it("does not set the people an appointment names, without who made it, against its maker", () => {
    const entityNames = new Map([
      ["prabowo", "Prabowo Subianto"],
      ["hadi", "Hadi Kurniawan"],
      ["surya", "Surya Atmaja"],
    ]);
    const maker = assertion({
      id: "r1",
      articleId: "one",
      quote: "President Prabowo Subianto replaced his finance and energy ministers on Wednesday.",
      value: { slot: "participants", entityIds: ["prabowo"] },
    });
    const named = (quote: string) =>
      assertion({
        id: "r2",
        articleId: "one",
        quote,
        value: { slot: "participants", entityIds: ["hadi", "surya"] },
      });
    expect(
      detectContradictions(
        [
          maker,
          named(
            "Hadi Kurniawan was named finance minister, while Surya Atmaja takes over the energy ministry.",
          ),
        ],
        { entityNames },
      ),
    ).toEqual([]);
    expect(
      detectContradictions([maker, named("Hadi Kurniawan dan Surya Atmaja dilantik sebagai menteri.")], {
        entityNames,
      }),
    ).toEqual([]);
    // Told with who made it, the lists are compared.
    expect(
      detectContradictions(
        [maker, named("Hadi Kurniawan and Surya Atmaja were appointed by the parliament.")],
        {
          entityNames,
        },
      ).map((f) => f.ruleId),
    ).toEqual(["article.internal_inconsistency"]);
  });

  it("flags quantities beyond the larger tolerance only, and never across units", () => {
    const q = (id: string, amount: number, tolerance: number, unit = "missiles") =>
      assertion({ id, value: { slot: "quantity", amount, unit, tolerance } });
    expect(detectContradictions([q("q1", 100, 0.1), q("q2", 95, 0)])).toEqual([]);
    const [finding] = detectContradictions([q("q1", 100, 0.1), q("q2", 80, 0.05)]);
    expect(finding?.ruleId).toBe("quantity.conflict");
    expect(finding?.details).toMatchObject({ relativeDifference: 0.2, tolerance: 0.1 });
    expect(detectContradictions([q("q1", 3, 0), q("q2", 8, 0, "launchers")])).toEqual([]);
  });

  it("reads an 'at least' figure from its quote as one-sided: it agrees upwards within its tolerance", () => {
    const said = (id: string, quote: string, amount: number, unit: string, tolerance: number) =>
      assertion({ id, quote, value: { slot: "quantity", amount, unit, tolerance } });
    const floor = said("h1", "Banjir merendam sedikitnya 800 rumah di tiga desa.", 800, "rumah", 0.5);
    const kinds = (other: RuleAssertion) => detectContradictions([floor, other]).map((f) => f.ruleId);
    // 800 to 1,200 (its 50 % above): a larger count within it agrees, a smaller one or one far above conflicts.
    expect(kinds(said("h2", "The flood inundated 1,100 houses.", 1100, "houses", 0))).toEqual([]);
    expect(kinds(said("h3", "The flood inundated 420 houses.", 420, "houses", 0))).toEqual([
      "quantity.conflict",
    ]);
    expect(kinds(said("h4", "The flood inundated about 1,500 houses.", 1500, "houses", 0.1))).toEqual([
      "quantity.conflict",
    ]);
    const [finding] = detectContradictions([floor, said("h5", "Sekitar 1.500 rumah", 1500, "rumah", 0.1)]);
    expect(finding?.details).toMatchObject({ oneSided: true });
    // "up to 40" is 20 to 40: 45 conflicts with it, 30 does not.
    const ceiling = said("c1", "Up to 40 villagers were evacuated.", 40, "villagers", 0.5);
    expect(
      detectContradictions([ceiling, said("c3", "45 warga dievakuasi.", 45, "warga", 0)]).map(
        (f) => f.ruleId,
      ),
    ).toEqual(["quantity.conflict"]);
    expect(
      detectContradictions([ceiling, said("c4", "30 villagers were evacuated.", 30, "villagers", 0)]),
    ).toEqual([]);
  });

  it("finds one article's two estimates of a count inconsistent when their bands do not meet", () => {
    const quote =
      "Police estimated the crowd at about 3,000 people, while organisers put it at more than 5,000.";
    const estimate = (id: string, amount: number, tolerance: number) =>
      assertion({
        id,
        articleId: "art-rally",
        quote,
        value: { slot: "quantity", amount, unit: "people", tolerance },
      });
    expect(
      detectContradictions([estimate("r1", 3000, 0.1), estimate("r2", 5000, 0.5)]).map((f) => f.ruleId),
    ).toEqual(["article.internal_inconsistency"]);
  });

  it("keeps a figure two-sided when its tolerance is not its quote's hedge", () => {
    const floorByHand = assertion({
      id: "b1",
      quote: "Banjir merendam sedikitnya 800 rumah.",
      value: { slot: "quantity", amount: 800, unit: "rumah", tolerance: 0.1 },
    });
    const other = assertion({
      id: "b2",
      quote: "760 houses were flooded.",
      value: { slot: "quantity", amount: 760, unit: "houses", tolerance: 0 },
    });
    expect(detectContradictions([floorByHand, other])).toEqual([]);
  });
});

describe("occurrence conflicts", () => {
  const happened = (id: string, occurred: boolean, stance: RuleAssertion["stance"] = "asserts") =>
    assertion({ id, stance, value: { slot: "occurred", occurred } });

  it("flags 'took place' against 'did not take place'", () => {
    const [finding] = detectContradictions([happened("o1", true), happened("o2", false)]);
    expect(finding?.ruleId).toBe("occurrence.conflict");
    expect(finding?.explanation).toBe(
      "Outlet o1: took place (from 'quote o1') vs Outlet o2: did not take place (from 'quote o2')",
    );
  });

  it("reads denying that it happened as saying it did not", () => {
    expect(detectContradictions([happened("o1", true), happened("o2", true, "denies")])).toHaveLength(1);
    expect(detectContradictions([happened("o1", false), happened("o2", true, "denies")])).toEqual([]);
  });

  it("flags asserting a value another outlet denies, but not two denials", () => {
    const says = assertion({ id: "d1", value: { slot: "place", entityId: E.moscow } });
    const denies = assertion({ id: "d2", stance: "denies", value: { slot: "place", entityId: E.moscow } });
    const [finding] = detectContradictions([says, denies], { entityNames: NAMES });
    expect(finding?.ruleId).toBe("occurrence.conflict");
    expect(finding?.explanation).toContain("Outlet d2: denies Moscow");
    expect(detectContradictions([denies, { ...denies, id: "d3", articleId: "art-d3" }])).toEqual([]);
  });
});

describe("scale", () => {
  const at = (i: number, day: string): RuleAssertion =>
    assertion({ id: `a${String(i).padStart(5, "0")}`, value: dateValue(jakartaDay(day)) });

  // Speed is measured by packages/bench/api/detection.ts (DETECTION.md), not asserted here.
  it("finds every conflicting pair among 10^4 assertions with a few distinct dates", () => {
    const input = Array.from({ length: 10_000 }, (_, i) =>
      at(i, i % 1000 === 0 ? "2024-01-17" : "2024-01-16"),
    );
    const findings = detectContradictions(input);
    expect(findings).toHaveLength(10 * 9990);
  });

  it("finds no conflict among 10^4 distinct, mutually overlapping intervals", () => {
    const base = Date.parse("2024-01-01T00:00:00Z");
    const input = Array.from({ length: 10_000 }, (_, i) =>
      assertion({
        id: `w${i}`,
        value: dateValue({
          start: new Date(base + i * 60_000).toISOString(),
          end: new Date(base + 30 * 86_400_000 + i * 60_000).toISOString(),
          precision: "month",
        }),
      }),
    );
    expect(detectContradictions(input)).toEqual([]);
  });

  it("stops at maxFindings", () => {
    const input = Array.from({ length: 200 }, (_, i) => at(i, i % 2 === 0 ? "2024-01-17" : "2024-01-16"));
    expect(detectContradictions(input, { maxFindings: 50 })).toHaveLength(50);
  });
});
