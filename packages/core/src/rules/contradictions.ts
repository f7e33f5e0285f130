// Cross-outlet contradictions over one event's assertions. Assertions are bucketed by slot and then
// by identical value, so comparisons run over distinct values; dates are sorted by interval start
// so the disjoint pairs fall out of one binary search per distinct interval.
import type { ClaimValue, DateInterval } from "@kroscek/schema";
import { demonymCountry } from "../extraction/demonyms";
import { gazetteer, placeKey } from "../extraction/gazetteer";
import { findPlaces } from "../extraction/places";
import { siteKey } from "../extraction/site-names";
import { boundInQuote } from "../reading/quantities";
import { cmp, DEFAULT_MAX_FINDINGS, FindingCollector } from "./emit";
import { detectActorOutsideParticipants } from "./internal";
import { placeExtentOfName, placesConflict } from "./places";
import { type Finding, RULE_IDS, type RuleAssertion, type RuleId, type RuleOptions } from "./types";
import {
  intervalMs,
  participantSetsConflict,
  quantitiesConflict,
  relativeDifference,
  valueKey,
} from "./values";

/** Options for `detectContradictions`. */
export interface ContradictionOptions extends RuleOptions {
  /** Stop after this many findings (default 100,000); the kept ones are a deterministic prefix. */
  maxFindings?: number;
}

interface ValueGroup {
  key: string;
  value: ClaimValue;
  members: RuleAssertion[];
}

const UNCONFIRMED_LISTED = 20;

/** Groups items by a string key; groups and their items come out in a stable order. */
export function groupSorted<T>(items: readonly T[], key: (item: T) => string): Array<[string, T[]]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return [...map.entries()].sort((x, y) => cmp(x[0], y[0]));
}

function valueGroups(list: readonly RuleAssertion[]): ValueGroup[] {
  return groupSorted(list, (a) => valueKey(a.value)).map(([key, members]) => ({
    key,
    value: (members[0] as RuleAssertion).value,
    members: members.sort((x, y) => cmp(x.id, y.id)),
  }));
}

function crossEmit(
  c: FindingCollector,
  rule: RuleId,
  g: ValueGroup,
  h: ValueGroup,
  extra: Record<string, unknown> = {},
): void {
  for (const a of g.members) {
    for (const b of h.members) {
      if (c.full) {
        c.truncated = true;
        return;
      }
      c.conflict(rule, a, b, extra);
    }
  }
}

const DAY_MS = 86_400_000;
/**
 * The calendar days an interval was stated as, whatever zone it was resolved in: a resolved date
 * runs from a local midnight to a local midnight, so 12 hours after each end falls on that local
 * date in UTC (exact for offsets from −11:59 to +12:00). "Senin (12/5/2025)" read in Jakarta and
 * "on Tuesday" read in Wellington are the 12th and the 13th, although their UTC instants overlap.
 */
function calendarDays(interval: DateInterval): [number, number] {
  const [start, end] = intervalMs(interval);
  const day = (t: number) => Math.floor((t + DAY_MS / 2) / DAY_MS) * DAY_MS;
  const a = day(start);
  return [a, Math.max(a + DAY_MS, day(end))];
}

/** Disjoint date intervals conflict ("Juni 2024" contains "19/6/2024"; 16/1 and 17/1 are disjoint). */
function dateConflicts(c: FindingCollector, groups: ValueGroup[]): void {
  const spans = groups
    .map((g) => ({ g, ms: g.value.slot === "date" ? calendarDays(g.value.interval) : [0, 0] }))
    .filter((s) => Number.isFinite(s.ms[0]) && Number.isFinite(s.ms[1]))
    .sort(
      (x, y) => (x.ms[0] ?? 0) - (y.ms[0] ?? 0) || (x.ms[1] ?? 0) - (y.ms[1] ?? 0) || cmp(x.g.key, y.g.key),
    );
  const starts = spans.map((s) => s.ms[0] ?? 0);
  for (let i = 0; i < spans.length && !c.full; i++) {
    const si = spans[i] as (typeof spans)[number];
    // Sorted by start, a later interval overlaps [start_i, end_i) iff it starts before end_i.
    for (let j = lowerBound(starts, si.ms[1] ?? 0, i + 1); j < spans.length && !c.full; j++) {
      crossEmit(c, RULE_IDS.dateConflict, si.g, (spans[j] as (typeof spans)[number]).g);
    }
  }
}

function lowerBound(sorted: readonly number[], target: number, from: number): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every pair of distinct values for which `conflicts` holds; n² over distinct values only. */
function pairwise(
  c: FindingCollector,
  rule: RuleId,
  groups: ValueGroup[],
  conflicts: (x: ClaimValue, y: ClaimValue) => Record<string, unknown> | null,
): void {
  for (let i = 0; i < groups.length && !c.full; i++) {
    for (let j = i + 1; j < groups.length && !c.full; j++) {
      const g = groups[i] as ValueGroup;
      const h = groups[j] as ValueGroup;
      const extra = conflicts(g.value, h.value);
      if (extra) crossEmit(c, rule, g, h, extra);
    }
  }
}

const folded = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * Whether a quote names a place (its whole words, case and diacritics aside, or its name in the
 * other language), or, for a country,
 * names a province or city of it ("di Kabupaten Kepulauan Sitaro, Sulawesi Utara" lies in
 * Indonesia).
 */
function quoteNames(quote: string, name: string | undefined): boolean {
  if (!name) return false;
  const n = folded(name);
  if (n.length >= 3 && ` ${folded(quote)} `.includes(` ${n} `)) return true;
  const extent = placeExtentOfName(name);
  // The same place in the other language: "Jawa Tengah" names Central Java, "Kawasan Industri
  // Kendal" the Kendal Industrial Estate.
  const known = gazetteer().byKey.get(placeKey(name))?.id;
  const site = siteKey(name);
  if (
    (known !== undefined || site !== null) &&
    quotePlaces(quote).some(
      (p) => (known !== undefined && p.gazetteerId === known) || (site !== null && siteKey(p.text) === site),
    )
  )
    return true;
  if (extent.level !== "country" || extent.countryCode === null) return false;
  return quotePlaces(quote).some((p) => p.kind !== "country" && p.countryCode === extent.countryCode);
}

const placesOfQuote = new Map<string, ReturnType<typeof findPlaces>>();
/** The place finder's reading of a quote, kept: pairs of assertions read the same quotes again. */
function quotePlaces(quote: string): ReturnType<typeof findPlaces> {
  let found = placesOfQuote.get(quote);
  if (!found) {
    if (placesOfQuote.size > 5_000) placesOfQuote.clear();
    found = findPlaces(quote);
    placesOfQuote.set(quote, found);
  }
  return found;
}

/** The gazetteer's cities a quote names ("… di Gedung Parlemen Selandia Baru, Wellington, …"). */
function citiesNamed(quote: string): Set<string> {
  return new Set(
    quotePlaces(quote).flatMap((p) => (p.gazetteerId?.startsWith("geonames:") ? [p.gazetteerId] : [])),
  );
}

/**
 * Whether two outlets place the event at two sites the gazetteer does not know, in a city both
 * quotes name ("di Gedung Parlemen Selandia Baru, Wellington" and "at Parliament House in
 * Wellington"): they agree on the city, and a site named in two languages may well be one, so
 * neither contradicts the other.
 */
function sitesOfOneCity(
  quoteA: string,
  quoteB: string,
  nameA: string | undefined,
  nameB: string | undefined,
) {
  if (!nameA || !nameB) return false;
  if (placeExtentOfName(nameA).level !== "local" || placeExtentOfName(nameB).level !== "local") return false;
  const cities = citiesNamed(quoteA);
  if (cities.size === 0) return false;
  for (const c of citiesNamed(quoteB)) if (cities.has(c)) return true;
  return false;
}

/**
 * Whether a quote names a place as a state or province ("di negara bagian Washington", "in
 * Washington state", "the state of Washington", "Provinsi X"): an area, whatever city shares its name.
 */
function namedAsState(quote: string, name: string | undefined): boolean {
  if (!name) return false;
  const n = name
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\s+/g, "\\s+");
  return new RegExp(
    `(?:negara\\s+bagian|provinsi|state\\s+of|province\\s+of)\\s+${n}(?![\\p{L}])|(?<![\\p{L}])${n}\\s+(?:state|province)(?![\\p{L}])`,
    "iu",
  ).test(quote);
}

function nameOfPlace(options: ContradictionOptions, id: string): string | undefined {
  const names = options.entityNames;
  return names instanceof Map ? names.get(id) : (names as Record<string, string> | undefined)?.[id];
}

/** Distinct places of one event that cannot both be right (see `placesConflict`), pair by pair. */
function placeConflicts(c: FindingCollector, groups: ValueGroup[], options: ContradictionOptions): void {
  const id = (g: ValueGroup) => (g.value.slot === "place" ? g.value.entityId : g.key);
  for (let i = 0; i < groups.length && !c.full; i++)
    for (let j = i + 1; j < groups.length && !c.full; j++) {
      const g = groups[i] as ValueGroup;
      const h = groups[j] as ValueGroup;
      for (const a of g.members)
        for (const b of h.members) {
          // "di Gedung Parlemen, Wellington" against "in Wellington": the quote that names the
          // site names the other outlet's place too, so both say where it lies.
          if (
            a.articleId !== b.articleId &&
            (quoteNames(a.quote, nameOfPlace(options, id(h))) ||
              quoteNames(b.quote, nameOfPlace(options, id(g))) ||
              sitesOfOneCity(a.quote, b.quote, nameOfPlace(options, id(g)), nameOfPlace(options, id(h))))
          )
            continue;
          // "di negara bagian Washington" and "dekat Seattle" in one article: a state and a city.
          const isCity = (x: ValueGroup) => {
            const name = nameOfPlace(options, id(x));
            return name !== undefined && placeExtentOfName(name).level === "city";
          };
          if (
            a.articleId === b.articleId &&
            ((namedAsState(a.quote, nameOfPlace(options, id(g))) && isCity(h)) ||
              (namedAsState(b.quote, nameOfPlace(options, id(h))) && isCity(g)))
          )
            continue;
          if (
            !placesConflict(
              id(g),
              id(h),
              a.articleId === b.articleId,
              options.entityNames,
              options.placeExtents,
            )
          )
            continue;
          if (c.full) {
            c.truncated = true;
            return;
          }
          c.conflict(RULE_IDS.placeConflict, a, b);
        }
    }
}

/**
 * The countries a quote names, by name or by demonym ("Indonesian Trade Minister …", "South Korean
 * Trade Minister …"). An Indonesian minister named with no country ("Menteri Investasi Hendra
 * Lubis") is Indonesia's, as the Indonesian press writes its own government's titles.
 */
function countriesNamed(quote: string): Set<string> {
  const codes = new Set<string>();
  for (const p of quotePlaces(quote)) if (p.kind === "country" && p.countryCode) codes.add(p.countryCode);
  // Each capitalised word, and each with the capitalised word before it ("South Korean").
  let previous: { word: string; end: number } | null = null;
  for (const m of quote.matchAll(/\p{Lu}\p{Ll}+/gu)) {
    const pair =
      previous && /^\s+$/u.test(quote.slice(previous.end, m.index))
        ? demonymCountry(`${previous.word} ${m[0]}`)
        : null;
    const c = pair ?? demonymCountry(m[0]);
    if (c) codes.add(c.countryCode);
    previous = { word: m[0], end: m.index + m[0].length };
  }
  if (ownMinister(quote)) codes.add("ID");
  return codes;
}
/** Whether a quote names a minister by title and name with no country in the title ("Menteri Investasi Hendra Lubis"). */
function ownMinister(quote: string): boolean {
  const countries = quotePlaces(quote).filter((p) => p.kind === "country");
  for (const m of quote.matchAll(/(?<![\p{L}])Menteri((?:\s+\p{Lu}[\p{L}-]*){2,6})/gu)) {
    const end = m.index + m[0].length;
    if (!countries.some((p) => p.start > m.index && p.start < end)) return true;
  }
  return false;
}

/**
 * Whether a set of countries and a quote agree: every country is named in the quote ("Vietnam and
 * Indonesia signed …" and "Indonesian Trade Minister Hendro Wibisono and Vietnamese Minister Tran
 * Quoc Hai signed …"): the states act through the officials the other sentence names.
 */
function statesThroughOfficials(
  countries: readonly string[],
  quote: string,
  options: ContradictionOptions,
): boolean {
  const codes: string[] = [];
  for (const id of countries) {
    const name = nameOfPlace(options, id);
    const extent = name ? placeExtentOfName(name) : null;
    if (extent?.level !== "country" || !extent.countryCode) return false;
    codes.push(extent.countryCode);
  }
  if (codes.length === 0) return false;
  const named = countriesNamed(quote);
  return codes.every((code) => named.has(code));
}

/**
 * An appointment or a removal told without who made it ("Hadi Kurniawan … was named finance
 * minister", "Surya dilantik sebagai menteri"): the people named are those it was done to, not
 * every party, so their list contradicts no other.
 */
const AGENTLESS_APPOINTMENT =
  /(?<![\p{L}])(?:(?:was|were|has been|have been|had been)\s+(?:named|appointed|sworn in|nominated|chosen|picked|dismissed|removed|sacked|replaced)|(?:di)(?:lantik|angkat|tunjuk|copot|berhentikan|ganti))(?![\p{L}])(?![^.;]*(?<![\p{L}])(?:by|oleh)(?![\p{L}]))/iu;

/**
 * Who witnessed or attended an event ("Penyerahan itu disaksikan X dan Y", "X and Y attended the
 * handover"): the people present, not those who did it, so their list contradicts only another
 * list of who was present.
 */
const ATTENDANCE =
  /(?<![\p{L}])(?:attended|attending|witnessed|were present|was present|looked on|disaksikan|menyaksikan|dihadiri|menghadiri|hadir (?:dalam|pada|di))(?![\p{L}])/iu;

/** Participant lists of one event where each names someone the other does not, pair by pair. */
function participantConflicts(
  c: FindingCollector,
  groups: ValueGroup[],
  options: ContradictionOptions,
): void {
  for (let i = 0; i < groups.length && !c.full; i++)
    for (let j = i + 1; j < groups.length && !c.full; j++) {
      const g = groups[i] as ValueGroup;
      const h = groups[j] as ValueGroup;
      if (g.value.slot !== "participants" || h.value.slot !== "participants") continue;
      if (!participantSetsConflict(g.value.entityIds, h.value.entityIds)) continue;
      for (const a of g.members)
        for (const b of h.members) {
          if (
            statesThroughOfficials(g.value.entityIds, b.quote, options) ||
            statesThroughOfficials(h.value.entityIds, a.quote, options) ||
            AGENTLESS_APPOINTMENT.test(a.quote) ||
            AGENTLESS_APPOINTMENT.test(b.quote) ||
            ATTENDANCE.test(a.quote) !== ATTENDANCE.test(b.quote)
          )
            continue;
          if (c.full) {
            c.truncated = true;
            return;
          }
          c.conflict(RULE_IDS.participantsConflict, a, b);
        }
    }
}

/**
 * Quantities of one event, pair by pair: each figure with the side its quote bounds ("sedikitnya
 * 1.200 rumah" is at least 1,200), grouped by value and bound so distinct figures are compared once.
 */
const boundsOfQuote = new Map<string, ReturnType<typeof boundInQuote>>();
/** The bound a quote puts on its figure, kept: each write reads its event's quotes again. */
function quoteBound(quote: string, value: { amount: number; unit: string; tolerance: number }) {
  const key = `${value.amount}\u0000${value.unit}\u0000${value.tolerance}\u0000${quote}`;
  let bound = boundsOfQuote.get(key);
  if (bound === undefined) {
    if (boundsOfQuote.size > 5_000) boundsOfQuote.clear();
    bound = boundInQuote(quote, value);
    boundsOfQuote.set(key, bound);
  }
  return bound;
}

function quantityConflicts(c: FindingCollector, list: RuleAssertion[]): void {
  // Each quote is read once: the bound is its figure's hedge.
  const read = list.map((a) => ({
    a,
    bound: a.value.slot === "quantity" ? quoteBound(a.quote, a.value) : null,
  }));
  const bounded = groupSorted(read, (r) => `${valueKey(r.a.value)}|${r.bound ?? ""}`).map(([key, rs]) => {
    const first = rs[0] as (typeof rs)[number];
    return {
      key,
      value: first.a.value,
      bound: first.bound,
      members: rs.map((r) => r.a).sort((x, y) => cmp(x.id, y.id)),
    };
  });
  for (let i = 0; i < bounded.length && !c.full; i++)
    for (let j = i + 1; j < bounded.length && !c.full; j++) {
      const g = bounded[i] as (typeof bounded)[number];
      const h = bounded[j] as (typeof bounded)[number];
      const x = g.value;
      const y = h.value;
      if (x.slot !== "quantity" || y.slot !== "quantity") continue;
      if (!quantitiesConflict({ ...x, bound: g.bound }, { ...y, bound: h.bound })) continue;
      // A bound's band is one-sided, so the two-sided "differ by, tolerance" figures do not apply.
      crossEmit(
        c,
        RULE_IDS.quantityConflict,
        g,
        h,
        g.bound || h.bound
          ? { oneSided: true }
          : {
              relativeDifference: relativeDifference(x.amount, y.amount),
              tolerance: Math.max(x.tolerance, y.tolerance),
            },
      );
    }
}

function slotConflicts(c: FindingCollector, asserted: RuleAssertion[], options: ContradictionOptions): void {
  for (const [slot, list] of groupSorted(asserted, (a) => a.value.slot)) {
    const groups = valueGroups(slot === "date" ? list.filter((a) => a.dateResolved !== false) : list);
    switch (slot) {
      case "date":
        dateConflicts(c, groups);
        break;
      case "place":
        placeConflicts(c, groups, options);
        break;
      case "actor":
        pairwise(c, RULE_IDS.actorConflict, groups, () => ({}));
        break;
      case "participants":
        participantConflicts(c, groups, options);
        break;
      case "quantity":
        quantityConflicts(c, list);
        break;
      // `occurred` is handled with stances below; free-text statements are never compared.
    }
  }
}

/** What an `occurred` assertion says after its stance: denying "it happened" says it did not. */
function claimsOccurred(a: RuleAssertion): boolean | null {
  if (a.value.slot !== "occurred") return null;
  return a.stance === "denies" ? !a.value.occurred : a.value.occurred;
}

/**
 * Occurrence: "took place" vs "did not take place" (denying `occurred=true` is asserting
 * `occurred=false`), and for other slots asserting a value that another assertion denies.
 */
function occurrenceConflicts(c: FindingCollector, list: RuleAssertion[]): void {
  const polar = list.filter((a) => a.value.slot === "occurred" && a.stance !== "reports_unconfirmed");
  const [yes, no] = [true, false].map((want) => ({
    key: `occurred:${want}`,
    value: { slot: "occurred", occurred: want } as ClaimValue,
    members: polar.filter((a) => claimsOccurred(a) === want).sort((x, y) => cmp(x.id, y.id)),
  }));
  if (yes && no) crossEmit(c, RULE_IDS.occurrenceConflict, yes, no);

  const usable = list.filter(
    (a) => a.value.slot !== "occurred" && !(a.value.slot === "date" && a.dateResolved === false),
  );
  const denials = usable.filter((a) => a.stance === "denies");
  // Nothing denied: no asserted value meets its denial.
  if (denials.length === 0) return;
  const denied = new Map(valueGroups(denials).map((g) => [g.key, g]));
  for (const g of valueGroups(usable.filter((a) => a.stance === "asserts"))) {
    const d = denied.get(g.key);
    if (d) crossEmit(c, RULE_IDS.occurrenceConflict, g, d);
  }
}

/** Lists "reports_unconfirmed" assertions of the same values, for a finding's details. */
function unconfirmedLookup(assertions: readonly RuleAssertion[]) {
  const index = new Map<string, RuleAssertion[]>();
  for (const a of assertions) {
    if (a.stance !== "reports_unconfirmed") continue;
    const k = `${a.eventId}\u0000${valueKey(a.value)}`;
    const list = index.get(k);
    if (list) list.push(a);
    else index.set(k, [a]);
  }
  // Trimmed once here, so a finding only merges two short lists however many rumours there are.
  for (const [k, list] of index)
    index.set(k, list.sort((x, y) => cmp(x.id, y.id)).slice(0, UNCONFIRMED_LISTED));
  return (a: RuleAssertion, b: RuleAssertion): unknown[] => {
    if (index.size === 0) return [];
    const keys = new Set([valueKey(a.value), valueKey(b.value)]);
    return [...keys]
      .flatMap((k) => index.get(`${a.eventId}\u0000${k}`) ?? [])
      .sort((x, y) => cmp(x.id, y.id))
      .slice(0, UNCONFIRMED_LISTED)
      .map((u) => ({ assertionId: u.id, outletName: u.outletName, quote: u.quote, value: u.value }));
  };
}

/**
 * Contradictions among the assertions of one event (several events are grouped internally):
 * date, place, actor, participants, quantity and occurrence conflicts between outlets, and
 * `article.internal_inconsistency` when both sides come from one article. Sorted by pair, then rule.
 */
export function detectContradictions(
  assertions: readonly RuleAssertion[],
  options: ContradictionOptions = {},
): Finding[] {
  const c = new FindingCollector(
    options.maxFindings ?? DEFAULT_MAX_FINDINGS,
    options.entityNames,
    unconfirmedLookup(assertions),
  );
  for (const [, list] of groupSorted(assertions, (a) => a.eventId)) {
    if (c.full) break;
    slotConflicts(
      c,
      list.filter((a) => a.stance === "asserts"),
      options,
    );
    occurrenceConflicts(c, list);
    detectActorOutsideParticipants(list, c);
  }
  return c.sorted();
}
