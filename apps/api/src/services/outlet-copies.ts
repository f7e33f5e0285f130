// The copy groups an outlet's articles belong to (near-identical texts, see detection/copies.ts),
// each with all its members: the outlet page shows whom the outlet copies and who copies it.

import type { Db } from "@kroscek/db";
import type { OutletCopyGroup } from "@kroscek/schema";
import { articles, outlets } from "@kroscek/schema/tables";
import { and, asc, eq, gt, inArray, isNotNull } from "drizzle-orm";
import { pageFrom } from "../lib/pagination";
import { isoOrNull } from "../lib/serialize";
import { outletOfArticle } from "./joins";
import { requireOutlet } from "./outlet-store";

/** Keyset pages of copy groups by group id; a group lists its members oldest first. */
export async function outletCopyGroups(
  db: Db,
  workspaceId: string,
  outletId: string,
  q: { cursor: string | null; limit: number },
) {
  await requireOutlet(db, workspaceId, outletId);
  const groups = await db
    .selectDistinct({ id: articles.copyGroupId })
    .from(articles)
    .where(
      and(
        eq(articles.workspaceId, workspaceId),
        eq(articles.outletId, outletId),
        isNotNull(articles.copyGroupId),
        q.cursor ? gt(articles.copyGroupId, q.cursor) : undefined,
      ),
    )
    .orderBy(asc(articles.copyGroupId))
    .limit(q.limit + 1);
  const ids = groups.map((g) => g.id).filter((g): g is string => g !== null);
  const members = ids.length
    ? await db
        .select({
          id: articles.id,
          group: articles.copyGroupId,
          title: articles.title,
          outletId: articles.outletId,
          outletName: outlets.name,
          publishedAt: articles.publishedAt,
          wireCredit: articles.wireCredit,
        })
        .from(articles)
        .innerJoin(outlets, outletOfArticle)
        .where(and(eq(articles.workspaceId, workspaceId), inArray(articles.copyGroupId, ids)))
        .orderBy(asc(articles.publishedAt), asc(articles.id))
    : [];
  const byGroup = new Map<string, OutletCopyGroup["articles"]>();
  for (const m of members) {
    if (!m.group) continue;
    const list = byGroup.get(m.group) ?? [];
    list.push({
      id: m.id,
      title: m.title,
      outletId: m.outletId,
      outletName: m.outletName,
      publishedAt: isoOrNull(m.publishedAt),
      wireCredit: m.wireCredit,
    });
    byGroup.set(m.group, list);
  }
  return pageFrom(
    ids.map((id) => ({ id })),
    q.limit,
    (g): OutletCopyGroup => ({ id: g.id, articles: byGroup.get(g.id) ?? [] }),
  );
}
