import type { Role } from "@kroscek/schema";

/** Who performs a write: a signed-in user, an API token, or the system (CLI, demo loader). */
export interface Actor {
  workspaceId: string;
  role: Role;
  userId: string | null;
  tokenId: string | null;
  requestId: string | null;
}

export const systemActor = (workspaceId: string): Actor => ({
  workspaceId,
  role: "admin",
  userId: null,
  tokenId: null,
  requestId: null,
});
