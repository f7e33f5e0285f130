import type { Role } from "./enums";

/**
 * What each role may do: the one table every API route consults and the UI reads to hide controls
 * a role cannot use (the API decides). Roles are cumulative (viewer < factchecker < editor < admin)
 * but are spelled out so a reader sees each grant.
 */
export const PERMISSIONS = {
  /** Read everything in the workspace: articles, claims, reports, audit trail. */
  read: ["viewer", "factchecker", "editor", "admin"],
  /** Record outlets, articles, entities, events, claims and assertions. */
  "ledger.write": ["factchecker", "editor", "admin"],
  /** Draft a verdict on a claim. */
  "verdict.draft": ["factchecker", "editor", "admin"],
  /** Publish a verdict. */
  "verdict.publish": ["editor", "admin"],
  /** Un-publish or retract a published verdict: redrafting one takes its rating out of public view. */
  "verdict.retract": ["editor", "admin"],
  /** Confirm or dismiss contradictions and flags. */
  "review.resolve": ["editor", "admin"],
  /** Recompute reliability scores and export them. */
  "reliability.manage": ["editor", "admin"],
  /** Follow, pause and remove feeds whose items are archived as articles. */
  "feeds.manage": ["editor", "admin"],
  /** Manage members and API tokens. */
  "workspace.admin": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether a role holds a permission; no role (not a member, not signed in) holds none. */
export function can(role: Role | undefined, permission: Permission): boolean {
  return role !== undefined && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
