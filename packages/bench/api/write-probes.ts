// The benchmarks' assertion writes: an existing quote asserted of another claim of the same event,
// so every request is a new assertion with detection to run (the same quote for the same claim is
// refused as a duplicate).
import { type Db, queryRows } from "@kroscek/db";
import { sql } from "drizzle-orm";

export interface CopiedQuote {
  article_id: string;
  claim_id: string;
  quote_exact: string;
  position_start: number;
  position_end: number;
}

/**
 * Up to `limit` copied quotes in a shuffled but fixed order, distinct per (article, claim,
 * position): two quotes at one place asserting two claims of an event would otherwise yield the
 * same new assertion twice, which is refused with 409.
 */
export function copiedQuoteProbes(db: Db, workspaceId: string, limit: number): Promise<CopiedQuote[]> {
  return queryRows<CopiedQuote>(
    db,
    sql`select * from (
        select distinct on (a.article_id, c2.id, a.position_start, a.position_end)
               a.article_id, c2.id as claim_id, a.quote_exact, a.position_start, a.position_end,
               md5(a.id::text || c2.id::text) as shuffle
          from assertions a
          join claims c on c.workspace_id = a.workspace_id and c.id = a.claim_id
          join claims c2 on c2.workspace_id = c.workspace_id and c2.event_id = c.event_id and c2.id <> c.id
         where a.workspace_id = ${workspaceId}::uuid
           and not exists (select 1 from assertions x
                            where x.workspace_id = a.workspace_id and x.article_id = a.article_id
                              and x.claim_id = c2.id)
         order by a.article_id, c2.id, a.position_start, a.position_end) p
         order by shuffle limit ${limit}`,
  );
}

/** The request body asserting a copied quote. */
export const copiedQuoteBody = (p: CopiedQuote) =>
  JSON.stringify({
    articleId: p.article_id,
    claimId: p.claim_id,
    stance: "reports_unconfirmed",
    quote: { exact: p.quote_exact },
    position: { start: p.position_start, end: p.position_end },
    attribution: { kind: "named_person", text: "kata juru bicara" },
  });
