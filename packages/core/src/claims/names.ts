// Short names of people for sentence subjects: "Putin–Kim", not "Vladimir Putin–Kim Jong Un".

/** Family names written first (Korean and Chinese usage): "Kim Jong Un" is "Kim", not "Un". */
const FAMILY_NAME_FIRST = new Set([
  "kim",
  "choe",
  "choi",
  "ri",
  "lee",
  "park",
  "pak",
  "moon",
  "yoon",
  "xi",
  "li",
  "wang",
  "zhang",
  "hu",
  "jiang",
  "wen",
]);

export interface NamedEntity {
  canonicalName: string;
  aliases?: readonly string[];
  kind: "person" | "organisation" | "place" | "country";
}

/** The name a headline uses: a one-word alias the full name contains, else the family name, else the full name. */
export function shortName(e: NamedEntity): string {
  if (e.kind !== "person") return e.canonicalName;
  const tokens = e.canonicalName.split(/\s+/).filter(Boolean);
  if (tokens.length < 2) return e.canonicalName;
  const lower = tokens.map((t) => t.toLowerCase());
  const oneWord = (e.aliases ?? []).find(
    (a) => !/\s/.test(a.trim()) && lower.includes(a.trim().toLowerCase()),
  );
  if (oneWord) return oneWord.trim();
  const first = tokens[0] ?? e.canonicalName;
  if (FAMILY_NAME_FIRST.has(first.toLowerCase())) return first;
  // Indonesian names have no family name; a two-word one is usually shortened to the first word
  // only by convention the sentence cannot know, so the full name stays.
  return e.canonicalName;
}
