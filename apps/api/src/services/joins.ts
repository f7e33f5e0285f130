import { articles, assertions, claims, contradictions, events, outlets } from "@kroscek/schema/tables";
import { type AnyColumn, and, eq, type SQL } from "drizzle-orm";

// Join conditions over composite keys: every workspace-scoped row is keyed by (workspace_id, id)
// and refers to another through both columns, so a join never crosses workspaces.

/** `target` is the row that (`workspaceId`, `key`) refers to. */
const refersTo = (
  target: { workspaceId: AnyColumn; id: AnyColumn },
  workspaceId: AnyColumn,
  key: AnyColumn,
) => and(eq(target.workspaceId, workspaceId), eq(target.id, key)) as SQL;

/** The outlet that published the article. */
export const outletOfArticle = refersTo(outlets, articles.workspaceId, articles.outletId);
/** The article an assertion was recorded from. */
export const articleOfAssertion = refersTo(articles, assertions.workspaceId, assertions.articleId);
/** The claim an assertion asserts. */
export const claimOfAssertion = refersTo(claims, assertions.workspaceId, assertions.claimId);
/** The event a claim is about. */
export const eventOfClaim = refersTo(events, claims.workspaceId, claims.eventId);
/** The event a contradiction was found in. */
export const eventOfContradiction = refersTo(events, contradictions.workspaceId, contradictions.eventId);
