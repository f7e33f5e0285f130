// How far a place reaches, for the place-conflict rule: a country, a city of the gazetteer, or a
// local place below them (a street, a palace, a district, a cosmodrome) whose city the data does
// not know. Two places only contradict each other when one cannot lie within the other.
import { gazetteer, placeKey } from "../extraction/gazetteer";
import type { EntityNames } from "./types";

export interface PlaceExtent {
  level: "country" | "city" | "local";
  /** ISO 3166-1 alpha-2 code of the country it lies in (or is), when known. */
  countryCode: string | null;
}

/** The extent of a place by its name: the gazetteer's country or city, else a local place. */
export function placeExtentOfName(name: string): PlaceExtent {
  const hit = gazetteer().byKey.get(placeKey(name));
  if (!hit) return { level: "local", countryCode: null };
  return { level: hit.kind, countryCode: hit.countryCode };
}

const nameOf = (names: EntityNames | undefined, id: string) =>
  names instanceof Map ? names.get(id) : (names as Record<string, string> | undefined)?.[id];

/**
 * Whether two different places claimed for one event contradict each other. A city does not
 * contradict its own country ("di Moskow" and "di luar ibu kota Rusia"). Within one article, a
 * local place does not contradict a city or country the article also gives ("di Samarinda" and "di
 * Jalan Pemuda"): the article names where in that city; between outlets it is compared as named.
 * Places whose name is unknown are compared as named.
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
  const within = (inner: PlaceExtent, outer: PlaceExtent) =>
    outer.level === "country" && inner.level !== "country" && inner.countryCode === outer.countryCode;
  if (within(x, y) || within(y, x)) return false;
  if (sameArticle && (x.level === "local") !== (y.level === "local")) return false;
  return true;
}
