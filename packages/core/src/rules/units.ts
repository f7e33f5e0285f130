// The unit of a quantity as a concept, so that outlets writing in Indonesian and in English compare
// ("11 pelajar" and "13 students" disagree; "3.000 tentara" and "3,000 troops" agree). Each
// concept lists the unit words of both languages, singular and plural; a unit outside the list is
// compared as written (case and spacing aside).

const CONCEPTS: Record<string, readonly string[]> = {
  person: ["orang", "jiwa", "people", "person", "persons", "individuals"],
  resident: ["warga", "penduduk", "residents", "resident", "inhabitants", "villagers"],
  student: ["pelajar", "siswa", "murid", "mahasiswa", "students", "student", "pupils", "schoolchildren"],
  victim: ["korban", "victims", "victim", "casualties"],
  soldier: ["tentara", "prajurit", "serdadu", "troops", "soldiers", "soldier"],
  missile: ["rudal", "missiles", "missile"],
  worker: ["pekerja", "buruh", "karyawan", "workers", "worker", "employees", "labourers", "laborers"],
  passenger: ["penumpang", "passengers", "passenger"],
  crew: ["awak", "kru", "crew", "crew members", "sailors"],
  evacuee: ["pengungsi", "evacuees", "refugees", "displaced"],
  fisherman: ["nelayan", "fishermen", "fisherman", "fishers"],
  farmer: ["petani", "farmers", "farmer"],
  miner: ["penambang", "miners", "miner"],
  protester: ["demonstran", "pengunjuk rasa", "protesters", "protestors", "demonstrators"],
  patient: ["pasien", "patients", "patient"],
  child: ["anak", "anak-anak", "children", "child"],
  teacher: ["guru", "teachers", "teacher"],
  customer: ["pelanggan", "customers", "customer"],
  officer: ["polisi", "personel", "police officers", "officers", "police", "policemen"],
  supporter: ["pendukung", "simpatisan", "supporters", "supporter", "sympathisers", "sympathizers"],
  relative: ["kerabat", "relatives", "relative"],
  house: ["rumah", "houses", "homes", "house"],
  family: ["keluarga", "families", "households"],
  shop: ["kios", "toko", "lapak", "kiosks", "kiosk", "shops", "shop", "stalls", "stall"],
  village: ["desa", "villages", "village"],
  ship: ["kapal", "ships", "vessels", "ship"],
  vehicle: ["kendaraan", "vehicles", "cars", "mobil"],
  flight: ["penerbangan", "flights", "flight"],
  hour: ["jam", "hours", "hour", "hrs"],
  day: ["hari", "days", "day"],
  week: ["minggu", "pekan", "weeks", "week"],
  month: ["bulan", "months", "month"],
  year: ["tahun", "years", "year"],
  tonne: ["ton", "tonnes", "tonne", "tons"],
  kilogram: ["kilogram", "kilograms", "kilogramme", "kilogrammes", "kg", "kgs", "kilo", "kilos"],
  gram: ["gram", "grams", "gramme", "grammes", "g", "gr"],
  barrel: ["barel", "barrels", "barrel", "bbl"],
  litre: ["liter", "litre", "litres", "liters"],
  kilometre: ["kilometer", "km", "kilometres", "kilometers", "kilometre"],
  metre: ["meter", "m", "metres", "meters", "metre"],
  hectare: ["hektare", "hektar", "ha", "hectares", "hectare"],
  magnitude: ["magnitude", "magnitudo", "sr"],
  percent: ["persen", "%", "percent", "per cent"],
  rupiah: ["rupiah", "rp"],
  dollar: ["dolar", "dollars", "dollar", "usd", "us$"],
};

const CONCEPT_OF = new Map<string, string>();
for (const [concept, words] of Object.entries(CONCEPTS)) for (const w of words) CONCEPT_OF.set(w, concept);

/** A canonical key for a unit: equal keys mean the same unit in either language. */
export function unitKey(unit: string): string {
  const written = unit.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  const concept = CONCEPT_OF.get(written);
  return concept ? `~${concept}` : written;
}

/** People of a kind: a count of people ("62 orang", "62 people") counts them too. */
const PEOPLE_OF_A_KIND = new Set([
  "~resident",
  "~student",
  "~victim",
  "~soldier",
  "~worker",
  "~passenger",
  "~crew",
  "~evacuee",
  "~fisherman",
  "~farmer",
  "~miner",
  "~protester",
  "~patient",
  "~child",
  "~teacher",
  "~customer",
  "~officer",
  "~supporter",
  "~relative",
]);

/**
 * Whether two figures count the same thing: the same unit in either language, or people against
 * people of one kind ("47 penumpang" and "62 people" on one boat). Two kinds of people are not
 * compared ("11 pelajar", "30 warga").
 */
export function sameMeasure(a: string, b: string): boolean {
  const ka = unitKey(a);
  const kb = unitKey(b);
  if (ka === kb) return true;
  return (ka === "~person" && PEOPLE_OF_A_KIND.has(kb)) || (kb === "~person" && PEOPLE_OF_A_KIND.has(ka));
}

/** Whether a figure counts people, of any kind ("2.000 warga", "62 people", "47 penumpang"). */
export function countsPeople(unit: string): boolean {
  const key = unitKey(unit);
  return key === "~person" || PEOPLE_OF_A_KIND.has(key);
}
