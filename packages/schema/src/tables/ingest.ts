import { sql } from "drizzle-orm";
import {
  check,
  customType,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { users, workspaces } from "./accounts";
import { createdAt, id } from "./columns";
import { articles } from "./ledger";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/**
 * The page an article was archived from, byte for byte as the server sent it, so the evidence
 * survives the page changing: where it was asked for, where it ended after redirects, the status,
 * when, and the bytes' sha256.
 */
export const articleArchives = pgTable(
  "article_archives",
  {
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    id: id(),
    articleId: uuid("article_id").notNull(),
    requestedUrl: text("requested_url").notNull(),
    finalUrl: text("final_url").notNull(),
    /** The page's own canonical URL (link rel=canonical, og:url, JSON-LD), else the final URL. */
    canonicalUrl: text("canonical_url").notNull(),
    redirects: jsonb("redirects").$type<string[]>().notNull().default([]),
    httpStatus: integer("http_status").notNull(),
    contentType: text("content_type"),
    /** The charset the bytes were decoded with. */
    charset: text("charset").notNull(),
    html: bytea("html").notNull(),
    htmlSha256: text("html_sha256").notNull(),
    fetchedAt: timestamp("fetched_at", { withTimezone: true, mode: "date" }).notNull(),
    /** The metadata read from the page (JSON-LD, Open Graph, meta), as found. */
    metadata: jsonb("metadata").notNull().default({}),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    unique("article_archives_canonical_key").on(t.workspaceId, t.canonicalUrl),
    foreignKey({
      columns: [t.workspaceId, t.articleId],
      foreignColumns: [articles.workspaceId, articles.id],
    }).onDelete("cascade"),
    foreignKey({ columns: [t.createdBy], foreignColumns: [users.id] }).onDelete("set null"),
    index("article_archives_article_idx").on(t.workspaceId, t.articleId),
    check("article_archives_sha256_format", sql`${t.htmlSha256} ~ '^[0-9a-f]{64}$'`),
    check(
      "article_archives_urls_http",
      sql`${t.finalUrl} ~* '^https?://' and ${t.canonicalUrl} ~* '^https?://'`,
    ),
  ],
);
