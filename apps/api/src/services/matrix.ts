import { type Db, queryRows } from "@kroscek/db";
import type {
  ArticleRef,
  AssertingArticle,
  ClaimAssertions,
  ClaimValue,
  EventMatrix,
  OutletAssertionsPage,
  OutletRef,
} from "@kroscek/schema";
import { CLAIM_SLOTS } from "@kroscek/schema";
import { articles, assertions, claims, events, outlets } from "@kroscek/schema/tables";
import { and, asc, desc, eq, lt, type SQL, sql } from "drizzle-orm";
import { notFound } from "../lib/api-error";
import { pageFrom } from "../lib/pagination";
import { preparedRead } from "../lib/prepared";
import { isoOrNull } from "../lib/serialize";
import { toAssertion } from "./assertion-store";
import { getClaim, toClaims } from "./claim-store";
import { fixedSql } from "./detection/fixed-sql";
import { getEventWithRow } from "./event-store";
import { articleOfAssertion, claimOfAssertion, eventOfClaim, outletOfArticle } from "./joins";

/** Assertions with their article and outlet: the cells of the outlet × claim matrix. */
const assertingFields = {
  a: assertions,
  article: { id: articles.id, title: articles.title, url: articles.url, publishedAt: articles.publishedAt },
  outlet: { id: outlets.id, name: outlets.name, kind: outlets.kind },
};

const selectAsserting = (db: Db) =>
  db
    .select(assertingFields)
    .from(assertions)
    .innerJoin(articles, articleOfAssertion)
    .innerJoin(outlets, outletOfArticle);

type AssertingRow = Awaited<ReturnType<ReturnType<typeof selectAsserting>["where"]>>[number];

const articleRef = (r: AssertingRow["article"]): ArticleRef => ({
  id: r.id,
  title: r.title,
  url: r.url,
  publishedAt: isoOrNull(r.publishedAt),
});

/** The assertion fields every matrix view shows (the ids are implied by where it is shown). */
function core(r: AssertingRow) {
  const { id, stance, quote, position, attribution, note } = toAssertion(r.a, r.outlet.id);
  return { id, stance, quote, position, attribution, note };
}

// Earliest publication first (undated last), so a reader sees who reported it first.
const chronological = [sql`${articles.publishedAt} asc nulls last`, asc(assertions.id)];

/** A claim with every article asserting it, its outlet and the quote. */
export async function claimAssertions(
  db: Db,
  workspaceId: string,
  claimId: string,
): Promise<ClaimAssertions> {
  const claim = await getClaim(db, workspaceId, claimId);
  const rows = await selectAsserting(db)
    .where(and(eq(assertions.workspaceId, workspaceId), eq(assertions.claimId, claimId)))
    .orderBy(...chronological);
  const items: AssertingArticle[] = rows.map((r) => ({
    ...core(r),
    outlet: r.outlet,
    article: articleRef(r.article),
  }));
  return { claim, assertions: items };
}

/** The claims of one event, and the assertions about them: queries built once. */
const claimsOfEvent = preparedRead((db) =>
  db
    .select()
    .from(claims)
    .where(
      and(
        eq(claims.workspaceId, sql.placeholder("workspaceId")),
        eq(claims.eventId, sql.placeholder("eventId")),
      ),
    )
    .orderBy(asc(claims.id)),
);
/**
 * The assertions about one event's claims with their article and outlet, earliest publication
 * first: one statement of fixed text, its rows mapped here (only the columns the matrix shows).
 */
const assertingOfEvent = fixedSql(
  ["value", "value"],
  (workspaceId: string, eventId: string) => sql`select a.id, a.claim_id as "claimId", a.stance,
         a.quote_exact as "quoteExact", a.quote_prefix as "quotePrefix", a.quote_suffix as "quoteSuffix",
         a.position_start as "positionStart", a.position_end as "positionEnd",
         a.attribution_kind as "attributionKind", a.attribution_text as "attributionText",
         a.attribution_entity_id as "attributionEntityId", a.note,
         ar.id as "articleId", ar.title as "articleTitle", ar.url as "articleUrl", ar.published_at as "publishedAt",
         o.id as "outletId", o.name as "outletName", o.kind as "outletKind"
    from assertions a
    join articles ar on ar.workspace_id = a.workspace_id and ar.id = a.article_id
    join outlets o on o.workspace_id = ar.workspace_id and o.id = ar.outlet_id
    join claims c on c.workspace_id = a.workspace_id and c.id = a.claim_id
   where a.workspace_id = ${workspaceId}::uuid and c.event_id = ${eventId}::uuid
   order by ar.published_at asc nulls last, a.id asc`,
);

interface AssertingOfEventRow {
  id: string;
  claimId: string;
  stance: AssertingRow["a"]["stance"];
  quoteExact: string;
  quotePrefix: string;
  quoteSuffix: string;
  positionStart: number;
  positionEnd: number;
  attributionKind: AssertingRow["a"]["attributionKind"];
  attributionText: string | null;
  attributionEntityId: string | null;
  note: string | null;
  articleId: string;
  articleTitle: string | null;
  articleUrl: string | null;
  /** Text from the driver as drizzle reads it (a Date from a driver that parses timestamps). */
  publishedAt: string | Date | null;
  outletId: string;
  outletName: string;
  outletKind: OutletRef["kind"];
}

/** A stored instant as drizzle maps a timestamptz column, then as the contracts carry it. */
const isoOfStored = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());

/** An event's claims by slot (rows) against the outlets asserting them (columns). */
export async function eventMatrix(db: Db, workspaceId: string, eventId: string): Promise<EventMatrix> {
  // The event with its participants (404 when it is not the workspace's), its claims and its
  // assertions are read together; the claims' sentences reuse the event instead of reading it again.
  const values = { workspaceId, eventId };
  const [known, claimRows, rows] = await Promise.all([
    getEventWithRow(db, workspaceId, eventId),
    claimsOfEvent(db, values),
    queryRows<AssertingOfEventRow>(db, assertingOfEvent(workspaceId, eventId)),
  ]);
  const event = known.event;
  const mapped = await toClaims(db, workspaceId, claimRows, {
    events: [known.row],
    participants: known.participantIds.map((entityId) => ({ eventId, entityId })),
  });
  const slots = CLAIM_SLOTS.map((slot) => ({
    slot,
    claims: mapped.filter((c) => c.slot === slot),
  })).filter((s) => s.claims.length > 0);
  const outletsById = new Map<string, OutletRef>();
  const cells = new Map<string, EventMatrix["cells"][number]>();
  for (const r of rows) {
    if (!outletsById.has(r.outletId))
      outletsById.set(r.outletId, { id: r.outletId, name: r.outletName, kind: r.outletKind });
    const key = `${r.claimId}/${r.outletId}`;
    const cell = cells.get(key) ?? { claimId: r.claimId, outletId: r.outletId, assertions: [] };
    // As `core` and `articleRef` give them, field for field.
    cell.assertions.push({
      id: r.id,
      stance: r.stance,
      quote: { exact: r.quoteExact, prefix: r.quotePrefix, suffix: r.quoteSuffix },
      position: { start: r.positionStart, end: r.positionEnd },
      attribution: { kind: r.attributionKind, text: r.attributionText, entityId: r.attributionEntityId },
      note: r.note,
      article: {
        id: r.articleId,
        title: r.articleTitle,
        url: r.articleUrl,
        publishedAt: isoOfStored(r.publishedAt),
      },
    });
    cells.set(key, cell);
  }
  const columns = [...outletsById.values()].sort((a, b) => a.name.localeCompare(b.name));
  return { event, slots, outlets: columns, cells: [...cells.values()] };
}

/** A page of one outlet's assertions, newest first, with the claim and event each is about. */
export async function outletAssertions(
  db: Db,
  workspaceId: string,
  outletId: string,
  q: { cursor: string | null; limit: number },
): Promise<OutletAssertionsPage> {
  const [outlet] = await db
    .select({ id: outlets.id, name: outlets.name, kind: outlets.kind })
    .from(outlets)
    .where(and(eq(outlets.workspaceId, workspaceId), eq(outlets.id, outletId)));
  if (!outlet) throw notFound("Outlet");
  const where: SQL[] = [eq(assertions.workspaceId, workspaceId), eq(articles.outletId, outletId)];
  if (q.cursor) where.push(lt(assertions.id, q.cursor));
  const rows = await db
    .select({
      ...assertingFields,
      claim: { id: claims.id, slot: claims.slot, summary: claims.summary, value: claims.value },
      event: { id: events.id, kind: events.kind, title: events.title },
    })
    .from(assertions)
    .innerJoin(articles, articleOfAssertion)
    .innerJoin(outlets, outletOfArticle)
    .innerJoin(claims, claimOfAssertion)
    .innerJoin(events, eventOfClaim)
    .where(and(...where))
    .orderBy(desc(assertions.id))
    .limit(q.limit + 1);
  const page = pageFrom(
    rows.map((r) => ({ ...r, id: r.a.id })),
    q.limit,
    (r) => ({
      ...core(r),
      article: articleRef(r.article),
      claim: { ...r.claim, value: r.claim.value as ClaimValue },
      event: r.event,
    }),
  );
  return { outlet, ...page };
}
