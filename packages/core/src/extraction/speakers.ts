// Classes of speakers the general text classifier cannot tell apart: a place standing for its
// government ("Washington said" → organisation), unnamed people described by a place or a party
// ("officials in Seoul", "Republican leaders", "Analysts" → anonymous), institutions referred to
// by their common noun ("police said", "the commission said" → organisation), and a person named
// after a long title that holds an organisation ("Kepala BPBD Samarinda Suwarso" → person).
import type { AttributionKind } from "@kroscek/schema";
import { gazetteer, placeKey } from "./gazetteer";
import type { EntityMention, ProposedEntity, TextSpan } from "./types";
import { ORG_WORDS, PLACE_WORDS, TITLES, wordsOf } from "./words";

/** Plural or role nouns of unnamed people. */
const UNNAMED_WORDS =
  /^(?:(?:some|several|many|most|other|senior|local|western|government|military|party|republican|democratic|opposition|the|a|an|one|seorang|sejumlah|beberapa|para|banyak|sebagian(?:\s+besar)?|mayoritas|kebanyakan)\s+)*(?:officials?|analysts?|experts?|observers?|sources?|diplomats?|leaders|critics|residents?|witnesses|lawmakers|people|fishermen|farmers|villagers|survivors?|economists?|traders?|investors?|pejabat|pengamat|analis|ahli|pakar|sumber|diplomat|warga|saksi|nelayan|petani|penduduk|penumpang|korban|pengungsi|petugas|mahasiswa|pedagang|ekonom|investor)(?:\s+(?:setempat|lokal|local))?(?:\s+(?:in|at|from|of|di|dari)\s+.+|\s+\p{Lu}.*)?$/iu;
/**
 * More people by their role, with up to two modifiers ("Hotel workers", "Sejumlah pegawai dinas",
 * "Kuasa hukum terdakwa", "Forecasters"). English nouns only in the plural; a name right after
 * the noun makes it a title ("pengacara Budi Santoso"), not an unnamed speaker.
 */
const ROLE_HEAD =
  /^(?:(?:some|several|many|most|other|the|two|three|dozens of|hundreds of|sejumlah|beberapa|para|banyak|puluhan|ratusan|seorang)\s+)*(?:[\p{L}-]+\s+){0,2}?(?:forecasters|meteorologists|passengers|workers|employees|staffers|staff|lawyers|attorneys|doctors|nurses|teachers|students|drivers|volunteers|rescuers|firefighters|organisers|organizers|shopkeepers|vendors|locals|commuters|travellers|travelers|tourists|parents|fans|supporters|spectators|protesters|demonstrators|onlookers|bystanders|officers|members|insiders|prosecutors|investigators|inspectors|rangers|guides|guards|soldiers|troops|medics|paramedics|pilots|engineers|climbers|hikers|miners|crew members|jaksa|penyidik|pegawai|karyawan|staf|kuasa hukum|pengacara|dokter|perawat|guru|siswa|sopir|pengemudi|relawan|buruh|pekerja|panitia|penyelenggara|wisatawan|prakirawan|penonton|pendukung|suporter|pengunjuk rasa|demonstran|perwira|anggota|personel|prajurit|pemandu|penjaga|jagawana|pendaki|penambang|awak)(?![\p{L}])/iu;
const ROLE_REST =
  /^(?:\s+(?:setempat|lokal|local))?(?:\s+(?:in|at|on|from|of|di|dari|yang|who|with|near|along)\s.+|\s+\p{Ll}.*)?$/u;
/**
 * One unnamed person by a singular role noun after an indefinite article ("an airport worker",
 * "a volunteer", "one resident"): written so, the person is not identified.
 */
const ONE_ROLE =
  /^(?:a|an|one)\s+(?:[\p{L}-]+\s+){0,2}?(?:worker|employee|volunteer|passenger|driver|doctor|nurse|teacher|student|officer|member|rescuer|investigator|firefighter|guard|resident|witness|villager|fisherman|farmer|trader|shopkeeper|vendor|engineer|pilot|medic|paramedic|survivor|organi[sz]er|staffer|insider|ranger|guide|soldier|climber|hiker|miner)(?![\p{L}])/iu;
const UNNAMED = {
  test(text: string): boolean {
    const one = ONE_ROLE.exec(text);
    if (one) return ROLE_REST.test(text.slice(one[0].length));
    if (UNNAMED_WORDS.test(text)) return true;
    const m = ROLE_HEAD.exec(text);
    return m !== null && ROLE_REST.test(text.slice(m[0].length));
  },
};
/** An institution by its common noun: it is identified by the story, so it is an organisation. */
const INSTITUTION_HEAD =
  /^(?:(?:the|this|that|both|kedua)\s+|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}['’]s\s+|(?:the\s+)?(?:city|country|state|region|province|company|island)['’]s\s+)?(?:[\p{L}-]+\s+){0,4}?(?:opposition|oposisi|police|polisi|military|militer|army|navy|tentara|government|governments|pemerintah|commission|komisi|ministry|kementerian|agency|badan|committee|council|court|pengadilan|countries|negara|two countries|two governments|bloc|blok|alliance|aliansi|coalition|koalisi|union|serikat|company|companies|perusahaan|banks?|lenders?|firms?|airline|maskapai|services?|office|authority|authorities|otoritas|administration|distributor|provider|operator|utility|regulator|palace|istana|club|klub|embassy|kedutaan|parliament|parlemen|secretariat|sekretariat)(?![\p{L}])/iu;
/** After the noun: nothing, a demonstrative, or the institution's own name ("the electricity provider Energex"). */
const INSTITUTION_REST = /^(?:\s+(?:itu|tersebut)|\s+\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,2})?$/u;
/** An institution belonging to a named person or an office: "Marsh's office", "the president's office". */
const POSSESSED_INSTITUTION =
  /^(?:\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}|(?:the\s+)?(?:president|prime minister|minister|governor|mayor|premier|chancellor)|(?:the\s+)?\p{Ll}+\s+(?:minister|secretary))['’]s\s+(?:office|press office|spokes(?:person|man|woman)'s office|ministry|cabinet|campaign|party|government|administration)$/u;
const REPORT_WORD = /^(?:laporan|media|sumber|pejabat|reports?|sources?|officials?|spokes\p{L}*)$/iu;
const INSTITUTION = {
  test(text: string): boolean {
    const m = INSTITUTION_HEAD.exec(text);
    if (!m) return false;
    // Modifiers are common words: "the education ministry", not a name's words before "Ministry".
    const mods = m[0].split(/\s+/u).slice(0, -1);
    if (mods.some((w, k) => k > 0 && /^\p{Lu}/u.test(w) && !/['’]s$/u.test(w))) return false;
    // "laporan media pemerintah Rusia", "a report of the ministry": a report, not the institution.
    if (mods.some((w) => REPORT_WORD.test(w))) return false;
    return INSTITUTION_REST.test(text.slice(m[0].length));
  },
};
const TITLE_WORDS = new Set([
  ...TITLES,
  "chairman",
  "chairwoman",
  "head",
  "kepala",
  "spokesperson",
  "spokesman",
]);

export interface SpeakerFacts {
  text: string;
  mentions: readonly EntityMention[];
  proposed: ProposedEntity | undefined;
  /** Kind of each mentioned entity (person, organisation, country, place). */
  kindOf: (entityId: string) => string | undefined;
}

/** The class a speaker has by the rules above, or null to leave it to the general classifier. */
export function speakerKind(s: SpeakerFacts): { kind: AttributionKind; entityId: string | null } | null {
  const text = s.text.replace(/^(?:the|a)\s+/iu, "").trim();
  const g = gazetteer();
  // "Marsh's office said", "the minister's office": an office speaks, whoever it belongs to.
  if (POSSESSED_INSTITUTION.test(text)) return { kind: "named_org", entityId: null };
  const person = s.mentions.find((m) => s.kindOf(m.entityId) === "person");
  if (!person && ONE_ROLE.test(s.text.trim()) && UNNAMED.test(s.text.trim()))
    return { kind: "anonymous", entityId: null };
  // "Warga Nagari X", "Seorang nelayan setempat": unnamed people, whatever name follows the noun.
  if (!person && UNNAMED.test(text) && !s.mentions.some((m) => s.kindOf(m.entityId) === "organisation"))
    return { kind: "anonymous", entityId: null };
  if (!person && s.proposed?.kind !== "person") {
    // "Washington said", "Moskow mengatakan": the place's government speaks.
    const place = g.byKey.get(placeKey(text));
    const placeEntity = s.mentions.find(
      (m) => m.text === text && (s.kindOf(m.entityId) === "place" || s.kindOf(m.entityId) === "country"),
    );
    if (place || placeEntity) return { kind: "named_org", entityId: placeEntity?.entityId ?? null };
    if (UNNAMED.test(text) && !s.mentions.some((m) => s.kindOf(m.entityId) === "organisation"))
      return { kind: "anonymous", entityId: null };
    if (INSTITUTION.test(text)) return { kind: "named_org", entityId: null };
  }
  // An acronym alone ("BPBD memperkirakan") is an organisation.
  if (!person && /^\p{Lu}{2,6}$/u.test(text)) return { kind: "named_org", entityId: null };
  // A title, then organisation or place words, then a name: the person holding the title speaks.
  const words = wordsOf(text);
  if (person || words.length < 3 || !words.some((w) => TITLE_WORDS.has(w.norm))) return null;
  const plainName = (w: (typeof words)[number]) =>
    w.capital &&
    !/^\p{Lu}+$/u.test(w.text) &&
    !ORG_WORDS.has(w.norm) &&
    !PLACE_WORDS.has(w.norm) &&
    !TITLE_WORDS.has(w.norm) &&
    !g.byKey.has(placeKey(w.text));
  let k = words.length;
  while (k > 0 && words.length - k < 3 && plainName(words[k - 1] as (typeof words)[number])) k--;
  if (k === words.length || k === 0) return null;
  // "juru bicara Gedung Putih": a word after an organisation head names the organisation.
  const before = words[k - 1] as (typeof words)[number];
  if (ORG_WORDS.has(before.norm) || (PLACE_WORDS.has(before.norm) && !g.byKey.has(placeKey(before.text))))
    return null;
  return { kind: "named_person", entityId: null };
}

/** Whether a speaker is unnamed people or an institution by its common noun (both can speak). */
export function unnamedOrInstitution(text: string): boolean {
  const t = text.replace(/^(?:the|a)\s+/iu, "").trim();
  return UNNAMED.test(text.trim()) || UNNAMED.test(t) || INSTITUTION.test(t);
}

/** Whether a span is only a place name (for pronoun resolution: a place is not a person). */
export function isOnlyPlace(span: TextSpan): boolean {
  return gazetteer().byKey.has(placeKey(span.text));
}
