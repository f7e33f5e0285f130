// Helpers of the extraction evaluation: the article's own time zone (given, or the offset of its
// stamp), local calendar days in IANA zones and fixed offsets, and the places an extraction
// proposes (its `places` when it has them, else place and country mentions and proposals).
import type { EntityAlias, Extraction, TextSpan } from "@kroscek/core";
import type { GoldArticle, GoldInterval } from "./extraction-gold";

/** An extraction with the fields later extractor versions add (absent from older ones). */
export type ExtractionLike = Extraction & { places?: readonly TextSpan[]; wire?: string | null };

const OFFSET = /([+-])(\d{2}):?(\d{2})$/;

/** The zone the gold's local days are in: the given zone, else the stamp's offset, else Jakarta. */
export function zoneOf(a: Pick<GoldArticle, "timeZone" | "publishedAt">): string {
  if (a.timeZone) return a.timeZone;
  const m = a.publishedAt && /T/.test(a.publishedAt) ? OFFSET.exec(a.publishedAt) : null;
  return m ? `${m[1]}${m[2]}:${m[3]}` : "Asia/Jakarta";
}

/** The calendar day (YYYY-MM-DD) of an instant in an IANA zone or a "+10:00" offset. */
export function localDay(iso: string, zone: string): string {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(zone);
  if (m) {
    const minutes = (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
    return new Date(Date.parse(iso) + minutes * 60_000).toISOString().slice(0, 10);
  }
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(iso));
}

interface DateLike {
  interval: { start: string; end: string; precision: string } | null;
}

/** Whether a found date states the gold interval (null gold: the date must stay unresolved). */
export function sameDay(g: GoldInterval | null, p: DateLike, zone: string): boolean {
  if (g === null) return p.interval === null;
  if (!p.interval) return false;
  return (
    localDay(p.interval.start, zone) === g.start &&
    localDay(p.interval.end, zone) === g.end &&
    p.interval.precision === g.precision
  );
}

/** Places an extraction proposes, as spans. */
export function placesOf(x: ExtractionLike, aliases: readonly EntityAlias[]): TextSpan[] {
  if (x.places) return [...x.places];
  const kinds = new Map(aliases.map((a) => [a.entityId, a.kind]));
  const out: TextSpan[] = x.entities
    .filter((m) => kinds.get(m.entityId) === "place" || kinds.get(m.entityId) === "country")
    .map(({ start, end, text }) => ({ start, end, text }));
  for (const p of x.proposedEntities) if (p.kind === "place") out.push(...p.mentions);
  return out.sort((a, b) => a.start - b.start);
}
