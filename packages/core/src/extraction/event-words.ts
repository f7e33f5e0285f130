// Event words: the words that say a sentence reports something that happened, and which kind
// of event it is (a meeting, a visit, an agreement, a military action, another happening).
import type { EventKind } from "@kroscek/schema";

/**
 * Event words by kind, most specific first: the first kind found names the event. Matched on the
 * lower-cased sentence: case-insensitive Unicode patterns cost several times more per sentence.
 */
export const EVENT_CUES: ReadonlyArray<readonly [EventKind, RegExp]> = [
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
    /(?<![\p{L}])(?:banjir|gempa|longsor|kebakaran|ledakan|merendam|mengguncang|guncangan|unjuk rasa|demonstrasi|protes|mengungsi|tewas|meninggal|terluka|hangus|ludes|luka bakar|luka-luka|cedera|dilalap|memperkirakan (?:jumlah )?(?:massa|peserta|kerumunan)|flood(?:s|ed|ing)?|earthquake|quake|tremors?|explosion|fire|burn(?:ed|t)|gutted|destroyed|(?:estimated|put) the crowd|rall(?:y|ied|ies)|protest(?:s|ed|ers)?|killed|died|injured|registered|elected|election|arrested|detained|ditangkap|diamankan|gathered|berkumpul|thronged|memadati|disaksikan|menyaksikan|dihadiri|menghadiri|attended|witnessed|searched|combed|scoured|menyisir)(?![\p{L}])/gu,
  ],
];
/** "menerima Perdana Menteri …": receiving someone is a meeting. */
const RECEIVES = /(?<![\p{L}])(?:menerima|received|receives|hosted|hosts|menjamu)\s+(?=\p{Lu})/gu;
/** Words before an event word that make it hoped for, not happened ("little hope of agreement"). */
const HOPED_FOR =
  /(?:hopes?|prospects?|chances?|likelihood|possibility|harapan|peluang|kemungkinan|prospek)\s+(?:(?:of|for|untuk|akan|bagi|tercapainya|adanya)\s+)?(?:(?:a|an|the|any)\s+)?$/u;
/** A relative clause inside a speaker: its subject did what the clause says, if it is an event. */
export const SPEAKER_CLAUSE = /,\s*(?:who|yang)\s/u;
export function clauseEvent(speaker: string): boolean {
  const m = SPEAKER_CLAUSE.exec(speaker);
  if (!m) return false;
  const clause = speaker.slice(m.index).toLowerCase();
  return EVENT_CUES.some(([, re]) => {
    re.lastIndex = 0;
    return re.test(clause);
  });
}

/** The event words of a sentence and the kind the first of them names (null when it has none). */
export function eventWords(text: string): { kind: EventKind | null; cues: string[] } {
  const cues: string[] = [];
  let kind: EventKind | null = null;
  RECEIVES.lastIndex = 0;
  const receives = [...text.matchAll(RECEIVES)].map((m) => m[0].trim());
  if (receives.length) {
    kind = "meeting";
    cues.push(...receives);
  }
  const lower = text.toLowerCase();
  // Lower-casing keeps offsets except for rare letters ("İ"); then the lower-case word is the cue.
  const same = lower.length === text.length;
  for (const [k, re] of EVENT_CUES) {
    re.lastIndex = 0;
    const words = [...lower.matchAll(re)]
      .filter((m) => !HOPED_FOR.test(lower.slice(Math.max(0, m.index - 30), m.index)))
      .map((m) => (same ? text.slice(m.index, m.index + m[0].length) : m[0]));
    if (words.length === 0) continue;
    kind ??= k;
    cues.push(...words);
  }
  return { kind, cues };
}
