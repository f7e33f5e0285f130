import type { Db } from "@kroscek/db";
import { and, eq } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { ApiError, notFound } from "../lib/api-error";

type VersionedTable = PgTable & { workspaceId: PgColumn; id: PgColumn; version: PgColumn };

/**
 * Called when a versioned update matched no row: 404 if the row does not exist in the workspace,
 * else 409 with the current version, so the client can reload instead of overwriting.
 */
export async function failStaleOrMissing(
  tx: Db,
  table: VersionedTable,
  workspaceId: string,
  id: string,
  what: string,
  sentVersion: number,
): Promise<never> {
  const rows = (await tx
    .select({ version: table.version })
    .from(table as PgTable)
    .where(and(eq(table.workspaceId, workspaceId), eq(table.id, id)))) as Array<{ version: number }>;
  const current = rows[0];
  if (!current) throw notFound(what);
  throw new ApiError(
    "conflict",
    `${what} was changed by someone else (you sent version ${sentVersion}, current is ${current.version}); reload and retry`,
    { currentVersion: current.version },
  );
}
