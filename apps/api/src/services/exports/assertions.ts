// assertions.csv and annotations.jsonld: one row / one W3C Web Annotation per assertion, read in
// keyset pages so memory stays flat however large the ledger is.

import type { Db } from "@kroscek/db";
import { articles, assertions, claims, events, outlets } from "@kroscek/schema/tables";
import { and, asc, eq, gt } from "drizzle-orm";
import { articleOfAssertion, claimOfAssertion, eventOfClaim, outletOfArticle } from "../joins";
import { csvRow } from "./csv";

async function* assertionRows(db: Db, workspaceId: string, pageSize = 1000) {
  let after: string | null = null;
  for (;;) {
    const page = await db
      .select({
        id: assertions.id,
        outletId: outlets.id,
        outlet: outlets.name,
        articleId: articles.id,
        url: articles.url,
        title: articles.title,
        publishedAt: articles.publishedAt,
        eventId: events.id,
        event: events.title,
        claimId: claims.id,
        slot: claims.slot,
        summary: claims.summary,
        stance: assertions.stance,
        exact: assertions.quoteExact,
        prefix: assertions.quotePrefix,
        suffix: assertions.quoteSuffix,
        start: assertions.positionStart,
        end: assertions.positionEnd,
        attributionKind: assertions.attributionKind,
        attributionText: assertions.attributionText,
        createdAt: assertions.createdAt,
      })
      .from(assertions)
      .innerJoin(articles, articleOfAssertion)
      .innerJoin(outlets, outletOfArticle)
      .innerJoin(claims, claimOfAssertion)
      .innerJoin(events, eventOfClaim)
      .where(and(eq(assertions.workspaceId, workspaceId), after ? gt(assertions.id, after) : undefined))
      .orderBy(asc(assertions.id))
      .limit(pageSize);
    yield* page;
    if (page.length < pageSize) return;
    after = page[page.length - 1]?.id ?? null;
  }
}

export const ASSERTION_COLUMNS = [
  "assertion_id",
  "outlet_id",
  "outlet",
  "article_id",
  "article_url",
  "article_title",
  "published_at",
  "event_id",
  "event",
  "slot",
  "claim_id",
  "claim_summary",
  "stance",
  "quote",
  "attribution_kind",
  "attribution_text",
] as const;

export async function* assertionsCsv(db: Db, workspaceId: string): AsyncGenerator<string> {
  yield csvRow(ASSERTION_COLUMNS);
  for await (const r of assertionRows(db, workspaceId)) {
    yield csvRow([
      r.id,
      r.outletId,
      r.outlet,
      r.articleId,
      r.url,
      r.title,
      r.publishedAt?.toISOString() ?? null,
      r.eventId,
      r.event,
      r.slot,
      r.claimId,
      r.summary,
      r.stance,
      r.exact,
      r.attributionKind,
      r.attributionText,
    ]);
  }
}

/** An article without a URL is still a target: a URN naming the article in this workspace. */
export const articleUrn = (id: string) => `urn:kroscek:article:${id}`;

/**
 * W3C Web Annotation Data Model: an AnnotationCollection whose one page lists every assertion.
 * Motivation `assessing` (the annotator judges what the text claims); the bodies tag the stance and
 * describe the claim; the target carries both selectors (positions in Unicode code points, as the
 * model defines them) so a consumer can re-anchor the quote even if offsets drift.
 */
export async function* annotationsJsonld(db: Db, workspaceId: string): AsyncGenerator<string> {
  yield JSON.stringify({
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `urn:kroscek:workspace:${workspaceId}:assertions`,
    type: "AnnotationCollection",
    label: "Kroscek assertions",
  }).slice(0, -1);
  yield ',"first":{"type":"AnnotationPage","items":[';
  let first = true;
  for await (const r of assertionRows(db, workspaceId)) {
    const annotation = {
      id: `urn:kroscek:assertion:${r.id}`,
      type: "Annotation",
      motivation: "assessing",
      created: r.createdAt.toISOString(),
      body: [
        { type: "TextualBody", purpose: "tagging", value: r.stance },
        { type: "TextualBody", purpose: "describing", value: r.summary, format: "text/plain" },
        {
          type: "TextualBody",
          purpose: "commenting",
          value: `attribution: ${r.attributionKind}${r.attributionText ? ` (${r.attributionText})` : ""}`,
        },
      ],
      target: {
        source: r.url ?? articleUrn(r.articleId),
        selector: [
          { type: "TextQuoteSelector", exact: r.exact, prefix: r.prefix, suffix: r.suffix },
          { type: "TextPositionSelector", start: r.start, end: r.end },
        ],
      },
    };
    yield `${first ? "\n" : ",\n"}${JSON.stringify(annotation)}`;
    first = false;
  }
  yield "\n]}}\n";
}
