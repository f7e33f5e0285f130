// Reading claim values from quotes: what an outlet's own words say for one slot of an event.
export {
  afterPlacePreposition,
  findQuotePlaces,
  movedFromOrTo,
  type PlaceFinder,
  type QuotePlace,
} from "./places";
export { type FoundQuantity, findQuantities, parseNumeral, type QuantityQualifier } from "./quantities";
export {
  checkQuote,
  type QuoteCheck,
  type ReadAttempt,
  type ReadCandidates,
  type ReadContext,
  type Reading,
  type ReadResult,
  type ReadValue,
  readCandidates,
  readValue,
  valuesAgree,
} from "./read-value";
