// Used by packages/core/bench/reliability-scale.ts (loaded by path, so core does not depend on the
// API): the baseline a snapshot is measured against, one sequential scan of the assertions table
// streamed to the client.
import { openDatabase } from "@kroscek/db";
import { sql } from "drizzle-orm";

const FETCH = 10_000;

/**
 * Streams every assertion's ledger columns (`select … from assertions`, a sequential scan) through
 * a server-side cursor, FETCH rows at a time, and counts them: the cost of reading the table once.
 */
export async function scanAssertions(url: string, workspaceId: string) {
  const handle = await openDatabase({ url, maxConnections: 1 });
  try {
    const t0 = performance.now();
    let rows = 0;
    let bytes = 0;
    await handle.db.transaction(async (tx) => {
      await tx.execute(
        sql`declare ledger_scan no scroll cursor for
              select id, article_id, claim_id, stance, attribution_kind
                from assertions where workspace_id = ${workspaceId}`,
      );
      for (;;) {
        const page = (await tx.execute(sql.raw(`fetch ${FETCH} from ledger_scan`))) as unknown as Array<
          Record<string, string>
        >;
        for (const r of page) bytes += (r.id?.length ?? 0) + (r.claim_id?.length ?? 0);
        rows += page.length;
        if (page.length < FETCH) break;
      }
      await tx.execute(sql`close ledger_scan`);
    });
    return { rows, bytes, ms: performance.now() - t0 };
  } finally {
    await handle.close();
  }
}
