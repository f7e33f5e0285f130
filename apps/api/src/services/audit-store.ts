import type { Db } from "@kroscek/db";
import type { AuditEvent, AuditQuerySchema } from "@kroscek/schema";
import { auditEvents } from "@kroscek/schema/tables";
import { and, desc, eq, lt, notInArray, or, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { pageFrom } from "../lib/pagination";
import { iso } from "../lib/serialize";

type AuditQuery = z.output<typeof AuditQuerySchema>;
type AuditRow = typeof auditEvents.$inferSelect;

/** Audit targets about accounts (e-mails, token names): only those who manage members see them. */
export const ADMIN_ONLY_TARGETS = ["membership", "api_token"];

const toAuditEvent = (r: AuditRow): AuditEvent => ({
  id: r.id,
  actorUserId: r.actorUserId,
  actorTokenId: r.actorTokenId,
  action: r.action,
  targetType: r.targetType,
  targetId: r.targetId,
  before: r.before ?? null,
  after: r.after ?? null,
  requestId: r.requestId,
  createdAt: iso(r.createdAt),
});

/** A page of the workspace's audit trail, newest first (by identity id). */
export async function listAuditEvents(
  db: Db,
  workspaceId: string,
  q: AuditQuery & { before: number | null; includeAccounts: boolean },
) {
  const where: SQL[] = [eq(auditEvents.workspaceId, workspaceId)];
  if (q.before !== null) where.push(lt(auditEvents.id, q.before));
  if (q.targetType) where.push(eq(auditEvents.targetType, q.targetType));
  if (q.targetId) where.push(eq(auditEvents.targetId, q.targetId));
  if (q.action) where.push(eq(auditEvents.action, q.action));
  if (q.actor)
    where.push(or(eq(auditEvents.actorUserId, q.actor), eq(auditEvents.actorTokenId, q.actor)) as SQL);
  if (!q.includeAccounts) where.push(notInArray(auditEvents.targetType, ADMIN_ONLY_TARGETS));
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...where))
    .orderBy(desc(auditEvents.id))
    .limit(q.limit + 1);
  return pageFrom(rows, q.limit, toAuditEvent);
}
