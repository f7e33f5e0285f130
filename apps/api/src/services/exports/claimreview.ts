// claimreview.jsonld: schema.org ClaimReview for every PUBLISHED verdict. The claim's appearances
// are the articles asserting it (stance `asserts`), earliest first; `firstAppearance` is the first.
import { isHttpUrl } from "@kroscek/schema";
import {
  articles,
  assertions,
  claims,
  outlets,
  verdictScale,
  verdicts,
  workspaces,
} from "@kroscek/schema/tables";
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Db } from "../audit";
import { ratingBounds } from "../verdict-store";
import { articleUrn } from "./assertions";

const PAGE = 500;

/** A verdict's evidence links that may be passed on: http(s) only. */
function citations(evidence: unknown): string[] {
  if (!Array.isArray(evidence)) return [];
  return evidence
    .map((e: { url?: unknown }) => e?.url)
    .filter((u): u is string => typeof u === "string" && isHttpUrl(u));
}

async function appearancesOf(db: Db, workspaceId: string, claimIds: string[]) {
  const rows = await db
    .select({
      claimId: assertions.claimId,
      articleId: articles.id,
      url: articles.url,
      title: articles.title,
      language: articles.language,
      publishedAt: articles.publishedAt,
      outlet: outlets.name,
      domain: outlets.domain,
    })
    .from(assertions)
    .innerJoin(
      articles,
      and(eq(articles.workspaceId, assertions.workspaceId), eq(articles.id, assertions.articleId)),
    )
    .innerJoin(outlets, and(eq(outlets.workspaceId, articles.workspaceId), eq(outlets.id, articles.outletId)))
    .where(
      and(
        eq(assertions.workspaceId, workspaceId),
        inArray(assertions.claimId, claimIds),
        eq(assertions.stance, "asserts"),
      ),
    )
    .orderBy(asc(assertions.claimId), sql`${articles.publishedAt} asc nulls last`, asc(articles.id));
  const by = new Map<string, typeof rows>();
  for (const r of rows) {
    const list = by.get(r.claimId) ?? [];
    // One appearance per article, even if it asserts the claim twice.
    if (!list.some((x) => x.articleId === r.articleId)) list.push(r);
    by.set(r.claimId, list);
  }
  return by;
}

export async function* claimReviewJsonld(db: Db, workspaceId: string): AsyncGenerator<string> {
  const [ws] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
  const scale = await db.select().from(verdictScale).where(eq(verdictScale.workspaceId, workspaceId));
  const labels = new Map(scale.map((s) => [s.key, s]));
  const { bestRating, worstRating } = ratingBounds(scale);
  // The publisher set in the workspace's settings; its name alone when none is set.
  const author = {
    "@type": "Organization",
    name: ws?.publisherName ?? ws?.name ?? "Kroscek",
    ...(ws?.publisherUrl ? { url: ws.publisherUrl } : {}),
    ...(ws?.publisherLogoUrl ? { logo: { "@type": "ImageObject", url: ws.publisherLogoUrl } } : {}),
  };
  yield '{"@context":"https://schema.org","@graph":[';
  let first = true;
  let after: string | null = null;
  for (;;) {
    const page = await db
      .select({ v: verdicts, summary: claims.summary })
      .from(verdicts)
      .innerJoin(claims, and(eq(claims.workspaceId, verdicts.workspaceId), eq(claims.id, verdicts.claimId)))
      .where(
        and(
          eq(verdicts.workspaceId, workspaceId),
          eq(verdicts.status, "published"),
          after ? gt(verdicts.id, after) : undefined,
        ),
      )
      .orderBy(asc(verdicts.id))
      .limit(PAGE);
    const appearances = page.length
      ? await appearancesOf(
          db,
          workspaceId,
          page.map((p) => p.v.claimId),
        )
      : new Map();
    for (const { v, summary } of page) {
      const list = appearances.get(v.claimId) ?? [];
      const works = list.map((a: (typeof list)[number]) => ({
        "@type": "CreativeWork",
        // A stored URL of another scheme (from before the API checked) is never passed on.
        url: isHttpUrl(a.url) ? a.url : articleUrn(a.articleId),
        ...(a.title ? { headline: a.title } : {}),
        ...(a.publishedAt ? { datePublished: a.publishedAt.toISOString() } : {}),
        inLanguage: a.language,
        publisher: {
          "@type": "Organization",
          name: a.outlet,
          ...(a.domain && isHttpUrl(`https://${a.domain}`) ? { url: `https://${a.domain}` } : {}),
        },
      }));
      const label = labels.get(v.ratingKey);
      // The label in the language of the claim's first appearance (Indonesian or English).
      const lang = (list[0]?.language as string | undefined) ?? "en";
      const inRange = label && label.ratingValue >= worstRating && label.ratingValue <= bestRating;
      const review = {
        "@type": "ClaimReview",
        "@id": `urn:kroscek:verdict:${v.id}`,
        claimReviewed: summary,
        datePublished: v.publishedAt?.toISOString(),
        author,
        reviewBody: v.rationale,
        inLanguage: lang,
        ...(citations(v.evidence).length ? { citation: citations(v.evidence) } : {}),
        itemReviewed: {
          "@type": "Claim",
          ...(works.length ? { appearance: works, firstAppearance: works[0] } : {}),
        },
        reviewRating: {
          "@type": "Rating",
          ...(inRange ? { ratingValue: label.ratingValue, bestRating, worstRating } : {}),
          alternateName: label ? (lang.startsWith("id") ? label.labelId : label.labelEn) : v.ratingKey,
        },
      };
      yield `${first ? "\n" : ",\n"}${JSON.stringify(review)}`;
      first = false;
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]?.v.id ?? null;
  }
  yield "\n]}\n";
}
