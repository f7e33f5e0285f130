// Accepting a suggestion. A claim suggestion is one sentence: accepting it into an event records
// one assertion per slot the sentence states (date, place, participants, quantity), each value read
// from the sentence, and accepting again answers the same assertions. A new_entity suggestion
// becomes an entity. Date, attribution and entity suggestions still take the claim they assert.
import { countsPeople, type ReadAttempt, readCandidates, readValue, sameMeasure } from "@kroscek/core";
import type { Db } from "@kroscek/db";
import {
  ACCEPTABLE_SUGGESTION_KINDS,
  type Assertion,
  type AssertionCreate,
  type ClaimSlot,
  type ClaimValue,
  type Event,
  type SuggestionAccept,
  type SuggestionAcceptResult,
} from "@kroscek/schema";
import { articleSuggestions, assertions, claims, suggestionAssertions } from "@kroscek/schema/tables";
import { and, eq, sql } from "drizzle-orm";
import { ApiError, conflict, notFound } from "../lib/api-error";
import type { Actor } from "./actor";
import { getAssertion, recordAssertion } from "./assertion-store";
import { audit } from "./audit";
import { unknownReference } from "./entity-store";
import { createEvent, getEvent } from "./event-store";
import { claimOfAssertion } from "./joins";
import { acceptNewEntity } from "./new-entity-accept";
import { loadReadableArticle, readContextOf, workspaceAliases } from "./reading-context";
import { detailsOf, suggestedAttribution, toSuggestion } from "./suggestion-store";

type Row = typeof articleSuggestions.$inferSelect;
type Skipped = SuggestionAcceptResult["skipped"][number];

/** The slots one sentence can state, in the order their assertions are recorded. */
const SENTENCE_SLOTS = ["date", "place", "participants", "quantity"] as const;

export interface AcceptOutcome {
  result: SuggestionAcceptResult;
  /** False when everything was already recorded (the answer is then 200, not 201). */
  created: boolean;
}

/** The suggestion, locked for this transaction so concurrent accepts of it run one after another. */
async function lockSuggestion(tx: Db, workspaceId: string, articleId: string, id: string): Promise<Row> {
  const [row] = await tx
    .select()
    .from(articleSuggestions)
    .where(
      and(
        eq(articleSuggestions.workspaceId, workspaceId),
        eq(articleSuggestions.articleId, articleId),
        eq(articleSuggestions.id, id),
      ),
    )
    .for("update");
  if (!row) throw notFound("Suggestion");
  return row;
}

/** The assertions already recorded for a suggestion, by slot, with the event of each claim. */
async function linkedAssertions(tx: Db, workspaceId: string, suggestionId: string) {
  const rows = await tx
    .select({
      slot: suggestionAssertions.slot,
      assertionId: suggestionAssertions.assertionId,
      eventId: claims.eventId,
    })
    .from(suggestionAssertions)
    .innerJoin(
      assertions,
      and(
        eq(assertions.workspaceId, suggestionAssertions.workspaceId),
        eq(assertions.id, suggestionAssertions.assertionId),
      ),
    )
    .innerJoin(claims, claimOfAssertion)
    .where(
      and(
        eq(suggestionAssertions.workspaceId, workspaceId),
        eq(suggestionAssertions.suggestionId, suggestionId),
      ),
    );
  return rows;
}

async function link(tx: Db, workspaceId: string, suggestionId: string, slot: string, assertionId: string) {
  await tx
    .insert(suggestionAssertions)
    .values({ workspaceId, suggestionId, slot, assertionId })
    .onConflictDoNothing();
}

/** Marks the suggestion accepted (first accept only) and points it at its first assertion. */
async function markAccepted(tx: Db, actor: Actor, row: Row, assertionId: string | null) {
  const [after] = await tx
    .update(articleSuggestions)
    .set({
      status: "accepted",
      acceptedBy: row.acceptedBy ?? actor.userId,
      acceptedAt: row.acceptedAt ?? sql`now()`,
      assertionId: row.assertionId ?? assertionId,
    })
    .where(and(eq(articleSuggestions.workspaceId, actor.workspaceId), eq(articleSuggestions.id, row.id)))
    .returning();
  if (!after) throw new Error("accepted suggestion vanished");
  return after;
}

/** The event a claim suggestion goes into: the one it is already in, or the one the body names. */
async function targetEvent(
  tx: Db,
  actor: Actor,
  input: SuggestionAccept,
  already: string | undefined,
): Promise<Event> {
  if (already) {
    if (input.eventId && input.eventId !== already)
      throw conflict("The suggestion was already accepted into another event", { eventId: already });
    return getEvent(tx, actor.workspaceId, already);
  }
  if (input.eventId) {
    try {
      return await getEvent(tx, actor.workspaceId, input.eventId);
    } catch {
      throw unknownReference("eventId", "Event");
    }
  }
  if (input.event) return createEvent(tx, actor, { ...input.event, participantIds: [] });
  throw new ApiError(
    "validation_failed",
    "Name the event the sentence reports: eventId, or event to create",
    {
      issues: [{ path: "eventId", message: "required (or event)", code: "required" }],
    },
  );
}

/** Participants as the extractor read them in the sentence (source speakers left out), known entities only. */
function sentenceParticipants(row: Row): { value: ClaimValue | null; unresolved: string[] } {
  const s = detailsOf(row);
  const list = s.kind === "claim" ? s.details.participants : [];
  const ids = [...new Set(list.flatMap((p) => (p.entityId ? [p.entityId] : [])))];
  const unresolved = list.filter((p) => !p.entityId).map((p) => p.name);
  return { value: ids.length ? { slot: "participants", entityIds: ids } : null, unresolved };
}

/** Accepts a claim suggestion into an event: one assertion per slot the sentence states. */
async function acceptSentence(
  tx: Db,
  actor: Actor,
  row: Row,
  input: SuggestionAccept,
): Promise<AcceptOutcome> {
  const links = await linkedAssertions(tx, actor.workspaceId, row.id);
  const event = await targetEvent(tx, actor, input, links[0]?.eventId);
  const article = await loadReadableArticle(tx, actor.workspaceId, row.articleId);
  if (!article) throw notFound("Article");
  const stance = input.stance ?? "asserts";
  const ctx = readContextOf(article, await workspaceAliases(tx, actor.workspaceId), stance);
  const done = new Map(links.map((l) => [l.slot, l.assertionId]));
  const skipped: Skipped[] = [];
  const fresh: Assertion[] = [];
  for (const slot of SENTENCE_SLOTS) {
    if (done.has(slot)) continue;
    let value: ClaimValue | undefined;
    let tried: ReadAttempt[] = [];
    let unresolved: string[] = [];
    if (slot === "participants") {
      const p = sentenceParticipants(row);
      unresolved = p.unresolved;
      if (p.value) value = p.value;
      tried = [
        { reader: "entities", found: unresolved, note: "names without a workspace entity are not read" },
      ];
      if (!value && unresolved.length === 0) continue;
    } else {
      const read = readValue(slot, row.quote, ctx);
      if (!read.ok) {
        // Only slots the extractor saw in the sentence are reported as skipped.
        const s = detailsOf(row);
        const d = s.kind === "claim" ? s.details : null;
        if ((slot === "date" && d?.date) || (slot === "place" && d?.place))
          skipped.push({ slot, reason: "value_unreadable", tried: read.tried, unresolved: read.unresolved });
        continue;
      }
    }
    if (slot === "participants" && !value) {
      skipped.push({ slot, reason: "value_unreadable", tried, unresolved });
      continue;
    }
    const assertion = await recordOrReuse(
      tx,
      actor,
      {
        articleId: row.articleId,
        eventId: event.id,
        slot: slot as ClaimSlot,
        ...(value ? { value } : {}),
        stance,
        quote: { exact: row.quote },
        position: { start: row.positionStart, end: row.positionEnd },
        attribution: input.attribution ?? suggestedAttribution(row),
        note: input.note ?? null,
      },
      // The participants are the extractor's reading of this sentence in its article.
      { valueReadInArticle: slot === "participants" },
    );
    await link(tx, actor.workspaceId, row.id, slot, assertion.id);
    done.set(slot, assertion.id);
    fresh.push(assertion);
  }
  // A sentence giving a second estimate of its count ("Police estimated the crowd at about 4,000
  // people, while organisers put it at more than 10,000") states that figure too: one more
  // assertion of the slot, from the same quote (found again, not repeated, on a second accept).
  // A sentence counting places or things and then people ("Banjir merendam 14 desa … dan memaksa
  // sedikitnya dua ribu warga mengungsi") states the count of people too; a second count of people
  // ("12 orang tewas dan 40 orang luka") is another count of the event, not recorded here.
  const restated: Assertion[] = [];
  if (done.has("quantity")) {
    const candidates = readCandidates("quantity", row.quote, ctx).candidates;
    const first = candidates[0]?.value;
    const people =
      first?.slot === "quantity" && !countsPeople(first.unit)
        ? candidates.find(
            (c) =>
              !c.restates &&
              c.value.slot === "quantity" &&
              countsPeople(c.value.unit) &&
              !sameMeasure(c.value.unit, first.unit),
          )
        : undefined;
    for (const again of candidates) {
      if (!(again.restates || again === people) || again.value.slot !== "quantity") continue;
      const { assertion, created } = await recordOnce(tx, actor, {
        articleId: row.articleId,
        eventId: event.id,
        slot: "quantity",
        value: again.value,
        stance,
        quote: { exact: row.quote },
        position: { start: row.positionStart, end: row.positionEnd },
        attribution: input.attribution ?? suggestedAttribution(row),
        note: input.note ?? null,
      });
      if (assertion.id === done.get("quantity") || restated.some((a) => a.id === assertion.id)) continue;
      restated.push(assertion);
      if (created) fresh.push(assertion);
    }
  }
  if (done.size === 0)
    throw new ApiError("validation_failed", "No slot of the sentence could be read", {
      reason: "value_unreadable",
      skipped,
      issues: [{ path: "suggestionId", message: "states no readable value", code: "value_unreadable" }],
    });
  const all = await Promise.all(
    SENTENCE_SLOTS.flatMap((slot) => {
      const id = done.get(slot);
      return id ? [getAssertion(tx, actor.workspaceId, id)] : [];
    }),
  );
  all.push(...restated);
  const after = await markAccepted(tx, actor, row, all[0]?.id ?? null);
  const suggestion = toSuggestion(after);
  if (fresh.length)
    await audit(tx, actor, {
      action: "suggestion.accept",
      targetType: "suggestion",
      targetId: row.id,
      before: toSuggestion(row),
      after: { ...suggestion, eventId: event.id, assertionIds: fresh.map((a) => a.id) },
    });
  return {
    result: { suggestion, event, assertions: all, assertion: all[0] ?? null, skipped, entity: null },
    created: fresh.length > 0,
  };
}

/** Accepts a suggestion as one assertion of a named claim (date, attribution, entity, or a claim). */
async function acceptForClaim(tx: Db, actor: Actor, row: Row, claimId: string, input: SuggestionAccept) {
  const [claim] = await tx
    .select({ id: claims.id, slot: claims.slot, eventId: claims.eventId })
    .from(claims)
    .where(and(eq(claims.workspaceId, actor.workspaceId), eq(claims.id, claimId)));
  if (!claim) throw unknownReference("claimId", "Claim");
  const links = await linkedAssertions(tx, actor.workspaceId, row.id);
  const existing = links.find((l) => l.slot === claim.slot);
  let assertion: Assertion | null = existing
    ? await getAssertion(tx, actor.workspaceId, existing.assertionId)
    : null;
  if (assertion && assertion.claimId !== claimId)
    throw conflict("The suggestion was already accepted for another claim", { assertionId: assertion.id });
  if (!assertion && row.status === "accepted" && row.assertionId) {
    const before = await getAssertion(tx, actor.workspaceId, row.assertionId);
    if (before.claimId !== claimId)
      throw conflict("The suggestion was already accepted for another claim", { assertionId: before.id });
    assertion = before;
  }
  const created = !assertion;
  if (!assertion) {
    assertion = await recordOrReuse(tx, actor, {
      articleId: row.articleId,
      claimId,
      stance: input.stance ?? "asserts",
      quote: { exact: row.quote },
      position: { start: row.positionStart, end: row.positionEnd },
      attribution: input.attribution ?? suggestedAttribution(row),
      note: input.note ?? null,
    });
    await link(tx, actor.workspaceId, row.id, claim.slot, assertion.id);
  }
  const after = await markAccepted(tx, actor, row, assertion.id);
  const suggestion = toSuggestion(after);
  if (created)
    await audit(tx, actor, {
      action: "suggestion.accept",
      targetType: "suggestion",
      targetId: row.id,
      before: toSuggestion(row),
      after: suggestion,
    });
  const event = await getEvent(tx, actor.workspaceId, claim.eventId);
  return {
    result: { suggestion, event, assertions: [assertion], assertion, skipped: [], entity: null },
    created,
  };
}

/**
 * Accepts a suggestion (see the file comment). The suggestion row is locked first, so of two
 * concurrent accepts the second sees what the first recorded and answers it.
 */
/**
 * Accepting records the sentence's assertion, or takes the identical one already recorded by hand
 * (same article, claim and quote position): accepting is never refused as a repeat.
 */
async function recordOrReuse(
  tx: Db,
  actor: Actor,
  input: AssertionCreate,
  options: { valueReadInArticle?: boolean } = {},
): Promise<Assertion> {
  return (await recordOnce(tx, actor, input, options)).assertion;
}

/** Records an assertion, or answers the identical one recorded before (`created` false). */
async function recordOnce(
  tx: Db,
  actor: Actor,
  input: AssertionCreate,
  options: { valueReadInArticle?: boolean } = {},
): Promise<{ assertion: Assertion; created: boolean }> {
  try {
    return { assertion: (await recordAssertion(tx, actor, input, options)).assertion, created: true };
  } catch (error) {
    const existing = (error as ApiError).details as { existing?: Assertion } | undefined;
    if (error instanceof ApiError && error.code === "conflict" && existing?.existing)
      return { assertion: existing.existing, created: false };
    throw error;
  }
}

export async function acceptSuggestion(
  tx: Db,
  actor: Actor,
  articleId: string,
  suggestionId: string,
  input: SuggestionAccept,
): Promise<AcceptOutcome> {
  const row = await lockSuggestion(tx, actor.workspaceId, articleId, suggestionId);
  if (!(ACCEPTABLE_SUGGESTION_KINDS as readonly string[]).includes(row.kind))
    throw new ApiError("validation_failed", `A '${row.kind}' suggestion cannot be accepted`, {
      issues: [
        { path: "suggestionId", message: `kind '${row.kind}' is not acceptable`, code: "not_acceptable" },
      ],
    });
  if (row.kind === "new_entity") return acceptNewEntity(tx, actor, row, input);
  if (input.claimId) return acceptForClaim(tx, actor, row, input.claimId, input);
  if (row.kind !== "claim")
    throw new ApiError(
      "validation_failed",
      `A '${row.kind}' suggestion is accepted for a claim: give claimId`,
      {
        issues: [{ path: "claimId", message: "required for this kind", code: "required" }],
      },
    );
  return acceptSentence(tx, actor, row, input);
}
