import type { SpamReasonCode } from "@kroscek/schema";
import { memoized } from "./memo";

// Gambling/SEO spam injected into article text ("vipqiuqiu99" in seed 003). Injected tokens are
// brand-like: a gambling word glued to digits, a lower-case word glued to 2+ digits, a link to a
// gambling domain, or a call to action. Model numbers and dates ("F-16", "COVID-19", "G20", "P5",
// "2024", "16/1/2024") are the main false-positive risk, hence the narrow generic pattern.

/** One suspected spam token, with its UTF-16 offsets in the body (`body.slice(start, end) === token`). */
export interface SpamToken {
  token: string;
  start: number;
  end: number;
  /** English reason, kept for compatibility; `code` and `term` are what readers see rendered. */
  reason: string;
  code: SpamReasonCode;
  /** The gambling word behind the match, when there is one. */
  term: string | null;
}

interface Reason {
  code: SpamReasonCode;
  term: string | null;
  text: string;
}

// Words that are spam on their own: rare in news text outside gambling promotions.
const STRONG_STEMS = ["qiuqiu", "gacor", "maxwin", "sbobet", "dominoqq", "bandarq", "pkvgames"];
// Words that also occur in news ("situs resminya", "bandar udara", "judi online" crackdowns), so
// they count only when glued to digits, the shape of a gambling brand ("slot777", "togel4d88").
const WEAK_STEMS = [
  "slot",
  "togel",
  "judi",
  "poker",
  "casino",
  "kasino",
  "bandar",
  "jp",
  "rtp",
  "situs",
  "toto",
  "hoki",
  "zeus",
  "scatter",
  "jackpot",
];
const PHRASES =
  /\b(?:daftar sekarang|link alternatif|bonus new member|deposit pulsa|rtp live|situs (?:slot|togel|judi|poker|casino) \S*\d{2,})\b/gi;
/**
 * A promotion with a contact number ("Pinjol cair 5 menit …, hubungi WA 0812-9999-7777
 * sekarang!", "chat WhatsApp 0857…"): a messaging or call word right before a mobile number, in
 * a sentence that sells (a loan, a bonus, a discount, "now"). A source's phone number in a report
 * ("hotline 112", "call 0800 …" with no sales word) is not spam.
 */
const CONTACT =
  /(?<![\p{L}])(?:hubungi|kontak|chat|call|text|wa|whatsapp|telegram)\s*[:.]?\s*(?:wa|whatsapp|telegram)?\s*[:.]?\s*(?:\+?62|0)8\d{1,3}[- ]?\d{3,4}[- ]?\d{3,5}/giu;
const SALES =
  /(?<![\p{L}])(?:pinjol|pinjaman (?:online|cepat|tanpa)|dana cair|cair \d+ (?:menit|jam)|tanpa (?:bi checking|jaminan|agunan)|butuh (?:modal|dana|uang)|promo|diskon|bonus|instant loan|fast cash|no collateral|discount)(?![\p{L}])/iu;
/** The sentence or line around an offset. */
function sentenceAround(body: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !/[.!?\n]/u.test(body.charAt(a - 1))) a--;
  let b = end;
  while (b < body.length && !/[.!?\n]/u.test(body.charAt(b))) b++;
  return body.slice(a, b + 1);
}
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/gi;
const DOMAIN =
  /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|id|co|xyz|info|vip|bet|top|site|online|club|live|me|io|asia|pro|biz|cc|ws|win|casino|games)\b(?:\/\S*)?/giu;
const TOKEN = /[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)*/gu;
// Lower-case words glued to digits that are products or events, not spam brands.
const GENERIC_EXEMPT = new Set([
  "covid",
  "ncov",
  "sars",
  "mers",
  "hwasong",
  "iphone",
  "android",
  "windows",
  "galaxy",
  "pixel",
  "xbox",
  "playstation",
  "euro",
  "pemilu",
  "pilkada",
  "pilpres",
  "top",
  "usd",
  "idr",
  "eur",
  "rub",
  "krw",
  "pasal",
  "nomor",
]);

function digitCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= "0" && ch <= "9") n++;
  return n;
}

function gamblingReason(text: string): Reason | null {
  const lower = text.toLowerCase();
  const strong = STRONG_STEMS.find((s) => lower.includes(s));
  if (strong) return { code: "gambling_term", term: strong, text: `gambling spam term '${strong}'` };
  if (digitCount(lower) < 2) return null;
  const weak = WEAK_STEMS.find((s) => lower.includes(s));
  return weak
    ? { code: "gambling_term_digits", term: weak, text: `gambling term '${weak}' combined with digits` }
    : null;
}

/**
 * A lower-case word glued to 2+ digits ("hoki99", "vip777"). Upper-case letters are model numbers
 * or codes (G20, MH370, F16), hyphenated forms are models (F-16, COVID-19, Su-57), and a glued year
 * ("pemilu2024") is a typing slip, so none of those count.
 */
function genericReason(token: string): Reason | null {
  const m = /^([A-Za-z]?[a-z]{2,})(\d{2,})$/.exec(token);
  if (!m) return null;
  const [, letters = "", digits = ""] = m;
  if (GENERIC_EXEMPT.has(letters.toLowerCase())) return null;
  if (/^(?:19|20)\d\d$/.test(digits)) return null;
  return { code: "brand_like", term: null, text: "word glued to digits, like a spam brand" };
}

/**
 * Finds injected gambling/SEO spam in a body: gambling words glued to digits, spam-only words
 * (gacor, qiuqiu, maxwin), brand-like "word99" tokens, links to gambling domains and calls to
 * action ("daftar sekarang"). Sorted by position, overlaps merged into the first match.
 */
export function detectSpam(body: string): SpamToken[] {
  // Each caller gets tokens of its own.
  return spamOf(body).map((t) => ({ ...t }));
}

/** The spam tokens of a body, kept for the bodies seen last (an article's flags run on each write). */
const spamOf = memoized(500, findSpam);

function findSpam(body: string): SpamToken[] {
  const found: SpamToken[] = [];
  const add = (token: string, start: number, r: Reason) =>
    found.push({ token, start, end: start + token.length, reason: r.text, code: r.code, term: r.term });

  for (const re of [URL, DOMAIN]) {
    for (const m of body.matchAll(re)) {
      const host = m[0].replace(/^(?:https?:\/\/)?(?:www\.)?/i, "").split("/")[0] ?? "";
      const reason = gamblingReason(host);
      if (reason)
        add(m[0], m.index ?? 0, {
          code: "gambling_domain",
          term: reason.term,
          text: `link to a gambling domain (${reason.text})`,
        });
    }
  }
  for (const m of body.matchAll(PHRASES))
    add(m[0], m.index ?? 0, { code: "call_to_action", term: null, text: "gambling call to action" });
  for (const m of /\d{3}/.test(body) ? body.matchAll(CONTACT) : []) {
    const start = m.index ?? 0;
    const around = sentenceAround(body, start, start + m[0].length);
    const sales = SALES.exec(around);
    if (sales)
      add(m[0], start, {
        code: "promo_contact",
        term: sales[0].toLowerCase(),
        text: `promotion with a contact number ('${sales[0].toLowerCase()}')`,
      });
  }
  for (const m of body.matchAll(TOKEN)) {
    const token = m[0];
    const reason = gamblingReason(token) ?? genericReason(token);
    if (reason) add(token, m.index ?? 0, reason);
  }

  // Links and phrases were added first, so a token inside one is dropped as an overlap.
  const ordered = found
    .map((t, order) => ({ t, order }))
    .sort((x, y) => x.t.start - y.t.start || x.order - y.order);
  const out: SpamToken[] = [];
  for (const { t } of ordered) {
    const last = out[out.length - 1];
    if (!last || t.start >= last.end) out.push(t);
  }
  return out;
}
