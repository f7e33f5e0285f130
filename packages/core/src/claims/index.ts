export { type NamedEntity, shortName } from "./names";
export {
  claimSentence,
  datePhrase,
  eventSentence,
  fitSentence,
  type SentenceContext,
  type SentenceEvent,
  type SentenceOptions,
} from "./sentence";
export { CLAIM_REVIEWED_MAX, shortenSentence } from "./shorten";
