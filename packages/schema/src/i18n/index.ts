/** Findings as codes and parameters, and their rendering in Indonesian and English. */
export { CATALOGUES, type Catalogue } from "./catalogue";
export {
  formatDateTime,
  formatDay,
  formatInterval,
  formatList,
  formatNumber,
  formatPercent,
  langFromAcceptLanguage,
  localeOf,
  parseLang,
} from "./format";
export {
  catalogue,
  claimLabel,
  outletName,
  renderFinding,
  ruleName,
  shortQuote,
  sideText,
  stanceName,
  UNKNOWN_OUTLET_NAME,
  valueText,
} from "./render";
export * from "./types";
