// Candidate claims: sentences that state an event (meeting, visit, agreement, military action,
// statement, other happenings such as a flood or a rally) with a date, a place or participants.
// One candidate per sentence; the fact-checker confirms the event, the claim and its value before
// anything is recorded. Places come from the place finder and are never participants; the span
// never holds an injected spam token.
import type { EventKind } from "@kroscek/schema";
import { normalizeName } from "../normalize";
import { findQuantities, isMeasureOfKind } from "../reading/quantities";
import { unitKey } from "../rules/units";
import { demonymCountry } from "./demonyms";
import type { AliasIndex } from "./entities";
import { gazetteer, placeKey } from "./gazetteer";
import type {
  Attribution,
  CandidateClaim,
  ClaimParticipant,
  EntityMention,
  ExtractedDate,
  PlaceMention,
  ProposedEntity,
  Sentence,
  TextSpan,
} from "./types";
import { FUNCTION_WORDS, PHENOMENON_WORDS, PLACE_WORDS, TITLES, wordsOf } from "./words";

/**
 * Event words by kind, most specific first: the first kind found names the event. Matched on the
 * lower-cased sentence: case-insensitive Unicode patterns cost several times more per sentence.
 */
const EVENT_CUES: ReadonlyArray<readonly [EventKind, RegExp]> = [
  [
    "military_action",
    /(?<![\p{L}])(?:menembakkan|ditembakkan|meluncurkan|diluncurkan|menyerang|serangan|uji coba (?:rudal|senjata|nuklir)|latihan militer|mengirim(?:kan)? pasukan|invasi|fired|launched|attacked|attack|strikes?|missile test|invaded|invasion)(?![\p{L}])/gu,
  ],
  [
    "meeting",
    /(?<![\p{L}])(?:bertemu|pertemuan|menggelar pembicaraan|melakukan pembicaraan|berunding|perundingan|ktt|met|meeting|meets|held talks|talks|summit)(?![\p{L}])/gu,
  ],
  [
    "visit",
    /(?<![\p{L}])(?:kunjungan|berkunjung|mengunjungi|lawatan|visit(?:ed|s|ing)?|trip to)(?![\p{L}])/gu,
  ],
  [
    "agreement",
    /(?<![\p{L}])(?:menandatangani|ditandatangani|penandatanganan|perjanjian|kesepakatan|sepakat|menyepakati|sepakati|pakta|nota kesepahaman|signed|agreement|treaty|deal|agreed|pact|memorandum)(?![\p{L}])/gu,
  ],
  [
    "visit",
    /(?<![\p{L}])(?:tiba|terbang|berangkat|meninjau|menerima kunjungan|arrived|arrives|flew|travel(?:s|led|ed)?|toured)(?![\p{L}])/gu,
  ],
  [
    "other",
    /(?<![\p{L}])(?:banjir|gempa|longsor|kebakaran|ledakan|merendam|mengguncang|guncangan|unjuk rasa|demonstrasi|protes|mengungsi|tewas|meninggal|terluka|hangus|ludes|luka bakar|dilalap|memperkirakan (?:jumlah )?(?:massa|peserta|kerumunan)|flood(?:s|ed|ing)?|earthquake|quake|tremors?|explosion|fire|burn(?:ed|t)|gutted|destroyed|(?:estimated|put) the crowd|rall(?:y|ied|ies)|protest(?:s|ed|ers)?|killed|died|injured|registered|elected|election|arrested|detained|ditangkap|diamankan)(?![\p{L}])/gu,
  ],
];
/** "menerima Perdana Menteri …": receiving someone is a meeting. */
const RECEIVES = /(?<![\p{L}])(?:menerima|received|receives|hosted|hosts|menjamu)\s+(?=\p{Lu})/gu;
/** A wire dateline opening a lead ("SEOUL, Sept 14 (Reuters) - "): its date is the filing date. */
const DATELINE = /^[\p{Lu}][\p{L}\p{N} .,'’-]{0,60}\([^()\n]{2,40}\)\s*(?:--|[-–—])\s*/u;

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
const VENUE_BEFORE = /(?:^|\s)(?:at|di|dalam)\s+(?:the\s+)?$/u;
/** Words that open a title before a name ("Ketua MK Suhartoyo", "Minister of External Affairs"). */
const TITLE_BEFORE =
  /(?:^|[\s(])(?:Ketua(?:\s+Umum)?|Kepala|Menteri|Wakil|Direktur|Gubernur|Juru Bicara|Hakim|President|Chairman|Chairwoman|Chief|Director|Minister(?:\s+of(?:\s+the)?)?|Head(?:\s+of(?:\s+the)?)?|Secretary(?:\s+of)?)\s+$/u;
/** A title right after a name: the name is the office's ("European Commission President …"). */
const TITLE_AFTER =
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
/** Words before an event word that make it hoped for, not happened ("little hope of agreement"). */
const HOPED_FOR =
  /(?:hopes?|prospects?|chances?|likelihood|possibility|harapan|peluang|kemungkinan|prospek)\s+(?:(?:of|for|untuk|akan|bagi|tercapainya|adanya)\s+)?(?:(?:a|an|the|any)\s+)?$/u;
/** A date that is only the current period ("this year", "tahun ini"): alone it dates no event. */
const CURRENT_PERIOD = /^(?:this (?:year|month|week)|(?:tahun|bulan|pekan|minggu) ini)$/iu;
/** A statement of opinion: "menurut dia, …", "analysts believe …" says nothing happened. */
const OPINION_CUE = /^(?:menurut|menilai|according to|believes?|thinks?|menganggap|assess)/iu;
/** A verb of an institution acting, read in a sentence with a number ("MK menurunkan ambang batas … 6,5 persen"). */
const ACTING =
  /^\s+(?:(?:juga|telah|sudah|pun|has|have|had|also)\s+)?(?:me[nmy]?\p{Ll}{3,}|meng\p{Ll}{3,}|\p{Ll}{3,}ed)(?![\p{L}])/u;

/** Unnamed people who are where the event is: residents, villagers, witnesses, workers on site. */
const LOCAL_PEOPLE =
  /^(?:[\p{L}-]+\s+){0,2}?(?:residents?|warga|penduduk|villagers|witnesses|saksi|workers|pekerja|pedagang|traders|vendors|shopkeepers|locals|survivors?|pengungsi)(?![\p{L}])/iu;
const CITES_FACT = /^(?:menurut|according to)$/iu;
/** Unnamed people at a site ("Officials at the Port of Savannah said"): they report on that site. */
const AT_SITE = /(?<![\p{L}])at\s+(?:the\s+)?\p{Lu}/u;
/** A date in a comparison ("tertinggi sejak 1997", "the highest since 2010") dates no event. */
const COMPARED_SINCE =
  /(?<![\p{L}])(?:ter\p{Ll}{3,}|highest|lowest|biggest|largest|smallest|worst|best|strongest|weakest|most|least|fewest|first)\s+(?:[\p{L}\p{N},.%-]+\s+){0,3}(?:sejak|since)\s+$/iu;
/** A verb of where something lies, not of something happening ("Jembatan itu melintang di atas …"). */
const LIES_AT =
  /(?<![\p{L}])(?:terletak|melintang|berlokasi|membentang|is located|are located|lies|located|situated)(?![\p{L}])/iu;
/** A relative clause inside a speaker: its subject did what the clause says, if it is an event. */
const SPEAKER_CLAUSE = /,\s*(?:who|yang)\s/u;
function clauseEvent(speaker: string): boolean {
  const m = SPEAKER_CLAUSE.exec(speaker);
  if (!m) return false;
  const clause = speaker.slice(m.index).toLowerCase();
  return EVENT_CUES.some(([, re]) => {
    re.lastIndex = 0;
    return re.test(clause);
  });
}
/** A subject pronoun of the reported clause: "said he would visit", "said … and that he would". */
const PRONOUN_AFTER_CUE =
  /(?:^\s*(?:[,:]\s*)?|(?<![\p{L}])(?:that|bahwa)\s+)(?:(?:he|she|they|ia|dia|beliau|pihaknya)\s+(?:(?:also|juga)\s+)?(?:would|will|had|has|have|could|was|were|is|are|akan|telah|sudah|sedang|tengah|segera)|it\s+(?:would|will|had|has|could))(?![\p{L}])/iu;
/**
 * An Indonesian reporting verb whose clause has no subject of its own, then an active verb: the
 * speaker did it ("Bawaslu menyatakan menerima dua laporan", "X mengaku telah bertemu …").
 */
const ZERO_SUBJECT_VERB =
  /^\s+(?:(?:telah|sudah|baru|belum|tidak|masih|sempat|juga)\s+)?(?!(?:meski|meskipun|melainkan|menurut|mengenai|berarti|bersama)(?![\p{L}]))(?:me[nmy]?\p{Ll}{3,}|meng\p{Ll}{3,}|ber\p{Ll}{3,})(?![\p{L}])/u;
/** Indonesian reporting verbs before their clause (the speaker comes first). */
const ID_REPORTING =
  /^(?:mengatakan|menyatakan|mengaku|menyebut(?:kan)?|menegaskan|mengungkapkan|menjelaskan|menuturkan|melaporkan)$/iu;
/** A sentence opened by a personal pronoun and a verb: "He visited …", "Ia meninjau …". */
const PRONOUN_OPENS =
  /^\s*(?:(?:Later|Then|Kemudian|Lalu|Sebelumnya),?\s+)?(?:He|She|Ia|Dia|Beliau)\s+(?!said|says|told|mengatakan|menyatakan)\p{Ll}/u;
const PRONOUN_WORD = /^(?:ia|dia|beliau|nya|he|she)$/iu;
/** A natural phenomenon opening the sentence as its subject. */
const NATURAL_SUBJECT =
  /^(?:[\p{L}\p{N}.,-]+\s+){0,4}?(?:topan|badai|siklon|taifun|angin puting beliung|gempa(?: bumi)?|banjir(?: bandang)?|tanah longsor|longsor|tsunami|erupsi|hurricane|typhoon|cyclone|storm|tornado|earthquake|quake|floods?|flash floods?|landslides?|tsunami|wildfires?|bushfires?|eruption)(?![\p{L}])/iu;
/** Only title words (or nothing) before a sentence's first name: "Presiden", "Foreign Minister". */
const OPENING_TITLES = /^(?:(?:\p{Lu}[\p{L}.-]*|dan|and|of|the)\s+){0,5}$|^$/u;
/** After the subject, an optional bracketed acronym and comma clause, then an active verb. */
const FAR_VERB =
  /^(?:\s*\([^()]{1,40}\))?(?:\s*,[^,.;:!?]{3,160},)?\s+(?:(?:juga|telah|sudah|pun|kemudian|has|have|had|also|then|later|on \p{Lu}\p{Ll}+)\s+)?(?:me[nmy]?\p{Ll}{3,}|meng\p{Ll}{3,}|ber\p{Ll}{3,}|\p{Ll}{3,}ed|opened|led|met|flew|went|took|gave|won|lost|left|sent|held|began|spoke|became)(?![\p{L}])/u;
/** A storm's class before its name ("Tropical Cyclone Alfred", "Topan Yagi"). */
const PHENOMENON_BEFORE =
  /(?<![\p{L}])(?:topan|badai|siklon|taifun|hurricane|typhoon|cyclone|storm|tornado)\s+$/iu;
/** Prefixes of a vessel's name ("KRI Nanggala", "MV Sewol"): the ship is what happened to, not a party. */
const VESSEL_NAME = /^(?:KMP|KM|KRI|KN|KP|MV|MT|MS|SS|USS|HMS|HMAS|INS|RSS|KD|BRP)\s+\p{Lu}/u;
const VESSEL_BEFORE =
  /(?:(?:kapal|feri|ferry|ship|vessel|tanker|freighter|boat|perahu)\s+(?:the\s+)?|(?:^|[\s(])(?:KMP|KM|KRI|KN|KP|MV|MT|MS|SS|USS|HMS|HMAS|INS|RSS|KD|BRP)\)?\s+)$/u;
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
const THE_TWO =
  /^(?:(?:Kedua|Dua)\s+(?:menteri|pemimpin|presiden|kepala negara|perdana menteri|tokoh|pejabat|diplomat|menlu)|(?:The\s+two|Both)\s+(?:ministers|leaders|presidents|heads of state|prime ministers|men|women|officials|diplomats|foreign ministers))(?![\p{L}])/u;
/** Names of a competition: a cup, a league, games (what is won, not who takes part). */
const COMPETITION =
  /(?:^|\s)(?:Cup|League|Championship|Championships|Games|Olympics|Open|Trophy|Piala|Liga|Kejuaraan)$/u;
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
/** A capital given by description: "India's capital", "the Malaysian capital", "ibu kota Malaysia". */
const CAPITAL_DESCRIBED =
  /(?<![\p{L}])(?:(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)['’]s\s+capital|the\s+(\p{Lu}\p{Ll}+)\s+capital|ibu\s?kota\s+(?:negara\s+)?(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?))(?![\p{L}])/gu;
/** A place's government: "Pemerintah Kota X", "Pemkab X", "the X city government". */
const GOVERNMENT_BEFORE =
  /(?<![\p{L}])(?:Pemerintah(?:\s+(?:Kota|Kabupaten|Provinsi|Daerah))?|Pemkot|Pemkab|Pemprov)\s+$/u;
const GOVERNMENT_AFTER =
  /^\s+(?:city|municipal|provincial|state|regional|county|district)\s+(?:government|council|authorities|administration)(?![\p{L}])/u;

/** The rest of a name split by commas and its bracketed acronym after a speaker. */
const SPEAKER_REST =
  /^(?:\s*,\s*\p{Lu}[\p{L}-]*|,?\s+(?:dan|and|&)\s+\p{Lu}[\p{L}-]*)*\s*\([\p{Lu}\p{N}-]{2,10}\)/u;

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

/** A place referred to by its kind after a locative word: "to the town", "outside the courthouse", "ke kota itu". */
const KIND_ANAPHOR =
  /(?<![\p{L}])(?:(?:to|in|at|outside|near|around|into|from)\s+the\s+(town|city|village|port|harbour|harbor|stadium|courthouse|court|hospital|airport|palace|mosque|island|regency|province|district)|(?:ke|di|dari|luar|dekat|sekitar)\s+(kota|desa|pelabuhan|stadion|gedung pengadilan|pengadilan|rumah sakit|bandara|istana|masjid|pulau|kabupaten|provinsi|kecamatan)\s+(?:itu|tersebut))(?![\p{L}])/iu;
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
};
const kindKey = (k: string) => SAME_KIND[k.toLowerCase()] ?? k.toLowerCase();

/**
 * The place a sentence refers to by its kind ("the town", "kota itu"): the last place before the
 * sentence introduced as one of that kind, when exactly one kind matches.
 */
function placeByKind(ctx: ClaimContext, span: TextSpan): ClaimParticipant | null {
  const m = KIND_ANAPHOR.exec(span.text);
  if (!m) return null;
  const kind = kindKey((m[1] ?? m[2]) as string);
  const before = (ctx.places ?? []).filter((p) => p.end <= span.start && p.kind === "place");
  for (let i = before.length - 1; i >= 0; i--) {
    const p = before[i] as PlaceMention;
    if (!kindOfPlaceAt(ctx.body, p).some((k) => kindKey(k) === kind)) continue;
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

export interface ClaimContext {
  sentences: readonly Sentence[];
  dates: readonly ExtractedDate[];
  mentions: readonly EntityMention[];
  proposals: readonly ProposedEntity[];
  attributions: readonly Attribution[];
  index: AliasIndex;
  body: string;
  places?: readonly PlaceMention[];
  /** Place names standing for a government ("urged Pyongyang"): organisations taking part. */
  governments?: readonly PlaceMention[];
  spam?: readonly TextSpan[];
  /** "id" | "en": the order of a noun and the country that modifies it depends on it. */
  language?: string;
}

/**
 * Whether a line reads as a headline: one clause with no closing punctuation, either the body's
 * first line or mostly capitalised. Its lead sentence states the same event with its date.
 */
function headingLine(body: string, at: number, bodyStart: number): boolean {
  const start = body.lastIndexOf("\n", at - 1) + 1;
  const endAt = body.indexOf("\n", at);
  const line = body.slice(start, endAt === -1 ? body.length : endAt).trim();
  // Dotted initials ("U.S.", "A.S.") end no sentence.
  const plain = line.replace(/(?:\p{Lu}\.){2,}/gu, "X");
  if (!plain || /[.!?”")]$/.test(plain) || /[.!?]\s/.test(plain)) return false;
  const ws = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (ws.length < 3 || ws.length > 20) return false;
  const first = start <= bodyStart;
  return first || ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length >= 0.5;
}

/** The sentence without the spam tokens at its edges; null when spam sits in its middle part. */
function spamFree(sentence: Sentence, spam: readonly TextSpan[]): TextSpan | null {
  const inside = spam.filter((s) => s.start < sentence.end && s.end > sentence.start);
  if (inside.length === 0) return sentence;
  // Keep the longest stretch between spam tokens, trimmed to whole words.
  let best: TextSpan | null = null;
  let from = sentence.start;
  for (const s of [...inside.sort((a, b) => a.start - b.start), { start: sentence.end, end: sentence.end }]) {
    const piece = sentence.text.slice(from - sentence.start, Math.max(from, s.start) - sentence.start);
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim().replace(/[\s,;:–—-]+$/u, "");
    if (text.split(/\s+/).length >= 4 && (!best || text.length > best.text.length))
      best = { start: from + lead, end: from + lead + text.length, text };
    from = Math.max(from, s.end);
  }
  return best;
}

/** Whether a sentence counts things of a known kind ("300 kios", "1,200 houses"), not a magnitude or a share. */
function statesCount(text: string, language: string | undefined): boolean {
  return findQuantities(text, language === "en" ? "en" : "id").some(
    (q) => !isMeasureOfKind(q.unit) && unitKey(q.unit).startsWith("~"),
  );
}

const within = (s: { start: number; end: number }, outer: { start: number; end: number }) =>
  s.start >= outer.start && s.end <= outer.end;

/** Items grouped by the sentence that contains them (one sweep over both, sorted by start). */
function bySentence<T extends { start: number; end: number }>(
  sentences: readonly Sentence[],
  items: readonly T[],
): T[][] {
  const out: T[][] = sentences.map(() => []);
  const sorted = [...items].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const item of sorted) {
    while (i < sentences.length && (sentences[i] as Sentence).end <= item.start) i++;
    const s = sentences[i];
    if (s && within(item, s)) (out[i] as T[]).push(item);
  }
  return out;
}

/** Whether text before a name ends in a list of countries after "presidents of". */
function officesOf(before: string): boolean {
  OFFICES_OF.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = OFFICES_OF.exec(before); m; m = OFFICES_OF.exec(before)) last = m;
  return last !== null && NAME_LIST.test(before.slice(last.index + last[0].length));
}

/** Candidate claims of the kept (non-furniture) sentences. */
export function findClaims(ctx: ClaimContext): CandidateClaim[] {
  const out: CandidateClaim[] = [];
  const sentences = [...ctx.sentences].sort((a, b) => a.start - b.start);
  const mentionsOf = bySentence(sentences, ctx.mentions);
  const datesOf = bySentence(sentences, ctx.dates);
  const attributionsOf = bySentence(sentences, ctx.attributions);
  const proposalsOf = bySentence(
    sentences,
    ctx.proposals.flatMap((g) => g.mentions.map((span) => ({ ...span, group: g }))),
  );
  const placesOf = bySentence(sentences, ctx.places ?? []);
  const spam = ctx.spam ?? [];
  const bodyStart = Math.max(0, ctx.body.search(/\S/));
  // The person last named before the sentence being read (a named speaker or a known person).
  let lastPerson: { entityId: string | null; name: string } | null = null;
  const people = [
    ...ctx.attributions
      .filter((a) => a.kind === "named_person" && a.speaker && !PRONOUN_WORD.test(a.speaker.text))
      .map((a) => ({ at: a.start, entityId: a.entityId, name: (a.speaker as TextSpan).text })),
    ...ctx.mentions
      .filter((m) => ctx.index.kinds.get(m.entityId) === "person")
      .map((m) => ({ at: m.start, entityId: m.entityId as string | null, name: m.text })),
    ...ctx.proposals
      .filter((p) => p.kind === "person")
      .flatMap((p) => p.mentions.map((m) => ({ at: m.start, entityId: null, name: p.name }))),
  ].sort((a, b) => a.at - b.at);
  let nextPerson = 0;
  sentences.forEach((sentence, si) => {
    while (nextPerson < people.length && (people[nextPerson] as { at: number }).at < sentence.start) {
      const p = people[nextPerson++] as { entityId: string | null; name: string };
      lastPerson = { entityId: p.entityId, name: p.name };
    }
    if (sentence.furniture || headingLine(ctx.body, sentence.start, bodyStart)) return;
    const span = spamFree(sentence, spam);
    if (!span) return;
    const inSpan = (s: { start: number; end: number }) => within(s, span);
    const cues: string[] = [];
    let kind: EventKind | null = null;
    RECEIVES.lastIndex = 0;
    const receives = [...span.text.matchAll(RECEIVES)].map((m) => m[0].trim());
    let eventCue = receives.length > 0;
    if (receives.length) {
      kind = "meeting";
      cues.push(...receives);
    }
    const lower = span.text.toLowerCase();
    // Lower-casing keeps offsets except for rare letters ("İ"); then the lower-case word is the cue.
    const same = lower.length === span.text.length;
    for (const [k, re] of EVENT_CUES) {
      re.lastIndex = 0;
      const words = [...lower.matchAll(re)]
        .filter((m) => !HOPED_FOR.test(lower.slice(Math.max(0, m.index - 30), m.index)))
        .map((m) => (same ? span.text.slice(m.index, m.index + m[0].length) : m[0]));
      if (words.length === 0) continue;
      eventCue = true;
      kind ??= k;
      cues.push(...words);
    }
    const attributions = (attributionsOf[si] as Attribution[]).filter(inSpan);
    const attribution = attributions.find((a) => a.kind !== "anonymous") ?? attributions[0] ?? null;
    if (!kind && attribution?.speaker && attribution.kind.startsWith("named")) {
      kind = "statement";
      cues.push(attribution.cue.text);
    }
    let speakerSpan = attribution?.speaker ?? null;
    // "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)": the rest of the name and its acronym
    // belong to the speaker.
    if (speakerSpan) {
      const rest = SPEAKER_REST.exec(
        ctx.body.slice(speakerSpan.end, Math.min(span.end, speakerSpan.end + 120)),
      );
      if (rest) {
        const end = speakerSpan.end + rest[0].length;
        speakerSpan = { start: speakerSpan.start, end, text: ctx.body.slice(speakerSpan.start, end) };
      }
    }
    // The speaker acts in what it reports: "X said he would visit …", "TSMC said it had evacuated
    // …", "Albanese, who visited the centre, said …".
    const speakerActs =
      attribution !== null &&
      speakerSpan !== null &&
      attribution.kind.startsWith("named") &&
      (clauseEvent(speakerSpan.text) ||
        (attribution.cue.end >= span.start &&
          (PRONOUN_AFTER_CUE.test(ctx.body.slice(attribution.cue.end, span.end)) ||
            (ID_REPORTING.test(attribution.cue.text.trim().split(/\s+/).pop() ?? "") &&
              ZERO_SUBJECT_VERB.test(ctx.body.slice(attribution.cue.end, span.end))))));
    // A sentence opened by a pronoun ("He visited …", "Ia meninjau …") with no speaker of its own:
    // the person last named.
    const pronounOpens = attribution === null && PRONOUN_OPENS.test(span.text) ? lastPerson : null;
    // A wire dateline ("MONTEVIDEO, Uruguay (AP) —") says where the story was filed.
    const dateline = DATELINE.exec(span.text);
    const afterDateline = (s: { start: number }) => !dateline || s.start >= span.start + dateline[0].length;
    const places = (placesOf[si] as PlaceMention[]).filter((p) => inSpan(p) && afterDateline(p));
    const isPlace = (s: { start: number; end: number }) =>
      places.some((p) => p.kind === "place" && s.start < p.end && s.end > p.start);
    const outsideSpeaker = (s: { start: number; end: number }) =>
      speakerSpan === null || !within(s, speakerSpan);
    // Where it happened: the first place a locative word or a place head introduces.
    // A journey happens where it goes: "Dari Beijing, Prabowo terbang ke Tokyo" is in Tokyo.
    const origin = (p: PlaceMention) =>
      /(?:dari|from)\s+(?:the\s+)?$/iu.test(ctx.body.slice(Math.max(0, p.start - 12), p.start));
    // "outside Japan's waters": a possessive names whose area it is, not the event's place.
    const possessive = (p: PlaceMention) => /^['’]s(?![\p{L}])/u.test(ctx.body.slice(p.end, p.end + 3));
    // Local people report what happened where they are: "Residents in Taipei said buildings swayed".
    const localSpeaker =
      attribution?.kind === "anonymous" &&
      speakerSpan !== null &&
      (LOCAL_PEOPLE.test(speakerSpan.text) || AT_SITE.test(speakerSpan.text));
    // "Villareal, who was arrested at his home in Balanga City, said …": the clause's event is placed.
    const clauseAt =
      speakerSpan !== null && clauseEvent(speakerSpan.text)
        ? speakerSpan.start + (SPEAKER_CLAUSE.exec(speakerSpan.text)?.index ?? speakerSpan.text.length)
        : Number.POSITIVE_INFINITY;
    // "Pemerintah Provinsi X akan mengirim bantuan ke Y": the government's province is who acts, not where.
    const governmentOf = (p: PlaceMention) =>
      GOVERNMENT_BEFORE.test(ctx.body.slice(Math.max(span.start, p.start - 40), p.start)) ||
      (/^(?:Provinsi|Kabupaten|Kota)\s/u.test(p.text) &&
        /(?:^|\s)Pemerintah\s+$/u.test(ctx.body.slice(Math.max(span.start, p.start - 12), p.start)));
    const candidates = places
      .filter(
        (p) => p.locative && (outsideSpeaker(p) || localSpeaker || p.start > clauseAt) && !possessive(p),
      )
      .sort((a, b) => Number(governmentOf(a)) - Number(governmentOf(b)));
    // Where it comes from is not where it happens ("lahar dari Gunung X melanda Kabupaten Y"),
    // unless nothing else is named; a journey happens where it goes.
    // A storm, a quake or a flood as the subject: what it hits is where it happened, never a party
    // ("Topan Haikui menerjang Taiwan", "Hurricane Otis slammed into Acapulco").
    const natural = NATURAL_SUBJECT.test(dateline ? span.text.slice(dateline[0].length) : span.text);
    const where =
      candidates.find((p) => !origin(p)) ??
      candidates[0] ??
      (natural ? places.find((p) => outsideSpeaker(p) && !possessive(p) && !origin(p)) : undefined);
    const locatedAt: ClaimParticipant | null = where
      ? {
          entityId: where.entityId,
          name: where.text,
          span: { start: where.start, end: where.end, text: where.text },
          gazetteerId: where.gazetteerId,
        }
      : null;
    const dates = (datesOf[si] as ExtractedDate[]).filter(
      (d) =>
        !d.furniture &&
        inSpan(d) &&
        !(dateline && d.end <= span.start + dateline[0].length) &&
        !COMPARED_SINCE.test(ctx.body.slice(Math.max(span.start, d.start - 60), d.start)),
    );
    const date = dates.find((d) => d.status === "resolved") ?? dates[0] ?? null;
    // A sentence with no event word still reports something when it says where or when.
    // A continent or a compass region alone ("di Asia") says too little to make one.
    const siteOrCity =
      where !== undefined &&
      !(where.via === "cue" && /^\p{L}+$/u.test(where.text) && PLACE_WORDS.has(where.text.toLowerCase()));
    // "Jembatan itu melintang di atas Sungai X": where something lies is no event.
    const liesAt = !eventCue && date?.status !== "resolved" && LIES_AT.test(span.text);
    if (!kind && !liesAt && (siteOrCity || date?.status === "resolved")) {
      kind = "other";
      cues.push(locatedAt ? locatedAt.name : (date as ExtractedDate).text);
    }
    // An institution or person acting, with a number: "MK menurunkan ambang batas … 6,5 persen".
    const mentions = (mentionsOf[si] as EntityMention[]).filter((m) => inSpan(m) && afterDateline(m));
    let actorRule = false;
    if (!kind && /\d/.test(span.text)) {
      const actor = mentions.find(
        (m) =>
          ctx.index.kinds.get(m.entityId) !== "place" &&
          ACTING.test(ctx.body.slice(m.end, m.end + 40)) &&
          /(?:^|[,;]\s*|\b(?:dalam|in)\s+\p{L}+\s*,\s*)$/u.test(
            ctx.body.slice(span.start, m.start).trimEnd() + (m.start > span.start ? " " : ""),
          ),
      );
      if (actor) {
        actorRule = true;
        kind = "other";
        cues.push(actor.text);
      }
    }
    // A named person or institution opening the sentence and acting, however far the verb:
    // "Presiden X, yang didampingi …, melepas …", "Governor X, flanked by …, opened …",
    // "Pusat Vulkanologi … (PVMBG) menaikkan status …".
    // A credit line ("The Associated Press contributed to this report.") reports no event.
    if (!kind && !attributions.some((a) => a.kind === "wire")) {
      const opener = [
        ...mentions.filter((m) => {
          const k = ctx.index.kinds.get(m.entityId);
          return k === "person" || k === "organisation";
        }),
        ...(proposalsOf[si] as Array<TextSpan & { group: ProposedEntity }>)
          .filter((p) => inSpan(p) && (p.group.kind === "person" || p.group.kind === "organisation"))
          .map((p) => ({ start: p.start, end: p.end, text: p.text })),
      ]
        .filter((m) => m.start - span.start < 60 && OPENING_TITLES.test(ctx.body.slice(span.start, m.start)))
        .sort((a, b) => a.start - b.start)[0];
      if (opener && FAR_VERB.test(ctx.body.slice(opener.end, Math.min(span.end, opener.end + 200)))) {
        actorRule = true;
        kind = "other";
        cues.push(opener.text);
      }
    }
    if (!kind) return;
    // "… mengatakan keputusan itu sejalan dengan inflasi tahun ini": the current period alone
    // dates no event.
    const placedByPreposition =
      locatedAt !== null &&
      /(?:^|\s)(?:di|ke|dari|in|at|to|from|near|into|inside|outside)\s+(?:the\s+)?$/iu.test(
        ctx.body.slice(Math.max(0, locatedAt.span.start - 12), locatedAt.span.start),
      );
    if (!eventCue && !actorRule && !placedByPreposition && date && CURRENT_PERIOD.test(date.text.trim()))
      return;
    // A quotation or an opinion with no event word and no date reports nothing that happened.
    const eventWord = eventCue;
    const quoted = /^["“]/u.test(span.text);
    // "Menurut dia, …" opens an opinion; "…, according to the utility" closing a sentence cites a fact.
    const opinion =
      attribution !== null &&
      OPINION_CUE.test(attribution.cue.text) &&
      !(CITES_FACT.test(attribution.cue.text) && attribution.start > span.start + span.text.length / 2);
    if (
      (quoted || opinion) &&
      date?.status !== "resolved" &&
      (kind === "other" || kind === "statement") &&
      !eventWord
    )
      return;
    // No locative word, but an event word and a site or city in the sentence: "banjir … memutus jalan yang
    // menghubungkan Padang dengan Bukittinggi", "MK menurunkan …".
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
    const participants: ClaimParticipant[] = [];
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
        (REGION_ADJECTIVE.test(p.span.text) && !demonymCountry(p.span.text) && /^\s+\p{Ll}/u.test(after)) ||
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
      if (!name || mentions.some(named) || places.some(named) || (proposalsOf[si] as TextSpan[]).some(named))
        return;
      add({ entityId: null, name, span: { start, end: start + name.length, text: name } });
    };
    // Indonesian: a country right after a common noun modifies it ("pasar Peru", "200 mahasiswa Indonesia").
    const nounModifier = (s: { start: number }) => {
      if (ctx.language !== "id") return false;
      const prev = /(?:^|\s)(\p{Ll}+)\s+$/u.exec(ctx.body.slice(Math.max(0, s.start - 24), s.start))?.[1];
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
      const inName =
        /\p{Lu}[\p{L}]*[ -]$/u.test(before) || /^[ -]\p{Lu}/u.test(ctx.body.slice(s.end, s.end + 2));
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
      ...(proposalsOf[si] as Array<TextSpan & { group: ProposedEntity }>)
        .filter((p) => p.group.kind === "person")
        .map((p) => p.start),
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
    for (const { group: g, ...s } of (proposalsOf[si] as Array<TextSpan & { group: ProposedEntity }>).filter(
      inSpan,
    )) {
      if (isPlace(s) || places.some((p) => s.start < p.end && s.end > p.start && p.kind === "country"))
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
    // An institution by its common noun ("The navy said it would fly …") acts under that noun.
    if (
      speakerActs &&
      speakerSpan &&
      attribution &&
      !participants.some((p) => within(p.span, speakerSpan as TextSpan))
    ) {
      const name = speakerSpan.text.replace(/,.*$/su, "").trim();
      add({
        entityId: attribution.entityId,
        name,
        span: { start: speakerSpan.start, end: speakerSpan.start + name.length, text: name },
      });
    }
    // "Kedua menteri sepakat …", "The two ministers agreed …": the two people named last.
    const two = THE_TWO.exec(span.text.trimStart());
    if (two) {
      const at = span.start + (span.text.length - span.text.trimStart().length);
      const lastTwo: Array<{ entityId: string | null; name: string }> = [];
      for (let k = nextPerson - 1; k >= 0 && lastTwo.length < 2; k--) {
        const p = people[k] as { entityId: string | null; name: string };
        if (
          !lastTwo.some((q) => (q.entityId ?? q.name.toLowerCase()) === (p.entityId ?? p.name.toLowerCase()))
        )
          lastTwo.push(p);
      }
      const key = (q: { entityId: string | null; name: string }) => q.entityId ?? q.name.toLowerCase();
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
    // "… to the town next week", "outside the courthouse", "ke kota itu": a place named before by its kind.
    const place = placed ?? placeByKind(ctx, span);
    // A toll with no place, date or party ("Sedikitnya 300 kios hangus …") still states a slot: the
    // count of things the event word acts on.
    if (
      participants.length === 0 &&
      !date &&
      !place &&
      !(eventCue && kind === "other" && statesCount(span.text, ctx.language))
    )
      return;
    let confidence = kind === "statement" ? 0.3 : 0.4;
    if (date) confidence += date.status === "resolved" ? 0.2 : 0.1;
    confidence += Math.min(2, participants.length) * 0.1;
    if (place) confidence += 0.05;
    if (attribution) confidence += 0.05;
    out.push({
      start: span.start,
      end: span.end,
      text: span.text,
      kind,
      cues,
      participants,
      place,
      date,
      attribution,
      confidence: Math.round(Math.min(0.95, confidence) * 100) / 100,
    });
  });
  return out;
}
