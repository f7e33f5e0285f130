import { sql } from "drizzle-orm";
import { foreignKey, index, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { DEFAULT_TIME_ZONE } from "../time-zone";
import { createdAt, id, version } from "./columns";
import { roleEnum } from "./enums";

/**
 * A newsroom or collaborative project. Its id is the `workspace_id` every other row carries.
 * Archived workspaces are read-only and hidden from lists; they are never deleted with their evidence.
 */
export const workspaces = pgTable("workspaces", {
  id: uuid("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  /** Default language of new articles and of the workspace's reports. */
  language: text("language").notNull().default("id"),
  /** Default time zone for publication dates given without one. */
  timeZone: text("time_zone").notNull().default(DEFAULT_TIME_ZONE),
  /** The publisher named in ClaimReview exports (the workspace's name when unset). */
  publisherName: text("publisher_name"),
  publisherUrl: text("publisher_url"),
  publisherLogoUrl: text("publisher_logo_url"),
  archivedAt: timestamp("archived_at", { withTimezone: true, mode: "date" }),
  createdAt: createdAt(),
  version: version(),
});

/**
 * People who sign in. Accounts are global (one person, many workspaces through memberships); what
 * they may see is always decided by a membership, which is workspace-scoped.
 */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash"),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [unique("users_email_key").on(t.email)],
);

/** Signed-in browser sessions; only the SHA-256 of the cookie value is stored. */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    csrfToken: text("csrf_token").notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const memberships = pgTable(
  "memberships",
  {
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: roleEnum("role").notNull(),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.userId] }), index("memberships_user_idx").on(t.userId)],
);

/** Bearer tokens: scoped to one workspace and a role; only a hash is kept, the token is shown once. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    id: id(),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    prefix: text("prefix").notNull(),
    role: roleEnum("role").notNull(),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true, mode: "date" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    unique("api_tokens_hash_key").on(t.workspaceId, t.tokenHash),
    index("api_tokens_hash_idx").on(t.tokenHash).where(sql`${t.revokedAt} is null`),
    foreignKey({ columns: [t.createdBy], foreignColumns: [users.id] }).onDelete("set null"),
  ],
);

/**
 * One-time links that create the first account on an installation without users. Only the
 * SHA-256 of the token is stored; a used link, or any link once a user exists, is void.
 */
export const setupTokens = pgTable("setup_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  createdAt: createdAt(),
  usedAt: timestamp("used_at", { withTimezone: true, mode: "date" }),
});

/**
 * An invitation to join a workspace with a role, addressed to an e-mail. The person accepts it
 * through its link (creating an account if the e-mail has none) or, signed in, from their list;
 * the inviting admin learns nothing about whether the e-mail already had an account.
 */
export const invitations = pgTable(
  "invitations",
  {
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    id: id(),
    email: text("email").notNull(),
    role: roleEnum("role").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true, mode: "date" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    unique("invitations_token_key").on(t.tokenHash),
    index("invitations_email_idx").on(t.email),
    foreignKey({ columns: [t.createdBy], foreignColumns: [users.id] }).onDelete("set null"),
  ],
);
