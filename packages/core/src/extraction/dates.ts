// Date expressions of an article through the rules' resolver (findDates), read sentence by
// sentence and only where a sentence holds a word a date expression needs (a digit, a month or
// weekday name, a unit or period word such as "pekan" or "kemarin"): most sentences hold none,
// and the resolver's word-by-word scan is the most expensive step of extraction.
import { type DateContext, findDates } from "../dates";
import { english } from "../dates/english";
import { indonesian } from "../dates/indonesian";
import type { ExtractedDate, Sentence } from "./types";

let trigger: RegExp | null = null;

/** Words of which every date expression contains at least one (or a digit). */
function triggerRe(): RegExp {
  if (trigger) return trigger;
  const words = new Set<string>();
  for (const lex of [indonesian, english]) {
    for (const table of [lex.months, lex.weekdays, lex.units, lex.oneUnit, lex.dayWords, lex.periods])
      for (const key of Object.keys(table)) {
        // Of a phrase ("hari ini", "the day") its longest word: "ini" and "the" are everywhere.
        const longest = key.split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? key;
        words.add(longest.toLowerCase());
      }
  }
  const alt = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
  trigger = new RegExp(`\\d+|(?<![\\p{L}])(?:${alt})(?![\\p{L}])`, "giu");
  return trigger;
}

/** Words a date expression can reach on either side of its trigger word ("dua hari setelah Rabu (17/1/2024)"). */
const REACH = 8;

/** Windows of a sentence around its trigger words, merged, as [start, end) indices of the sentence. */
function windows(text: string, re: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    let start = m.index;
    for (let n = 0; n < REACH && start > 0; n++) {
      start = text.lastIndexOf(" ", start - 2) + 1;
      if (start <= 0) start = 0;
    }
    let end = m.index + m[0].length;
    for (let n = 0; n < REACH && end < text.length; n++) {
      const next = text.indexOf(" ", end + 1);
      end = next === -1 ? text.length : next;
    }
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/**
 * Words that put what follows in the future ("dijadwalkan … pada Rabu", "is due to … on
 * Friday"): a bare weekday after one is the next such day, not the last. An agreement, a
 * pledge, an aim or a hope to do something looks forward too ("sepakat menggelar … pada
 * Agustus", "agreed to stage … in August", "aims to start output in November"), and so does
 * a possibility ("gusts could return on Thursday"; not "could not be reached on Monday"):
 * "sepakat"/"setuju" only before the verb of what is agreed, never before the date itself.
 */
const FUTURE =
  /(?<![\p{L}])(?:dijadwalkan|direncanakan|berencana|rencananya|akan|bakal|hendak|diperkirakan|diprakirakan|memperkirakan|diharapkan|ditargetkan|menargetkan|berharap|berjanji|(?:sepakat|setuju)(?:\s+untuk)?(?=\s+(?:me|ber|di)\p{L}{3,})|will|shall|would|could(?!\s+not|n[’']t)|might(?!\s+not|n[’']t)|(?:is|are|was|were) due to|scheduled|(?<!(?<![\p{L}])(?:than|as)\s)expect(?:s|ed)?|forecasts?|predicts?|(?:is|are|was|were) set to|plans? to|planned|slated|(?:agree[sd]?|aim(?:s|ed)?|hope[sd]?|intend(?:s|ed)?|pledged?|pledges|vow(?:s|ed)?|promise[sd]?|want(?:s|ed)?) to)(?![\p{L}])/iu;
/**
 * A preposition of a span that reaches forward, right before a weekday ("ditutup hingga Rabu",
 * "closed until Monday"): the day is the next one, as after a future word.
 */
const UNTIL_WEEKDAY = /^(?:hingga|sampai|until|till)\s/iu;
/** A shift word that already says the day is past ("hingga Rabu lalu", "until last Monday"). */
const PAST_SHIFT = /(?<![\p{L}])(?:lalu|kemarin|last|ago)(?![\p{L}])/iu;
/** How far before a date a future word still governs it (a clause, roughly). */
const FUTURE_REACH = 90;
/**
 * A completed act before "hingga"/"until": the span reached back to the day, which is past
 * ("Tumpahan itu telah menyebar … hingga Senin malam", "had spread … until Monday").
 */
const PERFECT = /(?<![\p{L}])(?:telah|sudah|had|has)(?![\p{L}])/iu;

function perfectBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - FUTURE_REACH), at);
  const m = PERFECT.exec(before);
  return m !== null && !/[.;:!?“”"]/u.test(before.slice(m.index));
}

function futureBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - FUTURE_REACH), at);
  const m = FUTURE.exec(before);
  // A clause break or a reporting verb between the two ends the future word's reach.
  return (
    m !== null && !/[.;:!?“”"]|(?<![\p{L}])(?:kata|ujar|said|says)(?![\p{L}])/iu.test(before.slice(m.index))
  );
}

/** A month name alone after a preposition: "pada November", "in December", "sejak Maret". */
const BARE_MONTH =
  /(?<![\p{L}])(pada|bulan|sejak|hingga|sampai|untuk|mulai|in|since|until|by|for|from|starting|a|an|the)\s+(?:bulan\s+)?(\p{Lu}\p{Ll}{2,})(?![\p{L}])(?!\s*(?:\d|[-–/]))/giu;
/** A start that can lie on either side of publication ("berlaku mulai Oktober", "from March"). */
const START_WORD = /^(?:mulai|from|starting)$/iu;

let monthWords: RegExp | null = null;
/** Capitalised full month names of both languages: most sentences hold none. */
function monthWordsRe(): RegExp {
  if (monthWords) return monthWords;
  const names = new Set<string>();
  for (const lex of [indonesian, english])
    for (const w of Object.keys(lex.months))
      if (!lex.monthAbbreviations.includes(w) && w.length > 2)
        names.add(w.charAt(0).toUpperCase() + w.slice(1));
  monthWords = new RegExp(`(?<![\\p{L}])(?:${[...names].join("|")})(?![\\p{L}])`, "u");
  return monthWords;
}

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  for (const lex of [indonesian, english]) {
    const n = lex.months[w];
    if (n !== undefined && !lex.monthAbbreviations.includes(w)) return n;
  }
  return undefined;
}

/**
 * A bare month after a preposition, which the resolver leaves alone (a month without a year):
 * in a future clause the next such month on or after publication ("dijadwalkan … pada November"),
 * otherwise the latest one on or before it ("banjir pada Maret").
 */
function bareMonths(
  s: Sentence,
  ctx: DateContext,
  taken: readonly ExtractedDate[],
  inFurniture: (start: number, end: number) => boolean,
): ExtractedDate[] {
  const stamp = /^(\d{4})-(\d{2})/.exec(ctx.publishedAt ?? "");
  if (!stamp || !monthWordsRe().test(s.text)) return [];
  const year = Number(stamp[1]);
  const month = Number(stamp[2]);
  const out: ExtractedDate[] = [];
  BARE_MONTH.lastIndex = 0;
  for (const m of s.text.matchAll(BARE_MONTH)) {
    const word = m[2] as string;
    // The preposition may open the sentence ("Mulai Oktober, …"); the month keeps its capital.
    if (!/^\p{Lu}/u.test(word)) continue;
    const n = monthNumber(word);
    if (n === undefined) continue;
    const at = m.index + m[0].length - word.length;
    const start = s.start + at;
    const end = start + word.length;
    if (taken.some((d) => d.start < end && d.end > start)) continue;
    const future = futureBefore(s.text, at);
    // After a start word with no future word the nearer of the two: within six months either way.
    const nearest = !future && START_WORD.test(m[1] as string);
    const y = nearest
      ? n - month > 6
        ? year - 1
        : month - n > 6
          ? year + 1
          : year
      : future
        ? n >= month
          ? year
          : year + 1
        : n <= month
          ? year
          : year - 1;
    const found = findDates(`${word} ${y}`, ctx)[0];
    if (found?.status !== "resolved") continue;
    out.push({
      start,
      end,
      text: word,
      status: "resolved",
      interval: found.interval,
      precision: found.interval.precision,
      relative: true,
      explanation: found.explanation,
      furniture: inFurniture(start, end),
    });
  }
  return out;
}

/** Words that make the count after them a duration: "for", "selama", "less than", "lebih dari". */
const DURATION_BEFORE =
  /(?<![\p{L}])(?:for|selama|within|dalam|(?:less|more|fewer)\s+than|(?:kurang|lebih)\s+dari|nearly|almost|hampir)\s+$/iu;

/** A start word right before a date: "from October 1", "mulai 1 Oktober", "starting June 3". */
function startWordBefore(text: string, at: number): boolean {
  return /(?<![\p{L}])(?:mulai|from|starting)\s+(?:tanggal\s+)?$/iu.test(
    text.slice(Math.max(0, at - 16), at),
  );
}

/** Whether reading `a` lies nearer the publication instant than reading `b`. */
function nearerToPublication(
  a: { status: string; interval?: { start: string } },
  b: { status: string; interval?: { start: string } },
  publishedAt: string | null | undefined,
): boolean {
  const t = Date.parse(publishedAt ?? "");
  if (Number.isNaN(t) || a.status !== "resolved" || b.status !== "resolved") return false;
  const gap = (x: { interval?: { start: string } }) => Math.abs(Date.parse(x.interval?.start ?? "") - t);
  return gap(a) < gap(b);
}

/** Every date expression of the sentences, with offsets into the body. */
export function findSentenceDates(
  sentences: readonly Sentence[],
  ctx: DateContext,
  inFurniture: (start: number, end: number) => boolean,
): ExtractedDate[] {
  const re = triggerRe();
  const out: ExtractedDate[] = [];
  for (const s of sentences) {
    for (const [from, to] of windows(s.text, re)) {
      const text = s.text.slice(from, to);
      for (const found of findDates(text, ctx)) {
        let d = found;
        const span = text.slice(d.start, d.end);
        // "for two days before the blast", "less than three months after launch": a duration
        // counted from another event, which dates nothing.
        if (d.status !== "resolved" && DURATION_BEFORE.test(text.slice(Math.max(0, d.start - 16), d.start)))
          continue;
        // The future word may stand before the window ("X dijadwalkan bertemu … di Auckland pada
        // Rabu"): it is looked for in the sentence itself.
        const future =
          d.relative &&
          (futureBefore(s.text, from + d.start) ||
            (UNTIL_WEEKDAY.test(span) && !PAST_SHIFT.test(span) && !perfectBefore(s.text, from + d.start)));
        // "from October 1", "mulai 1 Oktober": a start can lie on either side of publication; the
        // nearer of the two readings, as for a bare month after a start word.
        const startsThen =
          !future &&
          d.relative &&
          d.status === "resolved" &&
          !PAST_SHIFT.test(span) &&
          startWordBefore(text, d.start);
        if (future || startsThen) {
          const again = findDates(text.slice(d.start, d.end), { ...ctx, tense: "future" })[0];
          if (
            again &&
            again.end - again.start === d.end - d.start &&
            (future || nearerToPublication(again, d, ctx.publishedAt))
          )
            d = { ...again, start: d.start, end: d.end };
        }
        const start = s.start + from + d.start;
        const end = s.start + from + d.end;
        out.push({
          start,
          end,
          text: text.slice(d.start, d.end),
          status: d.status,
          interval: d.status === "resolved" ? d.interval : null,
          precision: d.status === "resolved" ? d.interval.precision : null,
          relative: d.relative,
          explanation: d.explanation,
          furniture: inFurniture(start, end),
        });
      }
    }
    out.push(...bareMonths(s, ctx, out, inFurniture));
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether the date at `at` is the start of a state ("suspended since 2020", "ditutup sejak Maret"):
 * it dates the event only when nothing else does. `from` bounds the look-back (a sentence's start).
 */
export function startOfState(text: string, at: number, from = 0): boolean {
  return /(?<![\p{L}])(?:sejak|since)\s+$/iu.test(text.slice(Math.max(from, at - 8), at));
}
