import {
  ACCEPTABLE_SUGGESTION_KINDS,
  ATTRIBUTION_KINDS,
  type AttributionKind,
  DATE_PRECISIONS,
  type DatePrecision,
  ENTITY_KINDS,
  type EntityKind,
  EVENT_KINDS,
  type EventKind,
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

type Details = Record<string, unknown>;
const text = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);
const record = (v: unknown): Details | null =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Details) : null;
const oneOf = <T extends string>(values: readonly T[], v: unknown): T | null =>
  (values as readonly unknown[]).includes(v) ? (v as T) : null;

export interface DateInfo {
  /** The words the date was read from. */
  text: string | null;
  resolved: boolean;
  /** Half-open UTC interval [start, end) at the stated precision; null when unresolved. */
  interval: { start: string; end: string; precision: DatePrecision } | null;
  relative: boolean;
  explanation: string | null;
  furniture: boolean;
}

export interface AttributionInfo {
  kind: AttributionKind | null;
  /** The attribution as written, cue included ("kata Peskov"). */
  text: string | null;
  cue: string | null;
  speaker: string | null;
  entityId: string | null;
  proposedName: string | null;
}

export interface NamedRef {
  name: string;
  entityId: string | null;
}

export interface ClaimInfo {
  eventKind: EventKind | null;
  cues: string[];
  participants: NamedRef[];
  place: NamedRef | null;
  date: DateInfo | null;
  attribution: AttributionInfo | null;
}

export interface EntityInfo {
  entityId: string | null;
  via: "alias" | "short_name" | null;
}

export interface NewEntityInfo {
  name: string | null;
  entityKind: EntityKind | "unknown" | null;
  mentions: number;
}

export interface ReasonInfo {
  reason: string | null;
  /** For furniture: the words that gave it away ("Baca Juga", "Foto:"). */
  label: string | null;
}

export function readDate(d: Details): DateInfo {
  const i = record(d.interval);
  const precision = oneOf(DATE_PRECISIONS, i?.precision);
  const start = text(i?.start);
  const end = text(i?.end);
  const interval = start && end && precision ? { start, end, precision } : null;
  return {
    text: text(d.text),
    resolved: d.status === "resolved" && interval !== null,
    interval,
    relative: d.relative === true,
    explanation: text(d.explanation),
    furniture: d.furniture === true,
  };
}

export function readAttribution(d: Details): AttributionInfo {
  return {
    kind: oneOf(ATTRIBUTION_KINDS, d.attributionKind),
    text: text(d.text),
    cue: text(d.cue),
    speaker: text(record(d.speaker)?.text),
    entityId: text(d.entityId),
    proposedName: text(d.proposedName),
  };
}

const namedRef = (v: unknown): NamedRef | null => {
  const r = record(v);
  const name = text(r?.name);
  return name ? { name, entityId: text(r?.entityId) } : null;
};

export function readClaim(d: Details): ClaimInfo {
  const date = record(d.date);
  const attribution = record(d.attribution);
  return {
    eventKind: oneOf(EVENT_KINDS, d.eventKind),
    cues: Array.isArray(d.cues) ? d.cues.filter((c): c is string => typeof c === "string") : [],
    participants: Array.isArray(d.participants)
      ? d.participants.map(namedRef).filter((p): p is NamedRef => p !== null)
      : [],
    place: namedRef(d.place),
    date: date ? readDate(date) : null,
    attribution: attribution ? readAttribution(attribution) : null,
  };
}

export function readEntity(d: Details): EntityInfo {
  return { entityId: text(d.entityId), via: oneOf(["alias", "short_name"] as const, d.via) };
}

export function readNewEntity(d: Details): NewEntityInfo {
  return {
    name: text(d.name),
    entityKind: oneOf([...ENTITY_KINDS, "unknown"] as const, d.entityKind),
    mentions: Array.isArray(d.mentions) ? d.mentions.length : 0,
  };
}

export function readReason(d: Details): ReasonInfo {
  return { reason: text(d.reason), label: text(d.label) };
}

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
  const source = s.kind === "attribution" ? s.details : record(s.details.attribution);
  const a = source ? readAttribution(source) : null;
  if (!a?.kind) return { kind: "none", text: "", entityId: null };
  return { kind: a.kind, text: a.text ?? "", entityId: a.entityId };
}

/**
 * What a new event or claim starts as when the fact-checker creates one while accepting: the
 * suggested event kind, and a date claim when the suggestion resolved a date.
 */
export function claimPreset(s: Suggestion, timeZone: string): ClaimPreset {
  const claim = s.kind === "claim" ? readClaim(s.details) : null;
  const date = s.kind === "date" ? readDate(s.details) : claim?.date;
  const preset: ClaimPreset = {};
  if (claim?.eventKind) preset.eventKind = claim.eventKind;
  if (date?.resolved && date.interval) {
    preset.draft = {
      slot: "date",
      date: localDay(date.interval.start, timeZone),
      precision: date.interval.precision,
      expression: (date.text ?? s.quote).slice(0, 500),
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
