// Claims scored slot by slot against the held-out gold: a gold claim is matched by the first
// suggestion whose span overlaps its anchor; its date, its place and each of its participants are
// one item each. A suggested slot value that matches no gold value is a false positive, and so is
// every value of a suggestion that overlaps no gold claim.
import type { CandidateClaim, ClaimParticipant } from "@kroscek/core";
import { normalizeName } from "@kroscek/core";
import type { GoldClaim } from "./extraction-gold";
import { type ExtractionLike, sameDay } from "./extraction-support";

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && a.end > b.start;

/** Names match when equal after normalisation or when one contains the other as whole words. */
function sameName(a: string, b: string): boolean {
  const x = normalizeName(a);
  const y = normalizeName(b);
  return x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

function sameParticipant(gold: string, p: ClaimParticipant): boolean {
  return p.entityId === gold || sameName(gold, p.name);
}

export function scoreClaims(gold: readonly GoldClaim[], x: ExtractionLike, zone: string) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: string[] = [];
  const used = new Set<CandidateClaim>();
  for (const g of gold) {
    const c = x.claims.find((k) => !used.has(k) && overlaps(k, g));
    if (c) used.add(c);
    const label = `'${g.text.slice(0, 40)}'`;
    if (!c) {
      const n = (g.date ? 1 : 0) + (g.place ? 1 : 0) + (g.participants?.length ?? 0);
      fn += n;
      errors.push(`missed (no suggestion, ${n} slot values): ${label}`);
      continue;
    }
    if (g.date) {
      const ok =
        g.date === "unresolved"
          ? c.date?.status === "unresolved"
          : c.date
            ? sameDay(g.date, c.date, zone)
            : false;
      if (ok) tp++;
      else {
        fn++;
        if (c.date) fp++;
        errors.push(`date of ${label}: got ${c.date ? `'${c.date.text}'` : "none"}`);
      }
    } else if (c.date) {
      fp++;
      errors.push(`date of ${label}: unexpected '${c.date.text}'`);
    }
    const place = (c as CandidateClaim).place;
    if (g.place) {
      if (place && g.place.some((n) => sameName(n, place.name))) tp++;
      else {
        fn++;
        if (place) fp++;
        errors.push(`place of ${label}: expected ${g.place.join("/")}, got ${place?.name ?? "none"}`);
      }
    } else if (place) {
      fp++;
      errors.push(`place of ${label}: unexpected '${place.name}'`);
    }
    const wanted = g.participants ?? [];
    const matched = new Set<ClaimParticipant>();
    for (const w of wanted) {
      const p = c.participants.find((q) => !matched.has(q) && sameParticipant(w, q));
      if (p) {
        tp++;
        matched.add(p);
      } else {
        fn++;
        errors.push(`participant of ${label}: missed ${w}`);
      }
    }
    for (const p of c.participants)
      if (!matched.has(p)) {
        fp++;
        errors.push(`participant of ${label}: unexpected '${p.name}'`);
      }
  }
  for (const c of x.claims) {
    if (used.has(c)) continue;
    const n = (c.date ? 1 : 0) + (c.place ? 1 : 0) + c.participants.length;
    fp += n;
    if (n) errors.push(`spurious suggestion (${n} slot values): '${c.text.slice(0, 50)}'`);
  }
  return { tp, fp, fn, errors };
}
