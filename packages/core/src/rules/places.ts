// How far a place reaches, for the place-conflict rule: a country, a city of the gazetteer, or a
// local place below them (a street, a palace, a district, a cosmodrome) whose city the data does
// not know. Two places only contradict each other when one cannot lie within the other.
import { demonymCountry } from "../extraction/demonyms";
import { gazetteer, placeKey } from "../extraction/gazetteer";
import type { EntityNames } from "./types";

export interface PlaceExtent {
  level: "country" | "city" | "local";
  /** ISO 3166-1 alpha-2 code of the country it lies in (or is), when known. */
  countryCode: string | null;
  /** The gazetteer's id of the country or city, when known: one id is one place. */
  id?: string;
}

/** A country's capital named by its country: "ibu kota Rusia", "the Russian capital", "Russia's capital". */
const CAPITAL_ID = /^(?:ibu\s*kota|ibukota)\s+(?:negara\s+)?(.+)$/iu;
const CAPITAL_EN = /^(?:the\s+)?(.+?)(?:['’]s?)?\s+capital(?:\s+city)?$/iu;

function capitalNamed(name: string) {
  const g = gazetteer();
  const m = CAPITAL_ID.exec(name.trim()) ?? CAPITAL_EN.exec(name.trim());
  if (!m) return undefined;
  const of = (m[1] as string).trim();
  const byName = g.byKey.get(placeKey(of));
  const country = byName?.kind === "country" ? byName : demonymCountry(of);
  return country ? g.capitals.get(country.countryCode) : undefined;
}

/**
 * The extent of a place by its name: the gazetteer's country or city, a country's capital named by
 * its country ("ibu kota Rusia" is Moscow), else a local place. A province or state is compared as
 * a local place of its country (which cities lie in it is not known).
 */
export function placeExtentOfName(name: string): PlaceExtent {
  const hit = gazetteer().byKey.get(placeKey(name)) ?? capitalNamed(name);
  if (!hit) return { level: "local", countryCode: null };
  if (hit.kind === "region") return { level: "local", countryCode: hit.countryCode };
  return { level: hit.kind, countryCode: hit.countryCode, id: hit.id };
}

/** What sort of local place a name is: a road, an area (village, district), or a site on or in them. */
export type LocalSort = "road" | "area" | "site";

const ROAD =
  /^(?:jalan|jl|jln|jalur|ruas|tol)\b|\b(?:street|st|road|rd|avenue|ave|boulevard|blvd|highway|hwy|expressway|freeway|motorway|lane|drive)$/iu;
const AREA =
  /^(?:desa|kelurahan|kecamatan|distrik|kabupaten|kampung|dusun|nagari|gampong|provinsi|kawasan|wilayah|pulau)\b|\b(?:district|village|county|province|regency|prefecture|suburb|township|borough|municipality|island)$/iu;

const RIVER = /^(?:sungai|kali)\s|\b(?:river|creek|canal)$/iu;
/** A place that runs through others: a road or a river. */
const linear = (name: string) => RIVER.test(name.trim()) || localSortOfName(name) === "road";

/** The sort of a local place by its name ("Jalan Hayam Wuruk" a road, "Desa Ketanjung" an area). */
export function localSortOfName(name: string): LocalSort {
  const n = name.trim().replace(/\.$/u, "");
  if (ROAD.test(n)) return "road";
  if (AREA.test(n)) return "area";
  // A province or state the gazetteer knows ("Texas", "Jawa Timur") is an area too.
  if (gazetteer().byKey.get(placeKey(n))?.kind === "region") return "area";
  return "site";
}

/** Whether a longer name holds a place's whole name as words of its own ("Bandara Catania" holds "Catania"). */
function holdsName(longer: string, name: string): boolean {
  const whole = placeKey(longer);
  const part = placeKey(name);
  return part !== "" && whole !== part && ` ${whole} `.includes(` ${part} `);
}

const nameOf = (names: EntityNames | undefined, id: string) =>
  names instanceof Map ? names.get(id) : (names as Record<string, string> | undefined)?.[id];

/**
 * Whether two different places claimed for one event contradict each other. A city does not
 * contradict its own country ("di Moskow" and "di luar ibu kota Rusia"). Within one article, a
 * local place does not contradict a city or country the article also gives ("di Samarinda" and "di
 * Jalan Pemuda"): the article names where in that city; and two local places of different sorts
 * do not contradict each other either: a building or site stands on a road and lies in a village or
 * district, a road runs through a district ("Glodok Plaza" and "Jalan Hayam Wuruk", "Jalan Raya
 * Abepura" and "Distrik Abepura"). Two local places of one sort (two villages, two buildings) still
 * conflict, and between outlets every place is compared as named, except that a river or a road
 * never contradicts a village or district it may run through. Places whose name is unknown are
 * compared as named.
 */
export function placesConflict(
  a: string,
  b: string,
  sameArticle: boolean,
  names: EntityNames | undefined,
  extents: ReadonlyMap<string, PlaceExtent> | undefined,
): boolean {
  if (a === b) return false;
  const extent = (id: string) => {
    const given = extents?.get(id);
    if (given) return given;
    const name = nameOf(names, id);
    return name ? placeExtentOfName(name) : null;
  };
  const x = extent(a);
  const y = extent(b);
  if (!x || !y) return true;
  // One place by two names ("Moscow" and "the Russian capital").
  if (x.id !== undefined && x.id === y.id) return false;
  const within = (inner: PlaceExtent, outer: PlaceExtent) =>
    outer.level === "country" && inner.level !== "country" && inner.countryCode === outer.countryCode;
  if (within(x, y) || within(y, x)) return false;
  if (sameArticle && (x.level === "local") !== (y.level === "local")) return false;
  // A site named after its city lies in it: "Bandara Catania" and "Catania", "Dhaka stadium" and "Dhaka".
  const namedAfter = (site: string, siteExtent: PlaceExtent, city: string, cityExtent: PlaceExtent) => {
    if (siteExtent.level !== "local" || cityExtent.level !== "city") return false;
    const siteName = nameOf(names, site);
    const cityName = nameOf(names, city);
    return siteName !== undefined && cityName !== undefined && holdsName(siteName, cityName);
  };
  if (namedAfter(a, x, b, y) || namedAfter(b, y, a, x)) return false;
  if (x.level === "local" && y.level === "local") {
    const na = nameOf(names, a);
    const nb = nameOf(names, b);
    if (sameArticle && na && nb && localSortOfName(na) !== localSortOfName(nb)) return false;
    // A river or a road runs through villages and districts: between outlets too, neither
    // contradicts the area ("Sungai Ciberang" and "Sajira district").
    if (
      na &&
      nb &&
      ((linear(na) && localSortOfName(nb) === "area") || (linear(nb) && localSortOfName(na) === "area"))
    )
      return false;
  }
  return true;
}
