// Where a sentence says its event happened, beyond the place a locative word introduces: a site
// or city named with an event word, a capital given by description ("di ibu kota Malaysia"), a
// place named before by its kind ("the town", "kota itu").
import type { EventKind } from "@kroscek/schema";
import { normalizeName } from "../normalize";
import { TITLE_AFTER } from "./claim-parties";
import type { ClaimContext } from "./claims";
import { demonymCountry } from "./demonyms";
import { gazetteer, placeKey } from "./gazetteer";
import type { ClaimParticipant, PlaceMention, TextSpan } from "./types";
import { TITLES } from "./words";

/** A capital given by description: "India's capital", "the Malaysian capital", "ibu kota Malaysia". */
const CAPITAL_DESCRIBED =
  /(?<![\p{L}])(?:(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)['’]s\s+capital|the\s+(\p{Lu}\p{Ll}+)\s+capital|ibu\s?kota\s+(?:negara\s+)?(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?))(?![\p{L}])/gu;
/** A place referred to by its kind after a locative word: "to the town", "outside the courthouse", "ke kota itu". */
const KIND_ANAPHOR =
  /(?<![\p{L}])(?:(?:to|in|at|outside|near|around|into|from|visit|visited|visits)\s+the\s+(town|city|village|port|harbour|harbor|stadium|courthouse|court|hospital|airport|palace|mosque|island|regency|province|district|mine|refinery|plant)|(?:ke|di|dari|luar|dekat|sekitar|mengunjungi|meninjau)\s+(kota|desa|pelabuhan|stadion|gedung pengadilan|pengadilan|rumah sakit|bandara|istana|masjid|pulau|kabupaten|provinsi|kecamatan|tambang|kilang|pabrik)\s+(?:itu|tersebut))(?![\p{L}])/iu;
/** The scene of what was reported, by a word for it: "searching the area", "di lokasi kejadian". */
const SCENE_ANAPHOR =
  /(?<![\p{L}])(?:(?:searched|searching|search|combed|combing|scoured|scouring|cordoned off|sealed off|at|in|around|near|to|from)\s+the\s+(?:area|scene|site)|(?:di|ke|dari|sekitar|menyisir)\s+(?:lokasi|area|sekitar lokasi)\s+(?:itu|tersebut|kejadian))(?![\p{L}])/iu;
/** How a place is introduced as one of a kind: "the town of X", "X port", "Kota X", "its courthouse in X". */
function kindOfPlaceAt(body: string, p: PlaceMention): string[] {
  const before = body.slice(Math.max(0, p.start - 30), p.start).toLowerCase();
  const kinds: string[] = [];
  const of = /(?:^|\s)(?:the\s+)?(town|city|village|port|island|regency|province|district)\s+of\s+$/u.exec(
    before,
  );
  if (of) kinds.push(of[1] as string);
  const inside =
    /(?:^|\s)(?:its|the|a)\s+(courthouse|court|hospital|stadium|airport|palace|mosque|port)\s+in\s+$/u.exec(
      before,
    );
  if (inside) kinds.push(inside[1] as string);
  const head =
    /^(kota|desa|pelabuhan|stadion|bandara|istana|masjid|pulau|kabupaten|provinsi|kecamatan|rumah sakit|rsud)\s/iu.exec(
      p.text,
    );
  if (head) kinds.push((head[1] as string).toLowerCase().replace(/^rsud$/u, "rumah sakit"));
  const tail =
    /\s(port|harbour|harbor|stadium|airport|palace|mosque|island|regency|province|district|hospital)$/iu.exec(
      p.text,
    );
  if (tail) kinds.push((tail[1] as string).toLowerCase());
  // "the Mwambashi Deep copper mine", "kilang Costa Azul": the kind written beside the name.
  const noun =
    /^\s+(?:(?:copper|gold|coal|nickel|tin|lithium|oil|gas)\s+)?(mine|refinery|plant)(?![\p{L}])/u.exec(
      body.slice(p.end, p.end + 24),
    );
  if (noun) kinds.push(noun[1] as string);
  const idHead = /(?:^|\s)(tambang|kilang|pabrik)(?:\s+\p{Ll}+)?\s+$/u.exec(before);
  if (idHead) kinds.push(idHead[1] as string);
  return kinds;
}
const SAME_KIND: Record<string, string> = {
  kota: "town",
  city: "town",
  desa: "village",
  pelabuhan: "port",
  harbour: "port",
  harbor: "port",
  stadion: "stadium",
  "gedung pengadilan": "courthouse",
  pengadilan: "courthouse",
  court: "courthouse",
  "rumah sakit": "hospital",
  bandara: "airport",
  istana: "palace",
  masjid: "mosque",
  pulau: "island",
  kabupaten: "regency",
  provinsi: "province",
  kecamatan: "district",
  tambang: "mine",
  kilang: "refinery",
  pabrik: "plant",
};
const kindKey = (k: string) => SAME_KIND[k.toLowerCase()] ?? k.toLowerCase();

/**
 * The place a sentence refers to by its kind ("the town", "kota itu"): the last place before the
 * sentence introduced as one of that kind, when exactly one kind matches.
 */
function placeByKind(ctx: ClaimContext, span: TextSpan): ClaimParticipant | null {
  const m = KIND_ANAPHOR.exec(span.text) ?? SCENE_ANAPHOR.exec(span.text);
  if (!m) return null;
  // "searching the area", "di lokasi kejadian": the last site named, whatever its kind.
  const kind = (m[1] ?? m[2]) ? kindKey((m[1] ?? m[2]) as string) : null;
  const before = (ctx.places ?? []).filter((p) => p.end <= span.start && p.kind === "place");
  for (let i = before.length - 1; i >= 0; i--) {
    const p = before[i] as PlaceMention;
    if (kind !== null && !kindOfPlaceAt(ctx.body, p).some((k) => kindKey(k) === kind)) continue;
    return {
      entityId: p.entityId,
      name: p.text,
      span: { start: span.start + m.index, end: span.start + m.index + m[0].length, text: m[0] },
      gazetteerId: p.gazetteerId,
    };
  }
  return null;
}

/** The capital of the country a description names, by the country's name or its demonym. */
function describedCapital(name: string) {
  const g = gazetteer();
  const named = g.byKey.get(placeKey(name));
  const country = named?.kind === "country" ? named : demonymCountry(name);
  return country ? (g.capitals.get(country.countryCode) ?? null) : null;
}

/** What a sentence knows when its place is read. */
export interface PlaceView {
  ctx: ClaimContext;
  span: TextSpan;
  kind: EventKind;
  /** The sentence has an event word. */
  eventCue: boolean;
  /** The sentence reports an institution or person acting. */
  actorRule: boolean;
  /** The place mentions in the sentence (after any dateline). */
  places: readonly PlaceMention[];
  /** The place a locative word introduces, if any. */
  locatedAt: ClaimParticipant | null;
  outsideSpeaker: (s: { start: number; end: number }) => boolean;
  possessive: (p: PlaceMention) => boolean;
}

/** The place of a sentence's event, or null when the sentence names none. */
export function placeOfSentence(v: PlaceView): ClaimParticipant | null {
  const { ctx, span, kind, eventCue, actorRule, places, locatedAt, outsideSpeaker, possessive } = v;
  let placed = locatedAt;
  if (!placed && kind === "other" && (eventCue || actorRule)) {
    const site = places.find((p) => {
      const before = ctx.body.slice(Math.max(span.start, p.start - 30), p.start);
      const prev = /(\p{L}+)\s+$/u.exec(before)?.[1]?.toLowerCase() ?? "";
      return (
        p.kind === "place" &&
        outsideSpeaker(p) &&
        !possessive(p) &&
        !TITLES.has(prev) &&
        !/\p{Lu}[\p{L}]*[ -]$/u.test(before) &&
        !/^[ -]\p{Lu}/u.test(ctx.body.slice(p.end, p.end + 2)) &&
        !TITLE_AFTER.test(ctx.body.slice(p.end, p.end + 30))
      );
    });
    if (site)
      placed = {
        entityId: site.entityId,
        name: site.text,
        span: { start: site.start, end: site.end, text: site.text },
        gazetteerId: site.gazetteerId,
      };
  }
  // A capital given by description ("in India's capital", "di ibu kota Malaysia").
  CAPITAL_DESCRIBED.lastIndex = 0;
  for (const m of span.text.includes("capital") || /ibu\s?kota/iu.test(span.text)
    ? span.text.matchAll(CAPITAL_DESCRIBED)
    : []) {
    const start = span.start + m.index;
    const end = start + m[0].length;
    const inside = placed !== null && placed.span.start >= start && placed.span.end <= end;
    const locative = /(?:in|at|to|near|di|ke|dari|from)\s+$/iu.test(
      ctx.body.slice(Math.max(span.start, start - 8), start),
    );
    // It replaces the country it names, or gives a place where the sentence has none; "outside
    // the capital" is not in it.
    if (!inside && (placed || !locative)) continue;
    if (
      /(?:luar|outside|near|dekat|sekitar)\s+$/iu.test(
        ctx.body.slice(Math.max(span.start, start - 10), start),
      )
    )
      continue;
    const capital = describedCapital((m[1] ?? m[2] ?? m[3]) as string);
    if (!capital) continue;
    placed = {
      entityId: ctx.index.byKey.get(normalizeName(capital.name))?.[0]?.entityId ?? null,
      name: capital.name,
      span: { start, end, text: m[0] },
      gazetteerId: capital.id,
    };
    break;
  }
  // "… to the town next week", "outside the courthouse", "ke kota itu": a place named before by its kind.
  return placed ?? placeByKind(ctx, span);
}
