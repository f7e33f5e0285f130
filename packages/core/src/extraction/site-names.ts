// One site named in two languages: "Gunung Ruang" and "Mount Ruang", "Bandara Internasional Sam
// Ratulangi" and "Sam Ratulangi International Airport", "Sungai Ciberang" and "Ciberang River".
// The head noun says what sort of site it is; the rest is its own name, the same in both
// languages. Outlets writing in Indonesian and in English then name one place, not two.
import { normalizeName } from "../normalize";

interface Head {
  sort: string;
  /** The Indonesian head, written before the name. */
  id: string;
  /** The English head and where it goes: "Mount X", "X River", "Port of X". */
  en: string;
  enFirst: boolean;
}

const HEADS: readonly Head[] = [
  { sort: "mount", id: "Gunung", en: "Mount", enFirst: true },
  { sort: "island", id: "Pulau", en: "Island", enFirst: false },
  { sort: "islands", id: "Kepulauan", en: "Islands", enFirst: false },
  { sort: "river", id: "Sungai", en: "River", enFirst: false },
  { sort: "lake", id: "Danau", en: "Lake", enFirst: true },
  { sort: "strait", id: "Selat", en: "Strait", enFirst: false },
  { sort: "bay", id: "Teluk", en: "Bay", enFirst: false },
  { sort: "sea", id: "Laut", en: "Sea", enFirst: false },
  { sort: "cape", id: "Tanjung", en: "Cape", enFirst: true },
  { sort: "palace", id: "Istana", en: "Palace", enFirst: false },
  { sort: "stadium", id: "Stadion", en: "Stadium", enFirst: false },
  { sort: "airport", id: "Bandara", en: "Airport", enFirst: false },
  { sort: "port", id: "Pelabuhan", en: "Port", enFirst: false },
  { sort: "mosque", id: "Masjid", en: "Mosque", enFirst: false },
  { sort: "cathedral", id: "Katedral", en: "Cathedral", enFirst: false },
  { sort: "bridge", id: "Jembatan", en: "Bridge", enFirst: false },
  { sort: "hospital", id: "Rumah Sakit", en: "Hospital", enFirst: false },
  { sort: "station", id: "Stasiun", en: "Station", enFirst: false },
  { sort: "monument", id: "Monumen", en: "Monument", enFirst: false },
  { sort: "cosmodrome", id: "Kosmodrom", en: "Cosmodrome", enFirst: false },
  { sort: "regency", id: "Kabupaten", en: "Regency", enFirst: false },
  { sort: "district", id: "Kecamatan", en: "District", enFirst: false },
  { sort: "province", id: "Provinsi", en: "Province", enFirst: false },
  { sort: "village", id: "Desa", en: "Village", enFirst: false },
  // Roads and buildings: "Jalan Tol Olympia Odos" is the "Olympia Odos Motorway", "Jalan Raya
  // Trans-Sumatra" the "Trans-Sumatra Highway", "Gedung Sate" the "Sate Building".
  { sort: "motorway", id: "Jalan Tol", en: "Motorway", enFirst: false },
  { sort: "motorway", id: "Jalan Tol", en: "Expressway", enFirst: false },
  { sort: "motorway", id: "Jalan Tol", en: "Toll Road", enFirst: false },
  { sort: "highway", id: "Jalan Raya", en: "Highway", enFirst: false },
  { sort: "building", id: "Gedung", en: "Building", enFirst: false },
  // Estates, parks and works: "Kawasan Industri Kendal" is the "Kendal Industrial Estate".
  { sort: "industrial estate", id: "Kawasan Industri", en: "Industrial Estate", enFirst: false },
  { sort: "industrial estate", id: "Kawasan Industri", en: "Industrial Park", enFirst: false },
  { sort: "industrial estate", id: "Kawasan Industri", en: "Industrial Zone", enFirst: false },
  { sort: "national park", id: "Taman Nasional", en: "National Park", enFirst: false },
  { sort: "dam", id: "Bendungan", en: "Dam", enFirst: false },
  { sort: "refinery", id: "Kilang", en: "Refinery", enFirst: false },
  { sort: "prison", id: "Lapas", en: "Prison", enFirst: false },
  { sort: "air base", id: "Pangkalan Udara", en: "Air Base", enFirst: false },
];

/** Indonesian heads that are written short ("RSUD", "Gn.", "P."), with the head they stand for. */
const ID_SHORT: Readonly<Record<string, string>> = { rsud: "hospital", rs: "hospital", gn: "mount" };
const INTERNATIONAL_ID = /^internasional\s+/iu;
const INTERNATIONAL_EN = /\s+international$/iu;

export interface SiteName {
  /** The sort of site ("mount", "airport"). */
  sort: string;
  /** Its own name, without the head ("Ruang", "Sam Ratulangi"). */
  name: string;
  international: boolean;
}

/** The sort and own name of a site named with a head noun in either language; null otherwise. */
export function siteName(text: string): SiteName | null {
  const t = text
    .trim()
    .replace(/^the\s+/iu, "")
    .replace(/\s+/gu, " ");
  const lower = t.toLowerCase();
  for (const h of HEADS) {
    const id = h.id.toLowerCase();
    if (lower.startsWith(`${id} `)) {
      let rest = t.slice(id.length + 1);
      const international = INTERNATIONAL_ID.test(rest);
      rest = rest.replace(INTERNATIONAL_ID, "");
      if (rest) return { sort: h.sort, name: rest, international };
    }
    const en = h.en.toLowerCase();
    if (h.enFirst && lower.startsWith(`${en} `))
      return { sort: h.sort, name: t.slice(en.length + 1), international: false };
    if (h.sort === "port" && lower.startsWith("port of "))
      return { sort: h.sort, name: t.slice("port of ".length), international: false };
    if (!h.enFirst && lower.endsWith(` ${en}`)) {
      let rest = t.slice(0, t.length - en.length - 1);
      const international = INTERNATIONAL_EN.test(rest);
      rest = rest.replace(INTERNATIONAL_EN, "");
      if (rest) return { sort: h.sort, name: rest, international };
    }
  }
  const short = /^(\p{L}+)\.?\s+(.+)$/u.exec(t);
  const sort = short ? ID_SHORT[(short[1] as string).toLowerCase()] : undefined;
  return sort && short ? { sort, name: short[2] as string, international: false } : null;
}

/** A key two names of one site share in any of the two languages ("mount:ruang"); null without a head. */
export function siteKey(text: string): string | null {
  const s = siteName(text);
  return s ? `${s.sort}:${normalizeName(s.name)}` : null;
}

/**
 * The site's name in both languages, as aliases: "Gunung Ruang" → ["Gunung Ruang", "Mount Ruang"];
 * an airport with and without "International"; empty for a name without a head.
 */
export function siteNameForms(text: string): string[] {
  const s = siteName(text);
  const head = s && HEADS.find((h) => h.sort === s.sort);
  if (!s || !head) return [];
  const en = (international: boolean) => {
    const own = international ? `${s.name} International` : s.name;
    if (head.sort === "port") return [`Port of ${s.name}`, `${s.name} Port`];
    return [head.enFirst ? `${head.en} ${own}` : `${own} ${head.en}`];
  };
  const id = (international: boolean) => [`${head.id} ${international ? "Internasional " : ""}${s.name}`];
  const forms = [...id(s.international), ...en(s.international)];
  if (s.international) forms.push(...id(false), ...en(false));
  return [...new Set(forms)];
}
