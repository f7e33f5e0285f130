// The message catalogue for findings and claim labels, in Indonesian and English. Both the API
// (report, exports) and the web app render through it, so one finding reads the same everywhere.
// Templates take parameters already formatted for the language (dates, numbers, lists).
import type { ClaimSlot, DatePrecision, EventKind, FlagKind, ReviewStatus, Stance } from "../enums";
import type { SpamReasonCode, UnresolvedReason } from "./types";

export interface Catalogue {
  unknownOutlet: string;
  untitled: string;
  noDate: string;
  slot: Record<ClaimSlot, string>;
  eventKind: Record<EventKind, string>;
  flagKind: Record<FlagKind, string>;
  reviewStatus: Record<ReviewStatus, string>;
  stance: Record<Stance, string>;
  precision: Record<DatePrecision, string>;
  /** Names of the rule ids stored with every finding (the queue shows these, never the code). */
  rule: Record<string, string>;
  occurred: { yes: string; no: string };
  unresolvedReason: Record<UnresolvedReason, string>;
  spamReason: (code: SpamReasonCode, term: string | null) => string;
  /** "date: 16 January 2024 (day)". */
  claimLabel: (slot: string, value: string, precision: string | null) => string;
  quantity: (amount: string, unit: string) => string;
  denies: (value: string) => string;
  from: (words: string) => string;
  articleDated: (day: string) => string;
  side: (outlet: string, body: string) => string;
  conflict: (a: string, b: string) => string;
  quantityDifference: (difference: string, tolerance: string) => string;
  internal: (outlet: string, a: string, b: string) => string;
  actorNotParticipant: (p: {
    outlet: string;
    role: "statement" | "action";
    quote: string;
    who: string;
    participants: string;
    participantsQuote: string;
  }) => string;
  anonymousSource: (outlet: string, quote: string, source: string | null) => string;
  /** `sources`: the sentences with their unnamed source, already listed ("'…' ('kata …')"). */
  anonymousSourceText: (outlet: string, sources: string, count: number) => string;
  unsourced: (outlet: string, quote: string) => string;
  unresolvedDate: (outlet: string, expression: string, reason: string) => string;
  undated: (outlet: string, expressions: string | null) => string;
  syndicatedCopy: (outlet: string, wire: string | null, copies: number) => string;
  spam: (tokens: string) => string;
  /** Words of the editor's report. */
  report: {
    title: string;
    generated: string;
    filters: string;
    noMatches: string;
    verdict: string;
    noVerdict: string;
    supports: string;
    supportsNone: string;
    findings: string;
    reviewedBy: (name: string, day: string) => string;
    resolution: string;
    published: string;
  };
}

const q = (s: string) => `'${s}'`;

export const en: Catalogue = {
  unknownOutlet: "Unknown outlet",
  untitled: "(untitled)",
  noDate: "no date",
  slot: {
    date: "date",
    place: "place",
    participants: "participants",
    actor: "actor",
    quantity: "quantity",
    occurred: "occurred",
    statement: "statement",
  },
  eventKind: {
    meeting: "Meeting",
    visit: "Visit",
    statement: "Statement",
    agreement: "Agreement",
    military_action: "Military action",
    other: "Other",
  },
  flagKind: {
    unsourced: "Unsourced",
    anonymous_source: "Anonymous source",
    undated: "Undated",
    unresolved_relative_date: "Unresolved relative date",
    internal_inconsistency: "Internal inconsistency",
    spam_injection: "Spam injection",
    syndicated_copy: "Syndicated copy",
  },
  reviewStatus: { open: "open", confirmed: "confirmed", dismissed: "dismissed" },
  stance: { asserts: "asserts", denies: "denies", reports_unconfirmed: "reports unconfirmed" },
  precision: { day: "day", week: "week", month: "month", year: "year" },
  rule: {
    "date.conflict": "Date conflict",
    "place.conflict": "Place conflict",
    "participants.conflict": "Participants conflict",
    "actor.conflict": "Actor conflict",
    "quantity.conflict": "Quantity conflict",
    "occurrence.conflict": "Occurrence conflict",
    "article.internal_inconsistency": "Internal inconsistency",
    "flag.unsourced": "Unsourced",
    "flag.anonymous_source": "Anonymous source",
    "flag.undated": "Undated",
    "flag.unresolved_relative_date": "Unresolved relative date",
    "flag.spam_injection": "Spam injection",
    "flag.syndicated_copy": "Syndicated copy",
  },
  occurred: { yes: "took place", no: "did not take place" },
  unresolvedReason: {
    no_publication_date: "the article has no publication date",
    no_anchor: "there is no date to count from",
  },
  spamReason: (code, term) => {
    switch (code) {
      case "gambling_term":
        return `gambling spam term ${q(term ?? "")}`;
      case "gambling_term_digits":
        return `gambling term ${q(term ?? "")} combined with digits`;
      case "gambling_domain":
        return `link to a gambling domain${term ? ` (${q(term)})` : ""}`;
      case "call_to_action":
        return "gambling call to action";
      case "promo_contact":
        return `promotion with a contact number${term ? ` (${q(term)})` : ""}`;
      case "brand_like":
        return "word glued to digits, like a spam brand";
    }
  },
  claimLabel: (slot, value, precision) => `${slot}: ${value}${precision ? ` (${precision})` : ""}`,
  quantity: (amount, unit) => `${amount} ${unit}`,
  denies: (value) => `denies ${value}`,
  from: (words) => `from ${q(words)}`,
  articleDated: (day) => `article dated ${day}`,
  side: (outlet, body) => `${outlet}: ${body}`,
  conflict: (a, b) => `${a} vs ${b}`,
  quantityDifference: (d, t) => `differ by ${d}, tolerance ${t}`,
  internal: (outlet, a, b) => `${outlet} contradicts itself in one article: ${a} vs ${b}`,
  actorNotParticipant: (p) =>
    `${p.outlet} credits ${p.role === "statement" ? "the statement" : "the action"} ${q(p.quote)} to ${p.who}, ` +
    `but the same article names the participants as ${p.participants} (${q(p.participantsQuote)}), ` +
    `which does not include ${p.who}`,
  anonymousSource: (outlet, quote, source) =>
    `${outlet} attributes ${q(quote)} to an unnamed source${source ? ` (${q(source)})` : ""}`,
  anonymousSourceText: (outlet, sources, count) =>
    `${outlet} cites an unnamed source in ${count === 1 ? "a sentence" : `${count} sentences`} no assertion records yet: ${sources}`,
  unsourced: (outlet, quote) => `${outlet} gives no source for ${q(quote)}`,
  unresolvedDate: (outlet, expression, reason) =>
    `${outlet}: the date ${q(expression)} cannot be resolved: ${reason}`,
  undated: (outlet, expressions) =>
    `${outlet} article has no publication date and states no absolute date` +
    (expressions ? `, so ${expressions} cannot be dated` : ""),
  syndicatedCopy: (outlet, wire, copies) =>
    [
      wire ? `${outlet} credits ${wire}: a wire copy, counted once with ${wire}` : null,
      copies > 0
        ? `${wire ? "it" : outlet} carries the same text as ${copies} other article${copies === 1 ? "" : "s"}`
        : null,
    ]
      .filter(Boolean)
      .join("; ") || `${outlet}: syndicated copy`,
  spam: (tokens) => `Spam injected in the text: ${tokens}`,
  report: {
    title: "Contradiction report",
    generated: "Generated",
    filters: "Filters",
    noMatches: "No contradictions match.",
    verdict: "Published verdict",
    noVerdict: "No published verdict",
    supports: "Supports",
    supportsNone: "supports no outlet's account",
    findings: "Findings",
    reviewedBy: (name, day) => `reviewed by ${name} on ${day}`,
    resolution: "Note",
    published: "published",
  },
};

export const id: Catalogue = {
  unknownOutlet: "Media tidak dikenal",
  untitled: "(tanpa judul)",
  noDate: "tanpa tanggal",
  slot: {
    date: "tanggal",
    place: "tempat",
    participants: "peserta",
    actor: "pelaku",
    quantity: "jumlah",
    occurred: "terjadi",
    statement: "pernyataan",
  },
  eventKind: {
    meeting: "Pertemuan",
    visit: "Kunjungan",
    statement: "Pernyataan",
    agreement: "Perjanjian",
    military_action: "Aksi militer",
    other: "Lainnya",
  },
  flagKind: {
    unsourced: "Tanpa sumber",
    anonymous_source: "Sumber anonim",
    undated: "Tanpa tanggal",
    unresolved_relative_date: "Tanggal relatif tak terselesaikan",
    internal_inconsistency: "Inkonsistensi internal",
    spam_injection: "Sisipan spam",
    syndicated_copy: "Salinan sindikasi",
  },
  reviewStatus: { open: "terbuka", confirmed: "dikonfirmasi", dismissed: "ditolak" },
  stance: { asserts: "menyatakan", denies: "membantah", reports_unconfirmed: "melaporkan tanpa konfirmasi" },
  precision: { day: "hari", week: "pekan", month: "bulan", year: "tahun" },
  rule: {
    "date.conflict": "Tanggal bertentangan",
    "place.conflict": "Tempat bertentangan",
    "participants.conflict": "Peserta bertentangan",
    "actor.conflict": "Pelaku bertentangan",
    "quantity.conflict": "Jumlah bertentangan",
    "occurrence.conflict": "Kejadian bertentangan",
    "article.internal_inconsistency": "Inkonsistensi internal",
    "flag.unsourced": "Tanpa sumber",
    "flag.anonymous_source": "Sumber anonim",
    "flag.undated": "Tanpa tanggal",
    "flag.unresolved_relative_date": "Tanggal relatif tak terselesaikan",
    "flag.spam_injection": "Sisipan spam",
    "flag.syndicated_copy": "Salinan sindikasi",
  },
  occurred: { yes: "terjadi", no: "tidak terjadi" },
  unresolvedReason: {
    no_publication_date: "artikel tidak mencantumkan tanggal terbit",
    no_anchor: "tidak ada tanggal acuan untuk menghitungnya",
  },
  spamReason: (code, term) => {
    switch (code) {
      case "gambling_term":
        return `istilah spam judi ${q(term ?? "")}`;
      case "gambling_term_digits":
        return `istilah judi ${q(term ?? "")} digabung dengan angka`;
      case "gambling_domain":
        return `tautan ke domain judi${term ? ` (${q(term)})` : ""}`;
      case "call_to_action":
        return "ajakan bermain judi";
      case "promo_contact":
        return `promosi dengan nomor kontak${term ? ` (${q(term)})` : ""}`;
      case "brand_like":
        return "kata yang menempel pada angka, seperti merek spam";
    }
  },
  claimLabel: (slot, value, precision) => `${slot}: ${value}${precision ? ` (${precision})` : ""}`,
  quantity: (amount, unit) => `${amount} ${unit}`,
  denies: (value) => `membantah ${value}`,
  from: (words) => `dari ${q(words)}`,
  articleDated: (day) => `artikel bertanggal ${day}`,
  side: (outlet, body) => `${outlet}: ${body}`,
  conflict: (a, b) => `${a} vs ${b}`,
  quantityDifference: (d, t) => `selisih ${d}, toleransi ${t}`,
  internal: (outlet, a, b) =>
    `${outlet} bertentangan dengan dirinya sendiri dalam satu artikel: ${a} vs ${b}`,
  actorNotParticipant: (p) =>
    `${p.outlet} menyebut ${p.role === "statement" ? "pernyataan" : "tindakan"} ${q(p.quote)} berasal dari ${p.who}, ` +
    `tetapi artikel yang sama menyebut pesertanya ${p.participants} (${q(p.participantsQuote)}), ` +
    `tanpa ${p.who}`,
  anonymousSource: (outlet, quote, source) =>
    `${outlet} mengutip ${q(quote)} dari sumber tanpa nama${source ? ` (${q(source)})` : ""}`,
  anonymousSourceText: (outlet, sources, count) =>
    `${outlet} mengutip sumber tanpa nama dalam ${count === 1 ? "kalimat" : `${count} kalimat`} yang belum dicatat sebagai asersi: ${sources}`,
  unsourced: (outlet, quote) => `${outlet} tidak menyebut sumber untuk ${q(quote)}`,
  unresolvedDate: (outlet, expression, reason) =>
    `${outlet}: tanggal ${q(expression)} tidak dapat ditentukan: ${reason}`,
  undated: (outlet, expressions) =>
    `Artikel ${outlet} tidak mencantumkan tanggal terbit maupun tanggal mutlak` +
    (expressions ? `, sehingga ${expressions} tidak dapat ditentukan tanggalnya` : ""),
  syndicatedCopy: (outlet, wire, copies) =>
    [
      wire ? `${outlet} mengutip ${wire}: salinan kantor berita, dihitung sekali bersama ${wire}` : null,
      copies > 0 ? `${wire ? "teksnya" : `${outlet} memuat teks`} sama dengan ${copies} artikel lain` : null,
    ]
      .filter(Boolean)
      .join("; ") || `${outlet}: salinan sindikasi`,
  spam: (tokens) => `Spam disisipkan dalam teks: ${tokens}`,
  report: {
    title: "Laporan kontradiksi",
    generated: "Dibuat",
    filters: "Filter",
    noMatches: "Tidak ada kontradiksi yang cocok.",
    verdict: "Putusan terbit",
    noVerdict: "Belum ada putusan terbit",
    supports: "Mendukung",
    supportsNone: "tidak mendukung laporan media mana pun",
    findings: "Temuan",
    reviewedBy: (name, day) => `ditinjau oleh ${name} pada ${day}`,
    resolution: "Catatan",
    published: "terbit",
  },
};

/** The catalogue of a language. */
export const CATALOGUES: Record<"id" | "en", Catalogue> = { id, en };
