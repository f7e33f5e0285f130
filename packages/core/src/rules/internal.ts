// Internal inconsistency beyond slot conflicts: an article credits an act or a statement to someone
// its own account of the event does not place there. The seed case is the "unsourced Lavrov
// visit": the statement is credited to Putin "directly" during a visit by Lavrov's delegation,
// received by Kim Jong-un, and Putin is not among the participants the article itself names.

import { type FindingMessage, renderFinding } from "@kroscek/schema";
import type { FindingCollector } from "./emit";
import { cmp } from "./emit";
import { entityName } from "./labels";
import { type Finding, RULE_IDS, type RuleAssertion } from "./types";

/** The entity an assertion credits with acting or speaking, if any. */
function creditedEntity(a: RuleAssertion): string | null {
  if (a.value.slot === "actor") return a.value.entityId;
  if (a.value.slot === "statement") return a.speakerEntityId ?? null;
  return null;
}

/**
 * Within one article and one event: an asserted actor (or a statement's speaker) X while every
 * asserted participants claim of that article omits X. Only the article's own claims are used,
 * because another outlet listing other participants is an omission, not a contradiction.
 */
export function detectActorOutsideParticipants(list: readonly RuleAssertion[], c: FindingCollector): void {
  const byArticle = new Map<string, RuleAssertion[]>();
  for (const a of list) {
    if (a.stance !== "asserts") continue;
    const key = `${a.eventId}\u0000${a.articleId}`;
    const bucket = byArticle.get(key);
    if (bucket) bucket.push(a);
    else byArticle.set(key, [a]);
  }
  const keys = [...byArticle.keys()].sort(cmp);
  for (const key of keys) {
    const own = (byArticle.get(key) ?? []).slice().sort((x, y) => cmp(x.id, y.id));
    const participantClaims = own.filter((a) => a.value.slot === "participants");
    if (participantClaims.length === 0) continue;
    const present = new Set(
      participantClaims.flatMap((a) => (a.value.slot === "participants" ? a.value.entityIds : [])),
    );
    for (const actor of own) {
      const x = creditedEntity(actor);
      if (x === null || present.has(x)) continue;
      for (const p of participantClaims) {
        if (c.full) {
          c.truncated = true;
          return;
        }
        c.push(actorFinding(actor, p, x, c));
      }
    }
  }
}

function actorFinding(actor: RuleAssertion, p: RuleAssertion, x: string, c: FindingCollector): Finding {
  const names = c.names;
  const who = entityName(names, x);
  const members = p.value.slot === "participants" ? p.value.entityIds : [];
  const message: FindingMessage = {
    code: "contradiction.actor_not_participant",
    params: {
      outlet: { id: actor.outletId, name: actor.outletName || null },
      role: actor.value.slot === "statement" ? "statement" : "action",
      quote: actor.quote,
      credited: { id: x, name: who },
      participants: members.map((m) => ({ id: m, name: entityName(names, m) })),
      participantsQuote: p.quote,
    },
  };
  const [a, b] = actor.id < p.id ? [actor, p] : [p, actor];
  return {
    ruleId: RULE_IDS.internalInconsistency,
    assertionAId: a.id,
    assertionBId: b.id,
    eventId: actor.eventId,
    message,
    explanation: renderFinding(message, "en"),
    details: {
      conflict: "actor_not_participant",
      actorAssertionId: actor.id,
      participantsAssertionId: p.id,
      creditedEntityId: x,
      creditedEntityName: who,
      participantIds: members,
      quoteActor: actor.quote,
      quoteParticipants: p.quote,
      articleId: actor.articleId,
      outlet: { id: actor.outletId, name: actor.outletName },
    },
  };
}
