// Articles written for the same-event tests: four outlets on the September 2023 Putin–Kim summit
// (Tempo gives another day, Detik another city), one unrelated meeting, and the same two leaders
// nine months later.
export const SUMMIT_ENTITIES = [
  ["Vladimir Putin", "person", ["Putin"]],
  ["Kim Jong-un", "person", ["Kim Jong Un", "Kim"]],
  ["Retno Marsudi", "person", []],
  ["Kosmodrom Vostochny", "place", ["Vostochny Cosmodrome", "Vostochny"]],
  ["Vladivostok", "place", []],
  ["Pyongyang", "place", []],
  ["Jakarta", "place", []],
] as const;

export const SUMMIT_ARTICLES = [
  {
    outlet: "Kompas",
    publishedAt: "2023-09-14T09:00:00+07:00",
    language: "id",
    body: "Presiden Vladimir Putin bertemu Kim Jong-un di Kosmodrom Vostochny pada Rabu (13/9/2023). Keduanya berbicara lebih dari empat jam.",
  },
  {
    outlet: "Tempo",
    publishedAt: "2023-09-14T10:00:00+07:00",
    language: "id",
    body: "Kim Jong-un bertemu Vladimir Putin di Kosmodrom Vostochny pada Selasa (12/9/2023), menurut kantor berita KCNA.",
  },
  {
    outlet: "Wire English",
    publishedAt: "2023-09-14T08:00:00+07:00",
    language: "en",
    body: "Russian President Vladimir Putin met Kim Jong-un at the Vostochny Cosmodrome on Wednesday, the Kremlin said.",
  },
  {
    outlet: "Detik",
    publishedAt: "2023-09-14T12:00:00+07:00",
    language: "id",
    body: "Putin dan Kim bertemu di Vladivostok pada 13 September 2023.",
  },
  {
    outlet: "Antara",
    publishedAt: "2023-09-05T12:00:00+07:00",
    language: "id",
    body: "Menteri Luar Negeri Retno Marsudi bertemu Menlu Jepang di Jakarta pada Senin (4/9/2023).",
  },
  {
    outlet: "Republika",
    publishedAt: "2024-06-20T12:00:00+07:00",
    language: "id",
    body: "Putin bertemu Kim Jong-un di Pyongyang pada 19 Juni 2024.",
  },
] as const;
