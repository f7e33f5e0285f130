// Findings, claim labels, rule names and outlet names through the shared catalogue, in the
// interface's language: the same words the report and the exports use.
import {
  type ClaimValue,
  catalogue,
  claimLabel,
  type FindingMessage,
  type Lang,
  outletName,
  renderFinding,
  ruleName,
  valueText,
} from "@kroscek/schema";
import i18next from "i18next";
import { useTranslation } from "react-i18next";

/** The interface language as the catalogue knows it (Indonesian unless English is chosen). */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return (i18n.resolvedLanguage ?? i18n.language) === "en" ? "en" : "id";
}

/** Renderers bound to the interface language. */
export function useFindingText() {
  const lang = useLang();
  return {
    lang,
    /** A finding's sentence from its code and parameters. */
    finding: (f: { message: { code: string; params: Record<string, unknown> } }) =>
      renderFinding(f.message as FindingMessage, lang),
    /** "Date conflict" for "date.conflict". */
    rule: (ruleId: string) => ruleName(ruleId, lang),
    /** An outlet's name, or "Unknown outlet" in the language. */
    outlet: (name: string | null | undefined) => outletName({ name: name ?? null }, lang),
    /** A claim's label from its typed value; falls back to the stored summary. */
    claim: (
      value: ClaimValue | null | undefined,
      fallback: string,
      names?: Record<string, string>,
      timeZone?: string | null,
    ) => (value ? claimLabel(value, lang, names, timeZone) : fallback),
  };
}

/**
 * An outlet's name for display, "Unknown outlet" in the interface language for the explicit unknown
 * outlet. Reads the current language; components re-render on a switch through `useTranslation`.
 */
export function displayOutlet(name: string | null | undefined): string {
  return outletName({ name: name ?? null }, i18next.language === "en" ? "en" : "id");
}

/**
 * A claim's value in the interface language. A summary the API generated ("date: 16 Jan 2024 (day)")
 * is re-rendered from the typed value (entity names are kept from it); one a person wrote is theirs.
 */
export function claimValueText(
  claim: { slot: string; value: ClaimValue; summary: string },
  lang: Lang,
): string {
  const prefix = `${claim.slot}: `;
  if (!claim.summary.startsWith(prefix)) return claim.summary;
  const v = claim.value;
  if (v.slot === "date" || v.slot === "quantity" || v.slot === "occurred") {
    const text = valueText(v, lang);
    return v.slot === "date" ? `${text} (${catalogue(lang).precision[v.interval.precision]})` : text;
  }
  return claim.summary.slice(prefix.length);
}
