import { type Db, queryRows } from "@kroscek/db";
import type { SearchHit, SearchPage, SearchQuerySchema } from "@kroscek/schema";
import { type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import { encodeCursor } from "../lib/pagination";

type SearchQuery = z.output<typeof SearchQuerySchema>;

// Text-search configurations by query language; literals from this fixed table only, never input.
const CONFIGS = {
  id: "pg_catalog.indonesian",
  en: "pg_catalog.english",
  simple: "pg_catalog.simple",
} as const;
const cfg = (name: string) => sql.raw(`'${name}'::regconfig`);
// Must repeat the expression of articles_search_idx (migration 0003) for the index to be used.
const articleVector = sql.raw(
  `to_tsvector(kroscek_ts_config(a.language), coalesce(a.title, '') || ' ' || a.body)`,
);
// Control characters that never occur in text mark the matches; they are turned into offsets below.
const START = "\u0002";
const STOP = "\u0003";
// ts_headline drops anything its parser takes for an HTML tag ("<b>"), so '<' is swapped for this
// stand-in on the way in and restored on the way out: the snippet stays the article's own text.
const LT = "\u0004";
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

function articleHits(ws: string, q: string, configs: string[]): SQL[] {
  return configs.map(
    (name) => sql`
      select 'article' as type, a.id, ${cfg(name)} as cfg,
             ts_rank(${articleVector}, websearch_to_tsquery(${cfg(name)}, ${q}), 1) as rank
        from articles a
       where a.workspace_id = ${ws} and kroscek_ts_config(a.language) = ${cfg(name)}
         and ${articleVector} @@ websearch_to_tsquery(${cfg(name)}, ${q})`,
  );
}

function claimHits(ws: string, q: string, configs: string[]): SQL[] {
  return configs.map(
    (name) => sql`
      select 'claim' as type, c.id, ${cfg(name)} as cfg,
             ts_rank(to_tsvector(${cfg(name)}, c.summary), websearch_to_tsquery(${cfg(name)}, ${q}), 1) as rank
        from claims c
       where c.workspace_id = ${ws} and to_tsvector(${cfg(name)}, c.summary) @@ websearch_to_tsquery(${cfg(name)}, ${q})`,
  );
}

interface Row {
  type: "article" | "claim";
  id: string;
  rank: number | string;
  snippet: string | null;
  title: string | null;
  outlet_id: string | null;
  outlet_name: string | null;
  language: string | null;
  published_at: string | Date | null;
  summary: string | null;
  event_id: string | null;
  slot: string | null;
}

/** Turns ts_headline's marked text into plain text plus highlight offsets in code points. */
export function unmark(marked: string): {
  snippet: string;
  highlights: Array<{ start: number; end: number }>;
} {
  const highlights: Array<{ start: number; end: number }> = [];
  let snippet = "";
  let length = 0;
  let start = -1;
  for (const ch of marked.replace(/\s+/g, " ").trim().replaceAll(LT, "<")) {
    if (ch === START) start = length;
    else if (ch === STOP) {
      if (start >= 0 && length > start) highlights.push({ start, end: length });
      start = -1;
    } else {
      snippet += ch;
      length++;
    }
  }
  return { snippet, highlights };
}

const isoOf = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());

function toHit(r: Row): SearchHit {
  const { snippet, highlights } = unmark(r.snippet ?? "");
  const common = { id: r.id, rank: Number(r.rank), snippet, highlights };
  if (r.type === "article") {
    return {
      type: "article",
      ...common,
      title: r.title,
      outletId: r.outlet_id ?? "",
      outletName: r.outlet_name ?? "",
      language: r.language ?? "",
      publishedAt: isoOf(r.published_at),
    };
  }
  return {
    type: "claim",
    ...common,
    summary: r.summary ?? "",
    eventId: r.event_id ?? "",
    slot: r.slot as never,
  };
}

/**
 * Ranked full-text search over the workspace's articles (title and body, stemmed in each
 * article's language) and claim summaries. Ranked results have no stable key, so the cursor is
 * an offset: a page may shift if texts are added between requests.
 */
export async function search(
  db: Db,
  workspaceId: string,
  q: SearchQuery & { offset: number },
): Promise<SearchPage> {
  const configs = q.lang ? [CONFIGS[q.lang]] : [CONFIGS.id, CONFIGS.en, CONFIGS.simple];
  const branches = [
    ...(q.type === "claim" ? [] : articleHits(workspaceId, q.q, configs)),
    // A claim summary may match under both stemmers: keep its best rank, once.
    ...(q.type === "article"
      ? []
      : [
          sql`select distinct on (id) * from (${sql.join(
            claimHits(
              workspaceId,
              q.q,
              configs.filter((c) => c !== CONFIGS.simple),
            ),
            sql` union all `,
          )}) m order by id, rank desc`,
        ]),
  ];
  const rows = await queryRows<Row>(
    db,
    sql`
      with hits as (${sql.join(branches, sql` union all `)}),
      page as (select * from hits order by rank desc, type, id limit ${q.limit + 1} offset ${q.offset})
      select p.type, p.id, p.rank,
             a.title, a.outlet_id, o.name as outlet_name, a.language, a.published_at,
             c.summary, c.event_id, c.slot::text as slot,
             ts_headline(p.cfg,
               translate(case when p.type = 'article' then coalesce(a.title || E'\n', '') || a.body else c.summary end,
                         ${`<${LT}${START}${STOP}`}, ${LT}),
               websearch_to_tsquery(p.cfg, ${q.q}), ${HEADLINE_OPTIONS}) as snippet
        from page p
        left join articles a on p.type = 'article' and a.workspace_id = ${workspaceId} and a.id = p.id
        left join outlets o on o.workspace_id = a.workspace_id and o.id = a.outlet_id
        left join claims c on p.type = 'claim' and c.workspace_id = ${workspaceId} and c.id = p.id
       order by p.rank desc, p.type, p.id`,
  );
  const more = rows.length > q.limit;
  return {
    items: rows.slice(0, q.limit).map(toHit),
    nextCursor: more ? encodeCursor(String(q.offset + q.limit)) : null,
  };
}
