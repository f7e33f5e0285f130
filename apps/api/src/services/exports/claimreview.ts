// claimreview.jsonld: schema.org ClaimReview for every published verdict, following the
// ClaimReview guidelines: the fact-check's url, the publisher as author, the rating's label in the
// workspace's language, the claim in words (≤ 75 characters) and every asserting article as an
// appearance with its own url. A retracted verdict stays in the feed with a correction.
import { fitSentence } from "@kroscek/core";
import type { Db } from "@kroscek/db";
import { isHttpUrl } from "@kroscek/schema";
import { articles, assertions, claims, outlets, verdictScale, workspaces } from "@kroscek/schema/tables";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { loadSentenceWorld, type SentenceLanguage, sentenceOfClaims } from "../claim-sentences";
import { articleOfAssertion, outletOfArticle } from "../joins";
import { type PublishedVerdict, publishedVerdicts } from "../published-verdicts";
import { ratingBounds } from "../verdict-scale";

const PAGE = 500;
const RETRACTED = { id: "Ditarik", en: "Retracted" } as const;

/** A verdict's evidence links that may be passed on: http(s) only. */
function citations(evidence: unknown): string[] {
  if (!Array.isArray(evidence)) return [];
  return evidence
    .map((e: { url?: unknown }) => e?.url)
    .filter((u): u is string => typeof u === "string" && isHttpUrl(u));
}

/** The published fact-check's address: the editor's, else the publisher's site plus the verdict's path. */
export function factCheckUrl(
  v: Pick<PublishedVerdict, "id" | "url">,
  publisherUrl: string | null,
): string | null {
  if (v.url && isHttpUrl(v.url)) return v.url;
  if (!publisherUrl || !isHttpUrl(publisherUrl)) return null;
  const base = publisherUrl.endsWith("/") ? publisherUrl : `${publisherUrl}/`;
  return new URL(`verdicts/${v.id}`, base).toString();
}

/** Articles asserting each claim (stance `asserts`), earliest first; only those with a public url. */
async function appearancesOf(db: Db, workspaceId: string, claimIds: string[]) {
  if (!claimIds.length) return [];
  return db
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
    .innerJoin(articles, articleOfAssertion)
    .innerJoin(outlets, outletOfArticle)
    .where(
      and(
        eq(assertions.workspaceId, workspaceId),
        inArray(assertions.claimId, claimIds),
        eq(assertions.stance, "asserts"),
      ),
    )
    .orderBy(sql`${articles.publishedAt} asc nulls last`, asc(articles.id));
}

type Appearance = Awaited<ReturnType<typeof appearancesOf>>[number];

function creativeWork(a: Appearance & { url: string }) {
  return {
    "@type": "CreativeWork",
    url: a.url,
    ...(a.title ? { headline: a.title } : {}),
    ...(a.publishedAt ? { datePublished: a.publishedAt.toISOString() } : {}),
    inLanguage: a.language,
    publisher: {
      "@type": "Organization",
      name: a.outlet,
      ...(a.domain && isHttpUrl(`https://${a.domain}`) ? { url: `https://${a.domain}` } : {}),
    },
  };
}

export async function* claimReviewJsonld(db: Db, workspaceId: string): AsyncGenerator<string> {
  const [ws] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
  const lang: SentenceLanguage = ws?.language === "en" ? "en" : "id";
  const scale = await db.select().from(verdictScale).where(eq(verdictScale.workspaceId, workspaceId));
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
  let after: string | undefined;
  for (;;) {
    const page = await publishedVerdicts(db, workspaceId, {
      includeRetracted: true,
      limit: PAGE,
      ...(after ? { after } : {}),
    });
    const claimIds = [...new Set(page.flatMap((v) => v.claimIds))];
    const claimRows = claimIds.length
      ? await db
          .select()
          .from(claims)
          .where(and(eq(claims.workspaceId, workspaceId), inArray(claims.id, claimIds)))
      : [];
    const world = await loadSentenceWorld(db, workspaceId, claimRows);
    const appearances = await appearancesOf(db, workspaceId, claimIds);
    for (const v of page) {
      const rated = claimRows.filter((c) => v.claimIds.includes(c.id));
      // One appearance per article with a public url, even if it asserts several rated claims.
      const seen = new Set<string>();
      const works = appearances
        .filter(
          (a): a is Appearance & { url: string } => v.claimIds.includes(a.claimId) && isHttpUrl(a.url ?? ""),
        )
        .filter((a) => !seen.has(a.articleId) && Boolean(seen.add(a.articleId)))
        .map(creativeWork);
      const inRange = v.ratingValue >= worstRating && v.ratingValue <= bestRating;
      const url = factCheckUrl(v, ws?.publisherUrl ?? null);
      const review = {
        "@type": "ClaimReview",
        "@id": url ?? `urn:kroscek:verdict:${v.id}`,
        ...(url ? { url } : {}),
        claimReviewed: fitSentence((o) => sentenceOfClaims(world, rated, lang, o)),
        datePublished: v.publishedAt.toISOString(),
        dateModified: (v.retraction?.at ?? v.modifiedAt).toISOString(),
        author,
        reviewBody: v.rationale,
        inLanguage: lang,
        ...(citations(v.evidence).length ? { citation: citations(v.evidence) } : {}),
        itemReviewed: {
          "@type": "Claim",
          ...(works.length ? { appearance: works, firstAppearance: works[0] } : {}),
        },
        // A retracted verdict no longer rates the claim: its label says so, without a number.
        reviewRating: v.retraction
          ? { "@type": "Rating", alternateName: RETRACTED[lang] }
          : {
              "@type": "Rating",
              ...(inRange ? { ratingValue: v.ratingValue, bestRating, worstRating } : {}),
              alternateName: lang === "id" ? v.labelId : v.labelEn,
            },
        ...(v.retraction
          ? {
              correction: {
                "@type": "CorrectionComment",
                text: v.retraction.reason,
                datePublished: v.retraction.at.toISOString(),
              },
            }
          : {}),
      };
      yield `${first ? "\n" : ",\n"}${JSON.stringify(review)}`;
      first = false;
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]?.id;
  }
  yield "\n]}\n";
}
