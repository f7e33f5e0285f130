import { describe, expect, it } from "vitest";
import { StoredSuggestionDetailsSchema, SuggestionSchema } from "./suggestions";

const TUESDAY = {
  start: "2024-01-15T17:00:00.000Z",
  end: "2024-01-16T17:00:00.000Z",
  precision: "day",
} as const;

const tuesdayDate = {
  text: "Selasa (16/1/2024)",
  position: { start: 10, end: 28 },
  status: "resolved",
  interval: TUESDAY,
  precision: "day",
  relative: false,
  explanation: "16 Jan 2024 (from 'Selasa (16/1/2024)')",
  furniture: false,
};

const stored = (kind: string, details: unknown) => StoredSuggestionDetailsSchema.parse({ kind, details });

describe("stored suggestion details", () => {
  it("reads a resolved date with its words and explanation", () => {
    expect(stored("date", tuesdayDate)).toEqual({ kind: "date", details: tuesdayDate });
  });

  it("reads an unresolved relative date without an interval", () => {
    const d = stored("date", {
      text: "pekan ini",
      status: "unresolved",
      interval: null,
      precision: null,
      relative: true,
      explanation: "'pekan ini' cannot be resolved: the article has no publication date",
    });
    expect(d.details).toMatchObject({
      status: "unresolved",
      interval: null,
      relative: true,
      furniture: false,
    });
  });

  it("reads a candidate claim and leaves out malformed parts", () => {
    const c = stored("claim", {
      eventKind: "meeting",
      cues: ["bertemu", 3],
      participants: [{ entityId: null, name: "Vladimir Putin" }, { name: "" }, "junk"],
      place: { entityId: "0190f5b2-0000-7000-8000-000000000001", name: "Moskow" },
      date: tuesdayDate,
      attribution: {
        attributionKind: "named_person",
        text: "kata Peskov",
        cue: "kata",
        speaker: { text: "Peskov" },
      },
    });
    if (c.kind !== "claim") throw new Error("not a claim");
    expect(c.details.eventKind).toBe("meeting");
    expect(c.details.cues).toEqual(["bertemu"]);
    expect(c.details.participants.map((p) => [p.name, p.entityId])).toEqual([["Vladimir Putin", null]]);
    // A place stored before places carried their gazetteer id.
    expect(c.details.place).toMatchObject({
      name: "Moskow",
      entityId: "0190f5b2-0000-7000-8000-000000000001",
      gazetteerId: null,
    });
    expect(c.details.date?.interval).toEqual(TUESDAY);
    expect(c.details.attribution).toMatchObject({
      attributionKind: "named_person",
      speaker: { text: "Peskov" },
      cue: "kata",
      entityId: null,
      proposedName: null,
    });
    // An event kind no longer known reads as "other", the kind for everything else.
    expect(stored("claim", { eventKind: "party" }).details).toMatchObject({
      eventKind: "other",
      participants: [],
      place: null,
      date: null,
      attribution: null,
    });
  });

  it("reads a proposed entity of unknown kind", () => {
    expect(
      stored("new_entity", { name: "Kim Jong", entityKind: "unknown", mentions: [{}, {}] }),
    ).toMatchObject({
      details: { name: "Kim Jong", entityKind: "unknown", mentions: [{ text: "" }, { text: "" }] },
    });
  });

  it("refuses an entity mention without its entity, and a kind it does not know", () => {
    expect(
      StoredSuggestionDetailsSchema.safeParse({ kind: "entity", details: { via: "alias" } }).success,
    ).toBe(false);
    expect(StoredSuggestionDetailsSchema.safeParse({ kind: "quote", details: {} }).success).toBe(false);
  });

  it("documents details strictly: a served suggestion has every field of its kind", () => {
    const base = {
      id: "0190f5b2-0000-7000-8000-000000000002",
      articleId: "0190f5b2-0000-7000-8000-000000000003",
      status: "open",
      quote: "Selasa (16/1/2024)",
      position: { start: 10, end: 28 },
      confidence: 0.9,
      extractorVersion: "test",
      assertionId: null,
      acceptedAt: null,
      createdAt: "2024-01-18T01:25:00.000Z",
    };
    expect(SuggestionSchema.safeParse({ ...base, kind: "date", details: tuesdayDate }).success).toBe(true);
    const { furniture: _, ...withoutFurniture } = tuesdayDate;
    expect(SuggestionSchema.safeParse({ ...base, kind: "date", details: withoutFurniture }).success).toBe(
      false,
    );
    expect(SuggestionSchema.safeParse({ ...base, kind: "claim", details: tuesdayDate }).success).toBe(false);
  });
});
