import {
  ACCEPTABLE_SUGGESTION_KINDS,
  type DatePrecision,
  type DateSuggestionDetails,
  type Suggestion,
  type SuggestionKind,
} from "@kroscek/schema";
import type { AttributionDraft } from "@/features/assertions/components/assertion-fields";
import type { ClaimPreset } from "@/features/assertions/components/event-claim-picker";
import { formatDate } from "@/lib/format";

/** The order of kinds in the panel: candidate claims first, page furniture last. */
export const SUGGESTION_ORDER: readonly SuggestionKind[] = [
  "claim",
  "date",
  "attribution",
  "entity",
  "new_entity",
  "spam",
  "furniture",
];

/** A date's interval when it was resolved to one. */
export const resolvedInterval = (d: DateSuggestionDetails) => (d.status === "resolved" ? d.interval : null);

/**
 * Why a date has no interval: the article gives no publication date to count from, or, when it
 * does, the words count from another event ("dua hari sebelumnya", "two days earlier").
 */
export const unresolvedReason = (articlePublishedAt: string | null | undefined) =>
  articlePublishedAt ? ("no_anchor" as const) : ("no_publication_date" as const);

/**
 * A resolved interval as a reader says it, in the article's time zone: the day, "15 Jan 2024 –
 * 21 Jan 2024" for a week, the month or the year.
 */
export function formatInterval(
  interval: { start: string; end: string; precision: DatePrecision },
  lang: string,
  timeZone: string,
): string {
  if (interval.precision === "week") {
    const last = new Date(new Date(interval.end).getTime() - 1).toISOString();
    return `${formatDate(interval.start, lang, "day", timeZone)} – ${formatDate(last, lang, "day", timeZone)}`;
  }
  return formatDate(interval.start, lang, interval.precision, timeZone) ?? interval.start;
}

/** Confidence 0..1 as a whole percentage in the interface language. */
export const formatConfidence = (confidence: number, lang: string) =>
  new Intl.NumberFormat(lang === "id" ? "id-ID" : "en-GB", {
    style: "percent",
    maximumFractionDigits: 0,
  }).format(confidence);

/** The calendar day (YYYY-MM-DD) an instant falls on in `timeZone`. */
export const localDay = (iso: string, timeZone: string) => {
  // A fixed offset ("+10:00", an article stamped with no zone) is read without Intl.
  const fixed = /^([+-])(\d{2}):(\d{2})$/.exec(timeZone);
  if (fixed) {
    const minutes = (fixed[1] === "-" ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3]));
    return new Date(Date.parse(iso) + minutes * 60_000).toISOString().slice(0, 10);
  }
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(iso));
};

/** Whether the suggestion can still become an assertion. */
export const isAcceptable = (s: Suggestion) =>
  s.status === "open" && (ACCEPTABLE_SUGGESTION_KINDS as readonly string[]).includes(s.kind);

/** The attribution the extractor found for the quote (what the API records when none is sent). */
export function suggestedAttribution(s: Suggestion): AttributionDraft {
  const a = s.kind === "attribution" ? s.details : s.kind === "claim" ? s.details.attribution : null;
  if (!a) return { kind: "none", text: "", entityId: null };
  return { kind: a.attributionKind, text: a.text, entityId: a.entityId };
}

/**
 * What a new event or claim starts as when the fact-checker creates one while accepting: the
 * suggested event kind, and a date claim when the suggestion resolved a date.
 */
export function claimPreset(s: Suggestion, timeZone: string): ClaimPreset {
  const date = s.kind === "date" ? s.details : s.kind === "claim" ? s.details.date : null;
  const interval = date && resolvedInterval(date);
  const preset: ClaimPreset = {};
  if (s.kind === "claim") preset.eventKind = s.details.eventKind;
  if (date && interval) {
    preset.draft = {
      slot: "date",
      date: localDay(interval.start, timeZone),
      precision: interval.precision,
      expression: (date.text || s.quote).slice(0, 500),
    };
  }
  return preset;
}

export type PanelRow =
  | { type: "group"; kind: SuggestionKind; count: number }
  | { type: "suggestion"; suggestion: Suggestion };

/**
 * The panel's rows: with one kind chosen, its suggestions in text order; with all kinds, one group
 * per kind in SUGGESTION_ORDER, each headed by its name and count.
 */
export function panelRows(items: readonly Suggestion[], kind: SuggestionKind | "all"): PanelRow[] {
  const byText = (a: Suggestion, b: Suggestion) =>
    a.position.start - b.position.start || a.position.end - b.position.end;
  if (kind !== "all")
    return items
      .filter((s) => s.kind === kind)
      .sort(byText)
      .map((suggestion) => ({ type: "suggestion", suggestion }));
  const rows: PanelRow[] = [];
  for (const k of SUGGESTION_ORDER) {
    const group = items.filter((s) => s.kind === k).sort(byText);
    if (group.length === 0) continue;
    rows.push({ type: "group", kind: k, count: group.length });
    for (const suggestion of group) rows.push({ type: "suggestion", suggestion });
  }
  return rows;
}
