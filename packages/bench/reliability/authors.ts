// Author-list normalisation for the Book benchmark. README.md in this folder explains the rules
// and why each exists; in short, every author becomes a surname key and a list becomes a set.

const ENTITIES: Record<string, string> = {
  amp: "&",
  quot: '"',
  apos: "'",
  lt: "<",
  gt: ">",
  nbsp: " ",
  aacute: "á",
  acirc: "â",
  atilde: "ã",
  eacute: "é",
  egrave: "è",
  iacute: "í",
  oacute: "ó",
  ouml: "ö",
  uuml: "ü",
  szlig: "ss",
  ccedil: "ç",
};

/** Decodes the HTML entities the stores leave in listings, including the mangled "andamp;". */
export function decodeEntities(s: string): string {
  return s
    .replace(/andamp;/g, "&")
    .replace(/&#(\d+);/g, (_, n: string) => (Number(n) >= 160 ? String.fromCodePoint(Number(n)) : " "))
    .replace(/&([a-z]+);/gi, (_entity, name: string) => ENTITIES[name.toLowerCase()] ?? " ");
}

// Words that are never part of a name: roles, credentials, suffixes, list fillers.
const NOISE = new Set([
  "by",
  "author",
  "authors",
  "editor",
  "editors",
  "edited",
  "edt",
  "ed",
  "eds",
  "compiler",
  "translator",
  "joint",
  "foreword",
  "introduction",
  "et",
  "al",
  "etc",
  "phd",
  "ph",
  "dr",
  "prof",
  "professor",
  "jr",
  "sr",
  "ii",
  "iii",
  "iv",
  "mba",
  "md",
  "cism",
  "cissp",
  "cpa",
  "msc",
  "bsc",
  "mcse",
  "mcsd",
  "mcp",
  "scientific",
  "others",
  "contributor",
  "contributors",
  "illustrator",
  "staff",
  "inc",
  "various",
]);

// A segment naming an institution is an affiliation, not an author ("Ian Sommerville, University
// of St. Andrews").
const AFFILIATION =
  /\b(univ\w*|institute|college|school|corp\w*|company|press|ltd|llc|laborator\w*|labs|department|dept|centre|center|kingdom|foundation|associates|formerly|state)\b/i;

// Surname particles stay attached to the surname that follows them ("Jan De Clercq" = "declercq").
const PARTICLES = new Set([
  "de",
  "da",
  "del",
  "della",
  "der",
  "di",
  "du",
  "la",
  "le",
  "van",
  "von",
  "den",
  "ten",
  "ter",
  "dos",
  "das",
  "st",
]);

const NO_CLAIM = /^\s*(not available( \(na\))?|n\/?a|unknown|none|null|0|-+)?\s*$/i;

/** How often a token opens a "First Last" name versus closes one, over the whole data set. */
export interface NameStats {
  first: Map<string, number>;
  last: Map<string, number>;
}

/** Folds a name token: diacritics, case, apostrophes and hyphens ("O'Leary" = "oleary"). */
export function foldToken(t: string): string {
  return t
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

// Tokens of a segment; "Y.Daniel" splits at the dot, single letters are initials.
function tokens(segment: string): string[] {
  return segment
    .split(/[\s.]+/)
    .map((t) => foldToken(t))
    .filter((t) => /\p{L}/u.test(t) && !NOISE.has(t));
}

const isInitial = (t: string) => t.length === 1;
const realTokens = (ts: string[]) => ts.filter((t) => !isInitial(t) && !PARTICLES.has(t));

/** Probability-like score that a token is a given name; 0.5 when the data set never shows it in a full name. */
export function givenScore(stats: NameStats | undefined, token: string): number {
  const f = stats?.first.get(token) ?? 0;
  const l = stats?.last.get(token) ?? 0;
  return (f + 1) / (f + l + 2);
}

// Splits a raw listing into author chunks and each chunk into comma segments.
function chunks(raw: string): string[][] {
  const s = decodeEntities(raw)
    // A role in brackets ends one author ("Meyers, Scott (Author) Clark, Tom (Author)").
    .replace(
      /[([]\s*(joint\s+)?(author|authors|editor|editors|edt|ed\.?|eds\.?|compiler|translator|contributor)\s*[)\]]/gi,
      ";",
    )
    // Any other bracketed text is a contributor note ("(Conley, Katie - ed.)"): not an author.
    .replace(/\([^)]*\)?|\[[^\]]*\]?/g, " ")
    .replace(/\b(edited by|editor:|by \(author\))/gi, ";")
    .replace(/\b(scientific\s+)?editor\s*-/gi, " ");
  return s
    .split(/\s*(?:;|\/|&|\+|\||\s-\s|\band\b|\bwith\b)\s*/i)
    .map((c) =>
      c
        .split(",")
        .map((x) => x.trim())
        .filter((x) => tokens(x).length > 0),
    )
    .filter((c) => c.length > 0);
}

/** Records which tokens open and close multi-word names, for `givenScore`. */
export function buildNameStats(rawLists: Iterable<string>): NameStats {
  const stats: NameStats = { first: new Map(), last: new Map() };
  for (const raw of rawLists) {
    if (NO_CLAIM.test(raw)) continue;
    for (const chunk of chunks(raw)) {
      for (const seg of chunk) {
        if (AFFILIATION.test(seg)) continue;
        const real = realTokens(tokens(seg));
        if (real.length < 2 || real.length > 3) continue;
        const f = real[0] as string;
        const l = real[real.length - 1] as string;
        stats.first.set(f, (stats.first.get(f) ?? 0) + 1);
        stats.last.set(l, (stats.last.get(l) ?? 0) + 1);
      }
    }
  }
  return stats;
}

// Surname of a "First [Middle] Last" segment, with its particles; reversed "Last First" is
// recognised only when the data set clearly knows the first token as a surname and the last as a
// given name ("Spinellis Diomidis").
function surnameOfFullName(ts: string[], stats: NameStats | undefined): string {
  const real = realTokens(ts);
  if (real.length === 0) return "";
  const first = real[0] as string;
  const last = real[real.length - 1] as string;
  if (real.length >= 2 && givenScore(stats, first) < 0.35 && givenScore(stats, last) > 0.65) return first;
  const end = ts.lastIndexOf(last);
  let start = end;
  while (start > 0 && PARTICLES.has(ts[start - 1] as string)) start--;
  return ts.slice(start, end + 1).join("");
}

// A comma segment that can follow a surname as its given names: initials, or a likely given name.
function looksGiven(ts: string[], stats: NameStats | undefined): boolean {
  const real = realTokens(ts);
  if (real.length === 0) return ts.length > 0;
  return givenScore(stats, real[0] as string) >= 0.5;
}

// An affiliation segment may carry the next author after it ("University of West Florida
// Richard Earp"): keep the tail from the last likely given name, if any.
function nameAfterAffiliation(seg: string, stats: NameStats | undefined): string[] | null {
  const ts = tokens(seg);
  for (let i = ts.length - 2; i >= 0; i--) {
    const t = ts[i] as string;
    if (!isInitial(t) && (stats?.first.get(t) ?? 0) >= 3 && givenScore(stats, t) > 0.6) return ts.slice(i);
  }
  return null;
}

interface Seg {
  ts: string[];
  affiliation: boolean;
}

/**
 * Parses a raw author listing into a sorted set of surname keys, or null when the listing makes
 * no claim ("Not Available", empty). `stats` (from `buildNameStats`) resolves ambiguous orders.
 */
export function parseAuthors(raw: string, stats?: NameStats): string[] | null {
  if (NO_CLAIM.test(raw)) return null;
  const keys = new Set<string>();
  for (const chunk of chunks(raw)) {
    const segs: Seg[] = chunk.map((seg) => {
      if (!AFFILIATION.test(seg)) return { ts: tokens(seg), affiliation: false };
      return { ts: nameAfterAffiliation(seg, stats) ?? [], affiliation: true };
    });
    // "Last, First[, Last, First...]": an even number of segments with a one-word surname at every
    // even position is read as pairs whatever the name statistics say ("Romer, Kay", though Alan
    // Kay makes "kay" a known surname).
    const pairs =
      segs.length % 2 === 0 &&
      segs.every((sg, j) => !sg.affiliation && (j % 2 === 1 || realTokens(sg.ts).length === 1));
    if (pairs) {
      for (let j = 0; j < segs.length; j += 2)
        keys.add((segs[j] as Seg).ts.filter((t) => !isInitial(t)).join(""));
      continue;
    }
    let i = 0;
    while (i < segs.length) {
      const seg = segs[i] as Seg;
      const next = segs[i + 1];
      const real = realTokens(seg.ts);
      if (real.length === 0) {
        i++;
        continue;
      }
      // "Last, First": a one-word surname (particles allowed) followed by given names.
      if (!seg.affiliation && real.length === 1 && next && !next.affiliation && looksGiven(next.ts, stats)) {
        keys.add(seg.ts.filter((t) => !isInitial(t)).join(""));
        // "Huston, Stephen D. Johnson, James": the given-name segment ends with the next surname
        // when another given-name segment follows it.
        const nextReal = realTokens(next.ts);
        const tail = nextReal[nextReal.length - 1] as string;
        const after = segs[i + 2];
        if (nextReal.length >= 2 && after && looksGiven(after.ts, stats) && givenScore(stats, tail) < 0.5) {
          segs[i + 1] = { ts: [tail], affiliation: false };
          i += 1;
        } else {
          i += 2;
        }
        continue;
      }
      keys.add(
        real.length === 1 ? seg.ts.filter((t) => !isInitial(t)).join("") : surnameOfFullName(seg.ts, stats),
      );
      i++;
    }
  }
  keys.delete("");
  return keys.size > 0 ? [...keys].sort() : null;
}

/**
 * Parses the gold format, `last, first; last, first; ...`, whose order is unambiguous: the key is
 * the text before the comma, folded like the listings' surnames.
 */
export function parseGoldAuthors(raw: string): string[] | null {
  const keys = new Set<string>();
  for (const entry of decodeEntities(raw).split(";")) {
    const surname = entry.split(",")[0] ?? "";
    keys.add(
      tokens(surname)
        .filter((t) => !isInitial(t))
        .join(""),
    );
  }
  keys.delete("");
  return keys.size > 0 ? [...keys].sort() : null;
}

/** Jaccard similarity of two author-key sets (AccuSim's value similarity for author lists). */
export function authorSimilarity(a: readonly string[], b: readonly string[]): number {
  const sb = new Set(b);
  let shared = 0;
  for (const x of new Set(a)) if (sb.has(x)) shared++;
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 1 : shared / union;
}

/** Canonical key of an author-key set. */
export const authorKey = (keys: readonly string[]): string => keys.join(";");
