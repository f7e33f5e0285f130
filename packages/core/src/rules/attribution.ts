// Who an assertion is attributed to, read from the cited text. DESIGN: a named person, organisation,
// document or wire is a source; "menurut laporan", "kata seorang pejabat" without a name is
// anonymous; nothing is unsourced. Heuristic by design: it suggests, the fact-checker decides.
import { memoized } from "./memo";

/** What an attribution text cites. */
export type AttributionTextClass = "anonymous" | "named" | "wire" | "document" | "none";

// Cues that make a source anonymous whatever else the text names ("an official told Reuters").
const STRONG_ANONYMOUS: readonly RegExp[] = [
  /(?:enggan|tidak mau|tak mau|tidak ingin|tak ingin|tidak bersedia|menolak) disebut(?:kan)? (?:nama(?:nya)?|identitasnya)/i,
  /\bseorang sumber\b|\bsumber-sumber\b|\bsumber (?:anonim|terpercaya|internal|dekat|yang)\b/i,
  /\b(?:seorang|salah seorang|beberapa|sejumlah) (?:pejabat|diplomat|pegawai|petugas|orang dalam|narasumber)\b/i,
  /\banonim\b|\banonymous\b|\bunnamed\b|\bunidentified\b/i,
  /\b(?:a|an|one|two|several) (?:senior )?(?:source|official|diplomat|person|people)s?\b/i,
  /\bsources? (?:said|say|says|told|familiar|close)\b|\bpeople familiar with\b/i,
  /declined to be (?:named|identified)|condition of anonymity|asked not to be (?:named|identified)/i,
];
// Cues that are anonymous only when no outlet or body is named with them ("menurut laporan Kompas").
const WEAK_ANONYMOUS: readonly RegExp[] = [
  /\b(?:menurut|berdasarkan) (?:berbagai |sejumlah |beberapa )?laporan\b/gi,
  /\baccording to (?:media )?reports\b|\breports? (?:said|say|says|suggest)\b|\breportedly\b/gi,
  /\b(?:laporan )?media (?:pemerintah|setempat|lokal|resmi)\b|\bstate(?:-run)? media\b/gi,
  /\b(?:kabarnya|dikabarkan|konon|kabar beredar)\b/gi,
];
const DOCUMENT: readonly RegExp[] = [
  /\bpernyataan (?:resmi|tertulis|pers|bersama)\b|\bsiaran pers\b|\bkomunike\b|\btranskrip\b/i,
  /\bdokumen\b|\bsitus resmi(?:nya)?\b|\blaporan (?:resmi|tahunan)\b|\bsurat (?:resmi|edaran)\b|\bdekrit\b/i,
  /\bpress release\b|\b(?:official|written|joint) statement\b|\bcommuniqu[eé]\b|\btranscript\b/i,
  /\bdocument\b|\bofficial website\b|\bcourt filing\b|\bdecree\b/i,
];
// Wires: long names in any case; short acronyms only in upper case ("ria" is an Indonesian word).
const WIRE_MENTION = [
  /\b(?:reuters|antara|xinhua|yonhap|bloomberg|associated press|agence france-presse|ria novosti)\b/i,
  /\b(?:AP|AFP|TASS|KCNA)\b/,
];
// Capitalised words that do not name a source: places, demonyms, roles, sentence openers.
const NOT_A_NAME = new Set(
  (
    "menurut kata ujar tutur jelas dalam dari oleh kepada di ke yang dan seperti sebagaimana according to said " +
    "told the a an by from in of laporan report reports media state sumber source seorang sebuah pejabat " +
    "official officials juru bicara spokesperson spokesman presiden president menteri minister rusia russia " +
    "russian korea utara selatan north south korut korsel dprk amerika serikat as us usa american china tiongkok " +
    "chinese barat western ukraina ukraine jepang japan indonesia eropa europe european asia timur east"
  ).split(" "),
);

/** Capitalised words (or acronyms) in the text that could name a person, organisation or outlet. */
function hasName(text: string): boolean {
  for (const m of text.matchAll(/[\p{L}][\p{L}\p{N}'’.-]*/gu)) {
    const word = m[0].replace(/[.'’-]+$/u, "");
    const first = word.charAt(0);
    if (first === first.toLowerCase()) continue;
    if (!NOT_A_NAME.has(word.toLowerCase())) return true;
  }
  // A domain ("kompas.com") names an outlet even in lower case.
  return /\b[\p{L}\p{N}-]+\.(?:com|id|net|org|co\.id|co\.uk|ru|kr|kp)\b/iu.test(text);
}

/**
 * Whether a text says in so many words that its source is unnamed ("seorang pejabat", "declined to
 * be named", "menurut laporan media pemerintah").
 */
export function saysUnnamed(text: string): boolean {
  const t = text.replace(/\s+/g, " ").trim();
  return (
    STRONG_ANONYMOUS.some((re) => re.test(t)) ||
    WEAK_ANONYMOUS.some((re) => {
      re.lastIndex = 0;
      return re.test(t);
    })
  );
}

/**
 * Classifies a cited attribution text: "none" when empty; "anonymous" for unnamed sources
 * ("seorang sumber", "sources said", "menurut laporan media pemerintah Rusia"); "wire" when a
 * news agency is cited; "document" for statements and documents; "named" when a name remains;
 * otherwise "anonymous" (something is cited, but no one is named: "kata pejabat").
 */
export function classifyAttributionText(text: string | null | undefined): AttributionTextClass {
  return classOfText(text ?? "");
}

/** The class of an attribution text, kept for the texts seen last. */
const classOfText = memoized(5_000, (text: string): AttributionTextClass => {
  const t = text.replace(/\s+/g, " ").trim();
  if (t === "") return "none";
  if (STRONG_ANONYMOUS.some((re) => re.test(t))) return "anonymous";
  if (WIRE_MENTION.some((re) => re.test(t))) return "wire";
  if (DOCUMENT.some((re) => re.test(t))) return "document";
  let rest = t;
  let weak = false;
  for (const re of WEAK_ANONYMOUS) {
    const stripped = rest.replace(re, " ");
    if (stripped !== rest) weak = true;
    rest = stripped;
  }
  if (hasName(rest)) return "named";
  return weak || rest.trim() !== "" ? "anonymous" : "none";
});
