// Wire credits: "sumber : reuters", "MOSCOW (Reuters) -", "— AP", "REUTERS/…". A credit means the
// text is the wire's story, so it is counted once with the wire. A mere mention ("seperti
// dilaporkan Reuters") is attribution, not a credit, and is not matched here.
import { memoized } from "./memo";

/** Canonical wire names and the spellings that denote each (matched case-insensitively, whole). */
const WIRES: ReadonlyArray<readonly [string, string]> = [
  ["Reuters", "reuters(?:\\.com)?"],
  ["Antara", "antara(?:\\s*news)?|antaranews(?:\\.com)?|lkbn\\s+antara"],
  ["AP", "ap|associated\\s+press"],
  ["AFP", "afp|agence\\s+france[-\\s]presse"],
  ["Xinhua", "xinhua"],
  ["TASS", "(?:itar[-\\s])?tass"],
  ["RIA Novosti", "ria(?:\\s+novosti)?"],
  ["Yonhap", "yonhap"],
  ["KCNA", "kcna|korean\\s+central\\s+news\\s+agency"],
  ["Bloomberg", "bloomberg"],
];

/** Canonical names of the wires the rules recognise. */
export const WIRE_NAMES: readonly string[] = WIRES.map(([name]) => name);

const ALIAS = WIRES.map(([, pattern]) => `(?:${pattern})`).join("|");

/** A regular-expression alternation of every wire spelling (case-insensitive use). */
export const WIRE_ALIAS_PATTERN = ALIAS;
const WHOLE = WIRES.map(([name, pattern]) => [name, new RegExp(`^(?:${pattern})$`, "i")] as const);

/** "reuters" → "Reuters", "Antara News" → "Antara", "Associated Press" → "AP"; null when not a wire. */
export function canonicalWireName(text: string): string | null {
  const t = text
    .replace(/[\s.,;:()[\]–—-]+$/u, "")
    .replace(/^[\s.,;:()[\]–—-]+/u, "")
    .replace(/\s+/g, " ");
  for (const [name, re] of WHOLE) if (re.test(t)) return name;
  return null;
}

/** Canonical wires named in a free-form credit ("reuters, ap", "AFP/Reuters", "Antara dan Xinhua"). */
export function wiresInCredit(credit: string): string[] {
  const found: string[] = [];
  const text = credit.replace(/^\s*(?:sumber(?:\s+berita)?|source|reporting\s+by)\s*:\s*/i, "");
  for (const part of text.split(/\s*(?:[,/&;+]|\band\b|\bdan\b)\s*/i)) {
    const name = canonicalWireName(part);
    if (name && !found.includes(name)) found.push(name);
  }
  return found;
}

// Strongest first. "sumber: …" / "source: …" lines are how Indonesian outlets credit wires, also
// in brackets: "(sumber: Antara)".
const CREDIT_LINE =
  /(?:^|[\n.!?]\s*|\(\s*)(?:sumber(?:\s+berita)?|source|reporting\s+by)\s*:\s*([^\n)]{1,80})/gi;
// A capitalised wire opening a paragraph: "REUTERS – Thousands rallied", "ANTARA - ".
const LEAD_CREDIT = /^[ \t]*(REUTERS|ANTARA|AFP|AP|XINHUA|YONHAP|TASS|KCNA|BLOOMBERG)\s*(?:--|[-–—])/gm;
// "according to Reuters", "menurut kantor berita Reuters", "seperti dilaporkan kantor berita
// Xinhua", "as reported by Reuters": the story is credited to the wire.
const ACCORDING = new RegExp(
  `(?:according\\s+to|menurut|(?:seperti\\s+)?(?:dilaporkan|diberitakan)(?:\\s+oleh)?|(?:as\\s+)?reported\\s+by)\\s+(?:the\\s+)?(?:(?:kantor\\s+berita|news\\s+agency)\\s+)?(${ALIAS})(?![\\p{L}])`,
  "giu",
);
// A dateline: "MOSCOW, Jan 17 (Reuters) -", "Jakarta (ANTARA) -".
const DATELINE = new RegExp(`\\(((?:${ALIAS})(?:\\s*/\\s*(?:${ALIAS}))*)\\)(\\s*[-–—:]+)?`, "gi");
// A trailing credit: "… kata dia. — AP" at the end of a line.
const DASH_CREDIT = new RegExp(`(?:^|\\s)[-–—]{1,2}\\s*(${ALIAS})\\s*\\.?[ \\t]*$`, "gim");
// Agency photo-style credit "REUTERS/Name"; upper case only, and not on a photo caption line.
const SLASH_CREDIT = /\b(REUTERS|AFP|AP|ANTARA|XINHUA|YONHAP|KCNA)\//g;
const PHOTO_LINE = /^\s*(?:foto|photo|image|gambar|ilustrasi|caption)\b/i;

const EDGE = 300;

function lineAt(body: string, index: number): string {
  const start = body.lastIndexOf("\n", index) + 1;
  const end = body.indexOf("\n", index);
  return body.slice(start, end === -1 ? body.length : end);
}

/**
 * The canonical wire an article body credits, or null. Patterns, strongest first: a
 * "sumber:/source:" line or "(sumber: …)"; a parenthesised wire in a dateline (followed by a dash,
 * or within the first or last 300 characters, where credits sit); "REUTERS –" opening a
 * paragraph; a trailing "— AP"; an upper-case "REUTERS/" or "AFP/jm"; "according to Reuters".
 */
export const parseWireCredit = memoized(500, (body: string): string | null => wireCreditOf(body));

function wireCreditOf(body: string): string | null {
  for (const m of body.matchAll(CREDIT_LINE)) {
    const wire = wiresInCredit(m[1] ?? "")[0];
    if (wire) return wire;
  }
  for (const m of body.matchAll(DATELINE)) {
    const index = m.index ?? 0;
    const atEdge = index < EDGE || index > body.length - EDGE;
    if (!m[2] && !atEdge) continue;
    const wire = wiresInCredit(m[1] ?? "")[0];
    if (wire) return wire;
  }
  for (const m of body.matchAll(LEAD_CREDIT)) {
    const wire = canonicalWireName(m[1] ?? "");
    if (wire) return wire;
  }
  for (const m of body.matchAll(DASH_CREDIT)) {
    const wire = canonicalWireName(m[1] ?? "");
    if (wire) return wire;
  }
  for (const m of body.matchAll(SLASH_CREDIT)) {
    if (PHOTO_LINE.test(lineAt(body, m.index ?? 0))) continue;
    const wire = canonicalWireName(m[1] ?? "");
    if (wire) return wire;
  }
  for (const m of body.matchAll(ACCORDING)) {
    // "seperti dilaporkan Reuters" deep in the text cites the wire for one fact; in the lead or
    // the closing lines it credits the story.
    const index = m.index ?? 0;
    if (!/^(?:according|menurut)/iu.test(m[0]) && index >= EDGE && index <= body.length - EDGE) continue;
    const wire = canonicalWireName(m[1] ?? "");
    if (wire) return wire;
  }
  return null;
}

/** The wire an article credits: its stored credit when that names a wire, else what the body says. */
export function articleWire(article: { wireCredit: string | null; body: string }): string | null {
  const stored = article.wireCredit ? wiresInCredit(article.wireCredit)[0] : undefined;
  return stored ?? parseWireCredit(article.body);
}
