// A claim in words, in Indonesian and English, from its event and its value:
// "KTT Putin–Kim berlangsung pada 13 September 2023" / "The Putin–Kim summit took place on 13 September 2023".
import type { ClaimValue, EventKind } from "@kroscek/schema";
import { DEFAULT_TIME_ZONE } from "@kroscek/schema";
import { addDays, civilDateAt, compareDates } from "../dates/calendar";
import { english } from "../dates/english";
import { indonesian } from "../dates/indonesian";
import type { CivilDate, DateLanguage, ResolvedDate } from "../dates/types";
import { type NamedEntity, shortName } from "./names";
import { CLAIM_REVIEWED_MAX, shortenSentence } from "./shorten";

export interface SentenceEvent {
  kind: EventKind;
  title: string;
  participants: readonly NamedEntity[];
}

export interface SentenceContext {
  event: SentenceEvent;
  /** The entity a value names (place, actor, participants); unknown ids are left out. */
  entity: (id: string) => NamedEntity | undefined;
  /** Zone the intervals' local days are cut in. */
  timeZone?: string;
}

export interface SentenceOptions {
  /** Short month names ("13 Sep 2023"), for places with little room. */
  compact?: boolean;
}

const SUMMIT = /\b(summit|ktt|konferensi tingkat tinggi)\b/i;
/** Names of sites, which take "at" in English ("at Vostochny Cosmodrome"); towns and countries take "in". */
const SITE =
  /\b(cosmodrome|kosmodrom|palace|istana|airport|bandara|hotel|gedung|building|base|pangkalan|station|stasiun|stadium|port|pelabuhan|hall|aula|kremlin)\b/i;

function joinList(items: string[], lang: DateLanguage): string {
  if (items.length <= 1) return items[0] ?? "";
  const and = lang === "id" ? "dan" : "and";
  if (items.length === 2) return `${items[0]} ${and} ${items[1]}`;
  // Indonesian writes the serial comma ("A, B, dan C"); British English does not.
  const head = items.slice(0, -1).join(", ");
  return lang === "id" ? `${head}, ${and} ${items.at(-1)}` : `${head} ${and} ${items.at(-1)}`;
}

function subject(event: SentenceEvent, lang: DateLanguage): string {
  const names = event.participants.map(shortName);
  if (names.length === 0 || names.length > 3) {
    return lang === "id" ? `Peristiwa “${event.title}”` : `The event “${event.title}”`;
  }
  const p = names.join("–");
  const one = names.length === 1;
  const summit = SUMMIT.test(event.title);
  switch (event.kind) {
    case "meeting":
      if (lang === "id") return summit ? `KTT ${p}` : `Pertemuan ${p}`;
      return summit ? `The ${p} summit` : `The ${p} meeting`;
    case "visit":
      return lang === "id" ? `Kunjungan ${p}` : one ? `${p}’s visit` : `The ${p} visit`;
    case "statement":
      return lang === "id" ? `Pernyataan ${p}` : one ? `${p}’s statement` : `The ${p} statement`;
    case "agreement":
      return lang === "id" ? `Kesepakatan ${p}` : `The ${p} agreement`;
    case "military_action":
      return lang === "id" ? `Aksi militer ${p}` : `The ${p} military action`;
    case "other":
      return lang === "id" ? `Peristiwa ${p}` : `The ${p} event`;
  }
}

function verb(kind: EventKind, lang: DateLanguage, occurred: boolean): string {
  if (kind === "statement")
    return lang === "id"
      ? occurred
        ? "disampaikan"
        : "tidak disampaikan"
      : occurred
        ? "was made"
        : "was not made";
  if (kind === "agreement")
    return lang === "id"
      ? occurred
        ? "disepakati"
        : "tidak disepakati"
      : occurred
        ? "was reached"
        : "was not reached";
  return lang === "id"
    ? occurred
      ? "berlangsung"
      : "tidak terjadi"
    : occurred
      ? "took place"
      : "did not take place";
}

function monthName(month: number, lang: DateLanguage, compact: boolean): string {
  const lex = lang === "id" ? indonesian : english;
  return (compact ? lex.monthShortNames : lex.monthNames)[month - 1] ?? String(month);
}

function day(d: CivilDate, lang: DateLanguage, compact: boolean): string {
  return `${d.day} ${monthName(d.month, lang, compact)} ${d.year}`;
}

function dayRange(a: CivilDate, b: CivilDate, lang: DateLanguage, compact: boolean): string {
  if (compareDates(a, b) === 0) return day(a, lang, compact);
  if (a.year !== b.year) return `${day(a, lang, compact)} – ${day(b, lang, compact)}`;
  if (a.month !== b.month) return `${a.day} ${monthName(a.month, lang, compact)} – ${day(b, lang, compact)}`;
  return `${a.day}–${day(b, lang, compact)}`;
}

/** "pada 13 September 2023" / "on 13 September 2023", "in June 2024", "in the week of 11 September 2023". */
export function datePhrase(
  i: ResolvedDate,
  lang: DateLanguage,
  timeZone = DEFAULT_TIME_ZONE,
  compact = false,
): string {
  const first = civilDateAt(Date.parse(i.start), timeZone);
  const last = civilDateAt(Date.parse(i.end) - 1, timeZone);
  const on = lang === "id" ? "pada" : "on";
  const inn = lang === "id" ? "pada" : "in";
  switch (i.precision) {
    case "year":
      return `${inn} ${first.year === last.year ? first.year : `${first.year}–${last.year}`}`;
    case "month": {
      const a = `${monthName(first.month, lang, compact)}`;
      if (first.year === last.year && first.month === last.month) return `${inn} ${a} ${first.year}`;
      const b = `${monthName(last.month, lang, compact)} ${last.year}`;
      return first.year === last.year ? `${inn} ${a}–${b}` : `${inn} ${a} ${first.year} – ${b}`;
    }
    case "week":
      if (compareDates(addDays(first, 6), last) === 0)
        return lang === "id"
          ? `pada pekan yang dimulai ${day(first, lang, compact)}`
          : `in the week of ${day(first, lang, compact)}`;
      return `${on} ${dayRange(first, last, lang, compact)}`;
    case "day":
      return `${on} ${dayRange(first, last, lang, compact)}`;
  }
}

function placePhrase(place: NamedEntity, lang: DateLanguage): string {
  if (lang === "id") return `di ${place.canonicalName}`;
  return `${place.kind === "place" && SITE.test(place.canonicalName) ? "at" : "in"} ${place.canonicalName}`;
}

const NUMBER_FORMATS: Record<DateLanguage, Intl.NumberFormat> = {
  id: new Intl.NumberFormat("id-ID"),
  en: new Intl.NumberFormat("en-GB"),
};

function quantity(v: Extract<ClaimValue, { slot: "quantity" }>, lang: DateLanguage): string {
  const n = NUMBER_FORMATS[lang].format(v.amount);
  const about = v.tolerance > 0 ? (lang === "id" ? "sekitar " : "about ") : "";
  return `${about}${n} ${v.unit}`;
}

const names = (ids: readonly string[], ctx: SentenceContext) =>
  ids.map((id) => ctx.entity(id)?.canonicalName).filter((n): n is string => Boolean(n));

/**
 * The values of one event said in one sentence: the verb with its date and place, then who
 * attended, who acted and how many. One value gives a claim's sentence; several give the wording
 * of an event-level verdict ("…took place on 13 September 2023 at Vostochny Cosmodrome").
 */
export function eventSentence(
  ctx: SentenceContext,
  values: readonly ClaimValue[],
  lang: DateLanguage,
  opts: SentenceOptions = {},
): string {
  const tz = ctx.timeZone ?? DEFAULT_TIME_ZONE;
  const compact = opts.compact ?? false;
  const statement = values.find((v) => v.slot === "statement");
  if (statement && values.length === 1) return statement.text.replace(/\s+/g, " ").trim();
  const date = values.find((v) => v.slot === "date");
  const place = values.find((v) => v.slot === "place");
  const occurred = values.find((v) => v.slot === "occurred");
  const main: string[] = [];
  if (date || place || occurred) {
    main.push(verb(ctx.event.kind, lang, occurred?.occurred ?? true));
    if (date) main.push(datePhrase(date.interval, lang, tz, compact));
    const where = place ? ctx.entity(place.entityId) : undefined;
    if (where) main.push(placePhrase(where, lang));
  }
  // Each further value is a clause; the first one is finite when there is no verb yet.
  const clauses: Array<{ finite: string; participle: string }> = [];
  for (const v of values) {
    if (v.slot === "participants") {
      const list = joinList(names(v.entityIds, ctx), lang);
      clauses.push(
        lang === "id"
          ? { finite: `dihadiri oleh ${list}`, participle: `dihadiri oleh ${list}` }
          : { finite: `was attended by ${list}`, participle: `attended by ${list}` },
      );
    } else if (v.slot === "actor") {
      const who = names([v.entityId], ctx)[0] ?? "";
      const by =
        ctx.event.kind === "statement"
          ? lang === "id"
            ? "disampaikan oleh"
            : "made by"
          : lang === "id"
            ? "dilakukan oleh"
            : "carried out by";
      clauses.push({
        finite: lang === "id" ? `${by} ${who}` : `was ${by} ${who}`,
        participle: `${by} ${who}`,
      });
    } else if (v.slot === "quantity") {
      const q = quantity(v, lang);
      clauses.push(
        lang === "id"
          ? { finite: `melibatkan ${q}`, participle: `melibatkan ${q}` }
          : { finite: `involved ${q}`, participle: `involving ${q}` },
      );
    }
  }
  const parts = [subject(ctx.event, lang)];
  if (main.length) parts.push(main.join(" "));
  clauses.forEach((c, i) => {
    if (i === 0 && !main.length) parts.push(c.finite);
    else parts[parts.length - 1] += `, ${c.participle}`;
  });
  let text = parts.join(" ");
  if (statement) text += `: “${statement.text.replace(/\s+/g, " ").trim()}”`;
  return text;
}

/** A claim's sentence in the given language. */
export function claimSentence(
  ctx: SentenceContext,
  value: ClaimValue,
  lang: DateLanguage,
  opts: SentenceOptions = {},
): string {
  return eventSentence(ctx, [value], lang, opts);
}

/**
 * The wording for ClaimReview's `claimReviewed`: the sentence itself when it fits, else its
 * compact form (short month names), else cut at a word boundary.
 */
export function fitSentence(make: (opts: SentenceOptions) => string, max = CLAIM_REVIEWED_MAX): string {
  const full = make({});
  if (full.length <= max) return full;
  const compact = make({ compact: true });
  return shortenSentence(compact, max);
}
