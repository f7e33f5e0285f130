import { anchorQuote } from "@kroscek/core";
import type { Db } from "@kroscek/db";
import type {
  Assertion,
  AssertionCreate,
  AssertionCreateSchema,
  AssertionOfClaimSchema,
  AssertionUpdateSchema,
  Claim,
  ClaimValue,
} from "@kroscek/schema";
import { articles, assertions, claims } from "@kroscek/schema/tables";
import { and, desc, eq, lt, type SQL, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import type { z } from "zod";
import { ApiError, notFound } from "../lib/api-error";
import { pageFrom } from "../lib/pagination";
import { iso } from "../lib/serialize";
import { together } from "../lib/together";
import type { Actor } from "./actor";
import { checkQuoteAgainstClaim, claimForQuote } from "./assertion-values";
import {
  insertAssertionOnce,
  insertedOrExisting,
  loadWriteInputs,
  type NewAssertion,
} from "./assertion-write";
import { audit } from "./audit";
import { toOneClaim } from "./claim-store";
import { detectAfterAssertionWrite, detectInLoadedScope, eventsOfClaims } from "./detection";
import { type RuleArticleWithGroup, writeScopeFrom, writeScopeStatements } from "./detection/load";
import { requireEntities, unknownReference } from "./entity-store";
import { requireEvent } from "./event-store";
import { articleOfAssertion } from "./joins";
import { afterQueued, queueRefresh, queueRefreshStatement } from "./snapshots/refresh";
import { failStaleOrMissing } from "./versioned";

type AssertionRow = typeof assertions.$inferSelect;
type Attribution = z.output<typeof AssertionCreateSchema>["attribution"];

/** Maps an assertion row (plus its article's outlet) onto the Assertion contract. */
export const toAssertion = (r: AssertionRow, outletId: string): Assertion => ({
  id: r.id,
  articleId: r.articleId,
  claimId: r.claimId,
  outletId,
  stance: r.stance,
  quote: { exact: r.quoteExact, prefix: r.quotePrefix, suffix: r.quoteSuffix },
  position: { start: r.positionStart, end: r.positionEnd },
  attribution: { kind: r.attributionKind, text: r.attributionText, entityId: r.attributionEntityId },
  note: r.note,
  version: r.version,
  createdAt: iso(r.createdAt),
});

/** Assertions joined to their article, so every query can name the outlet. */
const selectWithOutlet = (db: Db) =>
  db
    .select({ a: assertions, outletId: articles.outletId })
    .from(assertions)
    .innerJoin(articles, articleOfAssertion);

async function checkAttribution(db: Db, workspaceId: string, attribution: Attribution | undefined) {
  if (attribution?.entityId)
    await requireEntities(db, workspaceId, [{ path: "attribution.entityId", id: attribution.entityId }]);
}

const attributionColumns = (a: Attribution) => ({
  attributionKind: a.kind,
  attributionText: a.text ?? null,
  attributionEntityId: a.entityId ?? null,
});

/** The new assertion's row, as the write stores it. */
const newRow = (
  actor: Actor,
  input: AssertionCreate,
  claimId: string,
  anchor: { exact: string; prefix: string; suffix: string; start: number; end: number },
): NewAssertion => ({
  workspaceId: actor.workspaceId,
  id: uuidv7(),
  articleId: input.articleId,
  claimId,
  stance: input.stance,
  quoteExact: anchor.exact,
  quotePrefix: anchor.prefix,
  quoteSuffix: anchor.suffix,
  positionStart: anchor.start,
  positionEnd: anchor.end,
  ...attributionColumns(input.attribution),
  note: input.note ?? null,
  createdBy: actor.userId,
});

/**
 * Stores the assertion with its audit row, or answers 409 with the assertion already recorded
 * for the same article, claim and position: the same words recorded twice would count twice in
 * the evidence. A transaction-scoped advisory lock on that key serialises identical concurrent
 * requests, so no unique index (and no migration over rows stored before) is needed. Then
 * detection for the assertion's event and article, and the refresh queue of its event.
 */
async function storeAndDetect(
  tx: Db,
  actor: Actor,
  values: NewAssertion,
  eventId: string,
  article: RuleArticleWithGroup | null,
): Promise<AssertionRow> {
  const { workspaceId } = actor;
  const key = `assertion:${workspaceId}:${values.articleId}:${values.claimId}:${values.positionStart}:${values.positionEnd}`;
  // Sent together, in this order, which PostgreSQL keeps: the insert's snapshot is taken once the
  // lock is held, so it sees any identical assertion committed before; detection's reads, after
  // the insert, see the new assertion.
  const [, result, ...rest] = await together(
    tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`),
    tx.execute(insertAssertionOnce(values, actor)),
    ...writeScopeStatements(tx, workspaceId, eventId, values.articleId),
    tx.execute(queueRefreshStatement(workspaceId, [eventId])),
  );
  const stored = insertedOrExisting(result);
  if (!stored.inserted)
    throw new ApiError("conflict", "This article already asserts this claim with the same quote", {
      existing: toAssertion(stored.row, stored.outletId),
    });
  const [assertionsRead, queued] = rest;
  const scope = await writeScopeFrom(tx, workspaceId, [assertionsRead], article);
  // Detection and the refresh job are independent of each other.
  await together(
    detectInLoadedScope(tx, workspaceId, eventId, values.articleId, scope),
    afterQueued(tx, workspaceId, queued),
  );
  return stored.row;
}

/**
 * Records that an article asserts a claim, after anchoring the quote in the article body. The claim
 * is named (`claimId`, refused when the quote states another value) or found or created from the
 * event slot and the value the quote states (`eventId` + `slot`, optionally a `value` to check).
 */
export async function recordAssertion(
  tx: Db,
  actor: Actor,
  input: AssertionCreate,
  /**
   * The value was read from this quote by the extractor, in its article (an accepted claim
   * suggestion's participants: short names such as "Hendro" resolved by the article's full
   * names), so it is not checked again against a reading of the quote alone.
   */
  options: { valueReadInArticle?: boolean } = {},
): Promise<{ assertion: Assertion; claim: Claim }> {
  // One statement reads the article, the named claim, the attribution's entity and the aliases
  // (beside the event check of a slot's assertion); their errors are then raised in the order the
  // fields are checked.
  const entityId = input.attribution?.entityId ?? null;
  const [inputs, eventMissing] = await together(
    loadWriteInputs(tx, actor.workspaceId, {
      articleId: input.articleId,
      claimId: input.claimId ?? null,
      entityId,
    }),
    !input.claimId && input.eventId
      ? requireEvent(tx, actor.workspaceId, input.eventId, "eventId").then(
          () => null,
          (e: unknown) => e,
        )
      : null,
  );
  const { article, claim: namedRow, aliases } = inputs;
  if (!article) throw unknownReference("articleId", "Article");
  if (input.claimId && !namedRow) throw unknownReference("claimId", "Claim");
  if (eventMissing) throw eventMissing;
  if (entityId && !inputs.entityFound) throw unknownReference("attribution.entityId", "Entity");

  const anchor = anchorQuote(article.body, input.quote, input.position);
  if (!anchor.ok) {
    const { ok: _ok, message, ...details } = anchor;
    const path =
      anchor.reason === "position_mismatch" || anchor.reason === "out_of_range" ? "position" : "quote.exact";
    throw new ApiError("validation_failed", message, {
      ...details,
      issues: [{ path, message, code: anchor.reason }],
    });
  }
  let claim: Claim;
  let row: AssertionRow;
  if (namedRow) {
    // Stored values were validated when the claim was written.
    checkQuoteAgainstClaim(
      { id: namedRow.id, value: namedRow.value as ClaimValue },
      anchor.exact,
      article,
      aliases,
      input.stance,
    );
    // The claim's sentences are read while the assertion is stored.
    const [mapped, stored] = await together(
      toOneClaim(tx, actor.workspaceId, namedRow),
      storeAndDetect(
        tx,
        actor,
        newRow(actor, input, namedRow.id, anchor),
        namedRow.eventId,
        inputs.ruleArticle,
      ),
    );
    claim = mapped;
    row = stored;
  } else {
    if (!input.eventId || !input.slot) throw new Error("schema guarantees eventId and slot");
    claim = await claimForQuote(
      tx,
      actor,
      { eventId: input.eventId, slot: input.slot, value: input.value, stance: input.stance },
      anchor.exact,
      article,
      aliases,
      options.valueReadInArticle === true,
    );
    row = await storeAndDetect(
      tx,
      actor,
      newRow(actor, input, claim.id, anchor),
      claim.eventId,
      inputs.ruleArticle,
    );
  }
  return { assertion: toAssertion(row, article.outletId), claim };
}

/** Records an assertion of a named claim (the suggestion and demo loaders' path). */
export async function createAssertion(
  tx: Db,
  actor: Actor,
  input: z.output<typeof AssertionOfClaimSchema>,
): Promise<Assertion> {
  return (await recordAssertion(tx, actor, input)).assertion;
}

/** One assertion, or 404. */
export async function getAssertion(db: Db, workspaceId: string, id: string): Promise<Assertion> {
  const [row] = await selectWithOutlet(db).where(
    and(eq(assertions.workspaceId, workspaceId), eq(assertions.id, id)),
  );
  if (!row) throw notFound("Assertion");
  return toAssertion(row.a, row.outletId);
}

export interface AssertionFilter {
  cursor: string | null;
  limit: number;
  articleId?: string | undefined;
  claimId?: string | undefined;
  outletId?: string | undefined;
  eventId?: string | undefined;
  stance?: string | undefined;
  attributionKind?: string | undefined;
}

/** A page of assertions, newest first; outlet filters via the article, event via the claim. */
export async function listAssertions(db: Db, workspaceId: string, q: AssertionFilter) {
  const where: SQL[] = [eq(assertions.workspaceId, workspaceId)];
  if (q.cursor) where.push(lt(assertions.id, q.cursor));
  if (q.articleId) where.push(eq(assertions.articleId, q.articleId));
  if (q.claimId) where.push(eq(assertions.claimId, q.claimId));
  if (q.outletId) where.push(eq(articles.outletId, q.outletId));
  if (q.stance) where.push(sql`${assertions.stance}::text = ${q.stance}`);
  if (q.attributionKind) where.push(sql`${assertions.attributionKind}::text = ${q.attributionKind}`);
  if (q.eventId)
    where.push(
      sql`exists (select 1 from ${claims} where ${claims.workspaceId} = ${assertions.workspaceId} and ${claims.id} = ${assertions.claimId} and ${claims.eventId} = ${q.eventId})`,
    );
  const rows = await selectWithOutlet(db)
    .where(and(...where))
    .orderBy(desc(assertions.id))
    .limit(q.limit + 1);
  const page = pageFrom(
    rows.map((r) => ({ ...r, id: r.a.id })),
    q.limit,
    (r) => toAssertion(r.a, r.outletId),
  );
  return page;
}

/** Edits stance, attribution or note; the quote stays as anchored. */
export async function updateAssertion(
  tx: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof AssertionUpdateSchema>,
): Promise<Assertion> {
  const { version, attribution, stance, note } = input;
  const before = await getAssertion(tx, actor.workspaceId, id);
  await checkAttribution(tx, actor.workspaceId, attribution);
  const [row] = await tx
    .update(assertions)
    .set({
      ...(stance ? { stance } : {}),
      ...(attribution ? attributionColumns(attribution) : {}),
      ...(note === undefined ? {} : { note }),
      version: sql`${assertions.version} + 1`,
    })
    .where(
      and(
        eq(assertions.workspaceId, actor.workspaceId),
        eq(assertions.id, id),
        eq(assertions.version, version),
      ),
    )
    .returning();
  if (!row) return failStaleOrMissing(tx, assertions, actor.workspaceId, id, "Assertion", version);
  const after = toAssertion(row, before.outletId);
  await audit(tx, actor, {
    action: "assertion.update",
    targetType: "assertion",
    targetId: id,
    before,
    after,
  });
  await detectAfterAssertionWrite(tx, actor.workspaceId, {
    articleIds: [row.articleId],
    eventIds: await eventsOfClaims(tx, actor.workspaceId, [row.claimId]),
  });
  // The event it left, if it moved to another claim, changes too.
  await queueRefresh(
    tx,
    actor.workspaceId,
    await eventsOfClaims(tx, actor.workspaceId, [row.claimId, before.claimId]),
  );
  return after;
}

/** Deletes an assertion (its contradictions and flags go with it, by foreign key cascade). */
export async function deleteAssertion(tx: Db, actor: Actor, id: string): Promise<void> {
  const before = await getAssertion(tx, actor.workspaceId, id);
  const deleted = await tx
    .delete(assertions)
    .where(and(eq(assertions.workspaceId, actor.workspaceId), eq(assertions.id, id)))
    .returning({ id: assertions.id });
  // A concurrent delete got there first: the caller sees what a later request would, 404.
  if (!deleted[0]) throw notFound("Assertion");
  await audit(tx, actor, { action: "assertion.delete", targetType: "assertion", targetId: id, before });
  const eventIds = await eventsOfClaims(tx, actor.workspaceId, [before.claimId]);
  await detectAfterAssertionWrite(tx, actor.workspaceId, { articleIds: [before.articleId], eventIds });
  await queueRefresh(tx, actor.workspaceId, eventIds);
}
