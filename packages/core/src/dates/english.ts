// English date words. chrono-node is not used: it reads 16/1/2024 as month/day, resolves
// weekdays to the nearest one rather than by tense, and gives no intervals for "early 2024" or
// "last week"; one grammar for both languages keeps spans and meanings identical.
import type { Lexicon } from "./lexicon";

const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

export const english: Lexicon = {
  language: "en",
  monthNames: MONTH_NAMES,
  monthShortNames: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  weekdayNames: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  months: {
    ...Object.fromEntries(MONTH_NAMES.map((m, i) => [m.toLowerCase(), i + 1])),
    jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  },
  monthAbbreviations: ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
  weekdays: { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 },
  numbers: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
    ten: 10, eleven: 11, twelve: 12,
  },
  units: {
    day: "day", days: "day", week: "week", weeks: "week",
    month: "month", months: "month", year: "year", years: "year",
  },
  oneUnit: { "the day": "day", "the week": "week" },
  dayWords: {
    yesterday: -1, today: 0, tomorrow: 1,
    "the day before yesterday": -2, "the day after tomorrow": 2,
  },
  periods: { week: "week", month: "month", year: "year" },
  shifts: { last: -1, past: -1, this: 0, next: 1, coming: 1 },
  shiftAfterNoun: false,
  ago: { ago: -1, earlier: -1, "from now": 1 },
  directions: { after: 1, before: -1 },
  parts: {
    early: "early", mid: "mid", late: "late",
    "the beginning of": "early", "beginning of": "early", "the start of": "early", "start of": "early",
    "the middle of": "mid", "middle of": "mid", "the end of": "late", "end of": "late",
  },
  prepositions: ["on", "in", "since", "by", "until", "till", "of", "during", "from"],
  yearPrepositions: ["in", "since", "by", "until", "till", "of", "during", "from"],
  weekdayNoun: null,
  monthNoun: null,
  yearNoun: null,
  monthFirst: true,
  needsCapital: ["may", "march"],
};
