// Six short articles written for these tests: four outlets on the September 2023 Putin–Kim summit
// (two giving different days, one another city), one unrelated meeting, and the same two leaders
// nine months later.
import type { EntityAlias } from "../extraction";

export const SUMMIT_ALIASES: EntityAlias[] = [
  { entityId: "putin", alias: "Vladimir Putin", kind: "person" },
  { entityId: "putin", alias: "Putin", kind: "person" },
  { entityId: "kim", alias: "Kim Jong-un", kind: "person" },
  { entityId: "kim", alias: "Kim", kind: "person" },
  { entityId: "retno", alias: "Retno Marsudi", kind: "person" },
  { entityId: "vostochny", alias: "Kosmodrom Vostochny", kind: "place" },
  { entityId: "vostochny", alias: "Vostochny Cosmodrome", kind: "place" },
  { entityId: "vostochny", alias: "Vostochny", kind: "place" },
  { entityId: "vladivostok", alias: "Vladivostok", kind: "place" },
  { entityId: "pyongyang", alias: "Pyongyang", kind: "place" },
  { entityId: "jakarta", alias: "Jakarta", kind: "place" },
];

export interface FixtureArticle {
  id: string;
  outlet: string;
  publishedAt: string;
  language: "id" | "en";
  body: string;
}

export const SUMMIT_ARTICLES: FixtureArticle[] = [
  {
    id: "kompas",
    outlet: "Kompas",
    publishedAt: "2023-09-14T09:00:00+07:00",
    language: "id",
    body: "Presiden Vladimir Putin bertemu Kim Jong-un di Kosmodrom Vostochny pada Rabu (13/9/2023). Keduanya menggelar pembicaraan lebih dari empat jam.",
  },
  {
    id: "tempo",
    outlet: "Tempo",
    publishedAt: "2023-09-14T10:00:00+07:00",
    language: "id",
    body: "Kim Jong-un bertemu Vladimir Putin di Kosmodrom Vostochny pada Selasa (12/9/2023), menurut kantor berita KCNA.",
  },
  {
    id: "wire",
    outlet: "Wire English",
    publishedAt: "2023-09-14T08:00:00+07:00",
    language: "en",
    body: "Russian President Vladimir Putin met Kim Jong-un at the Vostochny Cosmodrome on Wednesday, the Kremlin said.",
  },
  {
    id: "detik",
    outlet: "Detik",
    publishedAt: "2023-09-14T12:00:00+07:00",
    language: "id",
    body: "Putin dan Kim bertemu di Vladivostok pada 13 September 2023.",
  },
  {
    id: "antara",
    outlet: "Antara",
    publishedAt: "2023-09-05T12:00:00+07:00",
    language: "id",
    body: "Menteri Luar Negeri Retno Marsudi bertemu Menlu Jepang di Jakarta pada Senin (4/9/2023).",
  },
  {
    id: "later",
    outlet: "Republika",
    publishedAt: "2024-06-20T12:00:00+07:00",
    language: "id",
    body: "Putin bertemu Kim Jong-un di Pyongyang pada 19 Juni 2024.",
  },
];
