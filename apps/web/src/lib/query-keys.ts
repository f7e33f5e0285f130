/**
 * Query keys shared by every feature, so a write in one feature can invalidate what another shows
 * (recording an assertion refreshes the reader, the event matrix and the review queue).
 */
export const keys = {
  session: ["session"] as const,
  workspace: (ws: string) => ["ws", ws] as const,
  workspaceDetail: (ws: string) => ["ws", ws, "detail"] as const,
  members: (ws: string) => ["ws", ws, "members"] as const,
  invitations: (ws: string) => ["ws", ws, "invitations"] as const,
  myInvitations: ["my-invitations"] as const,
  articles: (ws: string) => ["ws", ws, "articles"] as const,
  outlets: (ws: string) => ["ws", ws, "outlets"] as const,
  assertions: (ws: string) => ["ws", ws, "assertions"] as const,
  flags: (ws: string) => ["ws", ws, "flags"] as const,
  contradictions: (ws: string) => ["ws", ws, "contradictions"] as const,
  events: (ws: string) => ["ws", ws, "events"] as const,
  claims: (ws: string) => ["ws", ws, "claims"] as const,
  entities: (ws: string) => ["ws", ws, "entities"] as const,
  suggestions: (ws: string) => ["ws", ws, "suggestions"] as const,
  audit: (ws: string) => ["ws", ws, "audit"] as const,
  feeds: (ws: string) => ["ws", ws, "feeds"] as const,
  webhooks: (ws: string) => ["ws", ws, "webhooks"] as const,
  jobs: (ws: string) => ["ws", ws, "jobs"] as const,
};
