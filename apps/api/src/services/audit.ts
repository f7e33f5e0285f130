import type { Db } from "@kroscek/db";
import type { AuditAction } from "@kroscek/schema";
import { auditEvents } from "@kroscek/schema/tables";
import type { Actor } from "./actor";

/** JSON-safe copy of a row for the audit trail (dates as ISO strings). */
export function snapshot(row: unknown): unknown {
  return row === undefined || row === null ? null : JSON.parse(JSON.stringify(row));
}

/** Records one write in the audit trail; call it inside the write's transaction. */
export async function audit(
  tx: Db,
  actor: Actor,
  entry: { action: AuditAction; targetType: string; targetId: string; before?: unknown; after?: unknown },
): Promise<void> {
  await tx.insert(auditEvents).values({
    workspaceId: actor.workspaceId,
    actorUserId: actor.userId,
    actorTokenId: actor.tokenId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    before: snapshot(entry.before),
    after: snapshot(entry.after),
    requestId: actor.requestId,
  });
}
