// Who takes part in a sentence's event: the people, organisations and countries it names, less
// the names that are only a place, a title, a vessel, a document, a competition, a phenomenon or a
// modifier of another name, and with the parties it names indirectly ("the two ministers", "he",
// "Philippine and American forces", a place's own government).
import type { EventKind } from "@kroscek/schema";
import { normalizeName } from "../normalize";
import type { ClaimContext } from "./claims";
import { demonymCountry } from "./demonyms";
import type { Attribution, ClaimParticipant, PlaceMention, ProposedEntity, TextSpan } from "./types";
import { FUNCTION_WORDS, PHENOMENON_WORDS, TITLES, VESSEL_BEFORE, VESSEL_NAME, wordsOf } from "./words";

/** Cues that only cite a source: its speaker reports the event rather than taking part in it. */
const SOURCE_CUE =
  /^(?:kata|ujar|tutur|jelas|ungkap|menurut|sumber|source|mengatakan|menyatakan|menegaskan|menekankan|menyebut(?:kan)?|menilai|said|says|told|stated|according to)/iu;

/** Words before a country that make it a modifier of a person or office, not a party. */
const MODIFIER_BEFORE =
  /(?:(?:presiden|perdana menteri|menteri|pemimpin|raja|ratu|kanselir|duta besar|president|prime minister|minister|leader|king|queen|chancellor|ambassador|counterpart)(?:\s+\p{L}+){0,3}|berbendera|buatan|asal|warga negara|made in|flagged in)\s+$/iu;
/** "the presidents of Brazil, Argentina and …": countries whose office-holders are named, not parties. */
const OFFICES_OF =
  /(?:presidents|leaders|ministers|heads|kings|pemimpin|para presiden|kepala negara)\s+(?:of|dari)\s+/giu;
const NAME_LIST = /^(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:\s*,\s*|\s+(?:and|dan)\s+|\s+))*$/u;

/** Words before a venue. */
const VENUE_BEFORE = /(?:^|\s)(?:at|di|dalam|ke)\s+(?:the\s+)?(?:(?:kantor|gedung|markas)\s+)?$/u;
/** Words that open a title before a name ("Ketua MK Suhartoyo", "Minister of External Affairs"). */
const TITLE_BEFORE =
  /(?:^|[\s(])(?:Ketua(?:\s+Umum)?|Kepala|Menteri|Wakil|Direktur|Gubernur|Juru Bicara|Hakim|President|Chairman|Chairwoman|Chief|Director|Minister(?:\s+of(?:\s+the)?)?|Head(?:\s+of(?:\s+the)?)?|Secretary(?:\s+of)?)\s+$/u;
/** A title right after a name: the name is the office's ("European Commission President …"). */
export const TITLE_AFTER =
  /^\s+(?:(?:Foreign|Defence|Defense|Deputy|Vice|Prime|Trade)\s+)?(?:President|Minister|Chairman|Chairwoman|Chair|Secretary|Commissioner|Chief|Head|Spokesperson|Spokesman|Governor|Director|Ambassador)(?![\p{L}])/u;
/** Words that open the name of an agreement, a law or a document: a name, not a party. */
const DOCUMENT_HEAD =
  /^(?:Perjanjian|Kesepakatan|Nota|Undang-Undang|UU|Peraturan|Konvensi|Piagam|Agreement|Treaty|Pact|Accord|Convention|Charter|Act|Protocol|Deklarasi|Declaration)(?![\p{L}])/u;
/** Nouns of a party that a demonym can name ("Philippine and American forces"). */
const PARTY_NOUN =
  "forces|troops|soldiers|warships|ships|navies|navy|army|armies|military|militaries|jets|aircraft|officials|governments?|delegations?|negotiators|police|coast guards?|diplomats|leaders";
const PARTY_NOUN_RE = new RegExp(`(?<![\\p{L}])(?:${PARTY_NOUN})(?![\\p{L}])`, "u");
const DEMONYM_PARTIES = new RegExp(
  `(?<![\\p{L}])(\\p{Lu}\\p{Ll}+(?:(?:\\s*,\\s*|\\s+(?:and|or)\\s+)\\p{Lu}\\p{Ll}+)*)\\s+(?:${PARTY_NOUN})(?![\\p{L}])`,
  "gu",
);
/** A storm's class before its name ("Tropical Cyclone Alfred", "Topan Yagi"). */
const PHENOMENON_BEFORE =
  /(?<![\p{L}])(?:topan|badai|siklon|taifun|hurricane|typhoon|cyclone|storm|tornado)\s+$/iu;
/** A country before a title in English ("his New Zealand counterpart", "the Kenyan-born Foreign Minister"). */
const TITLE_AFTER_COUNTRY =
  /^\s+(?:counterpart|counterparts|(?:(?:Foreign|Defence|Defense|Trade|Finance|Prime|Deputy)\s+)?(?:Minister|President|Premier|Ambassador|Envoy|Chancellor|minister|president|ambassador|envoy))(?![\p{L}])/u;
/** A country's name with a bare possessive apostrophe: "the Philippines' court". */
const BARE_POSSESSIVE = /^['’](?=\s)/u;
/**
 * Indonesian nouns that a country after them names as a party ("pemerintah Peru", "militer
 * Rusia"); after any other common noun the country is a modifier ("pasar Peru", "mahasiswa
 * Indonesia", "minyak sawit Indonesia").
 */
const ID_PARTY_NOUN =
  /^(?:pemerintah|militer|tentara|pasukan|angkatan|delegasi|polisi|kepolisian|parlemen|otoritas|kedutaan|kabinet|rezim|junta|timnas|tim|negara|pihak|kubu|laut|udara|darat)$/u;
/** "Kedua menteri", "the two leaders", "both ministers": the two people named last. */
export const THE_TWO =
  /^(?:(?:Kedua|Dua)\s+(?:menteri|pemimpin|presiden|kepala negara|perdana menteri|tokoh|pejabat|diplomat|menlu|pendaki|atlet|pemain|korban|tersangka)|Keduanya|Mereka berdua|(?:The\s+two|Both)\s+(?:ministers|leaders|presidents|heads of state|prime ministers|men|women|officials|diplomats|foreign ministers|climbers|athletes|players|victims|suspects)|The\s+(?:pair|duo))(?![\p{L}])/u;
/** A pair named by no kind of its own ("Keduanya", "the pair"): people or countries, whichever pair was named last. */
const GENERIC_PAIR =
  /^(?:Keduanya|Mereka berdua|keduanya|mereka berdua|the\s+(?:pair|duo|two)|The\s+(?:pair|duo)|both|Both)$/u;

/** The last two of `named` written as a pair ("X dan Y", "X and Y"), and where the second is named. */
function lastNamedPair(
  body: string,
  named: readonly NamedPerson[],
): { pair: NamedPerson[]; at: number } | null {
  const key = (q: NamedPerson) => q.entityId ?? q.name.toLowerCase();
  for (let k = named.length - 1; k > 0; k--) {
    const [a, b] = [named[k - 1] as NamedPerson, named[k] as NamedPerson];
    if (a.at === undefined || b.at === undefined || key(a) === key(b)) continue;
    if (/^\s*,?\s*(?:dan|and|&)\s*$/u.test(body.slice(a.at + a.name.length, b.at)))
      return { pair: [b, a], at: b.at };
  }
  return null;
}

/**
 * What "Keduanya" or "the pair" refers to: the two people or the two countries last named as a
 * pair ("Rusia dan Korea Utara … Keduanya" are the countries), people when no pair was written.
 */
export function genericPair(
  body: string,
  people: readonly NamedPerson[],
  countries: readonly NamedPerson[],
): { of: "people" | "countries"; pair: NamedPerson[] | null } {
  const p = lastNamedPair(body, people);
  const c = lastNamedPair(body, countries);
  if (c && (!p || c.at > p.at)) return { of: "countries", pair: c.pair };
  return { of: "people", pair: p?.pair ?? null };
}

/** "Rina said the pair would fly home": the pair as the subject of a reported clause. */
const THE_PAIR_REPORTED =
  /(?<=(?:^|\s)(?:said|says|added|mengatakan|menyatakan|kata|bahwa|that)\s+)(?:the\s+(?:pair|duo|two)|both|keduanya|mereka berdua)(?=\s+(?:would|will|had|have|were|are|akan|telah|sudah|sempat)(?![\p{L}]))/iu;
/** "Kedua negara", "the two countries": the two countries named last. */
const THE_TWO_COUNTRIES =
  /^(?:(?:Kedua|Dua)\s+(?:negara|pemerintah)|(?:The\s+two|Both)\s+(?:countries|nations|governments))(?![\p{L}])/u;
/** The two countries named inside a sentence: "tim teknis kedua negara", "teams from both countries". */
const BOTH_COUNTRIES_INSIDE =
  /(?<=(?:^|\s)(?:[Tt]im|[Dd]elegasi|[Pp]ejabat|[Mm]enteri|[Pp]emimpin|[Tt]eams?|[Dd]elegations?|[Oo]fficials|[Ll]eaders|[Mm]inisters)(?:\s+\p{Ll}+)?\s+(?:from\s+|of\s+|dari\s+)?)(?:kedua negara|(?:the\s+two|both)\s+(?:countries|nations|governments))(?![\p{L}])/u;
/** A regional office before its area: "Bupati Konawe", "Gubernur Papua" (no person named after). */
const AREA_OFFICE = /(?:^|\s)(?:Bupati|Wali Kota|Walikota|Gubernur|Camat)\s+$/u;
/** Names of a competition: a cup, a league, games (what is won, not who takes part). */
const COMPETITION =
  /(?:^|\s)(?:Cup|League|Championship|Championships|Games|Olympics|Open|Trophy|Piala|Liga|Kejuaraan|Marathon|Maraton|Grand Prix|Rally|Reli)$/u;
/** A generic unit by its kind and an acronym ("Tim SAR gabungan", "Satgas Covid"): no named party. */
const GENERIC_UNIT = /^(?:Tim|Team|Satgas|Satuan Tugas|Pasukan)\s+\p{Lu}{2,6}$/u;

/** Someone named as not there ("with X absent", "tanpa X"). */
const ABSENT_AFTER =
  /^\s+(?:(?:was|were|is|are)\s+)?(?:absent|tidak hadir|absen|berhalangan hadir)(?![\p{L}])/iu;
const ABSENT_BEFORE = /(?<![\p{L}])(?:without|tanpa)\s+(?:\p{L}+\s+){0,3}$/iu;
/** Heads of a longer name whose "of …" part is not a party ("Museum of Modern Art"). */
const NAME_OF_BEFORE =
  /(?:Museum|Gallery|Institute|University|School|College|Centre|Center|Hall|Academy|Palace|House|Library|Festival|Bank|Church|Cathedral)\s+(?:of|for)\s+(?:the\s+)?$/u;
/** An institution named as what is to be reformed ("called for reform of the X"). */
const REFORM_OF =
  /(?:reform|reforms|reformasi|overhaul|restructuring|pembenahan|perombakan)\s+(?:of\s+|atas\s+)?(?:the\s+)?$/iu;
/** Adjectives of a region, not of a country: "Southeast Asian ministers" are not a party. */
const REGION_ADJECTIVE =
  /(?:^|\s)(?:Asian|African|American|European|Eastern|Western|Northern|Southern|Arab|Pacific|Nordic|Baltic|Caribbean|Balkan|Latin|Atlantic|Mediterranean|Gulf)$/u;
/** A country's area written with a compass word after a locative ("in eastern Spain"): the place. */
const COMPASS_LOCATIVE =
  /(?<![\p{L}])(?:in|di|at|across|throughout|over)\s+(?:the\s+)?(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|wilayah|kawasan)\s+$/iu;
/** A country's possession that acts: "Myanmar's military government", "China's navy". */
const POSSESSED_PARTY = new RegExp(
  `^['’]s\\s+(?:\\p{Ll}+\\s+){0,2}?(?:${"forces|troops|military|army|navy|coast guard|government|junta|regime|delegation|negotiators|police"})(?![\\p{L}-])(?!\\s+(?:said|says|stated|told|announced|reported|mengatakan|menyatakan)(?![\\p{L}]))`,
  "u",
);
/** A place's government: "Pemerintah Kota X", "Pemkab X", "the X city government". */
export const GOVERNMENT_BEFORE =
  /(?<![\p{L}])(?:Pemerintah(?:\s+(?:Kota|Kabupaten|Provinsi|Daerah))?|Pemkot|Pemkab|Pemprov)\s+$/u;
const GOVERNMENT_AFTER =
  /^\s+(?:city|municipal|provincial|state|regional|county|district)\s+(?:government|council|authorities|administration)(?![\p{L}])/u;

const FRAGMENT_TITLES = new Set([...TITLES, "premier", "chairman", "chairwoman", "commissioner", "envoy"]);
/** A title with only demonyms or region words beside it ("Chinese Premier"): no one is named. */
function titleFragment(text: string): boolean {
  const words = text.split(/\s+/u);
  let title = false;
  for (const w of words) {
    const n = w.toLowerCase();
    if (FRAGMENT_TITLES.has(n)) title = true;
    else if (!(demonymCountry(w) || REGION_ADJECTIVE.test(w) || FUNCTION_WORDS.has(n))) return false;
  }
  return title;
}

/** Whether text before a name ends in a list of countries after "presidents of". */
function officesOf(before: string): boolean {
  OFFICES_OF.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = OFFICES_OF.exec(before); m; m = OFFICES_OF.exec(before)) last = m;
  return last !== null && NAME_LIST.test(before.slice(last.index + last[0].length));
}

const within = (s: { start: number; end: number }, outer: { start: number; end: number }) =>
  s.start >= outer.start && s.end <= outer.end;

/** A person or a country named before a sentence. */
export interface NamedPerson {
  entityId: string | null;
  name: string;
  /** Where the article names them, when known. */
  at?: number;
}

/** What a sentence knows when its parties are read. */
export interface PartyView {
  ctx: ClaimContext;
  span: TextSpan;
  kind: EventKind;
  /** The sentence in lower case. */
  lower: string;
  mentions: readonly { entityId: string; start: number; end: number; text: string }[];
  places: readonly PlaceMention[];
  proposals: ReadonlyArray<TextSpan & { group: ProposedEntity }>;
  attribution: Attribution | null;
  speakerSpan: TextSpan | null;
  /** The speaker takes part in what it reports. */
  speakerActs: boolean;
  /** A natural phenomenon is the subject. */
  natural: boolean;
  /** The place a locative word introduces. */
  where: PlaceMention | undefined;
  /** The people named before the sentence, in order. */
  peopleBefore: readonly NamedPerson[];
  /** The countries named before the sentence, in order. */
  countriesBefore: readonly NamedPerson[];
  /** The person a pronoun opening the sentence stands for. */
  pronounOpens: NamedPerson | null;
  isPlace: (s: { start: number; end: number }) => boolean;
  outsideSpeaker: (s: { start: number; end: number }) => boolean;
}

/** Heads of an institution's common noun and the words its name holds ("the company": "… Company", "PT …"). */
const REFERRED_HEADS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [
    /^(?:the\s+)?(?:company|firm)$|^perusahaan(?:\s+(?:itu|tersebut))?$/iu,
    /(?:Company|Corporation|Corp|Inc|Ltd|Group|Holdings|Tbk|^PT\s)/u,
  ],
  [/^(?:the\s+)?agency$|^badan(?:\s+(?:itu|tersebut))?$/iu, /(?:Agency|^Badan\s)/u],
  [/^(?:the\s+)?(?:bank|lender)$|^bank(?:\s+(?:itu|tersebut))$/iu, /(?:^Bank\s|\sBank$)/u],
];

/**
 * The organisation an institution's common noun refers to ("The company said …" after "the
 * state-owned Delta Gas Transmission Company"): the last one named before it with that head.
 */
function organisationReferred(
  ctx: ClaimContext,
  noun: string,
  at: number,
): { entityId: string | null; name: string } | null {
  const heads = REFERRED_HEADS.find(([re]) => re.test(noun.trim()));
  if (!heads) return null;
  const [, holds] = heads;
  const known = ctx.mentions
    .filter((m) => m.end <= at && ctx.index.kinds.get(m.entityId) === "organisation" && holds.test(m.text))
    .map((m) => ({ at: m.start, entityId: m.entityId as string | null, name: m.text }));
  const proposed = ctx.proposals
    .filter((p) => p.kind === "organisation" && holds.test(p.name))
    .flatMap((p) =>
      p.mentions.filter((s) => s.end <= at).map((s) => ({ at: s.start, entityId: null, name: p.name })),
    );
  const last = [...known, ...proposed].sort((a, b) => a.at - b.at).at(-1);
  return last ? { entityId: last.entityId, name: last.name } : null;
}

/** The parties of a sentence's event, in text order. */
export function sentenceParties(v: PartyView): ClaimParticipant[] {
  const { ctx, span, kind, lower, mentions, places, attribution, speakerSpan, speakerActs, natural, where } =
    v;
  const { peopleBefore, pronounOpens, isPlace, outsideSpeaker } = v;
  const inSpan = (s: { start: number; end: number }) => within(s, span);
  const participants: ClaimParticipant[] = [];
  const countryAt = (s: { start: number; end: number }) =>
    places.some((p) => p.kind === "country" && p.start === s.start && p.end === s.end);
  const notParty = (p: ClaimParticipant) => {
    const before = ctx.body.slice(Math.max(span.start, p.span.start - 40), p.span.start);
    const after = ctx.body.slice(p.span.end, p.span.end + 30);
    return (
      VESSEL_NAME.test(p.name) ||
      GENERIC_UNIT.test(p.name) ||
      COMPETITION.test(p.name) ||
      VESSEL_BEFORE.test(before) ||
      ABSENT_AFTER.test(after) ||
      ABSENT_BEFORE.test(before) ||
      NAME_OF_BEFORE.test(before) ||
      REFORM_OF.test(before) ||
      // "Southeast Asian ministers", but not "Uni Emirat Arab", a country whose name ends so.
      (REGION_ADJECTIVE.test(p.span.text) &&
        !demonymCountry(p.span.text) &&
        !countryAt(p.span) &&
        /^\s+\p{Ll}/u.test(after)) ||
      titleFragment(p.span.text) ||
      // "Topan Yagi menghantam …", "Hurricane Otis slammed into …": what happened, not who took part.
      wordsOf(p.span.text).some((w) => PHENOMENON_WORDS.has(w.norm)) ||
      PHENOMENON_BEFORE.test(before)
    );
  };
  const add = (p: ClaimParticipant) => {
    if (notParty(p)) return;
    const key = p.entityId ?? p.name.toLowerCase();
    if (!participants.some((q) => (q.entityId ?? q.name.toLowerCase()) === key)) participants.push(p);
  };
  // The person named after a title and its institution ("Ketua MK Suhartoyo") takes part.
  const titledPerson = (org: { start: number; end: number }) => {
    if (!TITLE_BEFORE.test(ctx.body.slice(Math.max(0, org.start - 30), org.start))) return;
    const m = /^\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})/u.exec(
      ctx.body.slice(org.end, Math.min(span.end, org.end + 60)),
    );
    if (!m) return;
    const start = org.end + (m[0].length - (m[1] as string).length);
    const name = (m[1] as string)
      .split(/\s+/)
      .filter(
        (w, i, all) =>
          !(
            FUNCTION_WORDS.has(w.toLowerCase()) ||
            (i > 0 && all.slice(0, i).some((x) => FUNCTION_WORDS.has(x.toLowerCase())))
          ),
      )
      .join(" ");
    const end = start + name.length;
    const named = (x: { start: number; end: number }) => x.start < end && x.end > start;
    if (!name || mentions.some(named) || places.some(named) || v.proposals.some(named)) return;
    add({ entityId: null, name, span: { start, end: start + name.length, text: name } });
  };
  // Indonesian: a country right after a common noun modifies it ("pasar Peru", "200 mahasiswa Indonesia").
  const nounModifier = (s: { start: number }) => {
    if (ctx.language !== "id") return false;
    const prev = /(?:^|\s)(\p{Ll}+)\s+$/u.exec(ctx.body.slice(Math.max(0, s.start - 24), s.start))?.[1];
    // "Tim nasional Indonesia": a national team's country takes part.
    if (
      prev === "nasional" &&
      /(?:^|\s)(?:tim|timnas|skuad)\s+nasional\s+$/iu.test(ctx.body.slice(Math.max(0, s.start - 24), s.start))
    )
      return false;
    return (
      prev !== undefined &&
      !FUNCTION_WORDS.has(prev) &&
      !ID_PARTY_NOUN.test(prev) &&
      // A verb's object takes part ("mengalahkan Peru", "bertemu Peru", "dikalahkan Peru"), and
      // so does the agent of an act named by a noun ("atas dorongan Vanuatu", "undangan Jepang").
      !/^(?:me|ber|di|ter|per|ke)\p{Ll}{3,}/u.test(prev) &&
      !/\p{Ll}{3,}an$/u.test(prev)
    );
  };
  // A country is a party unless it is the place, the currency, or a modifier of a name or title.
  const modifier = (s: { start: number; end: number }) => {
    const before = ctx.body.slice(Math.max(0, s.start - 40), s.start);
    const after = ctx.body.slice(s.end, s.end + 3);
    // Part of a longer name: "Armada Pasifik Rusia", "Johor Bahru-Singapore Rapid Transit".
    // "The United Arab Emirates" opening a sentence is not in a longer name.
    const previous = /(\p{Lu}[\p{L}]*)[ -]$/u.exec(before)?.[1];
    const inName =
      (previous !== undefined && !FUNCTION_WORDS.has(previous.toLowerCase())) ||
      /^[ -]\p{Lu}/u.test(ctx.body.slice(s.end, s.end + 2));
    const list = ctx.body.slice(Math.max(0, s.start - 100), s.start);
    return (
      (natural && where !== undefined && where.start === s.start) ||
      inName ||
      MODIFIER_BEFORE.test(before) ||
      TITLE_AFTER_COUNTRY.test(ctx.body.slice(s.end, s.end + 40)) ||
      (/s$/u.test(ctx.body.slice(s.start, s.end)) && BARE_POSSESSIVE.test(after)) ||
      nounModifier(s) ||
      (/\s(?:of|dari)\s/u.test(list) && officesOf(list)) ||
      (/^['’]s\s/u.test(after) && !POSSESSED_PARTY.test(ctx.body.slice(s.end, s.end + 60))) ||
      COMPASS_LOCATIVE.test(before) ||
      places.some((p) => p.start === s.start && p.locative) ||
      // The end of a place chain: "di Istana Perdamaian, Den Haag, Belanda", "Oregon, Amerika Serikat".
      places.some((p) => p.end <= s.start && /^\s*,\s*$/u.test(ctx.body.slice(p.end, s.start))) ||
      // The place finder keeps every country mention except a currency's ("dolar AS").
      !places.some((p) => p.start <= s.start && p.end >= s.end)
    );
  };
  // A name inside a person's title ("Ketua MK Suhartoyo", "External Affairs Minister X").
  const titled = (s: { start: number; end: number }) => {
    const before = ctx.body.slice(Math.max(0, s.start - 30), s.start);
    const after = ctx.body.slice(s.end, s.end + 30);
    return TITLE_AFTER.test(after) || (TITLE_BEFORE.test(before) && /^\s+\p{Lu}\p{Ll}/u.test(after));
  };
  // Names of an agreement or a law, and the acronym in brackets after one, are not parties.
  const documentName = (s: { start: number; end: number; text: string }) => {
    if (DOCUMENT_HEAD.test(s.text)) return true;
    if (ctx.body.charAt(s.start - 1) !== "(") return false;
    const before = ctx.body.slice(Math.max(span.start, s.start - 120), s.start - 1);
    return /(?:^|\s)(?:Perjanjian|Kesepakatan|Undang-Undang|Agreement|Treaty|Pact|Accord|Convention|Act)\s[^()]*$/u.test(
      before,
    );
  };
  const personStarts = [
    ...mentions.filter((m) => ctx.index.kinds.get(m.entityId) === "person").map((m) => m.start),
    ...v.proposals.filter((p) => p.group.kind === "person").map((p) => p.start),
  ];
  const titleOfPerson = (s: { start: number; end: number }) =>
    personStarts.some(
      (at) =>
        at > s.end &&
        at - s.end <= 40 &&
        /^\s+(?:(?:\p{Lu}[\p{L}.-]*|and|dan|of|&)\s+)*$/u.test(ctx.body.slice(s.end, at)),
    );
  for (const m of mentions) {
    const isSpeaker = speakerSpan !== null && within(m, speakerSpan);
    if (isSpeaker && !speakerActs && (kind === "statement" || SOURCE_CUE.test(attribution?.cue.text ?? "")))
      continue;
    const entityKind = ctx.index.kinds.get(m.entityId);
    if (entityKind === "place" || isPlace(m)) continue;
    // "dibawa ke kantor BNN Provinsi Kepulauan Riau": an institution's office after a locative is a venue.
    if (
      entityKind === "organisation" &&
      /(?:^|\s)(?:di|ke|dari|depan)\s+(?:kantor|markas)\s+$/iu.test(
        ctx.body.slice(Math.max(0, m.start - 20), m.start),
      )
    )
      continue;
    if (entityKind === "country" && ctx.places !== undefined && modifier(m)) continue;
    if (entityKind !== "person" && (titled(m) || documentName(m))) {
      titledPerson(m);
      continue;
    }
    add({ entityId: m.entityId, name: m.text, span: { start: m.start, end: m.end, text: m.text } });
  }
  for (const p of places) {
    if (p.kind !== "country" || p.entityId !== null || !outsideSpeaker(p) || modifier(p)) continue;
    add({ entityId: null, name: p.text, span: { start: p.start, end: p.end, text: p.text } });
  }
  // A regional office acts by its title: "Bupati Konawe menetapkan status tanggap darurat".
  for (const p of places) {
    const office = AREA_OFFICE.exec(ctx.body.slice(Math.max(span.start, p.start - 20), p.start));
    if (!office || !/^\s+\p{Ll}/u.test(ctx.body.slice(p.end, p.end + 3))) continue;
    const start = p.start - office[0].length + (office[0].length - office[0].trimStart().length);
    // "di Kantor Bupati Tangerang": the office's building is a venue, not the office acting.
    if (
      /(?:kantor|rumah dinas|pendopo|di|ke|at|to)\s+$/iu.test(ctx.body.slice(Math.max(0, start - 14), start))
    )
      continue;
    if (!outsideSpeaker({ start, end: p.end })) continue;
    const text = ctx.body.slice(start, p.end);
    add({ entityId: null, name: text, span: { start, end: p.end, text } });
  }
  // A place's own government acts: "Pemerintah Kota X meliburkan …", "the X city council voted".
  for (const p of places) {
    const gb = GOVERNMENT_BEFORE.exec(ctx.body.slice(Math.max(span.start, p.start - 40), p.start));
    const ga = gb ? null : GOVERNMENT_AFTER.exec(ctx.body.slice(p.end, Math.min(span.end, p.end + 40)));
    if (!gb && !ga) continue;
    const start = gb ? p.start - gb[0].length : p.start;
    const end = ga ? p.end + ga[0].length : p.end;
    if (!outsideSpeaker({ start, end })) continue;
    const text = ctx.body.slice(start, end);
    add({ entityId: null, name: text, span: { start, end, text } });
  }
  for (const p of ctx.governments ?? [])
    if (inSpan(p) && outsideSpeaker(p))
      add({ entityId: p.entityId, name: p.text, span: { start: p.start, end: p.end, text: p.text } });
  for (const { group: g, ...s } of v.proposals.filter(inSpan)) {
    // "Polres Garut", "Dinas Pendidikan Sulawesi Selatan": an organisation named by its area is a
    // party; the place inside its name is not the organisation.
    const areaOrg =
      g.kind === "organisation" &&
      // "berunjuk rasa di Kantor Bupati Tangerang": an office's building after a locative is a venue.
      // "mengungsi ke kantor Camat Mane": likewise.
      !/(?:^|\s)(?:di|ke|dari|depan|luar|at|in|to|from|outside|near)\s+(?:the\s+)?(?:kantor\s+)?$/iu.test(
        ctx.body.slice(Math.max(0, s.start - 20), s.start),
      ) &&
      !places.some((p) => p.start <= s.start && p.end >= s.end) &&
      places.every((p) => !(s.start < p.end && s.end > p.start) || (p.start >= s.start && p.end <= s.end));
    if (
      (isPlace(s) && !areaOrg) ||
      places.some((p) => s.start < p.end && s.end > p.start && p.kind === "country") ||
      // "mengibarkan bendera Merah Putih", "raised the Union Jack flag": a flag's name is no party.
      /(?:^|\s)(?:bendera|flag|panji)\s+$/iu.test(ctx.body.slice(Math.max(0, s.start - 10), s.start)) ||
      /^\s+flags?(?![\p{L}])/u.test(ctx.body.slice(s.end, s.end + 6))
    )
      continue;
    if (
      speakerSpan &&
      within(s, speakerSpan) &&
      !speakerActs &&
      (kind === "statement" || SOURCE_CUE.test(attribution?.cue.text ?? ""))
    )
      continue;
    // Right before a person's name, with only title words between: part of that person's title
    // ("Indonesian Trade Minister Hendro Wibisono", "Kandidat Partai Demokrat Lee Jae-myung").
    if (titleOfPerson(s)) continue;
    const titleBefore = TITLE_BEFORE.test(ctx.body.slice(Math.max(0, s.start - 30), s.start));
    if (documentName(s) || ((g.kind !== "person" || titleBefore) && titled(s))) {
      titledPerson(s);
      continue;
    }
    // "mantan Kepala Dinas Pekerjaan Umum Kabupaten Bekasi, Hendra Kusuma": an office in a title.
    if (g.kind === "organisation" && titleBefore) continue;
    // "at the United Nations General Assembly", "di Kementerian Luar Negeri": the venue, not a party.
    if (g.kind === "organisation" && VENUE_BEFORE.test(ctx.body.slice(Math.max(0, s.start - 12), s.start)))
      continue;
    if (g.kind === "person" || g.kind === "organisation") add({ entityId: null, name: g.name, span: s });
  }
  // "Philippine and American forces", "Australian and French warships": the countries take part.
  DEMONYM_PARTIES.lastIndex = 0;
  const demonymParties = PARTY_NOUN_RE.test(lower) ? [...span.text.matchAll(DEMONYM_PARTIES)] : [];
  for (const m of demonymParties) {
    let at = span.start + m.index;
    for (const word of (m[1] as string).split(/(\s*,\s*|\s+(?:and|or)\s+)/u)) {
      const country = /^\p{Lu}/u.test(word) ? demonymCountry(word) : null;
      if (country && outsideSpeaker({ start: at, end: at + word.length })) {
        const entityId =
          [country.name, country.nameId]
            .map((n) => (n ? ctx.index.byKey.get(normalizeName(n))?.[0]?.entityId : undefined))
            .find(Boolean) ?? null;
        add({
          entityId,
          name: country.name,
          span: { start: at, end: at + word.length, text: word },
          gazetteerId: country.id,
        });
      }
      at += word.length;
    }
  }
  // An institution by its common noun ("The navy said it would fly …") acts under that noun; "the
  // company" is the company named last before it.
  if (
    speakerActs &&
    speakerSpan &&
    attribution &&
    !participants.some((p) => within(p.span, speakerSpan as TextSpan))
  ) {
    const name = speakerSpan.text.replace(/,.*$/su, "").trim();
    const named = attribution.entityId ? null : organisationReferred(ctx, name, speakerSpan.start);
    add({
      entityId: named?.entityId ?? attribution.entityId,
      name: named?.name ?? name,
      span: { start: speakerSpan.start, end: speakerSpan.start + name.length, text: name },
    });
  }
  // "Direktur PDAM Kota Kupang … mengatakan pihaknya menggilir …": "pihaknya" is the speaker's
  // own institution, which acts.
  const pihak = speakerSpan ? /(?<![\p{L}])pihaknya(?![\p{L}])/iu.exec(lower) : null;
  if (pihak && speakerSpan && span.start + pihak.index > speakerSpan.end) {
    const own =
      mentions.find((m) => within(m, speakerSpan) && ctx.index.kinds.get(m.entityId) === "organisation") ??
      null;
    const proposed = own
      ? null
      : v.proposals.find((q) => q.group.kind === "organisation" && within(q, speakerSpan));
    const at = span.start + pihak.index;
    const word = {
      start: at,
      end: at + pihak[0].length,
      text: span.text.slice(pihak.index, pihak.index + pihak[0].length),
    };
    if (own) add({ entityId: own.entityId, name: own.text, span: word });
    else if (proposed) add({ entityId: null, name: proposed.group.name, span: word });
  }
  // "Kedua menteri sepakat …", "The two ministers agreed …": the two people named last;
  // "Kedua negara …", "The two countries …": the two countries named last.
  const opening = span.text.trimStart();
  const twoPeople = THE_TWO.exec(opening) ?? THE_PAIR_REPORTED.exec(opening);
  // "Tim teknis kedua negara akan bertemu", "Technical teams from both countries will meet": the
  // two countries, wherever the phrase stands.
  const twoCountries = twoPeople
    ? null
    : (THE_TWO_COUNTRIES.exec(opening) ?? BOTH_COUNTRIES_INSIDE.exec(opening));
  const two = twoPeople ?? twoCountries;
  if (two) {
    const at = span.start + (span.text.length - opening.length) + (two.index ?? 0);
    const key = (q: NamedPerson) => q.entityId ?? q.name.toLowerCase();
    // "Rina Hapsari dan Fajar Nugroho … Keduanya": the last two people named as a pair, when the
    // article names one, else the two named last; "Rusia dan Korea Utara … Keduanya": the countries.
    const generic = twoPeople !== null && GENERIC_PAIR.test(two[0].trim());
    const referent = generic ? genericPair(ctx.body, peopleBefore, v.countriesBefore) : null;
    const named = twoPeople && referent?.of !== "countries" ? peopleBefore : v.countriesBefore;
    const lastTwo: NamedPerson[] = twoPeople && referent?.pair ? [...referent.pair] : [];
    for (let k = named.length - 1; k >= 0 && lastTwo.length < 2; k--) {
      const p = named[k] as NamedPerson;
      if (!lastTwo.some((q) => key(q) === key(p))) lastTwo.push(p);
    }
    // The phrase is a title word with a number, which the party filter refuses: added as is.
    if (lastTwo.length === 2)
      for (const p of lastTwo.reverse())
        if (!participants.some((q) => key(q) === key(p)))
          participants.push({
            entityId: p.entityId,
            name: p.name,
            span: { start: at, end: at + two[0].length, text: two[0] },
          });
  }
  if (pronounOpens) {
    const at = span.start + (span.text.length - span.text.trimStart().length);
    const word = /^\p{L}+/u.exec(span.text.trimStart())?.[0] ?? "";
    add({
      entityId: pronounOpens.entityId,
      name: pronounOpens.name,
      span: { start: at, end: at + word.length, text: word },
    });
  }
  participants.sort((a, b) => a.span.start - b.span.start);
  return participants;
}
