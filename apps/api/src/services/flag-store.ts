import type { Db } from "@kroscek/db";
import type { FlagView } from "@kroscek/schema";
import { articles, assertions, claims, flags, outlets } from "@kroscek/schema/tables";
import { and, desc, eq, gte, lt, lte, type SQL, sql } from "drizzle-orm";
import { notFound } from "../lib/api-error";
import { pageFrom } from "../lib/pagination";
import { iso } from "../lib/serialize";
import type { Actor } from "./actor";
import { audit } from "./audit";
import { flagMessage } from "./finding-message";
import { outletOfArticle } from "./joins";
import { failStaleOrMissing } from "./versioned";

export interface FlagFilter {
  status?: "open" | "confirmed" | "dismissed" | undefined;
  kind?: FlagView["kind"] | undefined;
  outletId?: string | undefined;
  articleId?: string | undefined;
  eventId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  includeInactive?: "true" | "false" | undefined;
}

const selectFlags = (db: Db) =>
  db
    .select({
      f: flags,
      outletId: outlets.id,
      outletName: outlets.name,
      articleTitle: articles.title,
      quote: assertions.quoteExact,
    })
    .from(flags)
    .innerJoin(articles, and(eq(articles.workspaceId, flags.workspaceId), eq(articles.id, flags.articleId)))
    .innerJoin(outlets, outletOfArticle)
    .leftJoin(
      assertions,
      and(eq(assertions.workspaceId, flags.workspaceId), eq(assertions.id, flags.assertionId)),
    );

type Row = Awaited<ReturnType<ReturnType<typeof selectFlags>["where"]>>[number];

const toView = (r: Row): FlagView => ({
  id: r.f.id,
  kind: r.f.kind,
  ruleId: r.f.ruleId,
  articleId: r.f.articleId,
  assertionId: r.f.assertionId,
  message: flagMessage(r.f, { id: r.outletId, name: r.outletName }, r.quote),
  explanation: r.f.explanation,
  details: r.f.details as Record<string, unknown>,
  status: r.f.status,
  resolutionNote: r.f.resolutionNote,
  active: r.f.active,
  version: r.f.version,
  createdAt: iso(r.f.createdAt),
  outletId: r.outletId,
  outletName: r.outletName,
  articleTitle: r.articleTitle,
  quote: r.quote,
});

/** A page of flags with their article and outlet, newest first. */
export async function listFlags(
  db: Db,
  workspaceId: string,
  f: FlagFilter & { cursor: string | null; limit: number },
) {
  const where: SQL[] = [eq(flags.workspaceId, workspaceId)];
  if (f.includeInactive !== "true") where.push(eq(flags.active, true));
  if (f.status) where.push(eq(flags.status, f.status));
  if (f.kind) where.push(eq(flags.kind, f.kind));
  if (f.outletId) where.push(eq(articles.outletId, f.outletId));
  if (f.articleId) where.push(eq(flags.articleId, f.articleId));
  if (f.from) where.push(gte(flags.createdAt, new Date(`${f.from}T00:00:00Z`)));
  if (f.to) where.push(lte(flags.createdAt, new Date(`${f.to}T23:59:59.999Z`)));
  if (f.eventId) {
    where.push(sql`exists (select 1 from ${assertions} s join ${claims} c
      on c.workspace_id = s.workspace_id and c.id = s.claim_id
      where s.workspace_id = ${flags.workspaceId} and s.article_id = ${flags.articleId}
        and (${flags.assertionId} is null or s.id = ${flags.assertionId}) and c.event_id = ${f.eventId})`);
  }
  if (f.cursor) where.push(lt(flags.id, f.cursor));
  const rows = await selectFlags(db)
    .where(and(...where))
    .orderBy(desc(flags.id))
    .limit(f.limit + 1);
  return pageFrom(
    rows.map((r) => ({ ...r, id: r.f.id })),
    f.limit,
    toView,
  );
}

export async function getFlag(db: Db, workspaceId: string, id: string): Promise<FlagView> {
  const [row] = await selectFlags(db).where(and(eq(flags.workspaceId, workspaceId), eq(flags.id, id)));
  if (!row) throw notFound("Flag");
  return toView(row);
}

/** An editor confirms or dismisses a flag with a note (audited, optimistic concurrency). */
export async function reviewFlag(
  tx: Db,
  actor: Actor,
  id: string,
  decision: { status: "open" | "confirmed" | "dismissed"; note: string; version: number },
) {
  const before = await getFlag(tx, actor.workspaceId, id);
  const [row] = await tx
    .update(flags)
    .set({
      status: decision.status,
      resolutionNote: decision.note,
      reviewedBy: actor.userId,
      reviewedAt: new Date(),
      version: sql`${flags.version} + 1`,
    })
    .where(
      and(eq(flags.workspaceId, actor.workspaceId), eq(flags.id, id), eq(flags.version, decision.version)),
    )
    .returning();
  if (!row) return failStaleOrMissing(tx, flags, actor.workspaceId, id, "Flag", decision.version);
  const after = await getFlag(tx, actor.workspaceId, id);
  await audit(tx, actor, {
    action: `flag.${decision.status}`,
    targetType: "flag",
    targetId: id,
    before: { status: before.status, resolutionNote: before.resolutionNote },
    after: { status: after.status, resolutionNote: after.resolutionNote },
  });
  return after;
}
