// The structured message of a stored finding. Rows written since findings carry a code keep it in
// `details.message`; older rows (English sentence only) get one rebuilt from the parameters their
// details always held, so every row renders in both languages. `kroscek redetect` rewrites them.
import {
  type ClaimValue,
  ClaimValueSchema,
  FINDING_CODES,
  type FindingMessage,
  type OutletParam,
  type SideParam,
  type Stance,
  spamReasonOf,
} from "@kroscek/schema";

type Details = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

function outletParam(v: unknown, fallback: OutletParam): OutletParam {
  if (v && typeof v === "object" && "id" in v && typeof v.id === "string")
    return { id: v.id, name: "name" in v && typeof v.name === "string" && v.name ? v.name : null };
  return fallback;
}

function stored(details: Details): FindingMessage | null {
  const m = details.message;
  if (!m || typeof m !== "object" || !("code" in m) || !("params" in m)) return null;
  return (FINDING_CODES as readonly string[]).includes(String(m.code)) ? (m as FindingMessage) : null;
}

/** Entity names recovered from the English labels old rows stored beside their values. */
function legacyNames(value: ClaimValue | null, label: unknown, into: Record<string, string>) {
  const text = str(label);
  if (!value || !text) return;
  if (value.slot === "place" || value.slot === "actor") into[value.entityId] = text;
  if (value.slot === "participants") {
    const parts = text.split(", ");
    if (parts.length === value.entityIds.length)
      value.entityIds.forEach((id, i) => {
        into[id] = parts[i] as string;
      });
  }
}

function legacySide(d: Details, s: "A" | "B", names: Record<string, string>): SideParam | null {
  const parsed = ClaimValueSchema.safeParse(d[`value${s}`]);
  if (!parsed.success) return null;
  const value = parsed.data;
  legacyNames(value, d[`label${s}`], names);
  const outlet = outletParam(d[`outlet${s}`], { id: "", name: null });
  return {
    assertionId: "",
    outlet,
    value,
    stance: (str(d[`stance${s}`]) ?? "asserts") as Stance,
    quote: str(d[`quote${s}`]) ?? "",
    expression: value.slot === "date" ? (value.expression ?? null) : null,
    anchor: null,
    timeZone: null,
  };
}

/** The message of a stored contradiction (the outlets of its two sides complete old rows). */
export function contradictionMessage(
  row: { ruleId: string; details: unknown; assertionAId: string; assertionBId: string; explanation?: string },
  outlets: { a: OutletParam; b: OutletParam },
): FindingMessage {
  const d = (row.details ?? {}) as Details;
  const own = stored(d);
  if (own) return own;
  if (d.conflict === "actor_not_participant") {
    const ids = Array.isArray(d.participantIds) ? d.participantIds.filter((x) => typeof x === "string") : [];
    return {
      code: "contradiction.actor_not_participant",
      params: {
        outlet: outletParam(d.outlet, outlets.a),
        role: "statement",
        quote: str(d.quoteActor) ?? "",
        credited: { id: str(d.creditedEntityId) ?? "", name: str(d.creditedEntityName) ?? "" },
        participants: ids.map((id) => ({ id, name: id })),
        participantsQuote: str(d.quoteParticipants) ?? "",
      },
    };
  }
  const names: Record<string, string> = {};
  const a = legacySide(d, "A", names);
  const b = legacySide(d, "B", names);
  if (!a || !b) {
    // Values that no longer parse: the stored sentence is all there is, shown as the sides' words.
    const said = (assertionId: string, outlet: OutletParam): SideParam => ({
      assertionId,
      outlet,
      value: { slot: "statement", text: row.explanation || "—" },
      stance: "asserts",
      quote: row.explanation || "—",
      expression: null,
      anchor: null,
      timeZone: null,
    });
    return {
      code: "contradiction.conflict",
      params: {
        slot: "statement",
        a: said(row.assertionAId, outlets.a),
        b: said(row.assertionBId, outlets.b),
        names: {},
      },
    };
  }
  a.assertionId = row.assertionAId;
  b.assertionId = row.assertionBId;
  if (!a.outlet.id) a.outlet = outlets.a;
  if (!b.outlet.id) b.outlet = outlets.b;
  const slot = a.value.slot;
  if (row.ruleId === "article.internal_inconsistency")
    return { code: "contradiction.internal", params: { outlet: a.outlet, slot, a, b, names } };
  const numbers =
    typeof d.relativeDifference === "number" && typeof d.tolerance === "number"
      ? { relativeDifference: d.relativeDifference, tolerance: d.tolerance }
      : {};
  return { code: "contradiction.conflict", params: { slot, a, b, names, ...numbers } };
}

/** The message of a stored flag (its article's outlet completes old rows). */
export function flagMessage(
  row: { kind: string; details: unknown },
  outlet: OutletParam,
  quote: string | null,
): FindingMessage {
  const d = (row.details ?? {}) as Details;
  const own = stored(d);
  if (own) return own;
  const q = str(d.quote) ?? quote ?? "";
  switch (row.kind) {
    case "anonymous_source": {
      if (Array.isArray(d.sources)) {
        const sources = d.sources.map((x: { quote?: unknown; source?: unknown }) => ({
          quote: str(x?.quote) ?? "",
          source: str(x?.source) ?? "",
        }));
        return { code: "flag.anonymous_source_text", params: { outlet, sources } };
      }
      return { code: "flag.anonymous_source", params: { outlet, quote: q, source: str(d.attributionText) } };
    }
    case "unresolved_relative_date":
      return {
        code: "flag.unresolved_relative_date",
        params: {
          outlet,
          expression: str(d.expression) ?? q,
          reason: str(d.reason)?.includes("publication date") ? "no_publication_date" : "no_anchor",
        },
      };
    case "undated": {
      const list = Array.isArray(d.unresolvedExpressions) ? d.unresolvedExpressions : [];
      return {
        code: "flag.undated",
        params: { outlet, expressions: list.filter((x): x is string => typeof x === "string") },
      };
    }
    case "syndicated_copy": {
      const others = Array.isArray(d.otherArticleIds) ? d.otherArticleIds.length : 0;
      const method = str(d.method);
      return {
        code: "flag.syndicated_copy",
        params: {
          outlet,
          wire: str(d.wire),
          copies: others,
          method: method === "wire_credit" || method === "text_similarity" ? method : null,
        },
      };
    }
    case "spam_injection": {
      const tokens = Array.isArray(d.tokens) ? d.tokens : [];
      return {
        code: "flag.spam_injection",
        params: {
          tokens: tokens.map((t: { token?: unknown; reason?: unknown }) => ({
            token: str(t?.token) ?? "",
            ...spamReasonOf(str(t?.reason) ?? ""),
          })),
        },
      };
    }
    case "internal_inconsistency":
      return contradictionMessage(
        {
          ruleId: "article.internal_inconsistency",
          details: d,
          assertionAId: str(d.assertionAId) ?? "",
          assertionBId: str(d.assertionBId) ?? "",
        },
        { a: outlet, b: outlet },
      );
    default:
      return { code: "flag.unsourced", params: { outlet, quote: q } };
  }
}
