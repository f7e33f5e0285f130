import { type FindingMessage, renderFinding } from "@kroscek/schema";
import { describe, expect, it } from "vitest";
import { articleFlags, sourcingFlag, unresolvedDateFlag } from "./flags";
import {
  SEED_001_UNDATED_PUTIN,
  SEED_002_REPUBLIKA,
  SEED_003_LAVROV,
  SEED_004_INDONESIAUPDATES,
} from "./seed-texts.fixture";
import { article, assertion, dateValue, E, jakartaDay, NAMES, republikaDate } from "./test-fixtures";
import type { RuleArticle, RuleAssertion, RuleDateResolution } from "./types";

const stateMedia = { kind: "named_org" as const, text: "menurut laporan media pemerintah Rusia" };
const lavrovArticle = article({
  id: "art-003",
  outletName: "Unknown outlet",
  outletKind: "unknown",
  body: SEED_003_LAVROV,
});
const lavrovBase = {
  articleId: "art-003",
  outletName: "Unknown outlet",
  eventId: "ev-lavrov-visit",
  attribution: stateMedia,
};
const lavrovAssertions: RuleAssertion[] = [
  assertion({ ...lavrovBase, id: "a3-part", value: { slot: "participants", entityIds: [E.lavrov, E.kim] } }),
  assertion({
    ...lavrovBase,
    id: "a3-stmt",
    quote: "Pernyataan ini disampaikan langsung oleh Presiden Rusia, Vladimir Putin",
    value: { slot: "statement", text: "Rusia siap memperkuat kerja sama bilateral" },
    speakerEntityId: E.putin,
  }),
  assertion({
    ...lavrovBase,
    id: "a3-date",
    quote: "dalam kunjungan resmi delegasi Rusia ke Pyongyang pekan ini",
    value: dateValue(jakartaDay("2024-01-01"), "pekan ini"),
    dateResolved: false,
  }),
];
const lavrovResolutions: RuleDateResolution[] = [
  {
    assertionId: "a3-date",
    expression: "pekan ini",
    kind: "relative",
    interval: null,
    reason: "the article has no publication date",
  },
];

describe("articleFlags on the unsourced Lavrov visit (003)", () => {
  const flags = articleFlags(lavrovArticle, lavrovAssertions, lavrovResolutions, { entityNames: NAMES });

  it("flags it as spam-injected, undated, internally inconsistent, anonymously sourced and unresolved", () => {
    expect(flags.map((f) => [f.ruleId, f.assertionId])).toEqual([
      ["flag.spam_injection", null],
      ["flag.undated", null],
      ["article.internal_inconsistency", "a3-part"],
      ["flag.anonymous_source", "a3-date"],
      ["flag.unresolved_relative_date", "a3-date"],
      ["flag.anonymous_source", "a3-part"],
      ["flag.anonymous_source", "a3-stmt"],
    ]);
  });

  it("explains each flag with the article's own words", () => {
    const byRule = (rule: string) => flags.find((f) => f.ruleId === rule)?.explanation;
    expect(byRule("flag.spam_injection")).toContain("'vipqiuqiu99'");
    expect(byRule("flag.undated")).toBe(
      "Unknown outlet article has no publication date and states no absolute date, so 'pekan ini' cannot be dated",
    );
    expect(byRule("flag.unresolved_relative_date")).toBe(
      "Unknown outlet: the date 'pekan ini' cannot be resolved: the article has no publication date",
    );
    expect(byRule("article.internal_inconsistency")).toContain("to Vladimir Putin");
    expect(byRule("flag.anonymous_source")).toContain("'menurut laporan media pemerintah Rusia'");
  });
});

describe("articleFlags on other seed situations", () => {
  it("flags 002 as a Reuters wire copy and nothing else", () => {
    const republika = article({
      id: "art-002",
      outletName: "Republika",
      publishedAt: "2024-01-18T01:25:00Z",
      body: SEED_002_REPUBLIKA,
    });
    const flags = articleFlags(republika, [republikaDate], []);
    expect(flags.map((f) => f.ruleId)).toEqual(["flag.syndicated_copy"]);
    expect(flags[0]?.explanation).toBe("Republika credits Reuters: a wire copy, counted once with Reuters");
    expect(flags[0]?.details).toMatchObject({ wire: "Reuters", copyGroupId: null });
  });

  it("flags 001 as undated with 'pada hari Kamis' unresolved, but not unsourced: a Kremlin statement is a source", () => {
    const a001 = article({ id: "art-001", outletName: "Unknown outlet", body: SEED_001_UNDATED_PUTIN });
    const thursday = assertion({
      id: "a1-date",
      articleId: "art-001",
      quote: "Presiden Vladimir Putin menyatakan pada hari Kamis",
      value: dateValue(jakartaDay("2024-01-01"), "pada hari Kamis"),
      dateResolved: false,
      attribution: { kind: "document", text: "pernyataan resmi yang dikeluarkan oleh Kremlin" },
    });
    const flags = articleFlags(a001, [thursday], []);
    expect(flags.map((f) => f.ruleId)).toEqual(["flag.undated", "flag.unresolved_relative_date"]);
  });

  it("does not call an undated article undated when it states an absolute date", () => {
    const a004 = article({ id: "art-004", body: SEED_004_INDONESIAUPDATES });
    const meeting = assertion({
      id: "a4",
      articleId: "art-004",
      value: dateValue(jakartaDay("2024-09-14"), "Sabtu (14/9/2024)"),
    });
    const resolution: RuleDateResolution = {
      assertionId: "a4",
      expression: "Sabtu (14/9/2024)",
      kind: "absolute",
      interval: jakartaDay("2024-09-14"),
    };
    expect(articleFlags(a004, [meeting], [resolution])).toEqual([]);
  });

  it("flags members of a copy group, but not a wire's own story", () => {
    const group = {
      groupId: "copy:r1",
      articleIds: ["r1", "r2"],
      method: "wire_credit" as const,
      similarity: 0.9,
      wire: "Reuters",
      explanation: "…",
    };
    const own = article({
      id: "r1",
      outletName: "Reuters",
      outletKind: "wire",
      publishedAt: "2024-01-17T00:00:00Z",
      body: "x",
    });
    const copy = article({ id: "r2", outletName: "Kabar", publishedAt: "2024-01-17T00:00:00Z", body: "x" });
    expect(articleFlags(own, [], [], { copyGroups: [group] })).toEqual([]);
    const [flag] = articleFlags(copy, [], [], { copyGroups: [group] });
    expect(flag?.explanation).toBe("Kabar carries the same text as 1 other article");
  });
});

describe("per-assertion flags", () => {
  it("flags an assertion with no attribution as unsourced", () => {
    const bare = assertion({
      id: "u",
      value: { slot: "occurred", occurred: true },
      attribution: { kind: "none", text: null },
    });
    expect(sourcingFlag(bare)).toMatchObject({
      kind: "unsourced",
      ruleId: "flag.unsourced",
      assertionId: "u",
    });
  });

  it("a named outlet's dated report vouches for when, where and who, and for a number the dated sentence states", () => {
    const lead =
      "Presiden Joko Widodo menerima Perdana Menteri Malaysia Anwar Ibrahim di Istana Merdeka, Selasa (5/3/2024).";
    const report = article({
      id: "h01",
      outletName: "Suara Pertiwi",
      outletKind: "news",
      publishedAt: "2024-03-06T08:00:00+07:00",
      body: lead,
    });
    const bare = (id: string, value: RuleAssertion["value"]) =>
      assertion({ id, articleId: "h01", value, quote: lead, attribution: { kind: "none", text: null } });
    const own = [
      bare("d", {
        slot: "date",
        interval: { start: "2024-03-04T17:00:00Z", end: "2024-03-05T17:00:00Z", precision: "day" },
      }),
      bare("p", { slot: "place", entityId: "istana" }),
      bare("w", { slot: "participants", entityIds: ["jokowi", "anwar"] }),
      bare("q", { slot: "quantity", amount: 1500, unit: "pekerja", tolerance: 0 }),
    ];
    const unsourced = (a: RuleArticle) =>
      articleFlags(a, own, [])
        .filter((f) => f.kind === "unsourced")
        .map((f) => f.assertionId);
    expect(unsourced(report)).toEqual([]);
    // A number in a sentence that gives no day of its own still needs a source.
    expect(
      articleFlags(report, own.slice(1), [])
        .filter((f) => f.kind === "unsourced")
        .map((f) => f.assertionId),
    ).toEqual(["q"]);
    // The same words in an article with no outlet, or with no date (the Lavrov visit), vouch for nothing.
    expect(unsourced({ ...report, outletKind: "unknown" })).toEqual(["d", "p", "q", "w"]);
    expect(unsourced({ ...report, publishedAt: null })).toEqual(["d", "p", "q", "w"]);
  });

  it("a number in a sentence an outlet dates to the day needs no source; a toll does", () => {
    const report = article({
      id: "s9",
      outletName: "Kabar Pabrik",
      outletKind: "news",
      publishedAt: "2025-03-04T08:00:00+07:00",
      body: "",
    });
    const pair = (quote: string, amount: number, unit: string) => [
      assertion({
        id: `d-${amount}`,
        articleId: "s9",
        quote,
        attribution: { kind: "none", text: null },
        value: {
          slot: "date",
          interval: { start: "2025-03-02T17:00:00Z", end: "2025-03-03T17:00:00Z", precision: "day" },
        },
      }),
      assertion({
        id: `q-${amount}`,
        articleId: "s9",
        quote,
        attribution: { kind: "none", text: null },
        value: { slot: "quantity", amount, unit, tolerance: 0 },
      }),
    ];
    const flagged = (list: RuleAssertion[]) =>
      articleFlags(report, list, [])
        .filter((f) => f.kind === "unsourced")
        .map((f) => f.assertionId);
    expect(
      flagged(pair("Sekitar 3.200 buruh mogok kerja di Cikupa sejak Senin lalu.", 3200, "buruh")),
    ).toEqual([]);
    expect(
      flagged(pair("About 500 workers rallied outside the regent's office on Monday.", 500, "workers")),
    ).toEqual([]);
    expect(
      flagged(pair("Tiga penumpang tewas dalam kebakaran itu pada Senin malam.", 3, "penumpang")),
    ).toEqual(["q-3"]);
    expect(flagged(pair("The flood submerged 1,200 homes in Samarinda on Sunday.", 1200, "homes"))).toEqual([
      "q-1200",
    ]);
    // Without the day in the same sentence, the count needs a source.
    expect(flagged(pair("Sekitar 3.200 buruh mogok kerja di Cikupa.", 3200, "buruh").slice(1))).toEqual([
      "q-3200",
    ]);
  });

  it("a number in a plan dated after publication needs no source; one in a past month does", () => {
    const report = article({
      id: "m1",
      outletName: "Kabar Pertahanan",
      outletKind: "news",
      publishedAt: "2026-03-02T10:00:00+07:00",
      body: "",
    });
    const pair = (quote: string, month: string, amount: number, unit: string) => [
      assertion({
        id: `d-${amount}`,
        articleId: "m1",
        quote,
        attribution: { kind: "none", text: null },
        value: {
          slot: "date",
          interval: { start: `${month}-01T00:00:00Z`, end: `${month}-28T00:00:00Z`, precision: "month" },
        },
      }),
      assertion({
        id: `q-${amount}`,
        articleId: "m1",
        quote,
        attribution: { kind: "none", text: null },
        value: { slot: "quantity", amount, unit, tolerance: 0 },
      }),
    ];
    const flagged = (list: RuleAssertion[]) =>
      articleFlags(report, list, [])
        .filter((f) => f.kind === "unsourced")
        .map((f) => f.assertionId);
    expect(
      flagged(
        pair(
          "The two ministers agreed to stage a joint exercise involving 3,000 troops in East Kalimantan in August.",
          "2026-08",
          3000,
          "troops",
        ),
      ),
    ).toEqual([]);
    // A month already past is a statistic of that month: its number needs a source.
    expect(
      flagged(pair("Ekspor sawit naik menjadi 2.100 ton pada Januari.", "2026-01", 2100, "ton")),
    ).toEqual(["q-2100"]);
  });

  it("a named court's sentence and named prosecutors' demand are their own acts; an unnamed judge's is not", () => {
    const bare = (id: string, quote: string) =>
      assertion({
        id,
        quote,
        value: { slot: "quantity", amount: 6, unit: "tahun", tolerance: 0 },
        attribution: { kind: "none", text: null },
      });
    const flagged = (quote: string) => sourcingFlag(bare("q", quote))?.kind ?? null;
    // A named agency's alert level and the zone it orders cleared are its own act.
    expect(
      flagged(
        "Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG) menaikkan status gunung itu ke level IV (Awas) dan meminta warga menjauh sejauh enam kilometer dari kawah.",
      ),
    ).toBeNull();
    expect(
      flagged(
        "The Philippine Institute of Volcanology raised the alert level and told residents to stay 6 km away.",
      ),
    ).toBeNull();
    expect(flagged("Warga menaikkan status siaga dan menjauh sejauh enam kilometer.")).toBe("unsourced");
    expect(
      flagged(
        "Majelis hakim Pengadilan Tindak Pidana Korupsi Surabaya menjatuhkan vonis enam tahun penjara kepada terdakwa.",
      ),
    ).toBeNull();
    expect(flagged("Jaksa penuntut umum Kejaksaan Negeri Medan menuntut delapan tahun penjara.")).toBeNull();
    expect(
      flagged("The Seoul Central District Court sentenced the former minister to 12 years in prison."),
    ).toBeNull();
    expect(flagged("Prosecutors of the Busan District Office sought ten years.")).toBeNull();
    // No name, or a number that is not the act's own: still unsourced.
    expect(flagged("Seorang hakim menjatuhkan vonis enam tahun penjara.")).toBe("unsourced");
    expect(flagged("A judge sentenced him to six years.")).toBe("unsourced");
    expect(flagged("Kerugian negara mencapai Rp 4,2 miliar, kata warga.")).toBe("unsourced");
    expect(flagged("Pengadilan Negeri Bekasi dihadiri 300 pengunjung.")).toBe("unsourced");
    // Only numbers: the court's name does not vouch for a statement.
    const said = assertion({
      id: "s",
      quote: "Majelis hakim Pengadilan Negeri Surabaya menjatuhkan vonis enam tahun penjara.",
      value: { slot: "statement", text: "vonis enam tahun" },
      attribution: { kind: "none", text: null },
    });
    expect(sourcingFlag(said)?.kind).toBe("unsourced");
  });

  it.each([
    "Kim met Putin.\n\n(sumber: Antara)",
    "Kim met Putin.\n\nsumber : reuters",
    "Kim met Putin.\n\nSumber: Reuters.",
    "Kim met Putin.\n\n— Reuters",
    "Kim met Putin. (Antara)",
    "Kim met Putin.\n\nAFP/jm",
    "REUTERS – Kim met Putin.",
    "Kim met Putin, according to Reuters.",
  ])("never flags an unattributed assertion of a credited article (%j) as unsourced", (body) => {
    const copy = article({ id: "w", body });
    const bare = assertion({
      id: "u",
      articleId: "w",
      value: { slot: "occurred", occurred: true },
      attribution: { kind: "none", text: null },
    });
    const kinds = articleFlags(copy, [bare], []).map((f) => f.kind);
    expect(kinds).not.toContain("unsourced");
    expect(kinds).toContain("syndicated_copy");
    // An anonymous source stays anonymous even in a wire copy.
    const anon = { ...bare, attribution: { kind: "anonymous" as const, text: "officials in Seoul said" } };
    expect(articleFlags(copy, [anon], []).map((f) => f.kind)).toContain("anonymous_source");
  });

  it("flags anonymous attributions by kind or by wording, and leaves named sources alone", () => {
    const anon = assertion({
      id: "x",
      value: { slot: "occurred", occurred: true },
      attribution: { kind: "anonymous", text: null },
    });
    const worded = { ...anon, attribution: { kind: "none" as const, text: "kata seorang pejabat" } };
    const named = { ...anon, attribution: { kind: "named_person" as const, text: "kata Peskov" } };
    expect(sourcingFlag(anon)?.kind).toBe("anonymous_source");
    expect(sourcingFlag(worded)?.kind).toBe("anonymous_source");
    expect(sourcingFlag(named)).toBeNull();
    // An institution the story identifies by its common noun is named; "seorang pejabat" is not.
    const police = { ...anon, attribution: { kind: "named_org" as const, text: "the police said" } };
    const ministry = {
      ...anon,
      attribution: { kind: "named_org" as const, text: "the railways ministry said" },
    };
    const official = {
      ...anon,
      attribution: { kind: "named_org" as const, text: "kata seorang pejabat kementerian" },
    };
    expect(sourcingFlag(police)).toBeNull();
    expect(sourcingFlag(ministry)).toBeNull();
    expect(sourcingFlag(official)?.kind).toBe("anonymous_source");
  });

  it("flags only relative dates that stayed unresolved", () => {
    const a = assertion({ id: "d", value: dateValue(jakartaDay("2024-01-16"), "Selasa") });
    const resolved: RuleDateResolution = {
      assertionId: "d",
      expression: "Selasa",
      kind: "relative",
      interval: jakartaDay("2024-01-16"),
    };
    expect(unresolvedDateFlag(a, resolved)).toBeNull();
    expect(unresolvedDateFlag(a, { ...resolved, interval: null })?.details.reason).toBe(
      "there is no date to count from",
    );
    expect(unresolvedDateFlag(a, undefined)).toBeNull();
  });
});

describe("unnamed sources in sentences no assertion records", () => {
  const body =
    "Kapal 🚢 terbakar di Selat Lombok, Rabu (5/3/2025). Api baru padam setelah lebih dari tiga jam, kata seorang petugas yang enggan disebut namanya. Para pengamat menilai bahwa pengawasan kapal lemah. Menurut sejumlah analis, kebakaran itu pesan bagi regulator.";
  // Code point offsets, as the suggestions store them: the emoji counts once.
  const at = (text: string, cue: string) => {
    const i = body.indexOf(text);
    const start = Array.from(body.slice(0, i)).length;
    return { start, end: start + Array.from(text).length, text, cue };
  };
  const officer = at("kata seorang petugas yang enggan disebut namanya", "kata");
  const observers = at("Para pengamat menilai", "menilai");
  const analysts = at("Menurut sejumlah analis", "Menurut");
  const withSources = article({
    id: "art-ferry",
    body,
    anonymousSources: [officer, observers, analysts],
  });
  const textFlag = (fs: ReturnType<typeof articleFlags>) =>
    fs.find((f) => f.kind === "anonymous_source" && f.assertionId === null);

  it("flags the article with the sentence and its source, in both languages", () => {
    const flag = textFlag(articleFlags(withSources, [], []));
    expect(flag?.message).toEqual({
      code: "flag.anonymous_source_text",
      params: {
        outlet: { id: "outlet-art-ferry", name: "Outlet art-ferry" },
        sources: [
          {
            quote:
              "Api baru padam setelah lebih dari tiga jam, kata seorang petugas yang enggan disebut namanya.",
            source: officer.text,
          },
        ],
      },
    });
    expect(flag?.explanation).toContain("cites an unnamed source in a sentence no assertion records yet");
    expect(renderFinding(flag?.message as FindingMessage, "id")).toContain(
      "mengutip sumber tanpa nama dalam kalimat yang belum dicatat sebagai asersi",
    );
  });

  it("leaves opinions and commentators' readings unflagged", () => {
    const only = article({ id: "art-ferry", body, anonymousSources: [observers, analysts] });
    expect(textFlag(articleFlags(only, [], []))).toBeUndefined();
  });

  it("flags unnamed commentators who report what will happen with a plain verb of saying", () => {
    const text = "Analysts said";
    const merger = article({
      id: "art-merger",
      body: `${text} the new lender was likely to close dozens of branches next year.`,
      anonymousSources: [{ start: 0, end: text.length, text, cue: "said" }],
    });
    expect(textFlag(articleFlags(merger, [], []))?.details).toMatchObject({ sources: [{ source: text }] });
    const reading = article({
      id: "art-visit",
      body: `${text} the quick visit signalled continuity in ties between the neighbours.`,
      anonymousSources: [{ start: 0, end: text.length, text, cue: "said" }],
    });
    expect(textFlag(articleFlags(reading, [], []))).toBeUndefined();
  });

  it("flags a commentator who asked not to be named", () => {
    const text = "Seorang analis penerbangan yang enggan disebut namanya memperkirakan";
    const analyst = article({
      id: "art-strike",
      body: `${text} pemogokan merugikan Boeing US$1 miliar per pekan.`,
      anonymousSources: [{ start: 0, end: text.length, text, cue: "memperkirakan" }],
    });
    expect(textFlag(articleFlags(analyst, [], []))?.details).toMatchObject({ sources: [{ source: text }] });
  });

  it("leaves a sentence an assertion records to that assertion's own flag", () => {
    const recorded = assertion({
      id: "a-duration",
      articleId: "art-ferry",
      quote: "Api baru padam setelah lebih dari tiga jam, kata seorang petugas yang enggan disebut namanya.",
      value: { slot: "quantity", amount: 3, unit: "jam", tolerance: 0 },
      attribution: { kind: "anonymous", text: officer.text },
    });
    const flags = articleFlags(withSources, [recorded], []);
    expect(textFlag(flags)).toBeUndefined();
    expect(flags.filter((f) => f.kind === "anonymous_source").map((f) => f.assertionId)).toEqual([
      "a-duration",
    ]);
  });
});
