import { uuid } from "drizzle-orm/pg-core";
import { workspaces } from "./accounts";

/** The owning workspace: every workspace-scoped row has it, and goes with its workspace. */
export const workspaceId = () =>
  uuid("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" });
