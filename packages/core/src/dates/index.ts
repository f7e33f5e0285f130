// The date resolver: Indonesian and English date expressions, absolute or relative to an
// article's publication date in its time zone, as half-open UTC intervals.

/** True when two intervals overlap, i.e. can describe the same time at their precision. */
export { intervalsOverlap } from "./calendar";
/** Finds every date expression in a text with its character offsets (JS string indices) and resolution. */
export { findDates } from "./find";
/** Human label of an interval in the given language: "16 Jan 2024", "Juni 2024", "week of 15 Jan 2024". */
export { formatInterval } from "./format";
/** Resolves one date expression (the words only, e.g. "pada Selasa", "16/1/2024"); null when it is not a date expression. */
export { resolveDate } from "./resolve";
export type { DateContext, DatePrecision, DateResolution, ResolvedDate } from "./types";
