import type { Db } from "@kroscek/db";
import { ClaimValueSchema, type ContradictionView } from "@kroscek/schema";
import { articles, assertions, claims, contradictions, events, outlets } from "@kroscek/schema/tables";
import { and, desc, eq, gte, inArray, lt, lte, type SQL, sql } from "drizzle-orm";
import { notFound } from "../lib/api-error";
import { pageFrom } from "../lib/pagination";
import { iso, isoOrNull } from "../lib/serialize";
import type { Actor } from "./actor";
import { audit } from "./audit";
import { contradictionMessage } from "./finding-message";
import { articleOfAssertion, claimOfAssertion, eventOfContradiction, outletOfArticle } from "./joins";
import { failStaleOrMissing } from "./versioned";

export interface ContradictionFilter {
  status?: "open" | "confirmed" | "dismissed" | undefined;
  rule?: string | undefined;
  outletId?: string | undefined;
  eventId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  includeInactive?: "true" | "false" | undefined;
}

type ContradictionRow = typeof contradictions.$inferSelect;

/** Who said what for each assertion id: outlet, article and quote. */
async function loadSides(db: Db, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, ContradictionView["sides"][number]>();
  const rows = await db
    .select({
      assertionId: assertions.id,
      outletId: outlets.id,
      outletName: outlets.name,
      articleId: articles.id,
      articleTitle: articles.title,
      articleUrl: articles.url,
      publishedAt: articles.publishedAt,
      quote: assertions.quoteExact,
      stance: assertions.stance,
      claimSummary: claims.summary,
      claimValue: claims.value,
      timeZone: articles.timeZone,
    })
    .from(assertions)
    .innerJoin(articles, articleOfAssertion)
    .innerJoin(outlets, outletOfArticle)
    .innerJoin(claims, claimOfAssertion)
    .where(and(eq(assertions.workspaceId, workspaceId), inArray(assertions.id, ids)));
  return new Map(
    rows.map((r) => {
      const value = ClaimValueSchema.safeParse(r.claimValue);
      return [
        r.assertionId,
        { ...r, publishedAt: isoOrNull(r.publishedAt), claimValue: value.success ? value.data : null },
      ];
    }),
  );
}

async function toViews(db: Db, workspaceId: string, rows: Array<ContradictionRow & { eventTitle: string }>) {
  const sides = await loadSides(
    db,
    workspaceId,
    rows.flatMap((r) => [r.assertionAId, r.assertionBId]),
  );
  return rows.map((r): ContradictionView => {
    const a = sides.get(r.assertionAId);
    const b = sides.get(r.assertionBId);
    if (!a || !b) throw new Error(`contradiction ${r.id} lost an assertion`);
    return {
      id: r.id,
      ruleId: r.ruleId,
      eventId: r.eventId,
      eventTitle: r.eventTitle,
      assertionAId: r.assertionAId,
      assertionBId: r.assertionBId,
      message: contradictionMessage(r, {
        a: { id: a.outletId, name: a.outletName },
        b: { id: b.outletId, name: b.outletName },
      }),
      explanation: r.explanation,
      details: r.details as Record<string, unknown>,
      status: r.status,
      resolutionNote: r.resolutionNote,
      reviewedAt: isoOrNull(r.reviewedAt),
      active: r.active,
      version: r.version,
      createdAt: iso(r.createdAt),
      sides: [a, b],
    };
  });
}

/** The filter as SQL conditions, scoped to the workspace (shared by the queue and the report). */
export function contradictionWhere(workspaceId: string, f: ContradictionFilter): SQL[] {
  const where: SQL[] = [eq(contradictions.workspaceId, workspaceId)];
  if (f.includeInactive !== "true") where.push(eq(contradictions.active, true));
  if (f.status) where.push(eq(contradictions.status, f.status));
  if (f.rule) where.push(eq(contradictions.ruleId, f.rule));
  if (f.eventId) where.push(eq(contradictions.eventId, f.eventId));
  if (f.from) where.push(gte(contradictions.detectedAt, new Date(`${f.from}T00:00:00Z`)));
  if (f.to) where.push(lte(contradictions.detectedAt, new Date(`${f.to}T23:59:59.999Z`)));
  if (f.outletId) {
    where.push(sql`exists (select 1 from ${assertions} s join ${articles} ar
      on ar.workspace_id = s.workspace_id and ar.id = s.article_id
      where s.workspace_id = ${contradictions.workspaceId}
        and s.id in (${contradictions.assertionAId}, ${contradictions.assertionBId})
        and ar.outlet_id = ${f.outletId})`);
  }
  return where;
}

/** The parts of `contradictionWhere` a filter has, as a name (which query to use) and values. */
export function contradictionShape(workspaceId: string, f: ContradictionFilter) {
  const parts: string[] = [];
  const values: Record<string, unknown> = { workspaceId };
  const add = (part: string, value?: unknown) => {
    parts.push(part);
    if (value !== undefined) values[part] = value;
  };
  if (f.includeInactive !== "true") add("active");
  if (f.status) add("status", f.status);
  if (f.rule) add("rule", f.rule);
  if (f.eventId) add("eventId", f.eventId);
  // As the column stores them (drizzle sends a timestamp as its ISO text).
  if (f.from) add("from", new Date(`${f.from}T00:00:00Z`).toISOString());
  if (f.to) add("to", new Date(`${f.to}T23:59:59.999Z`).toISOString());
  if (f.outletId) add("outletId", f.outletId);
  return { shape: parts.join(","), values };
}

/** `contradictionWhere` for a shape of `contradictionShape`, with placeholders for its values. */
export function contradictionWhereShaped(shape: string): SQL[] {
  const has = new Set(shape.split(","));
  const p = sql.placeholder;
  const where: SQL[] = [eq(contradictions.workspaceId, p("workspaceId"))];
  if (has.has("active")) where.push(eq(contradictions.active, true));
  if (has.has("status")) where.push(eq(contradictions.status, p("status")));
  if (has.has("rule")) where.push(eq(contradictions.ruleId, p("rule")));
  if (has.has("eventId")) where.push(eq(contradictions.eventId, p("eventId")));
  if (has.has("from")) where.push(gte(contradictions.detectedAt, p("from")));
  if (has.has("to")) where.push(lte(contradictions.detectedAt, p("to")));
  if (has.has("outletId")) {
    where.push(sql`exists (select 1 from ${assertions} s join ${articles} ar
      on ar.workspace_id = s.workspace_id and ar.id = s.article_id
      where s.workspace_id = ${contradictions.workspaceId}
        and s.id in (${contradictions.assertionAId}, ${contradictions.assertionBId})
        and ar.outlet_id = ${p("outletId")})`);
  }
  return where;
}

const selectWithEvent = (db: Db) =>
  db
    .select({ c: contradictions, eventTitle: events.title })
    .from(contradictions)
    .innerJoin(events, eventOfContradiction);

/** A page of contradictions with both sides, newest first. */
export async function listContradictions(
  db: Db,
  workspaceId: string,
  f: ContradictionFilter & { cursor: string | null; limit: number },
) {
  const where = contradictionWhere(workspaceId, f);
  if (f.cursor) where.push(lt(contradictions.id, f.cursor));
  const rows = await selectWithEvent(db)
    .where(and(...where))
    .orderBy(desc(contradictions.id))
    .limit(f.limit + 1);
  const flat = rows.map((r) => ({ ...r.c, eventTitle: r.eventTitle }));
  const page = pageFrom(flat, f.limit, (r) => r);
  return { items: await toViews(db, workspaceId, page.items), nextCursor: page.nextCursor };
}

/** Every matching contradiction, for the report (grouped by the caller). */
export async function allContradictions(db: Db, workspaceId: string, f: ContradictionFilter) {
  const rows = await selectWithEvent(db)
    .where(and(...contradictionWhere(workspaceId, f)))
    .orderBy(contradictions.eventId, contradictions.id);
  return toViews(
    db,
    workspaceId,
    rows.map((r) => ({ ...r.c, eventTitle: r.eventTitle })),
  );
}

export async function getContradiction(db: Db, workspaceId: string, id: string): Promise<ContradictionView> {
  const rows = await selectWithEvent(db).where(
    and(eq(contradictions.workspaceId, workspaceId), eq(contradictions.id, id)),
  );
  const [view] = await toViews(
    db,
    workspaceId,
    rows.map((r) => ({ ...r.c, eventTitle: r.eventTitle })),
  );
  if (!view) throw notFound("Contradiction");
  return view;
}

/** An editor's decision: status and note, audited, with optimistic concurrency. */
export async function reviewContradiction(
  tx: Db,
  actor: Actor,
  id: string,
  decision: { status: "open" | "confirmed" | "dismissed"; note: string; version: number },
) {
  const before = await getContradiction(tx, actor.workspaceId, id);
  const [row] = await tx
    .update(contradictions)
    .set({
      status: decision.status,
      resolutionNote: decision.note,
      reviewedBy: actor.userId,
      reviewedAt: new Date(),
      version: sql`${contradictions.version} + 1`,
    })
    .where(
      and(
        eq(contradictions.workspaceId, actor.workspaceId),
        eq(contradictions.id, id),
        eq(contradictions.version, decision.version),
      ),
    )
    .returning();
  if (!row)
    return failStaleOrMissing(tx, contradictions, actor.workspaceId, id, "Contradiction", decision.version);
  const after = await getContradiction(tx, actor.workspaceId, id);
  await audit(tx, actor, {
    action: `contradiction.${decision.status === "open" ? "reopen" : decision.status === "confirmed" ? "confirm" : "dismiss"}`,
    targetType: "contradiction",
    targetId: id,
    before: { status: before.status, resolutionNote: before.resolutionNote, version: before.version },
    after: { status: after.status, resolutionNote: after.resolutionNote, version: after.version },
  });
  return after;
}
