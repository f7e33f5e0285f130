// Quantities in a quote: numerals (Indonesian "3.000" and "1,5", English "3,000" and "1.5") and
// number words of both languages ("empat", "dua puluh tiga", "two dozen", "1,5 juta"), with the
// noun that follows as unit and the hedge before them ("lebih dari", "about") as tolerance.
// No maintained package reads Indonesian number words (words-to-numbers is English only), and the
// decimal separator depends on the article's language, so this small reader is written here.

import { unitKey } from "../rules/units";

/** How the quote bounds the amount: exactly, approximately, or one side only. */
export type QuantityQualifier = "exact" | "approx" | "at_least" | "at_most" | "vague";

export interface FoundQuantity {
  start: number;
  end: number;
  text: string;
  amount: number;
  unit: string;
  qualifier: QuantityQualifier;
  /** Relative tolerance for the rules: a hedged amount agrees with amounts near it. */
  tolerance: number;
  /** A bare figure giving another estimate of the count before it, in its unit ("put it at 10,000"). */
  restates?: true;
}

/** Tolerances by qualifier: "about 3,000" agrees within 10%, "more than four" within 50%. */
export const QUALIFIER_TOLERANCE: Record<QuantityQualifier, number> = {
  exact: 0,
  approx: 0.1,
  at_least: 0.5,
  at_most: 0.5,
  vague: 0.9,
};

/** Words that are a number by themselves. */
const SMALL: Record<string, number> = {
  nol: 0,
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  sebelas: 11,
  seratus: 100,
  seribu: 1000,
  sejuta: 1e6,
  setengah: 0.5,
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** Words that multiply what precedes them within a group ("dua puluh", "two hundred"). */
const GROUP: Record<string, number> = { puluh: 10, ratus: 100, hundred: 100, dozen: 12, lusin: 12 };
/** Words that close a group ("tiga ribu", "1,5 juta", "two million"). */
const SCALE: Record<string, number> = {
  ribu: 1e3,
  thousand: 1e3,
  juta: 1e6,
  million: 1e6,
  miliar: 1e9,
  milyar: 1e9,
  billion: 1e9,
  triliun: 1e12,
  trillion: 1e12,
};
/** Plural scale words: "ribuan tentara", "dozens of missiles", at least that many. */
const VAGUE: Record<string, number> = {
  puluhan: 10,
  ratusan: 100,
  ribuan: 1e3,
  jutaan: 1e6,
  dozens: 12,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
};
/**
 * Words that make the number after them a quake's magnitude ("Gempa M 6,2", "bermagnitudo 6,2",
 * "a magnitude 6.2 earthquake"): a measure of the quake, whatever noun follows.
 */
const MAGNITUDE_BEFORE = /(?<![\p{L}])(?:(?:[Bb]er)?[Mm]agnitud[oe]|M)\s*$/u;
/** Words after a number that make it a magnitude ("6,2 SR", "6,2 skala Richter", "6.2-magnitude"). */
const MAGNITUDE_AFTER = new Set(["sr", "magnitudo", "magnitude", "skala"]);

/** A figure that ends its clause: nothing but punctuation or the end of the quote after it. */
const CLAUSE_END = /^\s*(?:[.;!?,)]|$)/u;
/**
 * Verbs that give a count again, another source's estimate of it: "put it at", "estimated it at",
 * "menyebut(nya)", "memperkirakan(nya)", "menaksir", right before the figure (and its hedge).
 */
const RESTATES =
  /(?<![\p{L}])(?:(?:put|puts|estimated|estimates|placed|places|gave|give|gives)\s+(?:it|them|the\s+\p{L}+|that\s+\p{L}+)\s+at|(?:menyebut|memperkirakan|menaksir|menaksirkan)(?:nya)?(?:\s+(?:jumlahnya|angkanya))?(?:\s+(?:mencapai|sebanyak|sekitar))?)\s*$/iu;

/** Words that join number words without being one ("two hundred and fifty"). */
const JOINERS = new Set(["and"]);
/** Words after a number that are not its unit. */
const NOT_UNITS = new Set(["of", "lebih", "more", "dan", "and", "atau", "or", "per", "yang", "the"]);

const HEDGES: ReadonlyArray<readonly [RegExp, QuantityQualifier]> = [
  [
    /(?:lebih dari|lebih daripada|setidaknya|sedikitnya|paling sedikit|minimal|more than|over|at least|upwards of)\s*$/iu,
    "at_least",
  ],
  [
    /(?:kurang dari|hingga|sampai|maksimal|paling banyak|less than|fewer than|under|up to|at most)\s*$/iu,
    "at_most",
  ],
  [
    /(?:sekitar|kira-kira|kurang lebih|hampir|nyaris|lebih kurang|about|around|roughly|approximately|nearly|almost|some)\s*$/iu,
    "approx",
  ],
];

const TOKEN = /(?<![\p{L}\p{N}])(?:\d+(?:[.,]\d+)*|[\p{L}]+(?:-[\p{L}]+)*|%)/gu;

interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/** Reads a numeral by the language's separators; both separators present: the last is decimal. */
export function parseNumeral(text: string, language: "id" | "en"): number | null {
  const dots = (text.match(/\./g) ?? []).length;
  const commas = (text.match(/,/g) ?? []).length;
  let normalized: string;
  if (dots && commas) {
    const decimal = text.lastIndexOf(".") > text.lastIndexOf(",") ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    normalized = text.split(thousands).join("").replace(decimal, ".");
  } else {
    const sep = dots ? "." : commas ? "," : null;
    const count = dots || commas;
    const groupsOfThree =
      sep !== null &&
      text
        .split(sep)
        .slice(1)
        .every((g) => g.length === 3);
    const thousandsSep = language === "id" ? "." : ",";
    const isThousands = sep !== null && groupsOfThree && (count > 1 || sep === thousandsSep);
    normalized = sep === null ? text : isThousands ? text.split(sep).join("") : text.replace(sep, ".");
  }
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}

function wordValue(lower: string): number | undefined {
  if (lower in SMALL) return SMALL[lower];
  // "twenty-five"
  const parts = lower.split("-");
  if (parts.length === 2 && parts.every((p) => p in SMALL))
    return (SMALL[parts[0] as string] ?? 0) + (SMALL[parts[1] as string] ?? 0);
  return undefined;
}

const isNumberToken = (t: Token) =>
  /^\d/.test(t.text) ||
  wordValue(t.lower) !== undefined ||
  t.lower in GROUP ||
  t.lower in SCALE ||
  t.lower === "belas";

/**
 * Every quantity in a text: a run of numerals and number words, then its unit. Spans in `skip`
 * (dates, times) are not read as quantities.
 */
const AGE_BEFORE = /(?:^|[^\p{L}])(?:berusia|berumur|usia|umur|aged|age of|ages of)\s+$/iu;
const AGE_AFTER = /^(?:-year-old|-years-old|\s+years?\s+old|\s+tahun\s+(?:itu\s+)?(?:berusia|umur))/iu;

export function findQuantities(
  text: string,
  language: "id" | "en",
  skip: ReadonlyArray<{ start: number; end: number }> = [],
): FoundQuantity[] {
  const tokens: Token[] = [...text.matchAll(TOKEN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    lower: m[0].toLowerCase(),
  }));
  const skipped = (t: Token) => skip.some((s) => t.start < s.end && t.end > s.start);
  const out: FoundQuantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (skipped(first) || text[first.start - 1] === "-") continue;
    // An ordinal ("the 58th minute", "menit ke-58") ranks; it counts nothing.
    if (/^\d/.test(first.text) && /^(?:st|nd|rd|th)(?![\p{L}])/u.test(text.slice(first.end, first.end + 3)))
      continue;
    // A bare year ("sejak 2022") is a date, not an amount.
    if (/^(?:19|20)\d\d$/.test(first.text)) continue;
    const article = (first.lower === "a" || first.lower === "an") && tokens[i + 1];
    let j = i;
    let total = 0;
    let group = 0;
    let last = 0;
    let seen = false;
    let vague = false;
    if (article && ((article.lower in GROUP && article.lower !== "puluh") || article.lower in SCALE)) {
      last = 1;
      j = i + 1;
      seen = true;
    }
    for (; j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (skipped(t)) break;
      if (/^\d/.test(t.text)) {
        if (seen && (last || group)) break;
        const n = parseNumeral(t.text, language);
        if (n === null) break;
        last += n;
      } else if (wordValue(t.lower) !== undefined) {
        const v = wordValue(t.lower) as number;
        // "seratus dua puluh" is 120: a word worth a hundred or more closes what came before.
        if (v >= 100) {
          group += last + v;
          last = 0;
        } else last += v;
      } else if (t.lower === "belas" && seen) {
        group += last + 10;
        last = 0;
      } else if (t.lower in GROUP && (seen || t.lower === "dozen")) {
        group += (last || 1) * (GROUP[t.lower] as number);
        last = 0;
      } else if (t.lower in SCALE && seen) {
        total += (group + last || 1) * (SCALE[t.lower] as number);
        group = 0;
        last = 0;
      } else if (t.lower in VAGUE && !seen) {
        last = VAGUE[t.lower] as number;
        vague = true;
        seen = true;
        j++;
        break;
      } else if (JOINERS.has(t.lower) && seen && tokens[j + 1] && isNumberToken(tokens[j + 1] as Token))
        continue;
      else break;
      seen = true;
    }
    if (!seen || j === i) continue;
    const amount = total + group + last;
    // A person's age ("berusia 27 tahun", "aged 27", "a 27-year-old", "27 years old") counts nothing.
    if (
      AGE_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start)) ||
      AGE_AFTER.test(text.slice((tokens[j - 1] as Token).end, (tokens[j - 1] as Token).end + 12))
    ) {
      i = j - 1;
      continue;
    }
    let u = j;
    while (u < tokens.length && NOT_UNITS.has((tokens[u] as Token).lower)) u++;
    const unitToken = tokens[u];
    const lastNumber = tokens[j - 1] as Token;
    const before = text.slice(Math.max(0, first.start - 30), first.start);
    const hedge = HEDGES.find(([re]) => re.test(before));
    const qualifier: QuantityQualifier = vague ? "vague" : hedge ? hedge[1] : "exact";
    const hedgeAt = hedge ? first.start - (before.length - before.search(hedge[0])) : first.start;
    // The unit must follow closely ("3.000 tentara", "dozens of missiles"), not a sentence later.
    if (
      !unitToken ||
      skipped(unitToken) ||
      /^\d/.test(unitToken.text) ||
      u - j > 1 ||
      /[.;:!?]/.test(text.slice(lastNumber.end, unitToken.start))
    ) {
      // "Police estimated the crowd at about 4,000 people, while organisers put it at more than
      // 10,000": a bare figure ending its clause after a restating verb is another estimate of the
      // count before it, in that count's unit.
      const previous = out[out.length - 1];
      if (
        previous &&
        !vague &&
        CLAUSE_END.test(text.slice(lastNumber.end)) &&
        RESTATES.test(text.slice(Math.max(previous.end, hedgeAt - 40), hedgeAt))
      )
        out.push({
          start: hedgeAt,
          end: lastNumber.end,
          text: text.slice(hedgeAt, lastNumber.end),
          amount: total + group + last,
          unit: previous.unit,
          qualifier,
          tolerance: QUALIFIER_TOLERANCE[qualifier],
          restates: true,
        });
      i = j - 1;
      continue;
    }
    const magnitude =
      MAGNITUDE_BEFORE.test(text.slice(Math.max(0, first.start - 20), first.start)) ||
      MAGNITUDE_AFTER.has(unitToken.lower);
    const hedgeStart = hedgeAt;
    out.push({
      start: hedgeStart,
      end: unitToken.end,
      text: text.slice(hedgeStart, unitToken.end),
      amount,
      unit: magnitude ? "magnitude" : unitToken.lower,
      qualifier,
      tolerance: QUALIFIER_TOLERANCE[qualifier],
    });
    i = u;
  }
  return out;
}

/** Whether a unit measures something other than a count of things: a magnitude or a share. */
export function isMeasureOfKind(unit: string): boolean {
  const key = unitKey(unit);
  return key === "~magnitude" || key === "~percent";
}

/**
 * The side a stored quantity bounds, read from its quote: the quote's figure of that amount and
 * unit, when the value carries that figure's hedge ("sedikitnya 1.200 rumah" stored as 1,200
 * houses with the 50 % of "at least"). A value whose tolerance is not its quote's hedge was set by
 * hand and is two-sided. Quotes are read with both languages' separators.
 */
export function boundInQuote(
  quote: string,
  value: { amount: number; unit: string; tolerance: number },
): "at_least" | "at_most" | null {
  const key = unitKey(value.unit);
  for (const language of ["id", "en"] as const)
    for (const q of findQuantities(quote, language)) {
      if (q.amount !== value.amount || unitKey(q.unit) !== key || q.tolerance !== value.tolerance) continue;
      return q.qualifier === "at_least" || q.qualifier === "at_most" ? q.qualifier : null;
    }
  return null;
}
