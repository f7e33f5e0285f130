// Candidate claims: sentences that state an event (meeting, visit, agreement, military action,
// statement) with participants and/or a date. One candidate per sentence; the fact-checker
// confirms the event, the claim and its value before anything is recorded.
import type { EventKind } from "@kroscek/schema";
import type { AliasIndex } from "./entities";
import type {
  Attribution,
  CandidateClaim,
  ClaimParticipant,
  EntityMention,
  ExtractedDate,
  ProposedEntity,
  Sentence,
  TextSpan,
} from "./types";

/** Event words by kind, most specific first: the first kind found names the event. */
const EVENT_CUES: ReadonlyArray<readonly [EventKind, RegExp]> = [
  [
    "military_action",
    /(?<![\p{L}])(?:menembakkan|ditembakkan|meluncurkan|diluncurkan|menyerang|serangan|uji coba (?:rudal|senjata|nuklir)|latihan militer|mengirim(?:kan)? pasukan|invasi|fired|launched|attacked|attack|strikes?|missile test|invaded|invasion)(?![\p{L}])/giu,
  ],
  [
    "meeting",
    /(?<![\p{L}])(?:bertemu|pertemuan|menggelar pembicaraan|melakukan pembicaraan|berunding|perundingan|KTT|met|meeting|meets|held talks|talks|summit)(?![\p{L}])/giu,
  ],
  [
    "visit",
    /(?<![\p{L}])(?:kunjungan|berkunjung|mengunjungi|lawatan|visit(?:ed|s|ing)?|trip to)(?![\p{L}])/giu,
  ],
  [
    "agreement",
    /(?<![\p{L}])(?:menandatangani|ditandatangani|perjanjian|kesepakatan|sepakat|pakta|signed|agreement|treaty|deal|agreed|pact)(?![\p{L}])/giu,
  ],
];

/** Cues that only cite a source: its speaker reports the event rather than taking part in it. */
const SOURCE_CUE =
  /^(?:kata|ujar|tutur|jelas|ungkap|menurut|sumber|source|mengatakan|menyatakan|menegaskan|menekankan|menyebut(?:kan)?|menilai|said|says|told|stated|according to)/iu;

const PLACE_PREPOSITION = /(?:^|\s)(?:di|ke|dari|in|at|to)\s*$/iu;

export interface ClaimContext {
  sentences: readonly Sentence[];
  dates: readonly ExtractedDate[];
  mentions: readonly EntityMention[];
  proposals: readonly ProposedEntity[];
  attributions: readonly Attribution[];
  index: AliasIndex;
  body: string;
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
  sentences.forEach((sentence, si) => {
    if (sentence.furniture) return;
    const cues: string[] = [];
    let kind: EventKind | null = null;
    for (const [k, re] of EVENT_CUES) {
      re.lastIndex = 0;
      const words = [...sentence.text.matchAll(re)].map((m) => m[0]);
      if (words.length === 0) continue;
      kind ??= k;
      cues.push(...words);
    }
    const attributions = attributionsOf[si] as Attribution[];
    const attribution = attributions.find((a) => a.kind !== "anonymous") ?? attributions[0] ?? null;
    if (!kind && attribution?.speaker && attribution.kind.startsWith("named")) {
      kind = "statement";
      cues.push(attribution.cue.text);
    }
    if (!kind) return;
    const speakerSpan = attribution?.speaker ?? null;
    const participants: ClaimParticipant[] = [];
    let place: ClaimParticipant | null = null;
    const add = (p: ClaimParticipant) => {
      const key = p.entityId ?? p.name.toLowerCase();
      if (!participants.some((q) => (q.entityId ?? q.name.toLowerCase()) === key)) participants.push(p);
    };
    for (const m of mentionsOf[si] as EntityMention[]) {
      const isSpeaker = speakerSpan !== null && within(m, speakerSpan);
      if (kind === "statement" ? !isSpeaker : isSpeaker && SOURCE_CUE.test(attribution?.cue.text ?? ""))
        continue;
      const entityKind = ctx.index.kinds.get(m.entityId);
      const p = { entityId: m.entityId, name: m.text, span: { start: m.start, end: m.end, text: m.text } };
      if (entityKind === "place" && kind !== "statement") {
        if (!place && PLACE_PREPOSITION.test(ctx.body.slice(sentence.start, m.start))) place = p;
        continue;
      }
      add(p);
    }
    for (const { group: g, ...s } of proposalsOf[si] as Array<TextSpan & { group: ProposedEntity }>) {
      if (g.kind === "place") {
        if (!place && PLACE_PREPOSITION.test(ctx.body.slice(sentence.start, s.start)))
          place = { entityId: null, name: g.name, span: s };
      } else if (g.kind === "person" || g.kind === "organisation")
        add({ entityId: null, name: g.name, span: s });
    }
    participants.sort((a, b) => a.span.start - b.span.start);
    const dates = (datesOf[si] as ExtractedDate[]).filter((d) => !d.furniture);
    const date = dates.find((d) => d.status === "resolved") ?? dates[0] ?? null;
    if (participants.length === 0 && !date) return;
    let confidence = kind === "statement" ? 0.3 : 0.4;
    if (date) confidence += date.status === "resolved" ? 0.2 : 0.1;
    confidence += Math.min(2, participants.length) * 0.1;
    if (place) confidence += 0.05;
    if (attribution) confidence += 0.05;
    out.push({
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
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
