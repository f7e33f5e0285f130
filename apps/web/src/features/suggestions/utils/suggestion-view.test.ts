import { StoredSuggestionDetailsSchema, type Suggestion } from "@kroscek/schema";
import { describe, expect, it } from "vitest";
import {
  claimPreset,
  formatConfidence,
  formatInterval,
  isAcceptable,
  localDay,
  panelRows,
  resolvedInterval,
  suggestedAttribution,
  unresolvedReason,
} from "./suggestion-view";

const JAKARTA = "Asia/Jakarta";
const PESKOV = "00000000-0000-7000-8000-0000000000e1";
const TUESDAY = {
  start: "2024-01-15T17:00:00.000Z",
  end: "2024-01-16T17:00:00.000Z",
  precision: "day",
} as const;

let nextId = 0;
/** A suggestion as the API serves a stored row: details it lacks take the contract's fallbacks. */
function suggestion(
  kind: Suggestion["kind"],
  start: number,
  details: Record<string, unknown> = kind === "entity"
    ? { entityId: "00000000-0000-7000-8000-00000000e000" }
    : {},
): Suggestion {
  nextId++;
  return {
    id: `00000000-0000-7000-8000-${String(nextId).padStart(12, "0")}`,
    articleId: "00000000-0000-7000-8000-000000000000",
    ...StoredSuggestionDetailsSchema.parse({ kind, details }),
    status: "open",
    quote: `quote ${nextId}`,
    position: { start, end: start + 7 },
    confidence: 0.8,
    extractorVersion: "test",
    assertionId: null,
    acceptedAt: null,
    createdAt: "2024-01-18T01:25:00.000Z",
  };
}

const tuesdayDate = {
  text: "Selasa (16/1/2024)",
  status: "resolved",
  interval: TUESDAY,
  precision: "day",
  relative: false,
  explanation: "16 Jan 2024 (from 'Selasa (16/1/2024)')",
  furniture: false,
};

describe("formatInterval", () => {
  it("says a day in the article's time zone, not in UTC", () => {
    expect(formatInterval(TUESDAY, "en", JAKARTA)).toBe("16 January 2024");
    expect(formatInterval(TUESDAY, "id", JAKARTA)).toBe("16 Januari 2024");
  });

  it("says a month and a year at their precision", () => {
    const june = {
      start: "2024-05-31T17:00:00.000Z",
      end: "2024-06-30T17:00:00.000Z",
      precision: "month",
    } as const;
    expect(formatInterval(june, "id", JAKARTA)).toBe("Juni 2024");
    expect(formatInterval(june, "en", JAKARTA)).toBe("June 2024");
    const year = {
      start: "2021-12-31T17:00:00.000Z",
      end: "2022-12-31T17:00:00.000Z",
      precision: "year",
    } as const;
    expect(formatInterval(year, "en", JAKARTA)).toBe("2022");
  });

  it("says a week as its first and last day (the end is exclusive)", () => {
    const week = {
      start: "2024-01-14T17:00:00.000Z",
      end: "2024-01-21T17:00:00.000Z",
      precision: "week",
    } as const;
    expect(formatInterval(week, "en", JAKARTA)).toBe("15 January 2024 – 21 January 2024");
  });
});

describe("formatConfidence", () => {
  it("is a whole percentage", () => {
    expect(formatConfidence(0.85, "en")).toBe("85%");
    expect(formatConfidence(0.456, "id")).toBe("46%");
  });
});

describe("resolvedInterval", () => {
  it("is the interval of a resolved date, and none of an unresolved one", () => {
    const resolved = suggestion("date", 0, tuesdayDate);
    const unresolved = suggestion("date", 0, {
      text: "pekan ini",
      status: "unresolved",
      interval: null,
      precision: null,
      relative: true,
    });
    if (resolved.kind !== "date" || unresolved.kind !== "date") throw new Error("not dates");
    expect(resolvedInterval(resolved.details)).toEqual(TUESDAY);
    expect(resolvedInterval(unresolved.details)).toBeNull();
  });
});

describe("defaults for accepting", () => {
  it("takes the attribution of an attribution suggestion or of a claim's", () => {
    const said = suggestion("attribution", 0, {
      attributionKind: "named_person",
      text: "kata Peskov",
      entityId: PESKOV,
    });
    expect(suggestedAttribution(said)).toEqual({
      kind: "named_person",
      text: "kata Peskov",
      entityId: PESKOV,
    });
    const claim = suggestion("claim", 0, {
      attribution: { attributionKind: "wire", text: "sumber : reuters" },
    });
    expect(suggestedAttribution(claim)).toEqual({ kind: "wire", text: "sumber : reuters", entityId: null });
    expect(suggestedAttribution(suggestion("date", 0, tuesdayDate))).toEqual({
      kind: "none",
      text: "",
      entityId: null,
    });
  });

  it("proposes the event kind and a date claim on the local day", () => {
    const claim = suggestion("claim", 0, { eventKind: "meeting", date: tuesdayDate });
    expect(claimPreset(claim, JAKARTA)).toEqual({
      eventKind: "meeting",
      draft: { slot: "date", date: "2024-01-16", precision: "day", expression: "Selasa (16/1/2024)" },
    });
    expect(
      claimPreset(suggestion("date", 0, { ...tuesdayDate, status: "unresolved", interval: null }), JAKARTA),
    ).toEqual({});
    expect(localDay(TUESDAY.start, "UTC")).toBe("2024-01-15");
  });

  it("reads the local day of a fixed-offset zone ('+10:00')", () => {
    expect(localDay("2023-09-13T21:45:00.000Z", "+10:00")).toBe("2023-09-14");
    expect(localDay("2023-09-13T21:45:00.000Z", "-03:00")).toBe("2023-09-13");
  });

  it("accepts only open claims, dates, attributions and entities", () => {
    expect(isAcceptable(suggestion("claim", 0))).toBe(true);
    expect(isAcceptable(suggestion("entity", 0))).toBe(true);
    expect(isAcceptable(suggestion("furniture", 0))).toBe(false);
    expect(isAcceptable(suggestion("new_entity", 0))).toBe(true);
    expect(isAcceptable({ ...suggestion("date", 0), status: "accepted" })).toBe(false);
  });
});

describe("panelRows", () => {
  const items = [
    suggestion("furniture", 0),
    suggestion("date", 40),
    suggestion("claim", 30),
    suggestion("date", 10),
    suggestion("claim", 5),
  ];

  it("groups all kinds with candidate claims first, each in text order", () => {
    const rows = panelRows(items, "all");
    expect(
      rows.map((r) => (r.type === "group" ? `${r.kind}:${r.count}` : r.suggestion.position.start)),
    ).toEqual(["claim:2", 5, 30, "date:2", 10, 40, "furniture:1", 0]);
  });

  it("lists one kind without headings", () => {
    const rows = panelRows(items, "date");
    expect(rows.every((r) => r.type === "suggestion")).toBe(true);
    expect(rows.map((r) => (r.type === "suggestion" ? r.suggestion.position.start : -1))).toEqual([10, 40]);
  });
});

describe("why a date has no interval", () => {
  it("is the missing publication date, or else a count from another event", () => {
    expect(unresolvedReason(null)).toBe("no_publication_date");
    expect(unresolvedReason(undefined)).toBe("no_publication_date");
    expect(unresolvedReason("2025-04-20T12:30:00.000Z")).toBe("no_anchor");
  });
});
