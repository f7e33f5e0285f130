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
/** A mountain named before, by its summit: "di puncak setinggi hampir tujuh ribu meter itu", "on the summit". */
const SUMMIT_ANAPHOR =
  /(?<![\p{L}])(?:(?:di|ke|dari|menuju)\s+puncak(?:\s+[\p{Ll}\d.,]+){0,6}?\s+(?:itu|tersebut)|(?:on|at|to|from|reached)\s+the\s+(?:summit|peak|top)(?!\s+of))(?![\p{L}])/u;
/** How a place is introduced as one of a kind: "the town of X", "X port", "Kota X", "its courthouse in X". */
function kindOfPlaceAt(body: string, p: PlaceMention): string[] {
  const before = body.slice(Math.max(0, p.start - 48), p.start).toLowerCase();
  const kinds: string[] = [];
  const of = /(?:^|\s)(?:the\s+)?(town|city|village|port|island|regency|province|district)\s+of\s+$/u.exec(
    before,
  );
  if (of) kinds.push(of[1] as string);
  const inside =
    /(?:^|\s)(?:its|the|a)\s+(courthouse|court|hospital|stadium|airport|palace|mosque|port)\s+in\s+$|(?:^|\s)(?:its|the|a|an)\s+(?:\p{Ll}+\s+)?(factory|plant)\s+in\s+(?:the\s+)?$/u.exec(
      before,
    );
  if (inside) kinds.push((inside[1] ?? inside[2]) as string);
  const head =
    /^(kota|desa|pelabuhan|stadion|bandara|istana|masjid|pulau|kabupaten|provinsi|kecamatan|rumah sakit|rsud|jembatan|bendungan)\s/iu.exec(
      p.text,
    );
  if (head) kinds.push((head[1] as string).toLowerCase().replace(/^rsud$/u, "rumah sakit"));
  const tail =
    /\s(port|harbour|harbor|stadium|airport|palace|mosque|island|regency|province|district|hospital|bridge|dam)$/iu.exec(
      p.text,
    );
  if (tail) kinds.push((tail[1] as string).toLowerCase());
  // "the Mwambashi Deep copper mine", "kilang Costa Azul": the kind written beside the name.
  const noun =
    /^\s+(?:(?:copper|gold|coal|nickel|tin|lithium|oil|gas)\s+)?(mine|refinery|plant|airport|port|harbour|harbor|bridge|stadium|hospital|dam)(?![\p{L}])/u.exec(
      body.slice(p.end, p.end + 24),
    );
  if (noun) kinds.push(noun[1] as string);
  // "puncak Aconcagua", "the summit of Aconcagua", "Gunung Rinjani", "Mount Ibu", "Etna volcano".
  if (
    /(?:^|\s)(?:puncak|summit of|peak of|slopes? of|lereng)\s+$/u.test(before) ||
    /^(?:gunung|mount|mt\.?)\s/iu.test(p.text) ||
    /^\s+(?:volcano|mountain)(?![\p{L}])/u.test(body.slice(p.end, p.end + 12))
  )
    kinds.push("mountain");
  // "pabrik pestisida di kawasan industri Dahej": the site's noun, then where it stands.
  const idHead =
    /(?:^|\s)(tambang|kilang|pabrik)(?:\s+\p{Ll}+)?\s+(?:di\s+(?:kawasan(?:\s+industri)?\s+)?)?$/u.exec(
      before,
    );
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
  jembatan: "bridge",
  bendungan: "dam",
  tambang: "mine",
  kilang: "refinery",
  pabrik: "plant",
  factory: "plant",
};
const kindKey = (k: string) => SAME_KIND[k.toLowerCase()] ?? k.toLowerCase();

/**
 * A site named before by its kind alone, wherever it stands in the sentence: "the airport was
 * expected to reopen", "Jembatan sepanjang 240 meter itu dibangun", "menutup bandara yang sama",
 * "bandara diperkirakan dibuka kembali" (an Indonesian site noun alone is the one the story is about;
 * not "bandara lain", another one; not "the port of X", named here).
 */
const SITE_REFERENCE =
  /(?<![\p{L}])(?:[Tt]he\s+(airport|bridge|port|harbour|harbor|dam|stadium|hospital|mine|refinery|plant|factory)(?!\s+(?:of|in|at)\s)(?![\p{L}])|([Bb]andara|[Jj]embatan|[Pp]elabuhan|[Bb]endungan|[Ss]tadion|[Tt]ambang|[Kk]ilang|[Pp]abrik)(?:\s+[\p{Ll}\d]+){0,3}?\s+(?:itu|tersebut|yang sama)(?![\p{L}])|(?<=^|\s(?:dan|serta|dengan|menutup|membuka|meninjau|mengunjungi)\s)(bandara|jembatan|pelabuhan|bendungan)(?!\s+(?:lain|lainnya|baru|\p{Lu}))(?![\p{L}]))/u;
/**
 * The scene by a bare word for it, or by the vessel the story is about: "ditangkap di lokasi.",
 * "were arrested on the boat" (not "di lokasi pengungsian", another site).
 */
const SCENE_AT =
  /(?<![\p{L}])(?:di\s+lokasi(?=\s*[,.;!?)]|$)|(?:on|aboard)\s+the\s+(?:boat|vessel|ship|ferry)|di\s+(?:atas\s+)?kapal\s+(?:itu|tersebut))(?![\p{L}])/iu;
/** People of a site before its reference: "manajer pabrik itu", "the workers of the plant". */
const STAFF_BEFORE =
  /(?:^|\s)(?:manajer|direktur|karyawan|pegawai|buruh|pekerja|staf|manager|managers|director|employees|workers|staff)(?:\s+of)?\s+$/iu;
/** The scene reached, visited or inspected: "will visit the site", "meninjau lokasi pada Jumat". */
const SCENE_VISITED =
  /(?<![\p{L}])(?:(?:visit|visited|visits|reach|reached|inspect|inspected|tour|toured)\s+the\s+(?:site|scene)|(?:meninjau|mengunjungi|mendatangi|tiba di|sampai di)\s+lokasi(?!\s+(?:pengungsian|penampungan|relokasi|evakuasi|pos)))(?![\p{L}])/iu;

/**
 * The story's event referred to by its noun: "brought the blaze under control", "kebakaran itu
 * merusak …": it happened at the story's scene.
 */
const EVENT_REFERENCE =
  /(?<![\p{L}])(?<!(?:of|into|about|over|after|since|following|before|setelah|sejak|akibat|atas|tentang|sebelum|pasca)\s+)(?:[Tt]he\s+(?:blaze|fire|explosion|blast|collapse|eruption|crash|derailment|accident|quake|earthquake|flooding|floods|landslide|stampede)(?!\s+(?:of|in|at|service|services|department|brigade|station|chief|crews?|officials?|authorities|agency|risk|season|alert|warning|ban|safety)(?![\p{L}]))|(?:[Kk]ebakaran|[Ll]edakan|[Ll]etusan|[Kk]ecelakaan|[Gg]empa|[Bb]anjir|[Ll]ongsor)\s+(?:itu|tersebut))(?![\p{L}])/u;

/** An event named by its host city: "the Colombo half marathon", "the Jakarta summit". */
const HOSTED_EVENT =
  /^\s+(?:(?:half|full|international|city)\s+)?(?:marathon|summit|conference|festival|expo|fair|forum|derby|grand prix|open)(?![\p{L}])/iu;

/** A sentence's opening reference to a site by its kind ("Jembatan … itu dibangun", "The airport will …"). */
export function siteReferenceOpens(text: string): boolean {
  const m = SITE_REFERENCE.exec(text);
  return m !== null && m.index <= 4;
}

/**
 * The place a sentence refers to by its kind ("the town", "kota itu"): the last place before the
 * sentence introduced as one of that kind, when exactly one kind matches.
 */
function placeByKind(ctx: ClaimContext, span: TextSpan): ClaimParticipant | null {
  const before = (ctx.places ?? []).filter((p) => p.end <= span.start && p.kind === "place");
  const of = (p: PlaceMention | undefined, m: RegExpExecArray): ClaimParticipant | null =>
    p
      ? {
          entityId: p.entityId,
          name: p.text,
          span: { start: span.start + m.index, end: span.start + m.index + m[0].length, text: m[0] },
          gazetteerId: p.gazetteerId,
        }
      : null;
  const ofKind = (p: PlaceMention, kind: string) =>
    kindOfPlaceAt(ctx.body, p).some((k) => kindKey(k) === kind);
  const summit = SUMMIT_ANAPHOR.exec(span.text);
  if (summit)
    return of(
      before.findLast((p) => ofKind(p, "mountain")),
      summit,
    );
  // "searched the area", "di lokasi kejadian": the last site or town named, not the province or
  // canton it lies in ("above Zermatt in the canton of Valais").
  const sceneWord = SCENE_ANAPHOR.exec(span.text);
  if (sceneWord) {
    const site = before.findLast((p) => !division(ctx.body, p));
    if (site) return of(site, sceneWord);
  }
  const near = KIND_ANAPHOR.exec(span.text) ?? sceneWord;
  if (near) {
    // "to the town", "searching the area", "di lokasi kejadian": the last such site named (any
    // kind for the scene).
    const word = near[1] ?? near[2];
    const kind = word ? kindKey(word) : null;
    return of(
      before.findLast((p) => kind === null || ofKind(p, kind)),
      near,
    );
  }
  // "the airport was expected to reopen", "bandara yang sama": the story's site of that kind, the
  // first one named; "will visit the site": the story's own scene, its first site named.
  const site = SITE_REFERENCE.exec(span.text);
  // "menahan manajer pabrik itu": the site says whose staff they are, not where it happened.
  if (site && !STAFF_BEFORE.test(span.text.slice(Math.max(0, site.index - 24), site.index))) {
    const kind = kindKey((site[1] ?? site[2] ?? site[3]) as string);
    // The site as the story introduces it, below a headline that names it in passing.
    const headline = headlineEnd(ctx.body);
    return of(
      before.find((p) => (headline === 0 || p.start > headline) && ofKind(p, kind)),
      site,
    );
  }
  const scene = SCENE_VISITED.exec(span.text) ?? SCENE_AT.exec(span.text) ?? EVENT_REFERENCE.exec(span.text);
  return scene ? of(leadSite(ctx, before), scene) : null;
}

/** A province, state, canton or regency: a subdivision in the gazetteer, or introduced as one. */
function division(body: string, p: PlaceMention): boolean {
  return (
    /^iso:[A-Z]{2}-/u.test(p.gazetteerId ?? "") ||
    kindOfPlaceAt(body, p).some((k) => ["regency", "province", "district"].includes(kindKey(k))) ||
    /(?:^|\s)(?:canton|kanton|state|negara bagian|provinsi|province)\s+(?:of\s+)?$/iu.test(
      body.slice(Math.max(0, p.start - 20), p.start),
    )
  );
}

/** Where a headline line (a first line with no closing stop) ends, or 0 when there is none. */
function headlineEnd(body: string): number {
  const firstBreak = body.indexOf("\n");
  return firstBreak > 0 && !/[.!?]\s*$/u.test(body.slice(0, firstBreak)) ? firstBreak : 0;
}

/** Kinds of places that are areas rather than sites. */
const AREA_KINDS = new Set(["town", "village", "regency", "province", "district", "island"]);

/**
 * The story's scene: in the first sentence after the headline that names a place with a locative
 * word, its site ("Jembatan Long Iram", "Laem Chabang port"), else the place "at" or "di" names,
 * else the first such place.
 */
function leadSite(ctx: ClaimContext, before: readonly PlaceMention[]): PlaceMention | undefined {
  const headline = headlineEnd(ctx.body);
  const first = before.find((p) => p.start > headline && p.locative);
  if (!first) return undefined;
  const lineStart = ctx.body.lastIndexOf("\n", first.start) + 1;
  const lineEnd = ctx.body.indexOf("\n", first.start);
  const line = before.filter((p) => p.start >= lineStart && (lineEnd < 0 || p.end <= lineEnd));
  const lead = line.filter((p) => p.locative);
  const site = line.find((p) => kindOfPlaceAt(ctx.body, p).some((k) => !AREA_KINDS.has(kindKey(k))));
  const before8 = (p: PlaceMention) => ctx.body.slice(Math.max(0, p.start - 16), p.start);
  const at = lead.find((p) =>
    /(?:^|\s)(?:at|di|near|dekat|outside)\s+(?:the\s+(?:\p{Ll}+\s+of\s+)?)?$/iu.test(before8(p)),
  );
  // A journey's ends ("from Aswan to Cairo") are not where it happened.
  const along = lead.find((p) => !/(?:^|\s)(?:from|to|dari|ke|menuju)\s+(?:the\s+)?$/iu.test(before8(p)));
  return site ?? at ?? along ?? first;
}

/** A place mention as the place of a claim, named where it stands. */
function placeNamed(p: PlaceMention): ClaimParticipant {
  return {
    entityId: p.entityId,
    name: p.text,
    span: { start: p.start, end: p.end, text: p.text },
    gazetteerId: p.gazetteerId,
  };
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
  // "Jembatan … itu … menjadi penghubung ke Melak": a site the sentence opens with is where it is,
  // not where a road from it goes.
  if (
    locatedAt !== null &&
    siteReferenceOpens(span.text) &&
    /(?:^|\s)(?:ke|menuju|to|toward|towards)\s+(?:the\s+)?$/iu.test(
      ctx.body.slice(Math.max(0, locatedAt.span.start - 10), locatedAt.span.start),
    )
  ) {
    const site = placeByKind(ctx, span);
    if (site) return site;
  }
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
    if (site) placed = placeNamed(site);
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
  // "won the Colombo half marathon", "the Jakarta summit": a city naming the event is where it is held.
  if (!placed) {
    const host = places.find(
      (p) => p.gazetteerId?.startsWith("geonames:") && HOSTED_EVENT.test(ctx.body.slice(p.end, p.end + 24)),
    );
    if (host) placed = placeNamed(host);
  }
  // "… to the town next week", "outside the courthouse", "ke kota itu": a place named before by its kind.
  return placed ?? placeByKind(ctx, span);
}
