import { DEFAULT_TIME_ZONE } from "@kroscek/schema";

/** IANA time zones the browser knows, for pickers; "UTC" is listed even where the runtime omits it. */
export function timeZones(): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf("timeZone");
  } catch {
    // Old runtimes: the picker still offers the common newsroom zones.
    zones = [DEFAULT_TIME_ZONE, "Asia/Makassar", "Asia/Jayapura", "Asia/Singapore", "Europe/London"];
  }
  return zones.includes("UTC") ? zones : [...zones, "UTC"].sort();
}

/** The reader's own time zone, the default for a new workspace. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || DEFAULT_TIME_ZONE;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}
