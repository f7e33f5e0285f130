// Attribution cues and the speaker they cite: "kata X", "X mengatakan", "menurut X", "sumber :
// reuters", "disampaikan oleh X", agentless "dinilai", English "X said", "according to X".
// Classified with the rules' classifyAttributionText, then refined by the entities the speaker
// names: a person gives named_person, an organisation, country or place (metonymy: "Moskow
// mengatakan") gives named_org.
import type { AttributionKind } from "@kroscek/schema";
import { classifyAttributionText } from "../rules/attribution";
import { canonicalWireName, WIRE_ALIAS_PATTERN } from "../rules/wire";
import { CUES } from "./attribution-cues";
import { findCredits } from "./credits";
import type { AliasIndex } from "./entities";
import { speakerKind, unnamedOrInstitution } from "./speakers";
import type { Attribution, EntityMention, PlaceMention, ProposedEntity, Sentence, TextSpan } from "./types";
import { FUNCTION_WORDS, ORG_WORDS, TITLES, wordsOf } from "./words";

const ADVERBS = new Set(
  "juga pun telah sudah kembali akan tidak tak terus pernah sebelumnya lalu kemudian bahkan hanya masih secara resmi berulang kali also has have had previously later then again".split(
    " ",
  ),
);
const STOP_AFTER = new Set(
  "kepada dalam pada di saat ketika melalui bahwa yang seperti sebagaimana usai setelah sebelum sambil to in on at during after before while that who as".split(
    " ",
  ),
);
const LEADING =
  /^(?:(?:bagi|untuk|bahkan|namun|tetapi|tapi|dan|sementara itu|sedangkan|kemudian|lalu|for|but|and|however|meanwhile|which|who)\s+)+/iu;
const PRONOUN = /^(?:ia|dia|beliau|nya|he|she)$/iu;
/** Words that make an unnamed speaker a speaker at all ("para ahli", "beberapa pihak"). */
const HUMAN = new Set(
  "pihak ahli pakar pengamat analis penganalisis pejabat sumber juru bicara jubir menteri presiden pemimpin pemerintah warga masyarakat negara kalangan kelompok partai tokoh aktivis diplomat politisi wartawan media laporan saksi polisi militer tentara sekutu sekutunya komisi kementerian badan commission ministry agency committee council court countries official officials expert experts analyst analysts source sources spokesperson spokesman minister president leader leaders lawmakers senators police government observers critics residents witnesses report reports allies".split(
    " ",
  ),
);
/** Nouns and prepositions that end a speaker read backwards from "yang" ("di kalangan negara-negara Barat, yang …"). */
const BACK_STOP = new Set("kalangan antara tengah".split(" "));
const CHANNEL =
  /^\s*(?:dalam|melalui|lewat|in|via)\s+(?:sebuah\s+|a\s+|an\s+)?(?:pernyataan|siaran pers|keterangan (?:tertulis|resmi)|dokumen|surat|laporan|statement|press release|written statement|document|letter|report)[^,.;\n]*/iu;
const MAX_WORDS = 14;
/**
 * A relative clause or an apposition between a subject and its verb: ", who declined to be named,",
 * ", yang …,", "Pacific Crest Shipping, the tanker's operator, said".
 */
const RELATIVE_BEFORE =
  /,\s*(?:who|which|yang|the|its|his|her|their|a|an|selaku|spokes(?:man|woman|person)|head|chief|director|chairman|chairwoman|secretary|minister|commander|kepala|juru bicara|direktur|ketua|komandan)\s[^,.;:!?“”"\n]{3,90},\s*$/u;
/**
 * A sentence's short subject and its name set off by commas before the verb: "Its operator,
 * Huaxing Satellite Communications, said". The speaker is before the verb, not after it.
 */
const APPOSED_NAME =
  /^(?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+,\s*\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4},\s*$/u;
const ANONYMOUS_HEADS =
  /(?<![\p{L}])(?:pejabat|sumber|laporan|media|seorang|diplomat|pegawai|petugas|narasumber|officials?|sources?|reports?|media|diplomats?)(?![\p{L}])/iu;

function span(body: string, start: number, end: number): TextSpan {
  return { start, end, text: body.slice(start, end) };
}

function trimSpan(body: string, start: number, end: number): TextSpan | null {
  while (start < end && /[\s,:;–—-]/u.test(body.charAt(start))) start++;
  while (end > start && /[\s,:;–—-]/u.test(body.charAt(end - 1))) end--;
  return end > start ? span(body, start, end) : null;
}

/** The speaker after a cue: up to punctuation or a preposition; a ", Name," apposition is kept. */
function speakerAfter(body: string, from: number, limit: number, stopWords: boolean): TextSpan | null {
  const words = wordsOf(body.slice(from, limit));
  let end = from;
  let count = 0;
  for (const w of words) {
    const start = from + w.start;
    const gap = body.slice(end, start);
    if (count > 0 && /[,.;:!?“”"()\n]/.test(gap)) {
      const appos =
        /^\s*,\s*$/.test(gap) &&
        w.capital &&
        /^\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s*[,.]/u.test(body.slice(start, limit));
      if (!appos) break;
    }
    if (count === 0 && /[.;!?“”"\n]/.test(gap)) return null;
    // A capitalised "Dalam" belongs to a title ("Menteri Dalam Negeri"), not to the clause.
    if (count > 0 && stopWords && !w.capital && STOP_AFTER.has(w.norm)) break;
    end = from + w.end;
    if (++count >= MAX_WORDS) break;
  }
  return count ? trimSpan(body, from, end) : null;
}

/** The speaker before a cue: the noun phrase back to the clause boundary, adverbs skipped. */
function speakerBefore(body: string, sentence: Sentence, cueStart: number): TextSpan | null {
  // "A military officer, who spoke on condition of anonymity, said": the subject is before the
  // relative clause, and the clause is part of the speaker.
  const rel = RELATIVE_BEFORE.exec(body.slice(sentence.start, cueStart));
  if (rel) {
    const subject = speakerBefore(body, sentence, sentence.start + rel.index);
    if (subject) return trimSpan(body, subject.start, sentence.start + rel.index + rel[0].trimEnd().length);
  }
  const before = wordsOf(body.slice(sentence.start, cueStart)).map((w) => ({
    ...w,
    start: w.start + sentence.start,
    end: w.end + sentence.start,
  }));
  let k = before.length - 1;
  while (k >= 0 && ADVERBS.has((before[k] as { norm: string }).norm)) k--;
  if (k < 0) return null;
  const last = before[k] as { start: number; end: number; norm: string };
  let end = last.end;
  // "Bagi Putin yang mengatakan", "negara-negara Barat, yang menganggap": the head before "yang".
  if (last.norm === "yang") {
    k--;
    if (k < 0) return null;
    end = (before[k] as { end: number }).end;
    let start = end;
    for (let i = k, n = 0; i >= 0 && n < 5; i--, n++) {
      const w = before[i] as { start: number; end: number; norm: string };
      if (i < k && /[.;:!?“”"\n,]|--|[–—]/.test(body.slice(w.end, start))) break;
      if (FUNCTION_WORDS.has(w.norm) && w.norm !== "ada" && i < k) break;
      if (BACK_STOP.has(w.norm)) break;
      start = w.start;
    }
    return trimSpan(body, start, end);
  }
  const clauseEnd = body.slice(end, cueStart);
  // "X, terutama Y dan Z, menyatakan": the verb follows an apposition; the subject opens the clause.
  const afterComma =
    /,\s*$/.test(body.slice(sentence.start, cueStart).replace(/\s+$/, "")) || /,/.test(clauseEnd);
  let start = end;
  let count = 0;
  for (let i = k; i >= 0; i--) {
    const w = before[i] as { start: number; end: number };
    const gap = body.slice(w.end, start === end && i === k ? end : start);
    if (i < k && /[.;:!?“”"\n]|--|[–—]|\s-\s/.test(gap)) break;
    if (i < k && /,/.test(gap) && !afterComma) break;
    start = w.start;
    if (++count >= (afterComma ? 24 : MAX_WORDS)) break;
  }
  const raw = trimSpan(body, start, end);
  if (!raw) return null;
  const lead = LEADING.exec(raw.text);
  return lead ? trimSpan(body, raw.start + lead[0].length, raw.end) : raw;
}

/** A country's institution after its possessive: "'s transport ministry", "'s disaster agency". */
const OWNED_INSTITUTION =
  /^['’]s?\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}?(?:ministry|agency|department|office|authority|commission|bureau|regulator|embassy|central bank)(?![\p{L}])/u;

function kindOfEntity(index: AliasIndex, id: string): "person" | "org" | null {
  const kind = index.kinds.get(id);
  if (kind === "person") return "person";
  if (kind === "organisation" || kind === "country" || kind === "place") return "org";
  return null;
}

export interface AttributionContext {
  body: string;
  sentences: readonly Sentence[];
  mentions: readonly EntityMention[];
  proposals: readonly ProposedEntity[];
  index: AliasIndex;
  lowercaseWords: ReadonlySet<string>;
  /** Places of the body: a speaker that is only a place is its government ("Washington said"). */
  places?: readonly PlaceMention[];
}

/**
 * A wire as the agent of a survey or an interview inside a speaker ("ekonom yang disurvei
 * Reuters", "analysts polled by Reuters"): the wire is not credited, the people it asked speak.
 */
const WIRE_AS_AGENT = new RegExp(
  `\\s*(?:yang\\s+)?(?:disurvei|dihimpun|diwawancarai|dikutip|surveyed|polled|compiled|interviewed|quoted|cited)\\s+(?:oleh\\s+|by\\s+)?(?:${WIRE_ALIAS_PATTERN})(?![\\p{L}])`,
  "iu",
);

/** A verb of saying inside a speaker read backwards: the later verb belongs to what is reported. */
const REPORTED_BEFORE =
  /(?<![\p{L}])(?:said|says|told|mengatakan|menyatakan|menegaskan|menyebutkan|kata|ujar)\s+(?:that\s+|bahwa\s+)?\S/iu;

/** Verbs that are the act itself when an object follows ("pledged the officers", "announced the deal"). */
const ACT_VERB = /^(?:announced|pledged|promised|mengumumkan|menjanjikan)$/iu;
const ACT_OBJECT = /^\s+(?:the|a|an|its|his|her|their|\d|new|plans?|rencana|sebuah|\p{Lu})/u;
/** An auxiliary before a reporting verb that makes it passive ("were told", "had been warned"). */
const PASSIVE_BEFORE = /(?<![\p{L}])(?:was|were|been|being|is|are|be|get|got)\s+$/iu;
/** A headline's agentless passive ("Kapal Asing Diduga Curi Ikan"), which title case hides. */
const HEADLINE_PASSIVE =
  /(?<![\p{L}])(?:Diduga|Dikabarkan|Disebut|Dilaporkan|Konon|Reportedly|Allegedly)(?![\p{L}])/gu;
/** A relative clause right after a speaker: ", who asked not to be named", " yang enggan …". */
const CLAUSE_AFTER_SPEAKER = /^\s*,?\s*(?:yang|who)\s[^,.;:!?“”"\n]{3,80}/u;
/** Words of an unnamed source's relative clause ("who spoke on condition of anonymity"). */
export const UNNAMED_CLAUSE =
  /anonymity|not to be (?:named|identified)|declined to be (?:named|identified)|(?:tidak|tak|enggan) (?:mau |ingin )?(?:disebut|disebutkan|diungkap) (?:nama|identitas)/iu;

/**
 * Whether a capitalised reporting word sits inside a name ("Ketua Umum Partai Buruh Said Iqbal"):
 * a capitalised word on each side, not at the sentence's start.
 */
function insideName(body: string, sentence: Sentence, start: number, end: number): boolean {
  const word = body.slice(start, end);
  if (!/^\p{Lu}\p{Ll}/u.test(word) || start === sentence.start) return false;
  return (
    /\p{Lu}[\p{L}.]*\s+$/u.test(body.slice(Math.max(sentence.start, start - 30), start)) &&
    /^\s+\p{Lu}/u.test(body.slice(end, end + 3))
  );
}

/** Whether a sentence is a headline: the body's first line, without closing punctuation. */
function headline(body: string, sentence: Sentence): boolean {
  const first = body.search(/\S/);
  if (sentence.start !== first) return false;
  const line = body.slice(first, body.indexOf("\n", first) === -1 ? body.length : body.indexOf("\n", first));
  return !/[.!?”"]\s*$/.test(line.trim());
}

/** Finds attribution cues in every sentence with their speaker, class and entity. */
export function findAttributions(ctx: AttributionContext): Attribution[] {
  const { body } = ctx;
  const out: Attribution[] = [];
  let lastPerson: { entityId: string | null; name: string; at: number } | null = null;
  // People named in the prose (known persons, proposed person names), in text order: a pronoun
  // after them ("Ia mengatakan", "She said") is the person last named, speaker or not.
  const named = [
    ...ctx.mentions
      .filter((m) => ctx.index.kinds.get(m.entityId) === "person")
      .map((m) => ({ entityId: m.entityId as string | null, name: m.text, at: m.start })),
    ...ctx.proposals
      .filter((p) => p.kind === "person")
      .flatMap((p) => p.mentions.map((s) => ({ entityId: null, name: p.name, at: s.start }))),
  ].sort((a, b) => a.at - b.at);
  const lastNamedBefore = (at: number) => {
    let best: (typeof named)[number] | null = null;
    for (const n of named) {
      if (n.at >= at) break;
      best = n;
    }
    return best;
  };
  const personBefore = (at: number) => {
    const n = lastNamedBefore(at);
    return n && (!lastPerson || n.at > lastPerson.at) ? n : lastPerson;
  };
  const credits = findCredits(body, ctx.sentences);
  for (const sentence of ctx.sentences) {
    const found: Attribution[] = credits.filter((c) => c.start >= sentence.start && c.end <= sentence.end);
    for (const cue of CUES) {
      cue.re.lastIndex = 0;
      for (const m of sentence.text.matchAll(cue.re)) {
        const cueStart = sentence.start + m.index;
        const cueEnd = cueStart + m[0].length;
        if (found.some((a) => cueStart < a.cue.end && cueEnd > a.cue.start)) continue;
        if (insideName(body, sentence, cueStart, cueEnd)) continue;
        // "X, who …, said": the speaker is before the clause, read by the verb-after-subject cue.
        if (
          cue.afterClause &&
          cue.speaker === "after" &&
          (RELATIVE_BEFORE.test(body.slice(sentence.start, cueStart)) ||
            (APPOSED_NAME.test(body.slice(sentence.start, cueStart)) &&
              // "berangkat dari Johor, Malaysia, kata …": a place chain, not a subject's apposition.
              !(ctx.places ?? []).some(
                (p) => p.end <= cueStart && /^\s*,\s*$/u.test(body.slice(p.end, cueStart)),
              )))
        )
          continue;
        if (ACT_VERB.test(m[0]) && ACT_OBJECT.test(body.slice(cueEnd, cueEnd + 12))) continue;
        // "Residents … were told to leave": the subject is who was told, not a source.
        if (PASSIVE_BEFORE.test(body.slice(Math.max(sentence.start, cueStart - 12), cueStart))) continue;
        if (cue.afterClause && !/[,”"’]\s*$/u.test(body.slice(sentence.start, cueStart))) continue;
        if (cue.speaker === "line" && m.index !== 0) continue;
        let speaker: TextSpan | null = null;
        if (cue.speaker === "wire") {
          if (!canonicalWireName(m[0].slice(1, -1))) continue;
          speaker = span(body, cueStart + 1, cueEnd - 1);
        } else if (cue.speaker === "after" || cue.speaker === "line") {
          const suffix = /nya$/iu.test(m[0]) && cue.afterClause;
          speaker = suffix
            ? span(body, cueEnd - 3, cueEnd)
            : speakerAfter(body, cueEnd, sentence.end, cue.speaker === "after" && cue.afterClause === true);
          if (!speaker) continue;
        } else if (cue.speaker === "subject") {
          speaker = subjectOf(body, sentence, cueStart);
          if (!speaker || !someone(ctx, speaker)) continue;
        } else if (cue.speaker === "before") {
          speaker = speakerBefore(body, sentence, cueStart);
          if (!speaker || !someone(ctx, speaker)) continue;
          // "A source said Prabowo had told the ministers …": a verb of saying inside what another
          // speaker reports is part of the report, not a source of the article.
          if (REPORTED_BEFORE.test(speaker.text)) continue;
        }
        const a = classify(
          ctx,
          sentence,
          cueStart,
          cueEnd,
          speaker,
          speaker && PRONOUN.test(speaker.text) ? personBefore(cueStart) : lastPerson,
        );
        if (a) found.push(a);
      }
    }
    if (headline(body, sentence)) {
      HEADLINE_PASSIVE.lastIndex = 0;
      for (const m of sentence.text.matchAll(HEADLINE_PASSIVE)) {
        const cueStart = sentence.start + m.index;
        const cueEnd = cueStart + m[0].length;
        if (found.some((a) => cueStart < a.end && cueEnd > a.start)) continue;
        const a = classify(ctx, sentence, cueStart, cueEnd, null, lastPerson);
        if (a) found.push(a);
      }
    }
    found.sort((x, y) => x.start - y.start);
    // "Kapal itu diduga berangkat …, kata seorang petugas": a hedge in a sentence that names its
    // source is that source's, not another attribution.
    if (found.some((a) => a.speaker !== null))
      for (let k = found.length - 1; k >= 0; k--)
        if ((found[k] as Attribution).speaker === null && (found[k] as Attribution).kind === "anonymous")
          found.splice(k, 1);
    for (const a of found) {
      out.push(a);
      if (a.kind === "named_person")
        lastPerson = { entityId: a.entityId, name: a.speaker?.text ?? "", at: a.speaker?.start ?? a.start };
    }
  }
  return out;
}

/**
 * The subject opening a sentence: its capitalised words and title words ("KPU chairman Hasyim
 * Asy'ari"), up to the first other word; null when the sentence opens otherwise.
 */
function subjectOf(body: string, sentence: Sentence, limit: number): TextSpan | null {
  const words = wordsOf(body.slice(sentence.start, limit));
  let end = -1;
  for (const [i, w] of words.entries()) {
    const prev = words[i - 1];
    if (prev && /[,;:()“”"]/.test(body.slice(sentence.start + prev.end, sentence.start + w.start))) break;
    if (!(w.capital || TITLES.has(w.norm) || SUBJECT_TITLES.has(w.norm))) break;
    end = w.end;
    if (i >= 7) break;
  }
  if (end < 0) return null;
  const lead = LEADING.exec(body.slice(sentence.start, sentence.start + end));
  return trimSpan(body, sentence.start + (lead ? lead[0].length : 0), sentence.start + end);
}
const SUBJECT_TITLES = new Set(["chairman", "chairwoman", "head", "kepala", "spokesperson", "spokesman"]);

/** Whether the subject of a reporting verb can be a source ("pertemuan ini menegaskan" cannot). */
function someone(ctx: AttributionContext, speaker: TextSpan): boolean {
  // "A teacher, who declined to be named": whoever asks not to be named is someone.
  if (unnamedOrInstitution(speaker.text) || UNNAMED_CLAUSE.test(speaker.text)) return true;
  if (PRONOUN.test(speaker.text) || /^ada(?![\p{L}])/iu.test(speaker.text)) return true;
  if (ctx.mentions.some((m) => m.start >= speaker.start && m.end <= speaker.end)) return true;
  const words = wordsOf(speaker.text);
  if (words.some((w) => HUMAN.has(w.norm))) return true;
  // A capital counts, except on a sentence's first word when it is a common word or opens a
  // common noun phrase ("Pertemuan ini menegaskan").
  return words.some(
    (w, i) =>
      w.capital &&
      (i > 0 ||
        !(
          ctx.lowercaseWords.has(w.norm) ||
          FUNCTION_WORDS.has(w.norm) ||
          (words[1] !== undefined && !words[1].capital)
        )),
  );
}

function classify(
  ctx: AttributionContext,
  sentence: Sentence,
  cueStart: number,
  cueEnd: number,
  speaker: TextSpan | null,
  lastPerson: { entityId: string | null; name: string } | null,
): Attribution | null {
  const { body } = ctx;
  const cue = span(body, cueStart, cueEnd);
  const start = Math.min(cueStart, speaker?.start ?? cueStart);
  let end = Math.max(cueEnd, speaker?.end ?? cueEnd);
  const base = { cue, speaker, furniture: sentence.furniture, proposedName: null as string | null };
  const result = (kind: AttributionKind, entityId: string | null, confidence: number): Attribution => ({
    ...span(body, start, end),
    ...base,
    kind,
    entityId,
    confidence,
  });
  if (!speaker) return result("anonymous", null, 0.6);
  if (UNNAMED_CLAUSE.test(speaker.text)) return result("anonymous", null, 0.8);
  // "kata seorang perwira Polres X yang enggan disebut namanya": the clause after the speaker
  // says it is unnamed, whatever organisation the speaker's words hold.
  const clause = CLAUSE_AFTER_SPEAKER.exec(body.slice(speaker.end, sentence.end));
  if (clause && UNNAMED_CLAUSE.test(clause[0])) {
    end = Math.max(end, speaker.end + clause[0].length);
    return result("anonymous", null, 0.8);
  }
  if (PRONOUN.test(speaker.text)) {
    return lastPerson ? result("named_person", lastPerson.entityId, 0.7) : result("anonymous", null, 0.4);
  }
  const channel = CHANNEL.exec(body.slice(speaker.end, sentence.end));
  if (channel) end = Math.max(end, speaker.end + channel[0].trimEnd().length);
  // "Indonesia's transport ministry said": the country owns the institution that speaks; the
  // speaker is the institution, not the country (its entity, when there is one, is not named).
  const inSpeaker = ctx.mentions.filter(
    (m) =>
      m.start >= speaker.start &&
      m.end <= speaker.end &&
      !(
        ctx.index.kinds.get(m.entityId) === "country" &&
        OWNED_INSTITUTION.test(body.slice(m.end, speaker.end))
      ),
  );
  const proposed = ctx.proposals.find((p) =>
    p.mentions.some((s) => s.start >= speaker.start && s.end <= speaker.end),
  );
  base.proposedName = inSpeaker.length === 0 && proposed ? proposed.name : null;
  // A sentence-initial common word ("Beberapa pihak", "Penganalisis politik") is not a name.
  let text = speaker.text;
  const first = wordsOf(text)[0];
  const firstMentioned =
    inSpeaker.some((m) => m.start === speaker.start) ||
    proposed?.mentions.some((s) => s.start === speaker.start);
  const firstIsPlace = (ctx.places ?? []).some((p) => p.start === speaker.start);
  if (first && !firstMentioned && !firstIsPlace && first.capital) {
    const rest = wordsOf(text).slice(1);
    const common =
      ctx.lowercaseWords.has(first.norm) ||
      FUNCTION_WORDS.has(first.norm) ||
      (rest[0] !== undefined && !rest[0].capital);
    const initial =
      speaker.start === sentence.start || /[,.:;“”"–—-]\s*$/u.test(body.slice(sentence.start, speaker.start));
    if (common && initial && !TITLES.has(first.norm))
      text = first.text.toLowerCase() + text.slice(first.text.length);
  }
  // "Fishing unions in Hambantota", "officials in Seoul": where the speakers are names none of them.
  for (const p of ctx.places ?? []) {
    if (p.start <= speaker.start || p.end > speaker.end) continue;
    const at = p.start - speaker.start;
    const lead = /(?:^|\s)(?:in|at|from|di|dari)\s+(?:the\s+)?$/iu.exec(text.slice(0, at));
    if (lead)
      text =
        text.slice(0, at - lead[0].length) +
        " ".repeat(lead[0].length + p.end - p.start) +
        text.slice(p.end - speaker.start);
  }
  const channelText = channel ? channel[0] : "";
  const agent = WIRE_AS_AGENT.exec(text);
  if (agent) text = text.slice(0, agent.index) + text.slice(agent.index + agent[0].length);
  const klass = classifyAttributionText(`${text}${channelText}`);
  if (klass === "wire") return result("wire", null, 0.95);
  if (klass === "document") return result("document", inSpeaker[0]?.entityId ?? null, 0.8);
  const ruled = speakerKind({
    text: agent ? text : speaker.text,
    mentions: inSpeaker,
    proposed,
    kindOf: (id) => ctx.index.kinds.get(id),
  });
  if (ruled) return result(ruled.kind, ruled.entityId ?? inSpeaker[0]?.entityId ?? null, 0.75);
  if (klass === "none") return null;
  const person = inSpeaker.find((m) => kindOfEntity(ctx.index, m.entityId) === "person");
  const org = inSpeaker.find((m) => kindOfEntity(ctx.index, m.entityId) === "org");
  // "Colonel Ramon Villareal, spokesman of the army's Western Mindanao Command": the name before
  // the title speaks; the title's organisation does not make the speaker one.
  const apposed =
    /^([^,]+),\s*(?:spokes(?:man|woman|person)|head|chief|director|chairman|chairwoman|secretary|minister|commander|kepala|juru bicara|direktur|ketua|komandan)\s/iu.exec(
      text,
    );
  const words = wordsOf(apposed ? (apposed[1] as string) : text);
  const hasOrgWord = words.some((w) => ORG_WORDS.has(w.norm));
  if (klass === "anonymous") {
    // "Pemerintah Rusia", "Amerika Serikat dan sekutunya": a named state speaks, unless the words
    // are an unnamed person or report of it ("pejabat Rusia", "media pemerintah Rusia").
    if (org && !ANONYMOUS_HEADS.test(text)) return result("named_org", org.entityId, 0.75);
    return result("anonymous", null, 0.7);
  }
  if (person) return result("named_person", person.entityId, 0.9);
  if (proposed?.kind === "person" && !hasOrgWord) return result("named_person", null, 0.65);
  if (org) return result("named_org", org.entityId, 0.85);
  const unknownKind = inSpeaker[0];
  if (unknownKind && !hasOrgWord) return result("named_person", unknownKind.entityId, 0.7);
  if (hasOrgWord || proposed) return result("named_org", unknownKind?.entityId ?? null, 0.65);
  return result("named_person", null, 0.5);
}
