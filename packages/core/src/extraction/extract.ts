// extractArticle: one article body in, every suggestion out (furniture, sentences, dates, entity
// mentions and proposals, attributions, spam, candidate claims), all with offsets into the
// original body. Pure and synchronous; the API stores the result on import.

import { DEFAULT_TIME_ZONE, offsetZoneOf } from "@kroscek/schema";
import { detectLanguage } from "../language";
import { detectSpam } from "../rules/spam";
import { articleWire, canonicalWireName } from "../rules/wire";
import { findAttributions } from "./attributions";
import { findClaims } from "./claims";
import { findSentenceDates } from "./dates";
import { findEntityMentions, indexAliases, proposeEntities } from "./entities";
import { findFurniture, keptRanges, linesOf } from "./furniture";
import { locate } from "./places";
import { splitSentences } from "./sentences";
import type { Attribution, Extraction, ExtractOptions } from "./types";
import { namesVessel, wordsOf } from "./words";

/** The wire a contributor line credits ("The Associated Press contributed to this report."). */
function contributorWire(attributions: readonly Attribution[]): string | null {
  const line = attributions.find((a) => a.kind === "wire" && /contribut|berkontribusi/iu.test(a.cue.text));
  return line?.speaker ? canonicalWireName(line.speaker.text) : null;
}

/** Version of the extractor, stored with suggestions so stale ones can be recomputed. */
export const EXTRACTOR_VERSION = "extract-12";

function languageOf(body: string, given: string | undefined): "id" | "en" {
  const tag = given?.toLowerCase().split("-")[0];
  if (tag === "id" || tag === "ms") return "id";
  if (tag === "en") return "en";
  // A few paragraphs decide the language as well as the whole text, at a fraction of the cost.
  return detectLanguage(body.slice(0, 4_000)) === "en" ? "en" : "id";
}

/** Extracts suggestions from an article body; every offset is a JS string index into `body`. */
export function extractArticle(body: string, options: ExtractOptions): Extraction {
  const language = languageOf(body, options.language);
  const furniture = findFurniture(body);
  const cleanedRanges = keptRanges(body, furniture);
  const inFurniture = (start: number, end: number) => furniture.some((f) => start < f.end && end > f.start);

  const furnitureLines = furniture.flatMap((f) =>
    linesOf(f.text).map((l) => ({ start: f.start + l.start, end: f.start + l.end, furniture: true })),
  );
  const ranges = [...cleanedRanges.map((r) => ({ ...r, furniture: false })), ...furnitureLines].sort(
    (a, b) => a.start - b.start,
  );
  const sentences = splitSentences(body, ranges, language);

  // A stamp with an offset and no zone ("2023-09-14T07:45:00+10:00") keeps its own local day.
  const timeZone = options.timeZone ?? offsetZoneOf(options.publishedAt) ?? DEFAULT_TIME_ZONE;
  const dates = findSentenceDates(sentences, { publishedAt: options.publishedAt, timeZone }, inFurniture);

  const words = wordsOf(body);
  const lowercaseWords = new Set<string>();
  for (const w of words) if (!w.capital) lowercaseWords.add(w.norm);
  const index = indexAliases(options.aliases);
  const entities = findEntityMentions(body, words, index, inFurniture);
  const proposedEntities = proposeEntities(body, words, entities, inFurniture, lowercaseWords);
  const spam = detectSpam(body).map((t) => ({ start: t.start, end: t.end, text: t.token, reason: t.reason }));
  const located = locate({
    body,
    words,
    mentions: entities,
    proposals: proposedEntities,
    index,
    lowercaseWords,
  });
  const governments = located.governments;
  // A spam token is never a place ("Main sekarang di SLOTGACOR88.BIZ", "hubungi WA 0812-…").
  const places = spam.length
    ? located.places.filter((p) => !spam.some((t) => p.start < t.end && p.end > t.start))
    : located.places;
  // A proposed name that is a place is proposed as a place, never as a person; a ship's name
  // ("kapal tunda Sinar Bahari") is neither.
  for (const p of proposedEntities)
    if (
      p.kind !== "place" &&
      p.mentions.every((s) => places.some((q) => q.start <= s.start && q.end >= s.end))
    )
      p.kind = "place";
    else if (
      p.mentions.every(
        (s) =>
          namesVessel(body, s.text, s.start) ||
          // "Long Iram–Melak": two places joined by a dash, a route.
          (/[–—]/u.test(s.text) &&
            wordsOf(s.text).every((w) =>
              places.some((q) => q.start <= s.start + w.start && q.end >= s.start + w.end),
            )),
      )
    )
      p.kind = "unknown";
  const attributions = findAttributions({
    body,
    sentences,
    mentions: entities,
    proposals: proposedEntities,
    index,
    lowercaseWords,
    places,
  }).filter((a) => !spam.some((s) => a.start < s.end && a.end > s.start));
  const claims = findClaims({
    sentences,
    dates,
    mentions: entities,
    proposals: proposedEntities,
    attributions,
    index,
    body,
    places,
    governments,
    spam,
    language,
  });
  // A credited article's sentences are the wire's: a claim citing no one cites the credit.
  const credit = attributions.find((a) => a.kind === "wire");
  if (credit) for (const c of claims) c.attribution ??= credit;
  return {
    language,
    cleanedRanges,
    furniture,
    sentences,
    dates,
    entities,
    places,
    proposedEntities,
    attributions,
    spam,
    claims,
    wire: articleWire({ wireCredit: options.wireCredit ?? null, body }) ?? contributorWire(attributions),
  };
}
