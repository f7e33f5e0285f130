// Which values of an event slot are supported, and by how many independent sources. Copies count
// once: outlets linked by a copy group or by crediting the same wire are merged (union-find), so a
// Reuters story, two outlets carrying it and Reuters itself are one source.
import type { ClaimSlot, ClaimValue } from "@kroscek/schema";
import { groupSorted } from "./contradictions";
import { cmp } from "./emit";
import { valueLabel } from "./labels";
import type { RuleAssertion, RuleOptions } from "./types";
import { valueKey } from "./values";

/** One assertion behind a value, as listed in a corroboration entry. */
export interface SupportRef {
  assertionId: string;
  articleId: string;
  outletId: string;
  outletName: string;
  quote: string;
}

/** One independent source: the outlets merged into it and what merged them. */
export interface IndependentSource {
  outletNames: string[];
  wire: string | null;
  copyGroupIds: string[];
  assertionIds: string[];
}

/** A distinct value of one event slot with its support. */
export interface CorroboratedValue {
  eventId: string;
  slot: ClaimSlot;
  key: string;
  value: ClaimValue;
  label: string;
  supporters: SupportRef[];
  deniers: SupportRef[];
  unconfirmed: SupportRef[];
  independentSources: number;
  sources: IndependentSource[];
  explanation: string;
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller key becomes the root so the result does not depend on input order.
    if (ra !== rb) ra < rb ? this.parent.set(rb, ra) : this.parent.set(ra, rb);
  }
}

const ref = (a: RuleAssertion): SupportRef => ({
  assertionId: a.id,
  articleId: a.articleId,
  outletId: a.outletId,
  outletName: a.outletName,
  quote: a.quote,
});

/**
 * Merges supporters into independent sources. Conservative on purpose: an outlet that carries a
 * wire story is merged with that wire for this value even if it also reported on its own, so
 * corroboration is never overstated.
 */
function independentSources(supporters: readonly RuleAssertion[]): IndependentSource[] {
  const uf = new UnionFind();
  for (const a of supporters) {
    const outlet = `outlet:${a.outletId}`;
    uf.find(outlet);
    if (a.copyGroupId) uf.union(outlet, `group:${a.copyGroupId}`);
    if (a.wire) uf.union(outlet, `wire:${a.wire.toLowerCase()}`);
  }
  const sources = new Map<string, IndependentSource>();
  for (const a of [...supporters].sort((x, y) => cmp(x.id, y.id))) {
    const root = uf.find(`outlet:${a.outletId}`);
    const s = sources.get(root) ?? { outletNames: [], wire: null, copyGroupIds: [], assertionIds: [] };
    if (!s.outletNames.includes(a.outletName)) s.outletNames.push(a.outletName);
    if (a.wire && !s.wire) s.wire = a.wire;
    if (a.copyGroupId && !s.copyGroupIds.includes(a.copyGroupId)) s.copyGroupIds.push(a.copyGroupId);
    s.assertionIds.push(a.id);
    sources.set(root, s);
  }
  return [...sources.values()]
    .map((s) => ({ ...s, outletNames: s.outletNames.sort(cmp), copyGroupIds: s.copyGroupIds.sort(cmp) }))
    .sort((x, y) => cmp(x.outletNames[0] ?? "", y.outletNames[0] ?? ""));
}

/** An `occurred` denial supports the opposite value; other denials stay denials of the value. */
function effectiveValue(a: RuleAssertion): { value: ClaimValue; stance: RuleAssertion["stance"] } {
  if (a.value.slot === "occurred" && a.stance === "denies") {
    return { value: { slot: "occurred", occurred: !a.value.occurred }, stance: "asserts" };
  }
  return { value: a.value, stance: a.stance };
}

/**
 * For each event slot, the distinct values with their supporting, denying and unconfirmed
 * assertions and the number of independent sources asserting each (copy groups and wires once).
 * Ordered by event, slot, then strongest support first.
 */
export function corroboration(
  assertions: readonly RuleAssertion[],
  options: RuleOptions = {},
): CorroboratedValue[] {
  const usable = assertions.filter((a) => !(a.value.slot === "date" && a.dateResolved === false));
  const keyed = usable.map((a) => ({ a, ...effectiveValue(a) }));
  const out: CorroboratedValue[] = [];
  const groups = groupSorted(keyed, (k) => `${k.a.eventId}\u0000${k.value.slot}\u0000${valueKey(k.value)}`);
  for (const [, list] of groups) {
    const first = list[0];
    if (!first) continue;
    const supporters = list.filter((k) => k.stance === "asserts").map((k) => k.a);
    const sources = independentSources(supporters);
    const label = valueLabel(first.value, options.entityNames);
    const by = (stance: RuleAssertion["stance"]) =>
      list
        .filter((k) => k.stance === stance)
        .map((k) => ref(k.a))
        .sort((x, y) => cmp(x.assertionId, y.assertionId));
    const names = sources.map((s) => s.outletNames.join(" + ") + (s.wire ? ` via ${s.wire}` : ""));
    out.push({
      eventId: first.a.eventId,
      slot: first.value.slot,
      key: valueKey(first.value),
      value: first.value,
      label,
      supporters: by("asserts"),
      deniers: by("denies"),
      unconfirmed: by("reports_unconfirmed"),
      independentSources: sources.length,
      sources,
      explanation: `${label}: ${sources.length} independent source${sources.length === 1 ? "" : "s"}${
        names.length > 0 ? ` (${names.join("; ")})` : ""
      }`,
    });
  }
  return out.sort(
    (x, y) =>
      cmp(x.eventId, y.eventId) ||
      cmp(x.slot, y.slot) ||
      y.independentSources - x.independentSources ||
      y.supporters.length - x.supporters.length ||
      cmp(x.key, y.key),
  );
}
