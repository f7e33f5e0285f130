// Flags on one article and its assertions: sourcing, dates, spam, copies, internal inconsistency.

import { type FindingMessage, type OutletParam, renderFinding } from "@kroscek/schema";
import { UNNAMED_CLAUSE } from "../extraction/attributions";
import { splitSentences } from "../extraction/sentences";
import { classifyAttributionText, saysUnnamed } from "./attribution";
import { detectContradictions } from "./contradictions";
import { cmp } from "./emit";
import { detectSpam } from "./spam";
import {
  type CopyGroup,
  type FlagFinding,
  RULE_IDS,
  type RuleArticle,
  type RuleAssertion,
  type RuleDateResolution,
  type RuleOptions,
} from "./types";
import { articleWire } from "./wire";

const outletOf = (x: { outletId: string; outletName: string }): OutletParam => ({
  id: x.outletId,
  name: x.outletName || null,
});

/** The message with its English rendering, the two fields every flag carries. */
function said(message: FindingMessage) {
  return { message, explanation: renderFinding(message, "en") };
}

/** Options for `articleFlags`. */
export interface ArticleFlagOptions extends RuleOptions {
  /** Output of `detectCopies`; members get `flag.syndicated_copy`. */
  copyGroups?: readonly CopyGroup[];
}

/** The slots that say when, where and with whom something happened: what an outlet reports itself. */
const OWN_ACCOUNT_SLOTS = new Set(["date", "place", "participants"]);

// An institution's own act that sets a number: a court's sentence or fine, prosecutors' demand,
// an agency's alert level and the zone it orders cleared ("menaikkan status … dan meminta warga
// menjauh sejauh enam kilometer", "raised the alert level and ordered residents within 6 km").
const OWN_ACT =
  /(?:^|[^\p{L}])(?:menjatuhkan\s+(?:vonis|hukuman|pidana|denda)|memvonis|menghukum|mendenda|menuntut|sentenced|fined|sought|demanded|(?:menaikkan|menurunkan|menetapkan)\s+status|(?:raised|lowered)\s+(?:the|its)\s+(?:alert|warning)\s+level)(?![\p{L}])/iu;
const INSTITUTION =
  /(?:^|[^\p{L}])(?:pengadilan|majelis\s+hakim|mahkamah|jaksa|kejaksaan|penuntut\s+umum|court|tribunal|judges?|prosecutors?|pusat|badan|kementerian|dinas|otoritas|agency|ministry|centre|center|authority|institute|survey)(?![\p{L}])/iu;

/**
 * A toll: deaths, injuries, the missing, the displaced, damage ("merendam 1.200 rumah", "300 kios
 * hangus", "destroyed 40 homes"). A toll needs a source whatever else the sentence says.
 */
const TOLL =
  /(?:^|[^\p{L}])(?:tewas|meninggal|wafat|korban|terluka|luka-luka|luka|hilang|mengungsi|dievakuasi|merendam|terendam|rusak|hancur|hangus|roboh|ambruk|terbakar|killed|dead|died|deaths?|injured|wounded|missing|casualties|displaced|evacuated|destroyed|damaged|flooded|submerged|razed|gutted|burned)(?![\p{L}])/iu;

/**
 * Whether a number in a sentence that dates its event to the day is the outlet's own account of
 * that public event ("Sekitar 3.200 buruh … mogok kerja sejak Senin lalu", "digelar di 22 TPS …
 * pada Sabtu (19/4/2025)"): any number but a toll, which needs a source whatever else is said.
 */
export function crowdOfTheEvent(quote: string): boolean {
  return !TOLL.test(quote);
}

/**
 * Whether a quote reports a named institution's own act that sets its number ("Majelis hakim
 * Pengadilan Tipikor Jakarta Pusat menjatuhkan vonis enam tahun penjara", "Prosecutors of the
 * Seoul Central District Court sought ten years"): the institution, named as the subject, is the
 * source of that number, as a named organisation is. An unnamed one ("Seorang hakim", "a judge")
 * is not named: it needs a capitalised name after the subject's first word.
 */
export function namedInstitutionsOwnAct(quote: string): boolean {
  const act = OWN_ACT.exec(quote);
  if (!act) return false;
  const subject = quote.slice(0, act.index + (act[0].match(/^[^\p{L}]/u) ? 1 : 0));
  const words = subject.trim().split(/\s+/u);
  if (words.length === 0 || words.length > 14 || !INSTITUTION.test(subject)) return false;
  return words.slice(1).some((w) => /^[\p{Lu}(]/u.test(w));
}

/**
 * Whether an article is an outlet's own, accountable report: a named outlet (not the unknown
 * outlet of an article that prints none) and a publication date. Such a report vouches for the
 * when, where and who of what it recounts ("Presiden Joko Widodo menerima … di Istana Merdeka,
 * Selasa (5/3/2024)"), as a dateline does; numbers, statements and accusations still need a source.
 */
export const isOwnAccount = (article: Pick<RuleArticle, "outletKind" | "publishedAt">) =>
  article.outletKind !== "unknown" && article.publishedAt !== null;

/**
 * Sourcing of one assertion: `flag.anonymous_source` when the kind is anonymous or the cited text
 * reads as anonymous ("menurut laporan media pemerintah Rusia"); `flag.unsourced` when the kind is
 * none and the text names no source either, unless the article credits a wire (`wire`): then the
 * wire is the source of everything it says, or the article is the outlet's own account
 * (`ownAccount`, see `isOwnAccount`) and the assertion states when, where or who, or the number is
 * a named institution's own act (see `namedInstitutionsOwnAct`), or the number, not a toll, is
 * stated in a sentence that dates its event to the day or to a time after publication, a plan
 * (`datedSentence`, see `crowdOfTheEvent`).
 * Null when properly sourced.
 */
export function sourcingFlag(
  a: RuleAssertion,
  wire: string | null = null,
  ownAccount = false,
  datedSentence = false,
): FlagFinding | null {
  const text = a.attribution.text;
  const cls = classifyAttributionText(text);
  const base = { articleId: a.articleId, assertionId: a.id };
  const details = {
    attributionKind: a.attribution.kind,
    attributionText: text,
    textClass: cls,
    quote: a.quote,
  };
  // "the police said", "the railways ministry said": an institution the story identifies is named,
  // though its words hold no proper name; only words that say the source is unnamed override it.
  const namedByKind = a.attribution.kind === "named_org" || a.attribution.kind === "named_person";
  if (
    a.attribution.kind === "anonymous" ||
    (cls === "anonymous" && (!namedByKind || saysUnnamed(text ?? "")))
  ) {
    return {
      ...base,
      kind: "anonymous_source",
      ruleId: RULE_IDS.anonymousSource,
      ...said({
        code: "flag.anonymous_source",
        params: { outlet: outletOf(a), quote: a.quote, source: text || null },
      }),
      details,
    };
  }
  const vouched =
    (ownAccount && OWN_ACCOUNT_SLOTS.has(a.value.slot)) ||
    (ownAccount && datedSentence && a.value.slot === "quantity" && crowdOfTheEvent(a.quote)) ||
    (a.value.slot === "quantity" && namedInstitutionsOwnAct(a.quote));
  if (a.attribution.kind === "none" && cls === "none" && wire === null && !vouched) {
    return {
      ...base,
      kind: "unsourced",
      ruleId: RULE_IDS.unsourced,
      ...said({ code: "flag.unsourced", params: { outlet: outletOf(a), quote: a.quote } }),
      details,
    };
  }
  return null;
}

/** `flag.unresolved_relative_date` for a relative date the resolver could not anchor. */
export function unresolvedDateFlag(
  a: RuleAssertion,
  resolution: RuleDateResolution | undefined,
): FlagFinding | null {
  const unresolved = resolution
    ? resolution.interval === null && resolution.kind === "relative"
    : a.value.slot === "date" && a.dateResolved === false;
  if (!unresolved) return null;
  const expression =
    resolution?.expression ?? (a.value.slot === "date" && a.value.expression ? a.value.expression : a.quote);
  const reason = resolution?.reason ?? "there is no date to count from";
  const reasonCode = resolution?.reasonCode ?? (resolution?.reason ? "no_publication_date" : "no_anchor");
  return {
    kind: "unresolved_relative_date",
    ruleId: RULE_IDS.unresolvedRelativeDate,
    articleId: a.articleId,
    assertionId: a.id,
    ...said({
      code: "flag.unresolved_relative_date",
      params: { outlet: outletOf(a), expression, reason: reasonCode },
    }),
    details: { expression, reason, reasonCode, quote: a.quote },
  };
}

/**
 * An article is undated when it has no publication date and none of its claims carries a resolved
 * date: without a publication date a relative date only resolves against an absolute one in the
 * text, so any resolved interval proves an absolute date. Date claims with no resolution record
 * were entered by hand and count as absolute.
 */
function undatedFlag(
  article: RuleArticle,
  assertions: readonly RuleAssertion[],
  resolutions: ReadonlyMap<string, RuleDateResolution>,
): FlagFinding | null {
  if (article.publishedAt !== null) return null;
  const dated = assertions.some((a) => {
    const r = resolutions.get(a.id);
    if (r) return r.interval !== null;
    return a.value.slot === "date" && a.dateResolved !== false;
  });
  if (dated) return null;
  const relative = [...resolutions.values()].filter((r) => r.interval === null).map((r) => r.expression);
  return {
    kind: "undated",
    ruleId: RULE_IDS.undated,
    articleId: article.id,
    assertionId: null,
    ...said({ code: "flag.undated", params: { outlet: outletOf(article), expressions: relative } }),
    details: { unresolvedExpressions: relative },
  };
}

/** One `flag.syndicated_copy` per article, naming the wire credited and/or the copy group. */
function syndicationFlag(article: RuleArticle, groups: readonly CopyGroup[]): FlagFinding | null {
  // A wire's own story is the original, not a copy.
  if (article.outletKind === "wire") return null;
  const wire = articleWire(article);
  const group = groups.find((g) => g.articleIds.includes(article.id));
  if (!wire && !group) return null;
  const others = group ? group.articleIds.filter((id) => id !== article.id) : [];
  return {
    kind: "syndicated_copy",
    ruleId: RULE_IDS.syndicatedCopy,
    articleId: article.id,
    assertionId: null,
    ...said({
      code: "flag.syndicated_copy",
      params: {
        outlet: outletOf(article),
        wire: wire ?? null,
        copies: others.length,
        method: group?.method ?? (wire ? "wire_credit" : null),
      },
    }),
    details: {
      wire,
      copyGroupId: group?.groupId ?? null,
      method: group?.method ?? "wire_credit",
      similarity: group?.similarity ?? null,
      otherArticleIds: others,
    },
  };
}

/** The UTF-16 index of a code point offset of `body`. */
function utf16Index(body: string, codePoint: number): number {
  let i = 0;
  for (let n = 0; n < codePoint && i < body.length; n++) {
    const c = body.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < body.length ? 2 : 1;
  }
  return i;
}

/**
 * Cues of an opinion, a hope or a warning rather than a report of what happened ("Para pengamat
 * menilai", "dinilai sebagai sinyal", "analysts warned"): commentary by unnamed people is not a
 * claim to source.
 */
const OPINION_CUE =
  /^(?:menilai|dinilai|menganggap|dianggap|berharap|memperingatkan|mengecam|mengkritik|memuji|warn|warns|warned|expects?|praised|critici[sz]ed|condemned|argued)$/iu;
/** What will happen, told as such: "was likely to close", "would cut", "akan menutup". */
const FORECAST =
  /(?<![\p{L}])(?:(?:is|was|are|were)\s+(?:likely|expected|set|poised)\s+to|will|would|akan|bakal|diperkirakan\s+akan)\s+\p{L}/iu;
/** Plain verbs of saying. */
const REPORTING_CUE = /^(?:said|says|say|told|kata|ujar|mengatakan|menyatakan)$/iu;
/** Speakers whose trade is interpretation ("Menurut sejumlah analis", "Analysts said"): commentary too. */
const COMMENTATOR =
  /(?<![\p{L}])(?:analis|penganalisis|pengamat|komentator|analysts?|observers?|commentators?|pundits?)(?![\p{L}])/iu;

/**
 * `flag.anonymous_source` on the article itself: the unnamed sources the extractor read in
 * sentences that no assertion of the article records ("Api baru padam setelah lebih dari tiga
 * jam, kata seorang petugas syahbandar yang enggan disebut namanya"), each with its sentence, so
 * an article that leans on unnamed sources is flagged on import, before anything is modelled. A
 * sentence an assertion quotes (or that quotes the attribution) is left to that assertion's flag;
 * unnamed people's opinions (`OPINION_CUE`) and commentators' readings (`COMMENTATOR`) are not
 * flagged, unless the speaker asked not to be named ("Seorang analis yang enggan disebut namanya").
 */
function anonymousTextFlag(article: RuleArticle, own: readonly RuleAssertion[]): FlagFinding | null {
  const found = article.anonymousSources ?? [];
  if (found.length === 0) return null;
  const body = article.body;
  const sentences = splitSentences(body, [{ start: 0, end: body.length }], article.language);
  const sources: Array<{ quote: string; source: string }> = [];
  for (const a of [...found].sort((x, y) => x.start - y.start)) {
    const at = utf16Index(body, a.start);
    const sentence = sentences.find((s) => s.start <= at && at < s.end);
    const quote = sentence?.text ?? a.text;
    // "Analysts said the lender was likely to close …": unnamed commentators who tell, with a plain
    // verb of saying, what will happen are cited as a source; their reading is not ("Analysts said
    // the visit signalled continuity", "Menurut sejumlah analis, …", "Para pengamat menilai …").
    const forecast = REPORTING_CUE.test(a.cue.trim()) && FORECAST.test(quote);
    const commentary = OPINION_CUE.test(a.cue.trim()) || (COMMENTATOR.test(a.text) && !forecast);
    if (commentary && !UNNAMED_CLAUSE.test(a.text)) continue;
    const recorded = own.some((x) => x.quote.includes(a.text) || quote.includes(x.quote));
    if (recorded || sources.some((s) => s.quote === quote)) continue;
    sources.push({ quote, source: a.text });
  }
  if (sources.length === 0) return null;
  return {
    kind: "anonymous_source",
    ruleId: RULE_IDS.anonymousSource,
    articleId: article.id,
    assertionId: null,
    ...said({ code: "flag.anonymous_source_text", params: { outlet: outletOf(article), sources } }),
    details: { sources },
  };
}

function spamFlag(article: RuleArticle): FlagFinding | null {
  const tokens = detectSpam(article.body);
  if (tokens.length === 0) return null;
  return {
    kind: "spam_injection",
    ruleId: RULE_IDS.spamInjection,
    articleId: article.id,
    assertionId: null,
    ...said({
      code: "flag.spam_injection",
      params: { tokens: tokens.map((t) => ({ token: t.token, reason: t.code, term: t.term })) },
    }),
    details: { tokens },
  };
}

/**
 * All flags of one article: spam, undated, syndicated copy (wire credit or copy group), unnamed
 * sources in sentences no assertion records, internal inconsistency among its own assertions,
 * and per assertion unsourced / anonymous source / unresolved relative date. `assertions` are this article's; order is stable.
 */
export function articleFlags(
  article: RuleArticle,
  assertions: readonly RuleAssertion[],
  dateResolutions: readonly RuleDateResolution[],
  options: ArticleFlagOptions = {},
): FlagFinding[] {
  const own = assertions.filter((a) => a.articleId === article.id).sort((x, y) => cmp(x.id, y.id));
  const ids = new Set(own.map((a) => a.id));
  const resolutions = new Map(
    dateResolutions.filter((r) => ids.has(r.assertionId)).map((r) => [r.assertionId, r]),
  );

  const flags: Array<FlagFinding | null> = [
    spamFlag(article),
    undatedFlag(article, own, resolutions),
    syndicationFlag(article, options.copyGroups ?? []),
    anonymousTextFlag(article, own),
  ];
  for (const f of detectContradictions(own, {
    entityNames: options.entityNames,
    placeExtents: options.placeExtents,
  })) {
    if (f.ruleId !== RULE_IDS.internalInconsistency) continue;
    flags.push({
      kind: "internal_inconsistency",
      ruleId: RULE_IDS.internalInconsistency,
      articleId: article.id,
      assertionId: f.assertionAId,
      message: f.message,
      explanation: f.explanation,
      details: {
        ...f.details,
        assertionAId: f.assertionAId,
        assertionBId: f.assertionBId,
        eventId: f.eventId,
      },
    });
  }
  const wire = articleWire(article);
  const ownAccount = isOwnAccount(article);
  // Sentences of the article that name the day of what they report (a day-precision date read from
  // the same quote), or that tell of a plan: a date wholly after publication ("agreed to stage a
  // joint exercise involving 3,000 troops … in August", "akan diteken pada Februari"), whose
  // figures are the plan as its makers announced it, not a count the outlet took from someone.
  const published = article.publishedAt ? Date.parse(article.publishedAt) : Number.NaN;
  const dated = new Set(
    own
      .filter(
        (a) =>
          a.value.slot === "date" &&
          a.dateResolved !== false &&
          (a.value.interval.precision === "day" || Date.parse(a.value.interval.start) >= published),
      )
      .map((a) => a.quote),
  );
  for (const a of own)
    flags.push(
      sourcingFlag(a, wire, ownAccount, dated.has(a.quote)),
      unresolvedDateFlag(a, resolutions.get(a.id)),
    );
  return flags.filter((f): f is FlagFinding => f !== null);
}
