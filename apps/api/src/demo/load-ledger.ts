import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Db } from "@kroscek/db";
import {
  AssertionOfClaimSchema,
  ClaimCreateSchema,
  type ClaimValue,
  EntityCreateSchema,
  EventCreateSchema,
} from "@kroscek/schema";
import type { Actor } from "../services/actor";
import { createAssertion } from "../services/assertion-store";
import { createClaim } from "../services/claim-store";
import { createEntity } from "../services/entity-store";
import { createEvent } from "../services/event-store";

const ledgerPath = fileURLToPath(new URL("../../../../db/demo/ledger.json", import.meta.url));

type Ref = string;
interface LedgerFile {
  entities: Array<{ key: Ref; canonicalName: string; kind: string; wikidataId?: string; aliases: string[] }>;
  events: Array<{
    key: Ref;
    kind: string;
    title: string;
    place?: Ref;
    participants: Ref[];
    claims: Array<{
      value: Record<string, unknown>;
      assertions: Array<{
        article: string;
        quote: string;
        prefix?: string;
        stance?: string;
        attribution: { kind: string; text?: string; entity?: Ref };
      }>;
    }>;
  }>;
}

/** Replaces the file's symbolic entity keys with the ids just created. */
function claimValue(raw: Record<string, unknown>, ids: Map<Ref, string>): ClaimValue {
  const id = (key: unknown) => {
    const found = ids.get(String(key));
    if (!found) throw new Error(`demo ledger names unknown entity '${String(key)}'`);
    return found;
  };
  const { entity, entities, ...rest } = raw;
  if (entity !== undefined) return { ...rest, entityId: id(entity) } as ClaimValue;
  if (Array.isArray(entities)) return { ...rest, entityIds: entities.map(id) } as ClaimValue;
  return rest as ClaimValue;
}

/**
 * Records the demo corpus as a careful fact-checker would, through the same services the API
 * uses (validation, quote anchoring, audit, detection), so the demo exercises the real paths.
 */
export async function loadDemoLedger(tx: Db, actor: Actor, articleIds: Map<string, string>): Promise<void> {
  const ledger = JSON.parse(readFileSync(ledgerPath, "utf8")) as LedgerFile;
  const ids = new Map<Ref, string>();
  for (const e of ledger.entities) {
    const entity = await createEntity(tx, actor, EntityCreateSchema.parse(e));
    ids.set(e.key, entity.id);
  }
  for (const ev of ledger.events) {
    const event = await createEvent(
      tx,
      actor,
      EventCreateSchema.parse({
        kind: ev.kind,
        title: ev.title,
        placeEntityId: ev.place ? ids.get(ev.place) : null,
        participantIds: ev.participants.map((p) => ids.get(p)),
      }),
    );
    for (const c of ev.claims) {
      const claim = await createClaim(
        tx,
        actor,
        ClaimCreateSchema.parse({ eventId: event.id, value: claimValue(c.value, ids) }),
      );
      for (const a of c.assertions) {
        const articleId = articleIds.get(a.article);
        if (!articleId) throw new Error(`demo ledger names unknown article ${a.article}`);
        await createAssertion(
          tx,
          actor,
          AssertionOfClaimSchema.parse({
            articleId,
            claimId: claim.id,
            stance: a.stance ?? "asserts",
            quote: { exact: a.quote, ...(a.prefix ? { prefix: a.prefix } : {}) },
            attribution: {
              kind: a.attribution.kind,
              text: a.attribution.text ?? null,
              entityId: a.attribution.entity ? ids.get(a.attribution.entity) : null,
            },
          }),
        );
      }
    }
  }
}
