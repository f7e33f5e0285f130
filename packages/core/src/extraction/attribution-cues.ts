// Attribution cues: verbs of saying and their forms, "menurut"/"according to", agentless passives,
// credit lines and wire datelines, each with where its speaker is.
export interface Cue {
  re: RegExp;
  /** Where the speaker is: after the cue, before it, none (agentless), or the rest of a credit line. */
  speaker: "after" | "before" | "none" | "line" | "wire" | "subject";
  /** The cue must follow a comma or a closing quote ("…,” kata Peskov"). */
  afterClause?: boolean;
}

const V_ID =
  "memperkirakan|mengatakan|menyatakan|menegaskan|menekankan|menyebut(?:kan)?|menilai|menganggap|memperingatkan|menuduh|mengklaim|menduga|menjelaskan|mengungkapkan|menambahkan|berkata|melaporkan|mengumumkan|mengecam|mengkritik|membantah|menyangkal|memuji|mengaku|berjanji|berharap(?=\\s+(?:bahwa|agar|supaya))";
const V_EN =
  "said|says|say|stated|told|estimated|estimates|expects|expect|warn|warns|deny|denies|warned|claimed|added|announced|argued|noted|reported|insisted|condemned|denied|praised|criticised|criticized|promised|pledged|accused";
export const CUES: readonly Cue[] = [
  {
    re: /(?<![\p{L}])(?:kata|ujar|tutur|ucap|ungkap|imbuh|tambah|tegas|jelas)(?:nya)?(?![\p{L}])/giu,
    speaker: "after",
    afterClause: true,
  },
  { re: /(?<![\p{L}])said(?![\p{L}])/giu, speaker: "after", afterClause: true },
  { re: new RegExp(`(?<![\\p{L}])(?:${V_ID}|${V_EN})(?![\\p{L}])`, "giu"), speaker: "before" },
  { re: /(?<![\p{L}])(?:menurut|according to|berdasarkan keterangan)(?![\p{L}])/giu, speaker: "after" },
  {
    re: /(?<![\p{L}])(?:disampaikan|dinyatakan|dikatakan|diungkapkan|dilaporkan|diumumkan)(?:\s+(?:langsung|secara resmi))?(?:\s+oleh)?(?=\s+\p{Lu}|\s+(?:juru|pihak|para|pejabat|menteri|presiden))/gu,
    speaker: "after",
  },
  {
    // "Api yang diduga berasal dari …", "ditangkap karena diduga memicu …": a suspicion about a
    // cause or an offence, not a report of what someone said.
    re: /(?<![\p{L}])(?:dinilai|dianggap|disebut(?:kan)?|dikabarkan|dilaporkan|(?<!(?:yang|karena|sebab|atas)\s)diduga|diklaim|[Kk]abarnya|[Kk]onon|reportedly|allegedly)(?![\p{L}])(?!\s+(?:oleh|\p{Lu}|nama|identitas|kantor berita|hilang))/gu,
    speaker: "none",
  },
  { re: /^(?:sumber(?:\s+berita)?|source|reporting by)\s*:/gimu, speaker: "line" },
  // A participle after the main clause: "X announced the list, saying …", "…, seraya mengatakan …":
  // the speaker is the clause's subject.
  {
    re: /(?<=,\s*)(?:saying|adding|sembari mengatakan|seraya mengatakan|sambil mengatakan|seraya menambahkan)(?![\p{L}])/giu,
    speaker: "subject",
  },
  // A wire in a dateline: "MOSCOW (Reuters) -", "Jakarta (ANTARA) -".
  { re: /\([\p{L} ./-]{2,40}\)(?=\s*(?:--|[-–—]))/gu, speaker: "wire" },
];
