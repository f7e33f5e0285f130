// The value an assertion records is read from its quote (packages/core/src/reading): an assertion
// of a slot finds or creates the claim with the value the quote states, and an assertion of a named
// claim is refused when its quote states another value. Nothing is stored that the quote contradicts.
import {
  checkQuote,
  type EntityAlias,
  type ReadAttempt,
  type Reading,
  type ReadValue,
  readValue,
  siteNameForms,
} from "@kroscek/core";
import type { Db } from "@kroscek/db";
import type { Claim, ClaimSlot, ClaimValue, Stance } from "@kroscek/schema";
import { ApiError } from "../lib/api-error";
import type { Actor } from "./actor";
import { findOrCreateClaim } from "./claim-store";
import { createEntity, resolveEntities } from "./entity-store";
import { type ReadableArticle, readContextOf } from "./reading-context";

const shown = (r: Reading) => ({ text: r.text, value: r.value });

/** 422 for a quote whose value cannot be read, with what was tried. */
export const valueUnreadable = (slot: ClaimSlot, tried: ReadAttempt[], unresolved: string[]) =>
  new ApiError("validation_failed", `No ${slot} value could be read from the quote`, {
    reason: "value_unreadable",
    slot,
    tried,
    unresolved,
    issues: [{ path: "quote.exact", message: `states no readable ${slot}`, code: "value_unreadable" }],
  });

/** 422 for a quote that states another value than the claim (or the given value). */
export const quoteContradicts = (slot: ClaimSlot, read: Reading[], claimId: string | null) =>
  new ApiError(
    "validation_failed",
    `The quote states another ${slot} (${read.map((r) => `'${r.text}'`).join(", ")}) than the ${claimId ? "claim" : "value given"}`,
    {
      reason: "quote_contradicts_claim",
      slot,
      claimId,
      read: read.map(shown),
      issues: [
        {
          path: claimId ? "claimId" : "value",
          message: "contradicted by the quote",
          code: "quote_contradicts_claim",
        },
      ],
    },
  );

/**
 * A read place that no entity carries yet becomes one: the entity of that name (place or country)
 * when the workspace has it, else a new place entity, so the claim can name it.
 */
async function resolvePlace(tx: Db, actor: Actor, value: ReadValue): Promise<ClaimValue> {
  if (value.slot !== "place" || value.entityId !== null) return value as ClaimValue;
  // A site's name in the other language too ("Gunung Ruang" / "Mount Ruang"): one entity for both.
  const aliases = [...new Set([...(value.aliases ?? []), ...siteNameForms(value.name)])].filter(
    (a) => a !== value.name,
  );
  for (const name of [value.name, ...aliases]) {
    const found = await resolveEntities(tx, actor.workspaceId, name);
    const place = found.items.find((e) => e.kind === "place" || e.kind === "country");
    if (place) return { slot: "place", entityId: place.id };
  }
  const created = await createEntity(tx, actor, { canonicalName: value.name, kind: "place", aliases });
  return { slot: "place", entityId: created.id };
}

/** Refuses an assertion of `claim` when the quote states a different value for its slot. */
export function checkQuoteAgainstClaim(
  claim: Pick<Claim, "id" | "value">,
  quote: string,
  article: ReadableArticle,
  aliases: readonly EntityAlias[],
  stance: Stance,
): void {
  const check = checkQuote(claim.value, quote, readContextOf(article, aliases, stance));
  if (!check.ok) throw quoteContradicts(claim.value.slot, check.read, claim.id);
}

/**
 * The claim an assertion of (event, slot) asserts: the given value checked against the quote, or
 * the value read from it; found or created so equal values share one claim.
 */
export async function claimForQuote(
  tx: Db,
  actor: Actor,
  input: { eventId: string; slot: ClaimSlot; value?: ClaimValue | undefined; stance: Stance },
  quote: string,
  article: ReadableArticle,
  aliases: readonly EntityAlias[],
  /** The given value was read from this quote in its article already (see `recordAssertion`). */
  readInArticle = false,
): Promise<Claim> {
  const ctx = readContextOf(article, aliases, input.stance);
  let value: ClaimValue;
  if (input.value) {
    const check = readInArticle ? { ok: true as const } : checkQuote(input.value, quote, ctx);
    if (!check.ok) throw quoteContradicts(input.slot, check.read, null);
    value = input.value;
  } else {
    const read = readValue(input.slot, quote, ctx);
    if (!read.ok) throw valueUnreadable(input.slot, read.tried, read.unresolved);
    value = await resolvePlace(tx, actor, read.value);
  }
  return (await findOrCreateClaim(tx, actor, input.eventId, value)).claim;
}
