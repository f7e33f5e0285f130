// Human-readable renderings of values for explanations. Explanations are English; the structured
// `details` of every finding carry the raw values so a UI can render them in another language.
import type { ClaimValue, DateInterval } from "@kroscek/schema";
import type { EntityNames, RuleAssertion } from "./types";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const HOUR_MS = 3_600_000;
const QUOTE_MAX = 120;

/** Name of an entity, or its id when the caller gave no name. */
export function entityName(names: EntityNames | undefined, id: string): string {
  if (!names) return id;
  const name = isMap(names) ? names.get(id) : names[id];
  return name ?? id;
}

function isMap(names: EntityNames): names is ReadonlyMap<string, string> {
  return names instanceof Map;
}

function dayLabel(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * "16 Jan 2024", "week of 15 Jan 2024", "Jun 2024", "2024". Intervals are UTC but were resolved in
 * the article's time zone (a Jakarta day starts at 17:00 UTC the day before), so the label is read
 * at start + 12 h for days and weeks and at the midpoint for months and years: right for every
 * offset within ±12 h without knowing the zone.
 */
export function formatInterval(interval: DateInterval): string {
  const start = Date.parse(interval.start);
  const end = Date.parse(interval.end);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return `${interval.start}/${interval.end}`;
  const mid = new Date((start + end) / 2);
  switch (interval.precision) {
    case "year":
      return String(mid.getUTCFullYear());
    case "month":
      return `${MONTHS[mid.getUTCMonth()]} ${mid.getUTCFullYear()}`;
    case "week":
      return `week of ${dayLabel(start + 12 * HOUR_MS)}`;
    case "day":
      // A day-precision range ("14-16 Jan") is longer than a day plus any DST slack.
      if (end - start > 36 * HOUR_MS)
        return `${dayLabel(start + 12 * HOUR_MS)} – ${dayLabel(end - 12 * HOUR_MS)}`;
      return dayLabel(start + 12 * HOUR_MS);
  }
}

/** Shortens long quotes so explanations stay readable; the full quote is in `details`. */
export function shortQuote(quote: string): string {
  const q = quote.replace(/\s+/g, " ").trim();
  return q.length <= QUOTE_MAX ? q : `${q.slice(0, QUOTE_MAX - 1)}…`;
}

/** The value alone: "16 Jan 2024", "Moscow", "Putin, Choe Son Hui", "1,000 troops". */
export function valueLabel(value: ClaimValue, names?: EntityNames): string {
  switch (value.slot) {
    case "date":
      return formatInterval(value.interval);
    case "place":
    case "actor":
      return entityName(names, value.entityId);
    case "participants":
      return value.entityIds.map((id) => entityName(names, id)).join(", ");
    case "quantity":
      return `${value.amount.toLocaleString("en-US")} ${value.unit}`;
    case "occurred":
      return value.occurred ? "took place" : "did not take place";
    case "statement":
      return `'${shortQuote(value.text)}'`;
  }
}

/** Where the value was read from: the date expression (plus how it was resolved) or the quote. */
export function sourceNote(a: RuleAssertion): string {
  const from = a.value.slot === "date" && a.value.expression ? a.value.expression : a.quote;
  const parts = [`from '${shortQuote(from)}'`];
  if (a.value.slot === "date" && a.dateExplanation) parts.push(a.dateExplanation);
  return `(${parts.join(", ")})`;
}

/** One side of a contradiction: "Himalayapost.id: 16 Jan 2024 (from 'pada Selasa', article dated …)". */
export function sideLabel(a: RuleAssertion, names?: EntityNames, withOutlet = true): string {
  // Denying that an event took place is asserting that it did not: say it the plain way.
  const value =
    a.value.slot === "occurred" && a.stance === "denies"
      ? { ...a.value, occurred: !a.value.occurred }
      : a.value;
  const stance = a.stance === "denies" && value.slot !== "occurred" ? "denies " : "";
  const body = `${stance}${valueLabel(value, names)} ${sourceNote(a)}`;
  return withOutlet ? `${a.outletName}: ${body}` : body;
}
