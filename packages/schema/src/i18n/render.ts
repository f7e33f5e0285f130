// Renders structured findings and claim values through the catalogue of a language.
import type { ClaimValue } from "../contracts/claim-value";
import type { Stance } from "../enums";
import { CATALOGUES, type Catalogue } from "./catalogue";
import { formatDay, formatInterval, formatList, formatNumber, formatPercent } from "./format";
import type { FindingMessage, Lang, OutletParam, SideParam } from "./types";

const QUOTE_MAX = 120;

/** The catalogue of a language. */
export function catalogue(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

/** Shortens long quotes so a sentence stays readable; the full quote stays in the parameters. */
export function shortQuote(quote: string): string {
  const s = quote.replace(/\s+/g, " ").trim();
  return s.length <= QUOTE_MAX ? s : `${s.slice(0, QUOTE_MAX - 1)}…`;
}

/** The stored name of a workspace's explicit unknown outlet (articles that print no outlet). */
export const UNKNOWN_OUTLET_NAME = "Unknown outlet";

/** An outlet's name, or "Unknown outlet" in the language for the explicit unknown outlet. */
export function outletName(outlet: OutletParam | { name: string | null } | null, lang: Lang): string {
  const name = outlet?.name?.trim();
  return name && name !== UNKNOWN_OUTLET_NAME ? name : CATALOGUES[lang].unknownOutlet;
}

/** The readable name of a rule id ("date.conflict" → "Date conflict"); unknown ids are left as is. */
export function ruleName(ruleId: string, lang: Lang): string {
  return CATALOGUES[lang].rule[ruleId] ?? ruleId;
}

type Names = Readonly<Record<string, string>> | ReadonlyMap<string, string>;
const nameOf = (names: Names | undefined, id: string) =>
  (names instanceof Map ? names.get(id) : (names as Record<string, string> | undefined)?.[id]) ?? id;

/** A value alone: "16 Januari 2024", "Moskow", "Putin dan Choe Son Hui", "1.000 tentara". */
export function valueText(value: ClaimValue, lang: Lang, names?: Names, timeZone?: string | null): string {
  const c = CATALOGUES[lang];
  switch (value.slot) {
    case "date":
      return formatInterval(value.interval, lang, timeZone);
    case "place":
    case "actor":
      return nameOf(names, value.entityId);
    case "participants":
      return formatList(
        value.entityIds.map((id) => nameOf(names, id)),
        lang,
      );
    case "quantity":
      return c.quantity(formatNumber(value.amount, lang), value.unit);
    case "occurred":
      return value.occurred ? c.occurred.yes : c.occurred.no;
    case "statement":
      return `'${shortQuote(value.text)}'`;
  }
}

/** A claim's label: "tanggal: 16 Januari 2024 (hari)" / "participants: Putin and Kim Jong Un". */
export function claimLabel(value: ClaimValue, lang: Lang, names?: Names, timeZone?: string | null): string {
  const c = CATALOGUES[lang];
  const precision = value.slot === "date" ? c.precision[value.interval.precision] : null;
  return c.claimLabel(c.slot[value.slot], valueText(value, lang, names, timeZone), precision);
}

/** What one side says, with the stance folded in (denying "it took place" says it did not). */
function sideValue(side: SideParam, lang: Lang, names: Names): string {
  const c = CATALOGUES[lang];
  const value: ClaimValue =
    side.value.slot === "occurred" && side.stance === "denies"
      ? { ...side.value, occurred: !side.value.occurred }
      : side.value;
  const text = valueText(value, lang, names, side.timeZone);
  return side.stance === "denies" && value.slot !== "occurred" ? c.denies(text) : text;
}

/** "16 Januari 2024 (dari ‘pada Selasa’, artikel bertanggal 18 Januari 2024)". */
export function sideText(side: SideParam, lang: Lang, names: Names, withOutlet = true): string {
  const c = CATALOGUES[lang];
  const notes = [c.from(shortQuote(side.expression ?? side.quote))];
  if (side.anchor?.publishedAt)
    notes.push(c.articleDated(formatDay(side.anchor.publishedAt, lang, side.anchor.timeZone)));
  const body = `${sideValue(side, lang, names)} (${notes.join(", ")})`;
  return withOutlet ? c.side(outletName(side.outlet, lang), body) : body;
}

/** One finding as a sentence in the language. */
export function renderFinding(message: FindingMessage, lang: Lang): string {
  const c = CATALOGUES[lang];
  switch (message.code) {
    case "contradiction.conflict": {
      const p = message.params;
      const text = c.conflict(sideText(p.a, lang, p.names), sideText(p.b, lang, p.names));
      if (p.relativeDifference === undefined) return text;
      return `${text} (${c.quantityDifference(
        formatPercent(p.relativeDifference, lang),
        formatPercent(p.tolerance ?? 0, lang),
      )})`;
    }
    case "contradiction.internal": {
      const p = message.params;
      return c.internal(
        outletName(p.outlet, lang),
        sideText(p.a, lang, p.names, false),
        sideText(p.b, lang, p.names, false),
      );
    }
    case "contradiction.actor_not_participant": {
      const p = message.params;
      return c.actorNotParticipant({
        outlet: outletName(p.outlet, lang),
        role: p.role,
        quote: shortQuote(p.quote),
        who: p.credited.name,
        participants: formatList(
          p.participants.map((e) => e.name),
          lang,
        ),
        participantsQuote: shortQuote(p.participantsQuote),
      });
    }
    case "flag.anonymous_source": {
      const p = message.params;
      return c.anonymousSource(
        outletName(p.outlet, lang),
        shortQuote(p.quote),
        p.source ? shortQuote(p.source) : null,
      );
    }
    case "flag.anonymous_source_text": {
      const p = message.params;
      const sources = formatList(
        p.sources.map((x) => `'${shortQuote(x.quote)}' ('${shortQuote(x.source)}')`),
        lang,
      );
      return c.anonymousSourceText(outletName(p.outlet, lang), sources, p.sources.length);
    }
    case "flag.unsourced":
      return c.unsourced(outletName(message.params.outlet, lang), shortQuote(message.params.quote));
    case "flag.unresolved_relative_date": {
      const p = message.params;
      return c.unresolvedDate(
        outletName(p.outlet, lang),
        shortQuote(p.expression),
        c.unresolvedReason[p.reason] ?? p.reason,
      );
    }
    case "flag.undated": {
      const p = message.params;
      const list = p.expressions.length
        ? formatList(
            p.expressions.map((e) => `'${shortQuote(e)}'`),
            lang,
          )
        : null;
      return c.undated(outletName(p.outlet, lang), list);
    }
    case "flag.syndicated_copy": {
      const p = message.params;
      return c.syndicatedCopy(outletName(p.outlet, lang), p.wire, p.copies);
    }
    case "flag.spam_injection":
      return c.spam(
        formatList(
          message.params.tokens.map((t) => `'${t.token}' (${c.spamReason(t.reason, t.term)})`),
          lang,
        ),
      );
  }
}

/** The stance of a side in the language. */
export function stanceName(stance: Stance, lang: Lang): string {
  return CATALOGUES[lang].stance[stance];
}
