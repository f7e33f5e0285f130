import { describe, expect, it } from "vitest";
import { type EntityAlias, findPlaces } from "../extraction";
import { checkQuote, type ReadContext, readCandidates, readValue, valuesAgree } from "./read-value";

const ALIASES: EntityAlias[] = [
  { entityId: "putin", alias: "Vladimir Putin", kind: "person" },
  { entityId: "putin", alias: "Putin", kind: "person" },
  { entityId: "kim", alias: "Kim Jong-un", kind: "person" },
  { entityId: "choe", alias: "Choe Son Hui", kind: "person" },
  { entityId: "moscow", alias: "Moskow", kind: "place" },
  { entityId: "moscow", alias: "Moscow", kind: "place" },
  { entityId: "russia", alias: "Rusia", kind: "country" },
  { entityId: "dprk", alias: "Korea Utara", kind: "country" },
  { entityId: "dprk", alias: "DPRK", kind: "country" },
];
const jakarta = (publishedAt: string | null): ReadContext => ({
  publishedAt,
  timeZone: "Asia/Jakarta",
  aliases: ALIASES,
});
const dateOf = (quote: string, ctx: ReadContext) => {
  const r = readValue("date", quote, ctx);
  if (!r.ok || r.value.slot !== "date") throw new Error(`no date in '${quote}'`);
  return r.value.interval;
};

describe("reading a date from a quote", () => {
  it("resolves Indonesian 'pada Selasa' against an article dated Thursday 18 January 2024", () => {
    expect(
      dateOf("Putin bertemu Choe Son Hui di Moskow pada Selasa.", jakarta("2024-01-18T08:25:00+07:00")),
    ).toEqual({
      start: "2024-01-15T17:00:00.000Z",
      end: "2024-01-16T17:00:00.000Z",
      precision: "day",
    });
  });
  it("reads an absolute Indonesian date and prefers it to the weekday beside it", () => {
    const i = dateOf("menerima Kim di Kosmodrom Vostochny pada Selasa (12/9/2023)", jakarta("2023-09-14"));
    expect(i.start).toBe("2023-09-11T17:00:00.000Z");
  });
  it("resolves English 'on Wednesday' in the article's own zone (+10:00 across midnight)", () => {
    const ctx = { ...jakarta("2023-09-14T07:45:00+10:00"), timeZone: "Australia/Sydney" };
    const i = dateOf("The leaders met on Wednesday in Vladivostok.", ctx);
    expect(i).toEqual({
      start: "2023-09-12T14:00:00.000Z",
      end: "2023-09-13T14:00:00.000Z",
      precision: "day",
    });
  });
  it("reads the event's own date before the start of a state ('suspended since 2020')", () => {
    const ctx = { ...jakarta("2026-07-09T10:00:00+08:00") };
    const r = readValue(
      "date",
      "The two countries agreed to reopen the ferry route, suspended since 2020, in January.",
      ctx,
    );
    expect(r.ok && r.value.slot === "date" && r.value.expression).toBe("January");
    const alone = readValue("date", "The ferry route has been suspended since 2020.", ctx);
    expect(alone.ok && alone.value.slot === "date" && alone.value.expression).toBe("2020");
  });

  it("reads 'Juni 2024' at month precision", () => {
    expect(dateOf("Putin berkunjung ke Pyongyang pada Juni 2024.", jakarta(null)).precision).toBe("month");
  });
  it("cannot read a relative date without a publication date, and says so", () => {
    const r = readValue("date", "Putin bertemu Kim pada Kamis.", jakarta(null));
    expect(r.ok).toBe(false);
    expect(r.tried[0]).toMatchObject({ reader: "dates", found: ["pada Kamis"] });
    expect(r.tried[0]?.note).toMatch(/publication date/);
  });
});

describe("reading places, participants and actors through aliases", () => {
  it("reads a place through an alias of a place entity", () => {
    const r = readValue("place", "Putin met Choe Son Hui in Moscow on Tuesday.", jakarta(null));
    expect(r.ok && r.value).toEqual({ slot: "place", entityId: "moscow" });
  });
  it("reads a country after 'di' as the place, not as a participant", () => {
    const r = readValue("place", "Kim Jong-un tiba di Rusia pekan ini.", jakarta(null));
    expect(r.ok && r.value).toEqual({ slot: "place", entityId: "russia" });
    const p = readValue("participants", "Kim Jong-un tiba di Rusia pekan ini.", jakarta(null));
    expect(p.ok && p.value).toEqual({ slot: "participants", entityIds: ["kim"] });
  });
  it("leaves out the place of another happening or of the subject of talks", () => {
    // The launch was off the coast; Russia is where the later summit was.
    const launch = readValue(
      "place",
      "The army fired two missiles off the east coast on Wednesday, hours before Kim met Putin in Russia.",
      jakarta(null),
    );
    expect(launch.ok).toBe(false);
    // Sabah is where the migrant workers are, not where the leaders met.
    const talks = readValue(
      "place",
      "Pejabat itu mengatakan kedua pemimpin juga membahas nasib 1.500 pekerja migran di Rusia.",
      jakarta(null),
    );
    expect(talks.ok).toBe(false);
    // Before the clause, the place is the sentence's own.
    const met = readValue(
      "place",
      "Putin bertemu Kim di Moskow, hours before talks on trade.",
      jakarta(null),
    );
    expect(met.ok && met.value).toEqual({ slot: "place", entityId: "moscow" });
  });
  it("leaves out where people or things were sent from or moved to, in both languages", () => {
    const ctx = {
      ...jakarta(null),
      aliases: [
        ...ALIASES,
        { entityId: "stadium", alias: "Stadion Kanjuruhan", kind: "place" as const },
        { entityId: "plaza", alias: "Plaza Senayan", kind: "place" as const },
        { entityId: "depot", alias: "Jalan Gatot Subroto", kind: "place" as const },
      ],
    };
    const placeOf = (quote: string) => {
      const r = readValue("place", quote, ctx);
      return r.ok && r.value.slot === "place" ? r.value.entityId : null;
    };
    // Where the fire engines came from is not where the fire is.
    expect(placeOf("Sepuluh mobil pemadam dikerahkan dari Jalan Gatot Subroto.")).toBeNull();
    // Where the residents fled to is not where the flood is; the flood's own place stays.
    expect(placeOf("Banjir melanda Plaza Senayan, dan 300 warga mengungsi ke Stadion Kanjuruhan.")).toBe(
      "plaza",
    );
    expect(placeOf("About 200 residents were evacuated to Stadion Kanjuruhan on Monday.")).toBeNull();
    expect(placeOf("Two fire crews were dispatched from Jalan Gatot Subroto to the blaze.")).toBeNull();
    // A visit's destination is its place.
    expect(placeOf("Putin berkunjung ke Moskow pada Selasa.")).toBe("moscow");
    expect(placeOf("The fire at Plaza Senayan was put out by crews sent from Jalan Gatot Subroto.")).toBe(
      "plaza",
    );
  });
  it("leaves out where an unnamed official speaks, not where residents are", () => {
    const ctx = {
      ...jakarta(null),
      aliases: [...ALIASES, { entityId: "corinth", alias: "Corinth", kind: "place" as const }],
    };
    const placeOf = (quote: string) => {
      const r = readValue("place", quote, ctx);
      return r.ok && r.value.slot === "place" ? r.value.entityId : null;
    };
    expect(
      placeOf("About 300 firefighters battled the flames yesterday, officials in Corinth said."),
    ).toBeNull();
    expect(placeOf("Api berhasil dipadamkan kemarin, kata pejabat di Corinth.")).toBeNull();
    expect(placeOf("Police in Corinth told reporters the fire was under control.")).toBeNull();
    expect(placeOf("Residents in Corinth said the smoke was thick.")).toBe("corinth");
    expect(placeOf("Residents of Corinth said the smoke was thick.")).toBeNull();
    expect(placeOf("Warga Corinth mengaku air masuk ke rumah dalam hitungan menit.")).toBeNull();
    expect(placeOf("Warga Corinth mengungsi ke masjid.")).toBe("corinth");
    expect(placeOf("Firefighters battled the flames in Corinth, officials said.")).toBe("corinth");
  });
  it("proposes a place name no entity carries when the extractor names it a place", () => {
    const r = readValue("place", "Kim tiba di Pulau Russky pada Selasa.", jakarta(null));
    expect(r.ok && r.value).toEqual({ slot: "place", entityId: null, name: "Pulau Russky" });
  });
  it("reads a site named before the area it lies in, though only the area is a known entity", () => {
    const ctx = {
      ...jakarta(null),
      aliases: [...ALIASES, { entityId: "jateng", alias: "Central Java", kind: "place" as const }],
    };
    const r = readValue(
      "place",
      "The plant, to be built at the Kendal Industrial Estate in Central Java from 2027, will produce hydrogen.",
      ctx,
    );
    expect(r.ok && r.value).toEqual({ slot: "place", entityId: null, name: "Kendal Industrial Estate" });
    const area = readValue("place", "The plant will be built in Central Java.", ctx);
    expect(area.ok && area.value).toEqual({ slot: "place", entityId: "jateng" });
  });
  it("uses an extra place finder (a gazetteer) for names the workspace lacks", () => {
    const ctx = {
      ...jakarta(null),
      findQuotePlaces: (text: string) => {
        const start = text.indexOf("Vladivostok");
        return start < 0
          ? []
          : [{ start, end: start + 11, text: "Vladivostok", entityId: null, name: "Vladivostok" }];
      },
    };
    const r = readValue("place", "The two leaders met in Vladivostok.", ctx);
    expect(r.ok && r.value).toEqual({ slot: "place", entityId: null, name: "Vladivostok" });
  });
  it("reads no place inside a known organisation's name ('to Bangladesh Railway at Chattogram port')", () => {
    const ctx = {
      ...jakarta(null),
      aliases: [
        ...ALIASES,
        { entityId: "railway", alias: "Bangladesh Railway", kind: "organisation" as const },
      ],
      findQuotePlaces: (text: string) =>
        findPlaces(text)
          .filter((p) => p.locative || p.kind !== "country")
          .map((p) => ({ start: p.start, end: p.end, text: p.text, entityId: null, name: p.text })),
    };
    const r = readValue(
      "place",
      "INKA handed over 20 coaches to Bangladesh Railway at a ceremony at Chattogram port on Wednesday.",
      ctx,
    );
    expect(r.ok && r.value).toEqual({ slot: "place", entityId: null, name: "Chattogram port" });
  });

  it("reads participants through aliases with different spellings", () => {
    const r = readValue(
      "participants",
      "Vladimir Putin menerima Kim Jong Un dan delegasi DPRK.",
      jakarta(null),
    );
    expect(r.ok && r.value).toEqual({ slot: "participants", entityIds: ["putin", "kim", "dprk"] });
  });
  it("answers unreadable with the unknown names when no participant is a known entity", () => {
    const r = readValue("participants", "Sergei Shoigu bertemu Kim Yo Jong.", jakarta(null));
    expect(r.ok).toBe(false);
    expect(r.unresolved).toContain("Sergei Shoigu");
  });
});

describe("reading quantities, occurrence and statements", () => {
  it("reads a quantity with its unit and hedge as tolerance", () => {
    const r = readValue(
      "quantity",
      "Pertemuan berlangsung lebih dari empat jam pada 12/9/2023.",
      jakarta(null),
    );
    expect(r.ok && r.value).toEqual({ slot: "quantity", amount: 4, unit: "jam", tolerance: 0.5 });
  });
  it("reads the count of things before a quake's magnitude or a share", () => {
    const id = readValue(
      "quantity",
      "Gempa bermagnitudo 5,4 mengguncang Cianjur, Senin, dan merusak sedikitnya 340 rumah.",
      jakarta(null),
    );
    expect(id.ok && id.value).toEqual({ slot: "quantity", amount: 340, unit: "rumah", tolerance: 0.5 });
    const en = readValue(
      "quantity",
      "A magnitude 5.4 earthquake struck Cianjur, damaging about 600 houses.",
      { ...jakarta(null), language: "en" },
    );
    expect(en.ok && en.value).toEqual({ slot: "quantity", amount: 600, unit: "houses", tolerance: 0.1 });
    const share = readValue("quantity", "Inflasi naik 3 persen dan 200 pabrik tutup.", jakarta(null));
    expect(share.ok && share.value).toMatchObject({ amount: 200, unit: "pabrik" });
  });
  it("answers unreadable when the quote holds no amount", () => {
    const r = readValue("quantity", "Putin bertemu Kim di Moskow.", jakarta(null));
    expect(r).toMatchObject({ ok: false, reason: "value_unreadable" });
    expect(r.tried.map((t) => t.reader)).toEqual(["quantities"]);
  });
  it("reads occurrence from the stance", () => {
    const denies = readValue("occurred", "Kremlin membantah pertemuan itu.", {
      ...jakarta(null),
      stance: "denies",
    });
    expect(denies.ok && denies.value).toEqual({ slot: "occurred", occurred: false });
    const asserts = readValue("occurred", "Pertemuan itu terjadi.", { ...jakarta(null), stance: "asserts" });
    expect(asserts.ok && asserts.value).toEqual({ slot: "occurred", occurred: true });
  });
  it("gives the whole reading of occurrence and statements, with what was tried", () => {
    const quote = " Pertemuan itu tidak terjadi pada 12/9/2023 di Moskow. ";
    expect(readCandidates("occurred", quote, { ...jakarta(null), stance: "denies" })).toEqual({
      slot: "occurred",
      candidates: [
        { value: { slot: "occurred", occurred: false }, text: quote, start: 0, end: quote.length },
      ],
      tried: [{ reader: "stance", found: ["denies"], note: "denies: did not occur; otherwise it did" }],
      unresolved: [],
    });
    expect(readCandidates("occurred", quote, jakarta(null))).toMatchObject({
      candidates: [],
      unresolved: [],
    });
    expect(readCandidates("statement", quote, jakarta(null))).toEqual({
      slot: "statement",
      candidates: [
        { value: { slot: "statement", text: quote.trim() }, text: quote, start: 0, end: quote.length },
      ],
      tried: [{ reader: "text", found: [quote], note: "the quote itself" }],
      unresolved: [],
    });
  });
});

describe("checking a value against its quote", () => {
  const ctx = jakarta("2023-09-14");
  it("a quote that says 12 September contradicts a 13 September claim", () => {
    const value = {
      slot: "date" as const,
      interval: {
        start: "2023-09-12T17:00:00.000Z",
        end: "2023-09-13T17:00:00.000Z",
        precision: "day" as const,
      },
    };
    const check = checkQuote(value, "pada Selasa (12/9/2023)", ctx);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.read[0]?.text).toBe("Selasa (12/9/2023)");
  });
  it("'Juni 2024' and '19/6/2024' agree", () => {
    const june = readValue("date", "pada Juni 2024", ctx);
    const day = readValue("date", "pada 19/6/2024", ctx);
    expect(june.ok && day.ok && valuesAgree(june.value, day.value)).toBe(true);
    const other = readValue("date", "pada 19/7/2024", ctx);
    expect(june.ok && other.ok && valuesAgree(june.value, other.value)).toBe(false);
  });
  it("a quote with no reading of the slot neither confirms nor contradicts", () => {
    expect(checkQuote({ slot: "place", entityId: "moscow" }, "Putin bertemu Kim.", ctx)).toEqual({
      ok: true,
      reading: null,
    });
  });
  it("a proposed place name agrees with the entity that has it as an alias", () => {
    expect(
      valuesAgree(
        { slot: "place", entityId: "moscow" },
        { slot: "place", entityId: null, name: "MOSCOW" },
        ALIASES,
      ),
    ).toBe(true);
  });
});
