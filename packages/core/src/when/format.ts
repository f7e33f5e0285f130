import { addDays, type CivilDate, civilOf, type ResolvedDate } from "./calendar";
import { MONTH_NAMES_EN, MONTH_NAMES_ID } from "./vocabulary";

const short = (name: string) => name.slice(0, 3);

/** Human label of an interval: "16 Jan 2024", "Juni 2024", "week of 15 Jan 2024", "2024". */
export function formatInterval(i: ResolvedDate, lang: "id" | "en" = "en", timeZone = "Asia/Jakarta"): string {
  const months = lang === "id" ? MONTH_NAMES_ID : MONTH_NAMES_EN;
  const first = civilOf(new Date(i.start), timeZone);
  const last = addDays(civilOf(new Date(i.end), timeZone), -1);
  const day = (c: CivilDate) => `${c.d} ${short(months[c.m - 1] ?? "")} ${c.y}`;
  if (i.precision === "day") return day(first);
  if (i.precision === "year" && first.m === 1 && last.m === 12) return String(first.y);
  if (i.precision === "week") {
    const days = Math.round((Date.parse(i.end) - Date.parse(i.start)) / 86_400_000);
    if (days === 7 && new Date(Date.UTC(first.y, first.m - 1, first.d)).getUTCDay() === 1)
      return `${lang === "id" ? "pekan" : "week of"} ${day(first)}`;
    return `${first.d}–${day(last)}`;
  }
  if (first.m === last.m && first.y === last.y) return `${months[first.m - 1]} ${first.y}`;
  return `${short(months[first.m - 1] ?? "")}–${short(months[last.m - 1] ?? "")} ${last.y}`;
}
