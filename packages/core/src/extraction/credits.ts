// Wire credits as attributions, in every common form: "(sumber: Antara)", "sumber : reuters",
// "Sumber: Reuters.", "— Reuters", "(Antara)", "AFP/jm", "REUTERS –", "(Reuters) -" and
// "according to Reuters" (the last through the ordinary "according to" cue). Each names the wire
// the story comes from, so the attribution's class is `wire`.
import { canonicalWireName, WIRE_ALIAS_PATTERN } from "../rules/wire";
import type { Attribution, Sentence, TextSpan } from "./types";

const W = WIRE_ALIAS_PATTERN;
/** Each form with the group that holds the wire's name. */
const FORMS: readonly RegExp[] = [
  // "Sumber: Antaranews", "Source: Reuters.com": a credit line naming the wire's own site.
  new RegExp(
    `^(?:sumber|source)\\s*:\\s*(${W})(?:\\s*news|\\.com|\\.co\\.id|\\.net|\\.org)?\\s*\\.?\\s*$`,
    "gimu",
  ),
  // "The Associated Press contributed to this report.", "Reuters turut berkontribusi …".
  new RegExp(
    `(?:^|(?<=[.!?]\\s))(?:the\\s+)?(${W})\\s+(?:contributed|turut berkontribusi|berkontribusi)(?:\\s+(?:to|pada|dalam|untuk)\\s+(?:this|the|laporan|berita|artikel)(?:\\s+(?:report|story|article|ini))?)?`,
    "gimu",
  ),
  // "(sumber: Antara)", "(Sumber : Reuters)".
  new RegExp(`\\((?:sumber|source)\\s*:\\s*(${W})\\s*\\)`, "giu"),
  // "— Reuters", "-- AP" closing a line.
  new RegExp(`(?:^|\\s)(?:--|[-–—])\\s*(${W})\\s*\\.?$`, "gimu"),
  // "REUTERS –" / "ANTARA -" opening a paragraph (capitals only: "AP" is also a word).
  /^(REUTERS|ANTARA|AFP|AP|XINHUA|YONHAP|TASS|KCNA|BLOOMBERG)\s*(?:--|[-–—])/gmu,
  // "(Antara)", "(AFP/rst)", "(Reuters)" in a dateline or closing the text.
  new RegExp(`\\((${W})(?:\\s*/\\s*[\\p{L}.]{1,12})*\\)`, "giu"),
  // "AFP/jm", "REUTERS/Name": an agency's initials line (capitals only).
  /(?<![\p{L}])(AFP|REUTERS|ANTARA|AP|XINHUA|YONHAP)\/[\p{L}]*/gu,
];
/**
 * "seperti dilaporkan kantor berita Xinhua", "as reported by Reuters": in the lead or the closing
 * lines the story is the wire's; deeper in the text it cites the wire for one fact.
 */
const REPORTED_BY = new RegExp(
  `(?:seperti\\s+)?(?:dilaporkan|diberitakan)(?:\\s+oleh)?\\s+(?:kantor\\s+berita\\s+)?(${W})(?![\\p{L}])|(?:as\\s+)?reported\\s+by\\s+(?:the\\s+)?(?:news\\s+agency\\s+)?(${W})(?![\\p{L}])`,
  "giu",
);
/** How far from either end of the body a "reported by" credits the story. */
const EDGE = 300;
const PHOTO_LINE = /^\s*(?:foto|photo|image|gambar|ilustrasi|caption)\b/i;

/** Wire-credit attributions of the sentences (furniture included: credits often sit there). */
export function findCredits(body: string, sentences: readonly Sentence[]): Attribution[] {
  const out: Attribution[] = [];
  for (const sentence of sentences) {
    for (const re of [...FORMS, REPORTED_BY]) {
      re.lastIndex = 0;
      for (const m of sentence.text.matchAll(re)) {
        const name = m[1] ?? m[2] ?? "";
        if (!canonicalWireName(name)) continue;
        const start = sentence.start + m.index + (m[0].length - m[0].trimStart().length);
        if (re === REPORTED_BY && start >= EDGE && start <= body.length - EDGE) continue;
        const end = sentence.start + m.index + m[0].length;
        const lineStart = body.lastIndexOf("\n", start) + 1;
        if (PHOTO_LINE.test(body.slice(lineStart, start))) continue;
        if (out.some((a) => start < a.end && end > a.start)) continue;
        const at = body.indexOf(name, start);
        const speaker: TextSpan = { start: at, end: at + name.length, text: name };
        const cueText = body.slice(start, end);
        out.push({
          start,
          end,
          text: cueText,
          cue: { start, end, text: cueText },
          speaker,
          kind: "wire",
          entityId: null,
          proposedName: null,
          confidence: 0.95,
          furniture: sentence.furniture,
        });
      }
    }
  }
  return out;
}
