// Candidate claims: sentences that state an event (meeting, visit, agreement, military action,
// statement, other happenings such as a flood or a rally) with a date, a place or participants.
// One candidate per sentence; the fact-checker confirms the event, the claim and its value before
// anything is recorded. Places come from the place finder and are never participants; the span
// never holds an injected spam token.
import type { EventKind } from "@kroscek/schema";
import { findQuantities, isMeasureOfKind } from "../reading/quantities";
import { unitKey } from "../rules/units";
import { GOVERNMENT_BEFORE, genericPair, sentenceParties, THE_TWO } from "./claim-parties";
import { placeOfSentence } from "./claim-place";
import { startOfState } from "./dates";
import type { AliasIndex } from "./entities";
import { clauseEvent, eventWords, SPEAKER_CLAUSE } from "./event-words";
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
import { PLACE_WORDS } from "./words";

/** A wire dateline opening a lead ("SEOUL, Sept 14 (Reuters) - "): its date is the filing date. */
const DATELINE = /^[\p{Lu}][\p{L}\p{N} .,'’-]{0,60}\([^()\n]{2,40}\)\s*(?:--|[-–—])\s*/u;

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
/** A description in the present: "Batam, an island …, is a frequent transit point", "Aconcagua adalah gunung tertinggi". */
const DESCRIBES =
  /(?:^|\s)(?:is|are)\s+(?:a|an|the|one of|among)\s|(?:^|\s)(?:merupakan|adalah)\s+(?:salah satu\s+)?\p{Ll}/u;
/** Verbs of leaving a place: the event is where it leaves from. */
const DEPARTS =
  /(?<![\p{L}])(?:berangkat|bertolak|lepas landas|meninggalkan|departed|departs|left|set sail|sailed from|took off from)(?![\p{L}])/iu;
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

/** The rest of a name split by commas and its bracketed acronym after a speaker. */
const SPEAKER_REST =
  /^(?:\s*,\s*\p{Lu}[\p{L}-]*|,?\s+(?:dan|and|&)\s+\p{Lu}[\p{L}-]*)*\s*\([\p{Lu}\p{N}-]{2,10}\)/u;

/** Unnamed speakers whose words are assessments: analysts, observers, experts, economists. */
const ASSESSOR =
  /^(?:(?:seorang|sejumlah|beberapa|para|banyak|some|several|many|most|other|the|an?|one)\s+)*(?:analis|pengamat|ekonom|pakar|ahli|analysts?|observers?|economists?|experts?|commentators?)(?![\p{L}])/iu;

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

/** Candidate claims of the kept (non-furniture) sentences. */
/** How many different people were named before the `next`-th entry of the article's people. */
function peopleSeen(people: ReadonlyArray<{ entityId: string | null; name: string }>, next: number): number {
  return new Set(people.slice(0, next).map((p) => p.entityId ?? p.name.toLowerCase())).size;
}

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
  // The countries named, by the ledger or the gazetteer, for "kedua negara" / "the two countries".
  const countries = [
    ...ctx.mentions
      .filter((m) => ctx.index.kinds.get(m.entityId) === "country")
      .map((m) => ({ at: m.start, entityId: m.entityId as string | null, name: m.text })),
    ...(ctx.places ?? [])
      .filter((p) => p.kind === "country" && !ctx.mentions.some((m) => m.start === p.start))
      .map((p) => ({ at: p.start, entityId: p.entityId, name: p.text })),
  ].sort((a, b) => a.at - b.at);
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
    const found = eventWords(span.text);
    let kind: EventKind | null = found.kind;
    cues.push(...found.cues);
    const eventCue = found.cues.length > 0;
    const lower = span.text.toLowerCase();
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
    // "in Nairobi's central business district", "in Central Java's Batang regency": a part of the
    // place, so the event is in it.
    const possessive = (p: PlaceMention) =>
      /^['’]s(?![\p{L}])/u.test(ctx.body.slice(p.end, p.end + 3)) &&
      !(
        /(?:^|\s)(?:in|at|inside|within|across)\s+$/iu.test(
          ctx.body.slice(Math.max(0, p.start - 8), p.start),
        ) &&
        /^['’]s\s+(?:(?:\p{Ll}+|\p{Lu}\p{L}+)\s+){0,3}?(?:district|regency|province|city|centre|center|outskirts|suburbs?|port|capital|county|region|town|village|area|quarter)(?![\p{L}])/u.test(
          ctx.body.slice(p.end, p.end + 48),
        )
      );
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
    // A departure happens where it leaves from: "Kapal itu berangkat dari Pelabuhan Namlea menuju Ambon".
    const departs = DEPARTS.test(span.text);
    // "travelling from Aswan to Cairo derailed near the city of Sohag": where it happened is
    // the place "at", "in" or "near" names, before where the journey was going.
    const destination = (p: PlaceMention) =>
      /(?:^|\s)(?:to|ke|menuju)\s+(?:the\s+)?$/iu.test(ctx.body.slice(Math.max(0, p.start - 10), p.start));
    const where =
      (departs ? candidates.find(origin) : undefined) ??
      candidates.find((p) => !origin(p) && !destination(p) && !governmentOf(p)) ??
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
    // "… reopen the ferry route, suspended since 2020, in January": a state's start ("since 2020")
    // dates the event only when the sentence has no other date.
    const since = (d: ExtractedDate) => startOfState(ctx.body, d.start, span.start);
    const date =
      dates.find((d) => d.status === "resolved" && !since(d)) ??
      dates.find((d) => d.status === "resolved") ??
      dates[0] ??
      null;
    // A sentence with no event word still reports something when it says where or when.
    // A continent or a compass region alone ("di Asia") says too little to make one.
    const siteOrCity =
      where !== undefined &&
      !(where.via === "cue" && /^\p{L}+$/u.test(where.text) && PLACE_WORDS.has(where.text.toLowerCase()));
    // "Jembatan itu melintang di atas Sungai X": where something lies is no event.
    const liesAt =
      !eventCue && date?.status !== "resolved" && (LIES_AT.test(span.text) || DESCRIBES.test(span.text));
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
    // "Keduanya mengibarkan bendera …", "The pair reached …": the two people named last act.
    if (
      !kind &&
      THE_TWO.test(span.text.trimStart()) &&
      peopleSeen(people, nextPerson) >= 2 &&
      genericPair(
        ctx.body,
        people.slice(0, nextPerson),
        countries.filter((c) => c.at < span.start),
      ).of === "people"
    ) {
      actorRule = true;
      kind = "other";
      cues.push((THE_TWO.exec(span.text.trimStart()) as RegExpExecArray)[0]);
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
    // "Menurut Yoga, badai sempat menahan pendakian … di kamp X": a named person's account of
    // what happened at a site is a cited fact, not an assessment.
    const opinion =
      attribution !== null &&
      OPINION_CUE.test(attribution.cue.text) &&
      !(CITES_FACT.test(attribution.cue.text) && attribution.start > span.start + span.text.length / 2) &&
      !(
        CITES_FACT.test(attribution.cue.text) &&
        attribution.kind === "named_person" &&
        where?.via === "cue" &&
        where.kind === "place"
      );
    if (
      (quoted || opinion) &&
      date?.status !== "resolved" &&
      (kind === "other" || kind === "statement") &&
      !eventWord
    )
      return;
    // Analysts, observers and economists assess what may happen; they report no event ("Seorang
    // analis perbankan … memperkirakan …", "Analysts said the lender was likely to close …").
    if (
      attribution?.kind === "anonymous" &&
      speakerSpan !== null &&
      ASSESSOR.test(speakerSpan.text) &&
      (kind === "other" || kind === "statement")
    )
      return;
    // No locative word, but an event word and a site or city in the sentence: "banjir … memutus jalan yang
    // menghubungkan Padang dengan Bukittinggi", "MK menurunkan …".
    const place = placeOfSentence({
      ctx,
      span,
      kind,
      eventCue,
      actorRule,
      places,
      locatedAt,
      outsideSpeaker,
      possessive,
    });
    const participants = sentenceParties({
      ctx,
      span,
      kind,
      lower,
      mentions,
      places,
      proposals: proposalsOf[si] as Array<TextSpan & { group: ProposedEntity }>,
      attribution,
      speakerSpan,
      speakerActs,
      natural,
      where,
      peopleBefore: people.slice(0, nextPerson),
      countriesBefore: countries.filter((c) => c.at < span.start),
      pronounOpens,
      isPlace,
      outsideSpeaker,
    });
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
