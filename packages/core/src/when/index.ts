export { type DatePrecision, intervalsOverlap, type ResolvedDate } from "./calendar";
export { formatInterval as formatDateInterval } from "./format";
export { type DateContext, type DateResolution, type FoundDate, findDates, resolveDate } from "./resolve";
