import { sql } from "drizzle-orm";
import {
  boolean,
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
import { users } from "./accounts";
import { createdAt, id, version } from "./columns";
import { articles } from "./ledger";
import { workspaceId } from "./workspace-column";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/**
 * The page an article was archived from, byte for byte as the server sent it, so the evidence
 * survives the page changing: where it was asked for, where it ended after redirects, the status,
 * when, and the bytes' sha256.
 */
export const articleArchives = pgTable(
  "article_archives",
  {
    workspaceId: workspaceId(),
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

/** An address another system listens on for the workspace's events. */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    workspaceId: workspaceId(),
    id: id(),
    url: text("url").notNull(),
    events: jsonb("events").$type<string[]>().notNull(),
    active: boolean("active").notNull().default(true),
    /** Standard Webhooks secret (`whsec_` + base64); shown once, when the endpoint is created. */
    secret: text("secret").notNull(),
    description: text("description"),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.createdBy], foreignColumns: [users.id] }).onDelete("set null"),
    check("webhook_endpoints_url_http", sql`${t.url} ~* '^https?://'`),
  ],
);

/**
 * The outbox and the delivery log in one: a row is written in the transaction of the change it
 * reports, with the job that delivers it, and then records each attempt's outcome.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    workspaceId: workspaceId(),
    /** Also the message's `webhook-id`: the same on every retry, so receivers can de-duplicate. */
    id: id(),
    endpointId: uuid("endpoint_id").notNull(),
    eventType: text("event_type").notNull(),
    payload: jsonb("payload").notNull(),
    status: text("status", { enum: ["pending", "delivered", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastStatusCode: integer("last_status_code"),
    lastLatencyMs: integer("last_latency_ms"),
    lastError: text("last_error"),
    createdAt: createdAt(),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true, mode: "date" }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({
      columns: [t.workspaceId, t.endpointId],
      foreignColumns: [webhookEndpoints.workspaceId, webhookEndpoints.id],
    }).onDelete("cascade"),
    index("webhook_deliveries_endpoint_idx").on(t.workspaceId, t.endpointId, t.createdAt),
  ],
);

/** An RSS or Atom feed the workspace follows: its new items are archived as articles. */
export const feeds = pgTable(
  "feeds",
  {
    workspaceId: workspaceId(),
    id: id(),
    url: text("url").notNull(),
    title: text("title"),
    active: boolean("active").notNull().default(true),
    pollIntervalSeconds: integer("poll_interval_seconds").notNull().default(900),
    /** Validators of the last full answer, sent back as If-None-Match / If-Modified-Since. */
    etag: text("etag"),
    lastModified: text("last_modified"),
    lastPolledAt: timestamp("last_polled_at", { withTimezone: true, mode: "date" }),
    lastResult: text("last_result", { enum: ["ok", "not_modified", "error"] }),
    lastError: text("last_error"),
    /** Polls failed in a row; the next poll waits longer after each. */
    failures: integer("failures").notNull().default(0),
    nextPollAt: timestamp("next_poll_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    unique("feeds_url_key").on(t.workspaceId, t.url),
    foreignKey({ columns: [t.createdBy], foreignColumns: [users.id] }).onDelete("set null"),
    index("feeds_due_idx").on(t.active, t.nextPollAt),
    check("feeds_url_http", sql`${t.url} ~* '^https?://'`),
  ],
);

/** Every item a feed has listed, once: the key (guid, Atom id, else link) is unique per feed. */
export const feedItems = pgTable(
  "feed_items",
  {
    workspaceId: uuid("workspace_id").notNull(),
    feedId: uuid("feed_id").notNull(),
    itemKey: text("item_key").notNull(),
    url: text("url"),
    title: text("title"),
    /** `retrying`: archiving failed for a reason that may pass (timeout, HTTP error) and is tried again. */
    status: text("status", { enum: ["imported", "duplicate", "retrying", "failed"] }).notNull(),
    articleId: uuid("article_id"),
    error: text("error"),
    /** Archiving attempts so far (bounded; retried with back-off). */
    attempts: integer("attempts").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.feedId, t.itemKey] }),
    foreignKey({
      columns: [t.workspaceId, t.feedId],
      foreignColumns: [feeds.workspaceId, feeds.id],
    }).onDelete("cascade"),
  ],
);
