// Indonesian date words. Word order follows Indonesian: "pekan lalu", "dua hari setelah".
import type { Lexicon } from "./lexicon";

const MONTH_NAMES = [
  "Januari", "Februari", "Maret", "April", "Mei", "Juni",
  "Juli", "Agustus", "September", "Oktober", "November", "Desember",
];

export const indonesian: Lexicon = {
  language: "id",
  monthNames: MONTH_NAMES,
  monthShortNames: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
  weekdayNames: ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
  months: {
    ...Object.fromEntries(MONTH_NAMES.map((m, i) => [m.toLowerCase(), i + 1])),
    jan: 1, feb: 2, peb: 2, pebruari: 2, mar: 3, apr: 4, jun: 6, jul: 7, agu: 8, agt: 8, ags: 8,
    agust: 8, sep: 9, sept: 9, okt: 10, nov: 11, nop: 11, nopember: 11, des: 12,
  },
  monthAbbreviations: ["jan", "feb", "peb", "mar", "apr", "jun", "jul", "agu", "agt", "ags", "agust", "sep", "sept", "okt", "nov", "nop", "des"],
  weekdays: { senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, sabtu: 6, minggu: 7, ahad: 7 },
  numbers: {
    satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
    sepuluh: 10, sebelas: 11, "dua belas": 12,
  },
  units: { hari: "day", pekan: "week", minggu: "week", bulan: "month", tahun: "year" },
  oneUnit: { sehari: "day", sepekan: "week", seminggu: "week", sebulan: "month", setahun: "year" },
  dayWords: { kemarin: -1, "hari ini": 0, besok: 1, esok: 1, "esok hari": 1, lusa: 2 },
  periods: { pekan: "week", minggu: "week", bulan: "month", tahun: "year" },
  shifts: { lalu: -1, "yang lalu": -1, kemarin: -1, ini: 0, depan: 1, mendatang: 1, "yang akan datang": 1 },
  shiftAfterNoun: true,
  ago: { lalu: -1, "yang lalu": -1, lagi: 1, mendatang: 1 },
  directions: { setelah: 1, sesudah: 1, usai: 1, sebelum: -1, sebelumnya: -1 },
  parts: { awal: "early", pertengahan: "mid", tengah: "mid", medio: "mid", akhir: "late" },
  prepositions: ["pada", "sejak", "hingga", "sampai", "tanggal", "tgl.", "tgl", "per", "mulai", "semenjak"],
  yearPrepositions: ["pada", "sejak", "hingga", "sampai", "per", "mulai", "semenjak"],
  weekdayNoun: "hari",
  monthNoun: "bulan",
  yearNoun: "tahun",
  monthFirst: false,
  // "minggu" is also the noun "week"; as Sunday the text capitalises it.
  needsCapital: ["minggu"],
};
