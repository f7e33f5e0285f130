// Places of an article: the workspace's place and country entities, the gazetteer (countries,
// capitals, major cities), and cue patterns for the sites no list holds ("Istana Merdeka",
// "Kosmodrom Vostochny", "Vostochny Cosmodrome", "di distrik Yesilyurt", "at Democracy
// Monument", "in Putrajaya"). A city standing for its government ("Washington said", "urged
// Pyongyang") is an organisation in that use, not a place.
import { canonicalWireName, WIRE_ALIAS_PATTERN } from "../rules/wire";
import { demonymCountry } from "./demonyms";
import { type AliasIndex, findEntityMentions, indexAliases, proposeEntities } from "./entities";
import { type GazetteerPlace, gazetteer, placeKey } from "./gazetteer";
import type { EntityAlias, EntityMention, PlaceMention, ProposedEntity } from "./types";
import {
  DATE_WORDS,
  EVENT_WORDS,
  FUNCTION_WORDS,
  joinable,
  namesVessel,
  ORG_WORDS,
  PLACE_WORDS,
  sentenceInitial,
  TITLES,
  type Word,
  wordsOf,
} from "./words";

/** Capitalised heads that open a place name: "Istana Merdeka", "Kosmodrom Vostochny", "Laut Jepang". */
const HEAD_FIRST = new Set(
  "istana kosmodrom balai bandara pelabuhan jalan jl monumen lapangan alun stadion masjid katedral pangkalan provinsi kabupaten kota pulau kepulauan laut selat teluk gunung sungai danau semenanjung tanjung gedung kompleks kecamatan kelurahan desa dusun kampung nagari stasiun terminal pasar jalur ruas bendungan waduk jembatan rsud rsup rsu rs puskesmas klinik mount mt lake cape fort distrik kanton".split(
    " ",
  ),
);
/** Capitalised heads that close a place name: "Vostochny Cosmodrome", "Democracy Monument". */
const HEAD_LAST = new Set(
  "cosmodrome palace monument square airport hill island islands peninsula sea strait bay province region district base stadium mosque cathedral bridge house plaza school avenue street road highway motorway expressway valley courts station harbour port park campus boulevard county parish prefecture gorge river lake beach canyon hospital clinic delta buildings dam centre center".split(
    " ",
  ),
);
/** Lower-case nouns (as written: "Wali Kota" is a title) after which a capitalised name is a place: "di distrik Yesilyurt". */
const LOWER_HEAD =
  /(?:^|\s)(?:distrik|kecamatan|kelurahan|desa|kampung|wilayah|kawasan(?:\s+(?:industri|wisata|ekonomi(?:\s+khusus)?|pelabuhan|pertambangan|konservasi|hutan))?|perbatasan|kamp|puncak|lereng|kaki|kawah|kanton|summit of|peak of|slopes? of|foot of|crater of|canton of|provinsi|kota|kabupaten|negara bagian|perairan|district|province|region|city of|town of|state of|village of|villages of|towns of|cities of|districts of|provinces of|island of|islands of|region of|areas? of|parts? of|valley of|outskirts of|[Rr]esidents of|[Pp]eople of|coast of|shores? of|waters of|(?:north|south|east|west)(?:-?(?:east|west))? of|lepas pantai|pantai|pesisir|sebelah (?:barat|timur|utara|selatan)(?: laut| daya)?|ports? of|beach(?:es)? of|kilang|tambang|saluran(?:\s+transmisi)?|(?:lintasan|rute|jalur|trayek|ruas)(?:\s+(?:kapal\s+feri|kapal|feri|penerbangan|pendakian|kereta\s+api|kereta|pelayaran|bus|tol|jalan(?:\s+(?:raya|tol|nasional|provinsi))?))?|route|jalan(?:\s+(?:poros|raya|lintas|nasional|provinsi|tol))?|[Kk]antor\s+(?:Bupati|Camat|Wali\s?[Kk]ota|Gubernur|Lurah|Kepala\s+Desa))\s+$/u;
/** Leaving a place: "had left Namlea for Ambon". */
const DEPARTED = /(?:^|\s)(?:left|departed)\s+(?:the\s+)?$/u;
const DEPARTED_FOR =
  /(?:^|\s)(?:left|departed)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+for\s+$/u;
/** A site's common noun after its name: "salt flat", "copper mine", "refinery". */
const SITE_NOUN_AFTER =
  /^\s+(?:(?:copper|gold|coal|nickel|tin|lithium|oil|gas|salt)\s+)?(?:salt flats?|mine|refinery|oilfield|gas field|plant|smelter|desert|plateau|basin|peninsula)(?![\p{L}])/u;
/** A title right after a name: the name is part of the title ("South Korean Trade Minister"). */
export const TITLE_NEXT =
  /^\s+(?:Minister|President|Secretary|Ambassador|Governor|Chief|Envoy|Chairman|Commissioner)(?![\p{L}])/u;
/** A route's noun after a pair of places ("Davao–Bitung ferry route", "Jakarta–Bandung line"). */
const ROUTE_AFTER =
  /^\s+(?:(?:ferry|flight|rail|railway|train|bus|shipping|sea|air|toll|high-speed)\s+)?(?:routes?|lines?|links?|corridor|flights?|highway|toll road|railway|crossings?|services?|transmission lines?|pipeline)(?![\p{L}])/u;
/** Words before a place: where something happens, from or to where. */
const LOCATIVE =
  /(?:^|[\s(])(?:di|ke|dari|hingga|menuju|sampai|sekitar|dekat|antara|menghubungkan|in|at|to|from|near|across|toward|towards|outside|off|around|inside|into|onto|throughout|through|over|above|below|beneath|overlooking|between|connecting|linking)\s+(?:the\s+|a\s+)?$/iu;
/** A locative word and a compass adjective: "in south-east Queensland", "di bagian utara". */
const COMPASS_LOCATIVE =
  /(?:^|[\s(])(?:di|ke|dari|in|at|to|from|near|across|throughout|over)\s+(?:the\s+)?(?:north|south|east|west|central|northern|southern|eastern|western|north-?east(?:ern)?|south-?east(?:ern)?|north-?west(?:ern)?|south-?west(?:ern)?|far|upper|lower|rural|coastal)\s+$/iu;
/** A lower-case road or river head after a capitalised name: "on the Costera Miguel Aleman avenue". */
const LOWER_ROAD_AFTER =
  /^\s+(?:avenue|street|road|boulevard|highway|motorway|expressway|freeway|river|bridge|island|islands|port|harbour|harbor)(?![\p{L}])/u;
/** A locative word, an article and at most one lower-case modifier ("to neighbouring X island"). */
const ON_BEFORE =
  /(?:^|[\s(])(?:on|along|di|in|at|to|near|off)\s+(?:the\s+)?(?:\p{Ll}{3,}\s+)?$|(?:^|[.!?]\s+|\n)The\s+$/iu;
/** Locative words that can also introduce a person ("to Putin", "dari Prabowo"). */
const TOWARD = /(?:^|[\s(])(?:ke|dari|hingga|menuju|sampai|to|from|toward|towards)\s+(?:the\s+|a\s+)?$/iu;
/** Verbs of moving before "dari"/"ke"/"from"/"to": what follows is a place, not a person. */
const MOTION_BEFORE =
  /(?:^|\s)(?:berlayar|berangkat|bertolak|tiba|terbang|pulang|kembali|pindah|mengungsi|dievakuasi|dibawa|diterbangkan|diangkut|sailed|sailing|departed|departing|left|flew|flying|travelled|traveled|returned|moved|evacuated|fled|arrived|headed|taken|took|brought|carried|ferried)(?:\s+[\p{Ll}\p{N}]+){0,6}\s+(?:dari|ke|from|to|for)\s+(?:the\s+)?$/u;
/** Verbs whose object is where the event happens: "visited Colombo", "mengunjungi Tokyo". */
const VISIT_BEFORE =
  /(?:^|\s)(?:visit|visits|visited|visiting|toured|tours|mengunjungi|menyambangi|mendatangi|melawat ke)\s+(?:the\s+)?$/iu;
/** After a place, words that make it the speaker or actor: a government, not a site. */
const GOVERNMENT_AFTER =
  /^\s+(?:(?:juga|pun|telah|sudah|has|have|had|also|again)\s+)?(?:said|says|stated|warned|accused|condemned|denied|insisted|announced|urged|mengatakan|menyatakan|menegaskan|menuduh|mengecam|membantah|memperingatkan|mengumumkan|mendesak|menilai|berkata)(?![\p{L}])/iu;
const GOVERNMENT_BEFORE =
  /(?:urged|accused|warned|called on|pressed|mendesak|menuduh|memperingatkan|meminta)\s+$/iu;
/** A city as the subject of a reported clause: "said Washington had …", "that Washington was …". */
const CLAUSE_BEFORE = /(?:said|says|that|bahwa|kata|mengatakan)\s+$/iu;
const CLAUSE_AFTER =
  /^\s+(?:was|is|had|has|would|will|could|must|should|wants?|wanted|akan|telah|sudah|tidak|harus|ingin)(?![\p{L}])/iu;
/** A name coordinated with a place: "menghubungkan Padang dengan Bukittinggi", "in Paris and Lyon". */
const COORDINATED =
  /^\s+(?:dan|dengan|and|or|atau|hingga|sampai)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?![\p{L}])/u;
/** A dateline's place before a wire's credit: "Larantuka (ANTARA) -", "GENEVA, Oct 3 (Reuters) -". */
const DATELINE_PLACE = new RegExp(
  `^[ \\t]*(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})(?:,[^()\\n]{1,30}?)?\\s*\\(\\s*(${WIRE_ALIAS_PATTERN})(?:\\s*/[^()\\n]{0,12})?\\s*\\)\\s*(?:--|[-–—])`,
  "gimu",
);
/** A division's head word after its name: "Sulu province", "West Kutai regency", "Delta State". */
const DIVISION_AFTER =
  /^\s+(province|regency|prefecture|county|state|Province|Regency|Prefecture|County|State)(?![\p{L}])/u;
/** Lower-case heads of a site that name a place by themselves ("Laem Chabang port"). */
const SITE_HEAD = /(?:port|harbour|harbor|airport|island|river|bridge)$/u;
/** A regional office right before its area's name: "Bupati Konawe", "Wali Kota Kupang", "Gubernur Papua". */
const AREA_OFFICE_BEFORE =
  /(?:^|\s)(?:Bupati|Wakil Bupati|Wali Kota|Walikota|Wakil Wali Kota|Gubernur|Wakil Gubernur|Camat|Regent|Mayor|Governor)\s+$/u;
const DIVISION_HEAD = /^(?:Province|Regency|Prefecture|County|State)$/u;
/** A road by its code and a lower-case head: "A-7 motorway", "N1 highway", "tol M12". */
const CODED_ROAD =
  /(?<![\p{L}\p{N}-])\p{Lu}{1,3}-?\d{1,4}\s+(?:motorway|highway|freeway|expressway|road|toll road)(?![\p{L}])/gu;
/** An Indonesian compass word after a name: "Flores Timur", "Jakarta Barat", "Nusa Tenggara". */
const COMPASS_AFTER =
  /^\s(?:Timur|Barat|Utara|Selatan|Tengah|Pusat|Tenggara|Barat Daya|Barat Laut|Timur Laut)(?![\p{L}])/u;
/** Words that make the name after them a state or province: "negara bagian Washington", "state of Washington". */
const STATE_BEFORE = /(?:negara bagian|provinsi|state of|province of|[Ss]tates? of)\s+$/u;
const STATE_AFTER = /^\s+(?:state|province)(?![\p{L}])/u;
/** A second name of a pair opened by "negara bagian"/"states of": "negara bagian Oregon dan Washington". */
const COORDINATED_REGION =
  /(?:negara bagian|states of)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:dan|and|&)\s+$/u;
/** Dotted initials: "U.S.", "U.K.". */
const DOTTED = /[A-Z]\.[A-Z]\.(?:[A-Z]\.)?/g;

/** Abbreviations of a multi-word place: "Sumatera Barat" → Sumbar, "Nusa Tenggara Timur" → NTT. */
function abbreviations(name: string): string[] {
  const ws = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (ws.length < 2) return [];
  const out: string[] = [];
  if (ws.length >= 3) out.push(ws.map((w) => w.charAt(0)).join(""));
  const [a, b] = [ws[0] as string, (ws[1] as string).toLowerCase()];
  for (let i = 2; i <= 4; i++)
    for (let j = 3; j <= 4; j++) if (a.length > i && b.length >= j) out.push(a.slice(0, i) + b.slice(0, j));
  return out;
}

/** Currency words: "dolar AS" is the currency, not the country. */
const CURRENCY_BEFORE = /(?:dolar|dollar|dollars|yen|yuan|won|rupee|peso|euro|pound)\s+$/iu;
/** Currency signs written as words ("sekitar Rp 8,6 juta"): never a place. */
const CURRENCY_WORD = /^(?:Rp|RM|USD|IDR|EUR|SGD|MYR|AUD|JPY|CNY|GBP|US\$|S\$|A\$)$/u;
/** Lower-case building words before a name: "di gedung Majelis Nasional" is a place, its owner's name. */
const BUILDING_BEFORE = /(?:^|\s)(?:gedung|kompleks)\s+$/u;
/**
 * English heads joined by "of": "the Port of Savannah", "the Port of New York and New Jersey",
 * "the Gulf of Thailand"; a second name after "and" belongs to it when a lower-case word or a
 * punctuation mark follows.
 */
const OF_HEAD =
  /(?<![\p{L}])(?:Port|Gulf|Bay|Isle|Sea|Strait|Straits|Cape|Lake)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?=\s+\p{Ll}|\s*[,.;:!?)]|$))?/gu;

export interface PlaceContext {
  body: string;
  words: readonly Word[];
  mentions: readonly EntityMention[];
  proposals: readonly ProposedEntity[];
  index: AliasIndex;
  lowercaseWords: ReadonlySet<string>;
}

const commonWord = (norm: string, lower: ReadonlySet<string>) =>
  lower.has(norm) ||
  FUNCTION_WORDS.has(norm) ||
  TITLES.has(norm) ||
  DATE_WORDS.has(norm) ||
  ORG_WORDS.has(norm) ||
  PLACE_WORDS.has(norm) ||
  EVENT_WORDS.has(norm);

function fromGazetteer(p: GazetteerPlace | undefined) {
  return {
    gazetteerId: p?.id ?? null,
    kind: (p?.kind === "country" ? "country" : "place") as PlaceMention["kind"],
    names: { en: p?.name ?? null, id: p?.nameId ?? null },
    countryCode: p?.countryCode ?? null,
  };
}

/** The gazetteer key of one word: its normalised form, refolded only for the rare letters NFKD keeps. */
const wordKey = (w: Word) => (/[ıłøß]/u.test(w.norm) ? placeKey(w.text) : w.norm);

/** Two-word heads of a site's name, by their first word. */
const TWO_WORD_HEADS = new Map<string, ReadonlySet<string>>([
  ["rumah", new Set(["Sakit"])],
  ["pusat", new Set(["Peluncuran"])],
  ["kebun", new Set(["Binatang", "Raya"])],
  ["taman", new Set(["Nasional", "Safari", "Makam"])],
  ["suaka", new Set(["Margasatwa"])],
  ["cagar", new Set(["Alam", "Budaya"])],
]);

/** Romance particles inside a place's name: "Plaza de Mulas", "Nido de Cóndores", "Rio da Prata". */
const NAME_PARTICLE = /^(?:de|del|da|dos|das|des|du)$/u;

/**
 * Capitalised words from `i` that can continue one name (at most `max`), through a particle
 * between two capitalised words ("Plaza de Mulas").
 */
function capitalRun(body: string, words: readonly Word[], i: number, max: number): number {
  let j = i;
  while (j < words.length && j - i < max) {
    const w = words[j] as Word;
    if (j > i && !w.capital && NAME_PARTICLE.test(w.text)) {
      const next = words[j + 1];
      if (
        next?.capital &&
        !/^\d/.test(next.text) &&
        joinable(body, words[j - 1] as Word, w) &&
        joinable(body, w, next)
      ) {
        j += 2;
        continue;
      }
      break;
    }
    if (!w.capital || /^\d/.test(w.text) || (j > i && !joinable(body, words[j - 1] as Word, w))) break;
    j++;
  }
  return j;
}

/** Whether the capitalised words right before word `i` open with an organisation's head ("Dinas", "Polda"). */
function orgNameBefore(body: string, words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const w = words[k] as Word;
    if (!w.capital || !joinable(body, w, words[k + 1] as Word)) return false;
    if (ORG_WORDS.has(w.norm)) return true;
  }
  return false;
}

/** Places of a text whose entity mentions and proposals are already known. */
export function placesIn(ctx: PlaceContext): PlaceMention[] {
  return locate(ctx).places;
}

/** Places, and the place names that stand for a government here ("Washington said", "urged Pyongyang"). */
export function locate(ctx: PlaceContext): { places: PlaceMention[]; governments: PlaceMention[] } {
  const { body, words } = ctx;
  const g = gazetteer();
  const found: Array<PlaceMention & { rank: number }> = [];
  const push = (
    start: number,
    end: number,
    via: PlaceMention["via"],
    rank: number,
    extra: Partial<PlaceMention>,
  ) => {
    const text = body.slice(start, end);
    const info = fromGazetteer(g.byKey.get(placeKey(text)));
    found.push({ start, end, text, entityId: null, ...info, via, locative: false, ...extra, rank });
  };
  // Known entities of kind place or country, and where the other entities sit (never places).
  const taken: Array<{ start: number; end: number }> = [];
  for (const m of ctx.mentions) {
    const kind = ctx.index.kinds.get(m.entityId);
    if (kind === "place" || kind === "country")
      push(m.start, m.end, "entity", 3, {
        entityId: m.entityId,
        ...(kind === "country" ? { kind: "country" } : {}),
      });
    else taken.push(m);
  }
  // Proposed person names, except runs of place names ("Jakarta-Bandung").
  const persons = ctx.proposals
    .filter((p) => p.kind === "person" && !wordsOf(p.name).every((w) => g.byKey.has(placeKey(w.text))))
    .flatMap((p) => p.mentions);
  const inside = (list: ReadonlyArray<{ start: number; end: number }>, s: number, e: number) =>
    list.some((t) => s >= t.start && e <= t.end && !(s === t.start && e === t.end));
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (!w.capital || !g.firstWords.has(wordKey(w))) continue;
    let best: { n: number; place: GazetteerPlace } | null = null;
    let key = "";
    for (let n = 1; n <= g.maxWords && i + n <= words.length; n++) {
      const last = words[i + n - 1] as Word;
      // "Xi'an": the part after an apostrophe inside the word continues the name.
      const inWord = n > 1 && /^['’]$/u.test(body.slice((words[i + n - 2] as Word).end, last.start));
      if (n > 1 && !inWord && (!last.capital || !joinable(body, words[i + n - 2] as Word, last))) break;
      key = n === 1 ? wordKey(w) : `${key} ${wordKey(last)}`;
      const place = g.byKey.get(key);
      if (place) best = { n, place };
    }
    if (!best) continue;
    const end = (words[i + best.n - 1] as Word).end;
    // "US$1,2 miliar", "S$": a currency sign, not the country.
    if (body.charAt(end) === "$") continue;
    if (inside(taken, w.start, end) || taken.some((t) => t.start === w.start && t.end === end)) continue;
    if (best.place.kind !== "country") {
      // A single-word city that is also a common word, a title or a surname is not trusted.
      if (best.n === 1 && commonWord(w.norm, ctx.lowercaseWords)) continue;
      const prev = words[i - 1];
      // An agency's acronym before a city names the agency's area ("BPBD Demak", "DKI Jakarta").
      const acronym = prev !== undefined && /^\p{Lu}{2,6}$/u.test(prev.text) && joinable(body, prev, w);
      if (
        prev?.capital &&
        joinable(body, prev, w) &&
        !acronym &&
        !sentenceInitial(body, prev) &&
        !TITLES.has(prev.norm) &&
        !PLACE_WORDS.has(prev.norm) &&
        !HEAD_FIRST.has(prev.norm) &&
        // A common word of a title-case line is no part of the name ("Warga Demak Mengungsi").
        !commonWord(prev.norm, ctx.lowercaseWords) &&
        !g.byKey.has(wordKey(prev)) &&
        // "Dinas Pendidikan Sulawesi Selatan": an office's name ends with its area, a place.
        !orgNameBefore(body, words, i)
      )
        continue;
      if (best.place.minor) {
        const before = body.slice(Math.max(0, w.start - 40), w.start);
        if (
          !acronym &&
          !LOCATIVE.test(before) &&
          !LOWER_HEAD.test(before) &&
          !HEAD_FIRST.has(prev?.norm ?? "") &&
          // "Bupati Konawe", "Wali Kota Kupang": a regional office names its area.
          !AREA_OFFICE_BEFORE.test(before)
        )
          continue;
      }
      if (inside(persons, w.start, end) && !acronym) continue;
    }
    // "Jakarta Pusat", "Sumba Barat": a compass word after a city makes the city's part.
    const compass = best.place.kind === "country" ? null : COMPASS_AFTER.exec(body.slice(end, end + 14));
    // "negara bagian Washington", "the state of Washington", "Washington state": the state, not the city.
    const region =
      best.place.kind === "city" &&
      (STATE_BEFORE.test(body.slice(Math.max(0, w.start - 20), w.start)) ||
        STATE_AFTER.test(body.slice(end, end + 12)) ||
        COORDINATED_REGION.test(body.slice(Math.max(0, w.start - 60), w.start)))
        ? g.regions.get(key.split(" ").slice(0, best.n).join(" "))
        : undefined;
    if (compass) push(w.start, end + compass[0].length, "cue", 2, {});
    else if (region) push(w.start, end, "gazetteer", 2, fromGazetteer(region));
    else push(w.start, end, "gazetteer", 2, {});
    i += best.n - 1;
  }
  /**
   * Two names joined by a dash before a route's noun: "the Davao–Bitung ferry route", "the
   * Jakarta–Bandung line". Both are places; the dash is read below.
   */
  const routeAhead = (i: number): boolean => {
    const j = capitalRun(body, words, i, 4);
    const run = words.slice(i, j);
    if (!run.some((r, k) => k > 0 && /^[–—]$/u.test(body.slice((run[k - 1] as Word).end, r.start))))
      return false;
    return ROUTE_AFTER.test(
      body.slice((run[run.length - 1] as Word).end, (run[run.length - 1] as Word).end + 30),
    );
  };
  const runEnd = (i: number) => (words[capitalRun(body, words, i, 4) - 1] as Word).end;
  /** "The boat had left Namlea for Ambon": where it left and where it went. */
  const departure = (i: number, before: string): boolean =>
    (DEPARTED.test(before) && /^\s+for\s+\p{Lu}/u.test(body.slice(runEnd(i), runEnd(i) + 6))) ||
    DEPARTED_FOR.test(before);
  /** "on the Uyuni salt flat", "at the Mwambashi Deep copper mine": a name before a site's common noun. */
  const onSite = (i: number, before: string): boolean =>
    /(?:^|\s)(?:on|at|in|near)\s+(?:the\s+)?$/iu.test(before) &&
    SITE_NOUN_AFTER.test(body.slice(runEnd(i), runEnd(i) + 30));
  /**
   * The middle of a place chain: "di Istana Perdamaian, Den Haag, Belanda", "in Lebak, Banten,
   * Indonesia": a name between a place and a country, set off by commas, is a place.
   */
  const chainLink = (i: number): boolean => {
    const w = words[i] as Word;
    if (!/,\s*$/.test(body.slice(Math.max(0, w.start - 3), w.start))) return false;
    const j = capitalRun(body, words, i, 3);
    const end = (words[j - 1] as Word).end;
    const comma = (a: number, b: number) => b >= a && /^\s*,\s*$/.test(body.slice(a, b));
    if (!found.some((f) => f.end <= w.start && comma(f.end, w.start))) return false;
    if (found.some((f) => f.kind === "country" && f.start >= end && comma(end, f.start))) return true;
    // "di Istana Pemerintahan, Lima, Senin (11/8/2025)": between a site and the date, the city.
    const next = words[j];
    return (
      next !== undefined &&
      DATE_WORDS.has(next.norm) &&
      comma(end, next.start) &&
      found.some((f) => f.locative && f.via === "cue" && f.end <= w.start && comma(f.end, w.start))
    );
  };
  /**
   * "Direktur PDAM Kota Kupang Yohanis Nenobais": a known place ends the name words `from`–`to`
   * when two or more capitalised words follow it (a person's name), not a compass word ("Kota
   * Bandung Barat"). At most `max` name words otherwise.
   */
  const knownPlaceEnd = (from: number, to: number, max = 4): number => {
    for (let n = to - from - 2; n >= 1; n--) {
      const key = words
        .slice(from, from + n)
        .map((r) => wordKey(r))
        .join(" ");
      if (g.byKey.has(key)) return from + n;
    }
    return Math.min(to, from + max);
  };
  // Cue patterns: head nouns, lower-case heads, locative words before a capitalised name.
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    // "Ibu Kota Nusantara", "ibu kota Administratif Baru": a capital city by its name.
    const capitalOf =
      w.norm === "ibu" &&
      (words[i + 1] as Word | undefined)?.norm === "kota" &&
      joinable(body, w, words[i + 1] as Word);
    if (capitalOf) {
      const j = capitalRun(body, words, i + 2, 3);
      if (j > i + 2 && joinable(body, words[i + 1] as Word, words[i + 2] as Word)) {
        push(w.start, (words[j - 1] as Word).end, "cue", 1, { locative: true });
        i = j - 1;
        continue;
      }
    }
    // "Rumah Sakit Universitas Sohag", "Pusat Peluncuran Satelit Xichang", "Kebun Binatang
    // Surabaya", "Taman Nasional Komodo": a site's two-word head.
    const twoWordHead =
      w.capital && TWO_WORD_HEADS.get(w.norm)?.has((words[i + 1] as Word | undefined)?.text ?? "") === true;
    // "Kepala Distrik Bharuch", "Kepala Kebun Binatang Surabaya": the head of a place names it.
    const titleBefore = (words[i - 1] as Word | undefined)?.norm ?? "";
    if (
      (HEAD_FIRST.has(w.norm) || twoWordHead) &&
      w.capital &&
      (!TITLES.has(titleBefore) || titleBefore === "kepala")
    ) {
      // "Jalan tol Cipularang", "Jalan Raya Bogor": a road's kind word between head and name.
      const kindWord =
        twoWordHead || /^(?:tol|raya|lingkar)$/u.test((words[i + 1] as Word | undefined)?.text ?? "") ? 1 : 0;
      let j = knownPlaceEnd(i + 1 + kindWord, capitalRun(body, words, i + 1 + kindWord, 4), 3);
      if (kindWord && j > i + 2) {
        push(w.start, (words[j - 1] as Word).end, "cue", 1, { locative: true });
        i = j - 1;
        continue;
      }
      // Title-case headlines: "Latihan Laut Bersama" is not a sea called "Bersama".
      while (j > i + 1 && ctx.lowercaseWords.has((words[j - 1] as Word).norm)) j--;
      if (j > i + 1 && joinable(body, w, words[i + 1] as Word))
        push(w.start, (words[j - 1] as Word).end, "cue", 1, { locative: true });
      continue;
    }
    // "Menteri Perindustrian Korea Selatan Park Ji-hoon": Park before a given name is a surname.
    const surname =
      w.norm === "park" &&
      (words[i + 1] as Word | undefined)?.capital === true &&
      joinable(body, w, words[i + 1] as Word);
    if (HEAD_LAST.has(w.norm) && w.capital && i > 0 && !surname) {
      let k = i;
      while (
        k > 0 &&
        i - k < 3 &&
        (words[k - 1] as Word).capital &&
        joinable(body, words[k - 1] as Word, words[k] as Word)
      )
        k--;
      const first = words[k] as Word;
      if (k < i && !FUNCTION_WORDS.has(first.norm)) {
        push(first.start, w.end, "cue", 1, { locative: true });
        continue;
      }
      // "kamp Plaza de Mulas": a head word opening a name is read as any name is, below.
    }
    if (!w.capital || /^\d/.test(w.text) || CURRENCY_WORD.test(w.text)) continue;
    const before = body.slice(Math.max(0, w.start - 40), w.start);
    const building = BUILDING_BEFORE.test(before);
    const lowerHead = building || LOWER_HEAD.test(before) || chainLink(i);
    if (!lowerHead && !LOCATIVE.test(before) && !routeAhead(i) && !departure(i, before) && !onSite(i, before))
      continue;
    const j = knownPlaceEnd(i, capitalRun(body, words, i, 4));
    const run = words.slice(i, j);
    if (
      run.some(
        (r) =>
          FUNCTION_WORDS.has(r.norm) ||
          DATE_WORDS.has(r.norm) ||
          (ORG_WORDS.has(r.norm) && !building) ||
          EVENT_WORDS.has(r.norm),
      )
    )
      continue;
    if (TITLES.has(w.norm) || canonicalWireName(w.text)) continue;
    // "lintasan Lembar–Padang Bai", "the Jakarta–Bandung line": two places joined by a dash.
    const dash = run.findIndex(
      (r, k) => k > 0 && /^[–—]$/u.test(body.slice((run[k - 1] as Word).end, r.start)),
    );
    if (dash > 0) {
      for (const part of [run.slice(0, dash), run.slice(dash)]) {
        const a = part[0] as Word;
        const b = part[part.length - 1] as Word;
        if (!taken.some((t) => a.start < t.end && b.end > t.start))
          push(a.start, b.end, "cue", 0, { locative: true });
      }
      i = j - 1;
      continue;
    }
    const end = (run[run.length - 1] as Word).end;
    if (taken.some((t) => w.start < t.end && end > t.start)) continue;
    // A person is reached "to" or "from" ("sent a letter to Kim Jong Un"), not "in" or "near".
    if (
      !lowerHead &&
      TOWARD.test(before) &&
      !MOTION_BEFORE.test(before) &&
      persons.some((p) => p.start === w.start && p.end === end)
    )
      continue;
    push(w.start, end, "cue", 0, { locative: true });
    i = j - 1;
  }
  const common = (t: string) =>
    wordsOf(t).some(
      (w) =>
        commonWord(w.norm, ctx.lowercaseWords) || TITLES.has(w.norm) || canonicalWireName(w.text) !== null,
    );
  // A dateline's place, a coded road, a name with a compass word.
  DATELINE_PLACE.lastIndex = 0;
  for (const m of body.matchAll(DATELINE_PLACE)) {
    const name = m[1] as string;
    const start = m.index + m[0].indexOf(name);
    if (!common(name) && !taken.some((t) => start < t.end && start + name.length > t.start))
      push(start, start + name.length, "cue", 0, {});
  }
  OF_HEAD.lastIndex = 0;
  for (const m of body.includes(" of ") ? body.matchAll(OF_HEAD) : [])
    push(m.index, m.index + m[0].length, "cue", 1, { locative: true });
  CODED_ROAD.lastIndex = 0;
  for (const m of body.matchAll(CODED_ROAD))
    push(m.index, m.index + m[0].length, "cue", 1, { locative: true });
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (
      !w.capital ||
      w.text.length < 3 ||
      sentenceInitial(body, w) ||
      !/^\s[TBUSL]/u.test(body.slice(w.end, w.end + 2))
    )
      continue;
    const m = COMPASS_AFTER.exec(body.slice(w.end, w.end + 14));
    const prev = words[i - 1];
    // A capitalised word before it continues the name, unless it is a common word of a title-case line.
    if (
      !m ||
      commonWord(w.norm, ctx.lowercaseWords) ||
      (prev?.capital && joinable(body, prev, w) && !commonWord(prev.norm, ctx.lowercaseWords))
    )
      continue;
    const end = w.end + m[0].length;
    if (taken.some((t) => w.start < t.end && end > t.start)) continue;
    push(w.start, end, "cue", 0, {});
  }
  // A capitalised name before a lower-case road head, introduced by "on", "along", "di", ….
  const roadHeads =
    / (?:avenue|street|road|boulevard|highway|motorway|expressway|freeway|river|bridge|island|islands|port|harbour|harbor)(?![\p{L}])/u.test(
      body,
    );
  for (let i = 0; roadHeads && i < words.length; i++) {
    const w = words[i] as Word;
    if (!w.capital || sentenceInitial(body, w)) continue;
    const j = capitalRun(body, words, i, 4);
    const last = words[j - 1] as Word;
    const head = LOWER_ROAD_AFTER.exec(body.slice(last.end, last.end + 14));
    // "Laem Chabang port", "the Mahakam river": a site's noun names a place without a locative word.
    if (
      !ON_BEFORE.test(body.slice(Math.max(0, w.start - 30), w.start)) &&
      // not "the Chilean port of Arica": a port "of" a name is that name's.
      !(
        head &&
        SITE_HEAD.test(head[0]) &&
        !/^\s+of\s/u.test(body.slice(last.end + head[0].length, last.end + head[0].length + 4))
      )
    )
      continue;
    if (!head || words.slice(i, j).some((r) => FUNCTION_WORDS.has(r.norm) || TITLES.has(r.norm))) continue;
    const end = last.end + head[0].length;
    if (taken.some((t) => w.start < t.end && end > t.start)) continue;
    push(w.start, end, "cue", 1, { locative: true });
    i = j - 1;
  }
  // "Sulu province", "West Kutai regency", "Delta State": a name and its division's head word. A
  // capitalised "State" only after a division's own name ("Islamic State" is none).
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (!w.capital || /^\d/.test(w.text)) continue;
    let j = capitalRun(body, words, i, 4);
    // "Delta State": the head is the run's own last word.
    if (j - i >= 2 && DIVISION_HEAD.test((words[j - 1] as Word).text)) j--;
    const run = words.slice(i, j);
    const last = run[run.length - 1] as Word;
    const head = DIVISION_AFTER.exec(body.slice(last.end, last.end + 14));
    if (!head || run.length > 3) {
      i = j - 1;
      continue;
    }
    if (run.some((r) => FUNCTION_WORDS.has(r.norm) || TITLES.has(r.norm) || ORG_WORDS.has(r.norm))) {
      i = j - 1;
      continue;
    }
    const name = body.slice(w.start, last.end);
    const division = g.divisions.get(placeKey(name));
    const state = /^state$/iu.test(head[1] as string);
    if (state && !division) {
      i = j - 1;
      continue;
    }
    const end = last.end + head[0].length;
    if (!taken.some((t) => w.start < t.end && end > t.start))
      push(w.start, end, division ? "gazetteer" : "cue", 2, division ? fromGazetteer(division) : {});
    i = j - 1;
  }
  // Proposed names made of place words ("Kalimantan Timur", "West Java", "Far East"), unless a
  // title follows ("South Korean Trade Minister").
  for (const p of ctx.proposals)
    if (p.kind === "place")
      for (const s of p.mentions)
        if (!TITLE_NEXT.test(body.slice(s.end, s.end + 20))) push(s.start, s.end, "cue", 0, {});
  // Dotted initials of a country ("U.S.").
  DOTTED.lastIndex = 0;
  for (const m of body.matchAll(DOTTED)) {
    if (/[\p{L}.]/u.test(body.charAt(m.index - 1))) continue;
    const place = g.byKey.get(placeKey(m[0].replace(/\./g, "")));
    if (place?.kind === "country") push(m.index, m.index + m[0].length, "gazetteer", 2, fromGazetteer(place));
  }
  // A name coordinated with a place found so far, and abbreviations of the places found.
  const short = new Map<string, PlaceMention & { rank: number }>();
  const seen = new Set<string>();
  for (const f of [...found]) {
    if (f.text.includes(" ") && !seen.has(f.text)) {
      seen.add(f.text);
      for (const a of abbreviations(f.text)) if (!short.has(a)) short.set(a, f);
    }
    if (!/^\s+[dwaoh]/u.test(body.slice(f.end, f.end + 3))) continue;
    const m = COORDINATED.exec(body.slice(f.end, f.end + 40));
    if (!m || f.kind === "country") continue;
    const start = f.end + m[0].length - (m[1] as string).length;
    const end = start + (m[1] as string).length;
    if (common(m[1] as string) || taken.some((t) => start < t.end && end > t.start)) continue;
    if (persons.some((p) => start < p.end && end > p.start) && !g.byKey.has(placeKey(m[1] as string)))
      continue;
    push(start, end, "cue", 0, { locative: f.locative });
  }
  if (short.size)
    for (const w of words) {
      const of = w.capital && w.text.length <= 8 ? short.get(w.text) : undefined;
      if (of && !taken.some((t) => w.start < t.end && w.end > t.start))
        push(w.start, w.end, "cue", 0, { names: of.names, countryCode: of.countryCode });
    }
  repeatNames(ctx, found, taken, persons);
  const governments: PlaceMention[] = [];
  // "KM Bintang Laut", "the tanker Sea Lotus": a ship's name is no place, whatever words it holds.
  // A route after a vessel's word ("kapal feri Bitung–Davao") still names its places.
  const route = (f: { start: number; end: number }) =>
    /^[–—-]\s?\p{Lu}/u.test(body.slice(f.end, f.end + 3)) ||
    /\p{L}\s?[–—-]$/u.test(body.slice(Math.max(0, f.start - 2), f.start));
  const sites = found.filter((f) => f.via === "entity" || route(f) || !namesVessel(body, f.text, f.start));
  return { places: settle(body, sites, governments), governments };
}

/** The name of a place without its head word: "Pelabuhan Lembar" → "Lembar", "Padang Bai port" → "Padang Bai". */
function bareName(text: string): string {
  const ws = text.split(/\s+/u);
  if (ws.length > 1 && HEAD_FIRST.has((ws[0] as string).toLowerCase())) return ws.slice(1).join(" ");
  if (ws.length > 1 && /^(?:port|harbour|harbor)$/u.test(ws[ws.length - 1] as string))
    return ws.slice(0, -1).join(" ");
  return text;
}

/**
 * A name found as a place somewhere in the text is that place where it recurs without a cue
 * ("Pelabuhan Lembar" … "di perairan Lembar", "dari Padang Bai" … "lintasan Lembar–Padang Bai"),
 * except at the start of a sentence, where a name is the subject (a team, a government).
 */
function repeatNames(
  ctx: PlaceContext,
  found: Array<PlaceMention & { rank: number }>,
  taken: ReadonlyArray<{ start: number; end: number }>,
  persons: ReadonlyArray<{ start: number; end: number }>,
): void {
  const { body, words } = ctx;
  const names = new Map<string, number>();
  const firstLineEnd = body.indexOf("\n", body.search(/\S/));
  for (const f of found) {
    // A bare capitalised word after "in" in a title-case headline is too weak to recur ("in Origin decider").
    if (f.kind === "country" || (f.rank === 0 && f.start < firstLineEnd)) continue;
    const name = bareName(f.text);
    const parts = wordsOf(name);
    if (
      parts.length === 0 ||
      parts.length > 3 ||
      name.length < 4 ||
      !parts.every((w) => w.capital) ||
      parts.some((w) => commonWord(w.norm, ctx.lowercaseWords))
    )
      continue;
    names.set(parts.map((w) => w.norm).join(" "), parts.length);
  }
  if (names.size === 0) return;
  const covered = (s: number, e: number) =>
    found.some((f) => s < f.end && e > f.start) ||
    taken.some((t) => s < t.end && e > t.start) ||
    persons.some((t) => s < t.end && e > t.start && !(s === t.start && e === t.end));
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (!w.capital) continue;
    for (const [key, n] of names) {
      if (i + n > words.length) continue;
      const run = words.slice(i, i + n);
      if (run.map((r) => r.norm).join(" ") !== key) continue;
      const last = run[n - 1] as Word;
      const next = words[i + n];
      // The whole name, not the start of a longer one ("Lembar" in "Lembar Baru").
      // In a title-case line a common word beside it is no part of it ("di Lebak Putus").
      if (next?.capital && joinable(body, last, next) && !commonWord(next.norm, ctx.lowercaseWords)) continue;
      const prev = words[i - 1];
      if (
        prev?.capital &&
        joinable(body, prev, w) &&
        !sentenceInitial(body, prev) &&
        !commonWord(prev.norm, ctx.lowercaseWords)
      )
        continue;
      // Opening a sentence the capital says nothing, unless the article never writes the word in
      // lower case ("Etna ash cloud shuts …" after "Mount Etna").
      if ((sentenceInitial(body, w) && ctx.lowercaseWords.has(w.norm)) || covered(w.start, last.end))
        continue;
      if (GOVERNMENT_AFTER.test(body.slice(last.end, last.end + 40))) continue;
      found.push({
        ...(found.find(
          (f) =>
            wordsOf(bareName(f.text))
              .map((x) => x.norm)
              .join(" ") === key,
        ) as PlaceMention),
        start: w.start,
        end: last.end,
        text: body.slice(w.start, last.end),
        via: "cue",
        locative: false,
        rank: 0,
      });
      i += n - 1;
      break;
    }
  }
}

/** A city named for its team in a result: "Aberdeen beat Celtic", "Persib mengalahkan …". */
const TEAM_AFTER =
  /^\s+(?:beat|beats|defeated|defeats|edged|thrashed|crushed|stunned|routed|overcame|mengalahkan|menaklukkan|menundukkan|menekuk|membungkam|menumbangkan)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u;

/** Longest span first; overlaps dropped; government metonyms out; locative marks added. */
function settle(
  body: string,
  found: Array<PlaceMention & { rank: number }>,
  governments?: PlaceMention[],
): PlaceMention[] {
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || b.rank - a.rank || a.start - b.start);
  const kept: Array<PlaceMention & { rank: number }> = [];
  // Which kept span covers each character (-1: none): overlap tests without a pairwise scan.
  const owner = new Int32Array(body.length).fill(-1);
  for (const f of found) {
    let hit = -1;
    for (let c = f.start; c < f.end && hit === -1; c++) hit = owner[c] ?? -1;
    if (hit !== -1) {
      // A better-known name with the same text as a cue span lends it its identity.
      const outer = kept[hit];
      if (outer && outer.via === "cue" && f.via !== "cue" && outer.text === f.text)
        Object.assign(outer, { ...f, locative: outer.locative });
      continue;
    }
    for (let c = f.start; c < f.end; c++) owner[c] = kept.length;
    kept.push(f);
  }
  const out: PlaceMention[] = [];
  for (const { rank: _rank, ...p } of kept.sort((a, b) => a.start - b.start)) {
    // "the Malaysian capital", "South American beef": a demonym names no place.
    if (p.via === "cue" && demonymCountry(p.text.split(/\s+/).pop() ?? "")) continue;
    const before = body.slice(Math.max(0, p.start - 30), p.start);
    const after = body.slice(p.end, p.end + 40);
    // "the Swiss canton of Valais": a country's Indonesian name that is its English adjective,
    // between an English article and a noun, is the adjective.
    if (
      p.kind === "country" &&
      p.names.id === p.text &&
      p.names.en !== p.text &&
      /(?:^|\s)(?:the|a|an)\s+$/iu.test(before) &&
      /^\s+\p{Ll}/u.test(after)
    )
      continue;
    if (CURRENCY_BEFORE.test(before)) continue;
    const locative =
      p.locative ||
      LOCATIVE.test(before) ||
      LOWER_HEAD.test(before) ||
      VISIT_BEFORE.test(before) ||
      COMPASS_LOCATIVE.test(before);
    // "officials in Seoul said" is a place; "Seoul said" is its government.
    if (p.kind !== "country" && !locative && CLAUSE_AFTER.test(after) && CLAUSE_BEFORE.test(before))
      // The subject of a reported clause is its government, but not a party of the report.
      continue;
    const team = p.kind !== "country" && !locative ? TEAM_AFTER.exec(after) : null;
    if (team) {
      governments?.push(p);
      const name = team[1] as string;
      const start = p.end + team[0].length - name.length;
      governments?.push({
        ...p,
        start,
        end: start + name.length,
        text: name,
        gazetteerId: null,
        entityId: null,
      });
      continue;
    }
    // "BPBD Sragen mengatakan": the agency of that area speaks, the name is still its place.
    const agency = /(?<![\p{L}])\p{Lu}{2,6}\s$/u.test(before);
    if (
      p.kind !== "country" &&
      !locative &&
      !agency &&
      (GOVERNMENT_AFTER.test(after) || GOVERNMENT_BEFORE.test(before))
    ) {
      governments?.push(p);
      continue;
    }
    // "di Istana Merdeka, Jakarta": a place in apposition to a locative place is locative too.
    const prev = out[out.length - 1];
    const appos = prev?.locative === true && /^\s*,\s*$/.test(body.slice(prev.end, p.start));
    out.push({ ...p, locative: locative || appos });
  }
  return out;
}

/** Whether a span names a place that stands for its government here ("Washington said"). */
export function governmentMetonym(body: string, span: { start: number; end: number }): boolean {
  return (
    GOVERNMENT_AFTER.test(body.slice(span.end, span.end + 40)) ||
    GOVERNMENT_BEFORE.test(body.slice(Math.max(0, span.start - 30), span.start))
  );
}

const indexes = new WeakMap<readonly EntityAlias[], AliasIndex>();

/**
 * Places named in a text (an article body or a quote): workspace entities of kind place or
 * country, the gazetteer, and cue patterns; each with its entity id, gazetteer id and names.
 */
export function findPlaces(text: string, entities: readonly EntityAlias[] = []): PlaceMention[] {
  let index = indexes.get(entities);
  if (!index) {
    index = indexAliases(entities);
    indexes.set(entities, index);
  }
  const words = wordsOf(text);
  const lowercaseWords = new Set<string>();
  for (const w of words) if (!w.capital) lowercaseWords.add(w.norm);
  const mentions = findEntityMentions(text, words, index, () => false);
  const proposals = proposeEntities(text, words, mentions, () => false, lowercaseWords);
  return placesIn({ body: text, words, mentions, proposals, index, lowercaseWords });
}
