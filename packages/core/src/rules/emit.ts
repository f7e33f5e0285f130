// Turns a conflicting pair of assertions into a Finding: orders the pair, picks the cross-outlet
// or internal rule, writes the explanation. Shared by the slot rules and the internal rules.
import { type ClaimValue, type FindingMessage, renderFinding, type SideParam } from "@kroscek/schema";
import { namesOf, valueLabel } from "./labels";
import { type EntityNames, type Finding, RULE_IDS, type RuleAssertion, type RuleId } from "./types";

/** Entity ids a value refers to. */
export function valueEntityIds(value: ClaimValue): string[] {
  if (value.slot === "place" || value.slot === "actor") return [value.entityId];
  if (value.slot === "participants") return value.entityIds;
  return [];
}

/** One side of a contradiction as message parameters. */
export function sideParam(a: RuleAssertion): SideParam {
  const isDate = a.value.slot === "date";
  const expression = isDate && a.value.slot === "date" ? (a.value.expression ?? null) : null;
  return {
    assertionId: a.id,
    outlet: { id: a.outletId, name: a.outletName || null },
    value: a.value,
    stance: a.stance,
    quote: a.quote,
    expression,
    anchor: isDate && a.dateAnchor ? { ...a.dateAnchor } : null,
    timeZone: isDate ? (a.timeZone ?? null) : null,
  };
}

/** Default cap on findings per call; a pathological event cannot exhaust memory. */
export const DEFAULT_MAX_FINDINGS = 100_000;

/** Collects findings up to a cap; `full` lets the loops stop early. */
export class FindingCollector {
  readonly findings: Finding[] = [];
  private readonly seen = new Set<string>();
  truncated = false;

  constructor(
    private readonly max: number,
    readonly names: EntityNames | undefined,
    private readonly unconfirmed: (a: RuleAssertion, b: RuleAssertion) => unknown[] = () => [],
  ) {}

  get full(): boolean {
    return this.findings.length >= this.max;
  }

  /**
   * Records a slot conflict between x and y. Two assertions of one article become an internal
   * inconsistency; two articles of one copy group are one source, so they are skipped.
   */
  conflict(rule: RuleId, x: RuleAssertion, y: RuleAssertion, extra: Record<string, unknown> = {}): void {
    if (x.id === y.id) return;
    const sameArticle = x.articleId === y.articleId;
    if (!sameArticle && x.copyGroupId && x.copyGroupId === y.copyGroupId) return;
    const [a, b] = x.id < y.id ? [x, y] : [y, x];
    const names = this.names;
    const entityNames = namesOf(names, [...valueEntityIds(a.value), ...valueEntityIds(b.value)]);
    const sides = { slot: a.value.slot, a: sideParam(a), b: sideParam(b), names: entityNames };
    const numbers =
      typeof extra.relativeDifference === "number" && typeof extra.tolerance === "number"
        ? { relativeDifference: extra.relativeDifference, tolerance: extra.tolerance }
        : {};
    const message: FindingMessage = sameArticle
      ? { code: "contradiction.internal", params: { outlet: sides.a.outlet, ...sides } }
      : { code: "contradiction.conflict", params: { ...sides, ...numbers } };
    const unconfirmed = this.unconfirmed(a, b);
    this.push({
      ruleId: sameArticle ? RULE_IDS.internalInconsistency : rule,
      assertionAId: a.id,
      assertionBId: b.id,
      eventId: a.eventId,
      message,
      explanation: renderFinding(message, "en"),
      details: {
        conflict: rule,
        slot: a.value.slot,
        valueA: a.value,
        valueB: b.value,
        labelA: valueLabel(a.value, names, a.timeZone),
        labelB: valueLabel(b.value, names, b.timeZone),
        stanceA: a.stance,
        stanceB: b.stance,
        quoteA: a.quote,
        quoteB: b.quote,
        outletA: { id: a.outletId, name: a.outletName },
        outletB: { id: b.outletId, name: b.outletName },
        articleAId: a.articleId,
        articleBId: b.articleId,
        ...(unconfirmed.length > 0 ? { unconfirmed } : {}),
        ...extra,
      },
    });
  }

  /** Records a finding built by a rule that writes its own message. */
  push(finding: Finding): void {
    if (this.full) {
      this.truncated = true;
      return;
    }
    const key = `${finding.assertionAId}\u0000${finding.assertionBId}\u0000${finding.ruleId}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.findings.push(finding);
  }

  /** Findings in a stable order: by assertion pair, then rule. */
  sorted(): Finding[] {
    return [...this.findings].sort(
      (p, q) =>
        cmp(p.assertionAId, q.assertionAId) || cmp(p.assertionBId, q.assertionBId) || cmp(p.ruleId, q.ruleId),
    );
  }
}

/** Plain code-unit string comparison (not locale-aware), so ordering never depends on the host. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
