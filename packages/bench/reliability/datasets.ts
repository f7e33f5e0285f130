// Readers for the benchmark inputs: the Book data set's own format and a generic TSV, both as
// pure functions over file contents so tests can feed them strings.
import {
  type Claim,
  type DateInterval,
  dateContains,
  dateKey,
  dateSimilarity,
  dateWidthDays,
  numberClosenessSimilarity,
  numberHalfWidth,
  type Similarity,
  textKey,
  textSimilarity,
} from "@kroscek/core";
import { authorKey, authorSimilarity, buildNameStats, parseAuthors, parseGoldAuthors } from "./authors";
import { normalizeIsbn } from "./isbn";

/** A scoring task: claims, gold values, and how to compare values. */
export interface Dataset<V> {
  claims: Claim<V>[];
  gold: Map<string, V>;
  valueKey: (v: V) => string;
  similarity: Similarity<V>;
  /** Less precise values consistent with more precise ones (dates: "2024-06" contains "2024-06-19"). */
  contains?: (outer: V, inner: V) => boolean;
  width?: (v: V) => number;
  /** Source groups for hierarchical priors (none in the files read here). */
  sourceGroups?: Record<string, string>;
  /**
   * Whether `value` is right for `object`, when the truth is known beyond key equality (synthetic
   * sets: a coarser date containing the true day is right). Absent: equal keys with gold.
   */
  isRight?: (object: string, value: V) => boolean;
  /** Whether `value` is the right *answer* for `object` (the engine's winner); default `isRight`. */
  isRightWinner?: (object: string, value: V, claimed: readonly V[]) => boolean;
  /** Claims dropped because they assert nothing ("Not Available", empty, unparseable). */
  skipped: number;
}

/** One raw Book listing. */
export interface BookListing {
  isbn: string;
  authors: string;
  source: string;
}

/** Splits claims.txt: fields end with `|` + tab; ISBN is field 3, authors 5, source 6. */
export function parseBookListings(text: string): BookListing[] {
  const out: BookListing[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const f = line.split("|\t");
    const isbn = f[2]?.trim();
    const source = f[5]?.trim();
    if (!isbn || !source) continue;
    out.push({ isbn: normalizeIsbn(isbn), authors: f[4] ?? "", source });
  }
  return out;
}

/** Splits golden.txt: `ISBN<TAB>authors`, blank lines between entries. */
export function parseBookGoldLines(text: string): { isbn: string; authors: string }[] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.includes("\t"))
    .map((l) => {
      const [isbn = "", authors = ""] = l.split("\t");
      return { isbn: normalizeIsbn(isbn.trim()), authors };
    });
}

/** The Book data set as author-key sets; gold surnames are folded exactly like the listings' ones. */
export function loadBook(claimsText: string, goldText: string): Dataset<string[]> {
  const listings = parseBookListings(claimsText);
  const goldLines = parseBookGoldLines(goldText);
  // Name statistics come from the listings only, never from the gold file.
  const stats = buildNameStats(listings.map((l) => l.authors));
  const claims: Claim<string[]>[] = [];
  let skipped = 0;
  for (const l of listings) {
    const value = parseAuthors(l.authors, stats);
    if (value) claims.push({ source: l.source, object: l.isbn, value });
    else skipped++;
  }
  const gold = new Map<string, string[]>();
  for (const g of goldLines) {
    const value = parseGoldAuthors(g.authors);
    if (value) gold.set(g.isbn, value);
  }
  return { claims, gold, valueKey: authorKey, similarity: authorSimilarity, skipped };
}

/** Value types the generic TSV path understands. */
export type ValueType = "text" | "number" | "date";

/** Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `start/end` into an inclusive date interval. */
export function parseDateInterval(raw: string): DateInterval | null {
  const s = raw.trim();
  if (s.includes("/")) {
    const [a = "", b = ""] = s.split("/");
    const x = parseDateInterval(a);
    const y = parseDateInterval(b);
    return x && y ? { start: x.start, end: y.end } : null;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return { start: s, end: s };
  const month = /^(\d{4})-(\d{2})$/.exec(s);
  if (month) {
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return { start: `${s}-01`, end: `${s}-${String(last).padStart(2, "0")}` };
  }
  if (/^\d{4}$/.test(s)) return { start: `${s}-01-01`, end: `${s}-12-31` };
  return null;
}

function tsvRows(text: string, columns: number): string[][] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "" && !l.startsWith("#"))
    .map((l) => l.split("\t"))
    .filter((r) => r.length >= columns);
}

function typed<V>(
  claimsText: string,
  goldText: string,
  parse: (raw: string) => V | null,
  valueKey: (v: V) => string,
  similarity: Similarity<V>,
): Dataset<V> {
  const claims: Claim<V>[] = [];
  let skipped = 0;
  for (const [source = "", object = "", raw = ""] of tsvRows(claimsText, 3)) {
    const value = parse(raw);
    if (value === null || source.trim() === "" || object.trim() === "") skipped++;
    else claims.push({ source: source.trim(), object: object.trim(), value });
  }
  const gold = new Map<string, V>();
  for (const [object = "", raw = ""] of tsvRows(goldText, 2)) {
    const value = parse(raw);
    if (value !== null) gold.set(object.trim(), value);
  }
  return { claims, gold, valueKey, similarity, skipped };
}

/** Generic TSV: claims `source<TAB>object<TAB>value`, gold `object<TAB>value`; `#` lines are comments. */
export function loadTsv(claimsText: string, goldText: string, type: "text"): Dataset<string>;
export function loadTsv(claimsText: string, goldText: string, type: "number"): Dataset<number>;
export function loadTsv(claimsText: string, goldText: string, type: "date"): Dataset<DateInterval>;
export function loadTsv(
  claimsText: string,
  goldText: string,
  type: ValueType,
): Dataset<string> | Dataset<number> | Dataset<DateInterval> {
  if (type === "number") {
    const parse = (raw: string) => (raw.trim() === "" || !Number.isFinite(Number(raw)) ? null : Number(raw));
    // Numbers are compared as numbers: "3000", "3000.0" and "3e3" are one value.
    return {
      ...typed(claimsText, goldText, parse, (v) => String(v), numberClosenessSimilarity),
      width: (v: number) => 2 * numberHalfWidth(v),
    };
  }
  if (type === "date")
    return {
      ...typed(claimsText, goldText, parseDateInterval, dateKey, dateSimilarity),
      contains: dateContains,
      width: dateWidthDays,
    };
  const parse = (raw: string) => (textKey(raw) === "" ? null : raw.trim());
  return typed(claimsText, goldText, parse, textKey, textSimilarity);
}
