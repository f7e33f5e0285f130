// Demonyms read as their country ("Philippine", "American", "Chinese", "Pakistani"): derived from
// the gazetteer's country names by the regular English endings, plus the few forms no ending
// rule reaches. "Philippine and American forces" names two parties; "Malaysian" alone is not a place.
import { type GazetteerPlace, gazetteer, placeKey } from "./gazetteer";

/** Endings of English demonyms and what replaces them to give the country's name. */
const ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ["ese", "a"], // Chinese → China
  ["ese", ""], // Japanese, Vietnamese, Taiwanese
  ["ian", "ia"], // Australian → Australia (via "n" too), Indian
  ["ian", "y"], // Italian → Italy
  ["ian", "e"], // Ukrainian → Ukraine
  ["ian", ""], // Brazilian, Egyptian, Iranian
  ["an", "a"], // Kenyan → Kenya, American → America
  ["ian", "a"], // Canadian → Canada
  ["an", "o"], // Mexican → Mexico
  ["an", ""], // Chilean → Chile
  ["n", ""], // Russian → Russia
  ["i", ""], // Pakistani, Israeli, Iraqi, Saudi
  ["ish", "ey"], // Turkish → Turkey
  ["ish", "and"], // Polish → Poland
  ["ish", "ain"], // British → Britain
  ["", "s"], // Philippine → Philippines
  ["", "y"], // German → Germany
  ["", "land"], // Thai → Thailand
];
/** Forms no ending rule reaches. */
const IRREGULAR: Readonly<Record<string, string>> = {
  french: "France",
  dutch: "Netherlands",
  swiss: "Switzerland",
  spanish: "Spain",
  greek: "Greece",
  filipino: "Philippines",
  welsh: "Wales",
  danish: "Denmark",
  swedish: "Sweden",
  finnish: "Finland",
  norwegian: "Norway",
  peruvian: "Peru",
  korean: "Korea",
};

const cache = new Map<string, GazetteerPlace | null>();

/**
 * The country a capitalised English demonym names, or null ("Malaysian" → Malaysia); a two-word
 * one keeps its first word ("South Korean" → South Korea, "Sri Lankan" → Sri Lanka).
 */
export function demonymCountry(word: string): GazetteerPlace | null {
  if (!/^(?:\p{Lu}\p{Ll}+\s)?\p{Lu}\p{Ll}{2,}$/u.test(word)) return null;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const g = gazetteer();
  const space = word.indexOf(" ");
  const prefix = space < 0 ? "" : `${word.slice(0, space).toLowerCase()} `;
  const lower = word.slice(space + 1).toLowerCase();
  let found: GazetteerPlace | null = null;
  // A word that is itself a place name is not a demonym ("Oman", "Iran", "Japan").
  if (!g.byKey.has(placeKey(word))) {
    const irregular = IRREGULAR[lower];
    if (irregular) found = g.byKey.get(placeKey(`${prefix}${irregular}`)) ?? null;
    if (found?.kind !== "country") found = null;
    for (const [ending, replacement] of ENDINGS) {
      if (found) break;
      if (!lower.endsWith(ending) || lower.length - ending.length < 3) continue;
      const stem = `${prefix}${lower.slice(0, lower.length - ending.length)}${replacement}`;
      const place = g.byKey.get(placeKey(stem));
      if (place?.kind === "country") found = place;
    }
  }
  cache.set(word, found);
  return found;
}
