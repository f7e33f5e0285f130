// English renderings of values, for the compatibility `explanation` strings and corroboration
// notes; every reader-facing text is rendered from the catalogue in `@kroscek/schema`.
import { type ClaimValue, type DateInterval, formatInterval as formatIn, valueText } from "@kroscek/schema";
import type { EntityNames } from "./types";

export { shortQuote } from "@kroscek/schema";

/** Name of an entity, or its id when the caller gave no name. */
export function entityName(names: EntityNames | undefined, id: string): string {
  if (!names) return id;
  const name = names instanceof Map ? names.get(id) : (names as Readonly<Record<string, string>>)[id];
  return name ?? id;
}

/** "16 January 2024", "week of 15 January 2024", "June 2024", "2024" (English, zone-free reading). */
export function formatInterval(interval: DateInterval, timeZone?: string | null): string {
  return formatIn(interval, "en", timeZone);
}

/** The value alone, in English: "16 January 2024", "Moscow", "Putin and Choe Son Hui". */
export function valueLabel(value: ClaimValue, names?: EntityNames, timeZone?: string | null): string {
  return valueText(value, "en", names, timeZone);
}

/** Entity names as a plain record, for a finding's parameters. */
export function namesOf(names: EntityNames | undefined, ids: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of ids) out[id] = entityName(names, id);
  return out;
}
