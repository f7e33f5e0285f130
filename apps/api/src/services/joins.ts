import { articles, assertions, claims, contradictions, events, outlets } from "@kroscek/schema/tables";
import { and, eq, type SQL } from "drizzle-orm";

// Join conditions over composite keys: every workspace-scoped row is keyed by (workspace_id, id)
// and refers to another through both columns, so a join never crosses workspaces.

/** The outlet that published the article. */
export const outletOfArticle = and(
  eq(outlets.workspaceId, articles.workspaceId),
  eq(outlets.id, articles.outletId),
) as SQL;

/** The article an assertion was recorded from. */
export const articleOfAssertion = and(
  eq(articles.workspaceId, assertions.workspaceId),
  eq(articles.id, assertions.articleId),
) as SQL;

/** The claim an assertion asserts. */
export const claimOfAssertion = and(
  eq(claims.workspaceId, assertions.workspaceId),
  eq(claims.id, assertions.claimId),
) as SQL;

/** The event a claim is about. */
export const eventOfClaim = and(
  eq(events.workspaceId, claims.workspaceId),
  eq(events.id, claims.eventId),
) as SQL;

/** The event a contradiction was found in. */
export const eventOfContradiction = and(
  eq(events.workspaceId, contradictions.workspaceId),
  eq(events.id, contradictions.eventId),
) as SQL;
