// Word tokens with offsets, and the small word lists extraction shares. The lists are general
// Indonesian and English vocabulary (titles, function words, geographic and institutional nouns),
// not names from any particular article.

export interface Word {
  start: number;
  end: number;
  text: string;
  /** normalizeName of the word: lower case, no diacritics. */
  norm: string;
  capital: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** What may sit between two words of one name: spaces, a hyphen or an apostrophe, no line break. */
const NAME_GAP = /^(?:[ \t\u00a0]{1,3}|[ \t\u00a0]?[-‐‑–'’][ \t\u00a0]?)$/u;

/** Letters and digits runs of a text, with offsets. */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    const first = w.charAt(0);
    out.push({
      start: m.index,
      end: m.index + w.length,
      text: w,
      norm: w
        .normalize("NFKD")
        .replace(/\p{M}+/gu, "")
        .toLowerCase(),
      capital: first !== first.toLowerCase(),
    });
  }
  return out;
}

/** Whether two consecutive words can belong to one name (only a space, hyphen or apostrophe between). */
export function joinable(text: string, a: Word, b: Word): boolean {
  return NAME_GAP.test(text.slice(a.end, b.start));
}

/** Whether a word opens a sentence, a line or a list item (so its capital says nothing). */
export function sentenceInitial(text: string, w: Word): boolean {
  let i = w.start - 1;
  while (i >= 0 && (text.charAt(i) === " " || text.charAt(i) === "\t" || text.charAt(i) === "\u00a0")) i--;
  if (i < 0) return true;
  return /[.!?:;\n“”"'‘’(–—-]/.test(text.charAt(i));
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Titles and roles that precede a name but are not part of it. */
export const TITLES = set(`
  presiden wakil menteri luar negeri dalam pertahanan juru bicara jubir kepala pemimpin ketua direktur
  duta besar jenderal panglima sekretaris perdana raja ratu pangeran senator gubernur walikota wali kota
  bupati kanselir pejabat tertinggi agung mantan eks letnan kolonel mayor kapten laksamana marsekal
  dr prof ir hj h sri paus imam syekh tuan nyonya bapak ibu pak bu
  president vice minister foreign prime spokesperson spokesman spokeswoman secretary general chief
  leader supreme former ambassador chancellor governor mayor king queen prince senator mr mrs ms sir
  premier
`);

/** Function words and sentence openers that are never part of a name. */
export const FUNCTION_WORDS = set(`
  dan atau di ke dari pada dalam yang untuk dengan oleh bagi tentang terhadap sebagai seperti antara
  namun tetapi tapi sementara meski meskipun walaupun saat ketika setelah sebelum sejak hingga sampai
  ini itu tersebut para sang si kedua ketiga beberapa sejumlah banyak semua seluruh setiap baik
  apa siapa mengapa bagaimana kapan dimana apakah hal ia dia mereka kami kita kata ujar menurut
  mau ingin bisa harus boleh
  the a an of and or in on at to for with by from as that this these those but while when after before
  he she they we it his her their its said says according
`);

/** Month and weekday names of both languages (a capitalised date word is not a name). */
export const DATE_WORDS = set(`
  januari februari maret april mei juni juli agustus september oktober november desember
  jan feb mar apr jun jul agu agt sep sept okt nov des
  january february march may june july august october december
  senin selasa rabu kamis jumat sabtu minggu ahad
  monday tuesday wednesday thursday friday saturday sunday wib wita wit gmt utc
`);

/** Words that make a capitalised name a place. */
export const PLACE_WORDS = set(`
  utara selatan timur barat tengah laut semenanjung kepulauan pulau kota provinsi kabupaten teluk selat
  gunung sungai istana bandara pelabuhan kawasan wilayah
  north south east west central sea peninsula island islands city province bay strait mount river palace
  asia eropa afrika amerika pasifik atlantik europe africa america pacific atlantic
`);

/** Countries and regions often written before a person's name ("Presiden China Xi Jinping"). */
export const COUNTRY_WORDS = set(`
  china cina tiongkok jepang japan india iran irak iraq israel palestina ukraina ukraine suriah syria
  prancis perancis france jerman germany inggris britain indonesia malaysia singapura singapore filipina
  philippines thailand vietnam australia turki turkey mesir egypt saudi qatar korea rusia russia kanada
  canada meksiko mexico brasil brazil taiwan myanmar kamboja pakistan afganistan afghanistan belarus
  polandia poland italia italy spanyol spain belanda netherlands swedia sweden mongolia kuba cuba
  venezuela nigeria arab as us uk ue eu pbb un nato asean
`);

/** Words that make a capitalised name an organisation. */
export const ORG_WORDS = set(`
  dewan kementerian departemen partai badan komisi lembaga majelis mahkamah pengadilan gedung kantor
  staf gabungan angkatan universitas bank perusahaan organisasi perserikatan bangsa persatuan uni
  pemerintah militer kepolisian polisi tentara parlemen kongres senat kremlin pbb nato asean kcna
  armada fleet council ministry department party agency commission office university company corporation united
  nations union forces army navy government parliament congress senate police authority administration
  bureau institute service services affairs urusan koalisi aliansi gerakan jaringan serikat asosiasi federasi
  konfederasi yayasan perkumpulan coalition alliance movement network association federation foundation
  dinas polda polres polresta polsek kodam korem kodim pemkot pemkab pemprov kejaksaan kejati kejari
  satgas basarnas bpbd pdam komando command communications telecommunications holdings group corp inc
  ltd limited tbk transmission airlines airways railways logistics shipping industries insurance
`);

/** Words that make a capitalised phrase an event or period, not an entity. */
export const EVENT_WORDS = set(`
  perang konferensi pertemuan ktt festival olimpiade piala revolusi krisis operasi era abad hari
  tahun pekan bulan war summit conference revolution crisis operation day week month year
  pertanyaan faq berita baca foto letusan ledakan kebakaran eruption explosion blast
`);

/** Head words of a named storm or other natural phenomenon ("Topan Yagi", "Hurricane Otis"): no party. */
export const PHENOMENON_WORDS = set(`
  topan badai siklon taifun tornado angin puting beliung erupsi
  hurricane typhoon cyclone storm tornado tropical blizzard
`);

/** Prefixes of a vessel's name ("KRI Nanggala", "MV Sewol"): a ship is neither a place nor a party. */
export const VESSEL_NAME = /^(?:KMP|KM|KRI|KN|KP|MV|MT|MS|SS|USS|HMS|HMAS|INS|RSS|KD|BRP)\s+\p{Lu}/u;
/** Words right before a vessel's name: "kapal tunda Sinar Bahari", "the tugboat Sea Lotus", "KM …". */
export const VESSEL_BEFORE =
  /(?:(?:kapal(?:\s+(?:tunda|motor|pesiar|kargo|tanker|nelayan|feri|penumpang|layar|perang|selam|tanker|kontainer|peti kemas))?|feri|ferry|ship|vessel|tanker|freighter|boat|perahu|tugboat|tug|trawler|barge|tongkang|yacht|submarine|warship|frigate|destroyer|cargo ship|container ship|fishing boat)\s+(?:the\s+)?|(?:^|[\s(])(?:KMP|KM|KRI|KN|KP|MV|MT|MS|SS|USS|HMS|HMAS|INS|RSS|KD|BRP)\)?\s+)$/u;
/** Whether a name at `start` is a vessel's: by its prefix ("KM Bintang Laut") or the word before it ("the tanker Sea Lotus"). */
export function namesVessel(body: string, name: string, start: number): boolean {
  return VESSEL_NAME.test(name) || VESSEL_BEFORE.test(body.slice(Math.max(0, start - 30), start));
}
/** Number words that open a count, never a name ("Nine Indonesian sailors", "Sembilan ABK"). */
export const NUMBER_WORDS = set(`
  one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty thirty
  forty fifty hundred hundreds thousand thousands dozen dozens million millions
  satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas seratus seribu sejuta puluhan
  ratusan ribuan jutaan belasan
`);
