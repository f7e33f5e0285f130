import { sql } from "drizzle-orm";
import {
  check,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { SUGGESTION_KINDS, SUGGESTION_STATUSES } from "../contracts/suggestions";
import { users } from "./accounts";
import { createdAt, id } from "./columns";
import { articles, assertions } from "./ledger";
import { workspaceId } from "./workspace-column";

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));

/**
 * What assisted extraction proposes for one article (candidate claims, dates, entity mentions,
 * new entities, attributions, spam tokens, furniture), computed on import and on request, never on
 * read. Positions are code points of the article body, like assertion quotes. Accepting one records
 * an assertion; `assertion_id` keeps the link (cleared if that assertion is deleted).
 */
export const articleSuggestions = pgTable(
  "article_suggestions",
  {
    workspaceId: workspaceId(),
    id: id(),
    articleId: uuid("article_id").notNull(),
    kind: text("kind").notNull(),
    status: text("status").notNull().default("open"),
    positionStart: integer("position_start").notNull(),
    positionEnd: integer("position_end").notNull(),
    quote: text("quote").notNull(),
    confidence: doublePrecision("confidence").notNull(),
    details: jsonb("details").notNull().default({}),
    extractorVersion: text("extractor_version").notNull(),
    assertionId: uuid("assertion_id"),
    acceptedBy: uuid("accepted_by"),
    acceptedAt: timestamp("accepted_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({
      columns: [t.workspaceId, t.articleId],
      foreignColumns: [articles.workspaceId, articles.id],
    }).onDelete("cascade"),
    // The migration narrows this to SET NULL (assertion_id): workspace_id must stay.
    foreignKey({
      columns: [t.workspaceId, t.assertionId],
      foreignColumns: [assertions.workspaceId, assertions.id],
    }).onDelete("set null"),
    foreignKey({ columns: [t.acceptedBy], foreignColumns: [users.id] }).onDelete("set null"),
    index("article_suggestions_article_idx").on(t.workspaceId, t.articleId, t.positionStart),
    check("article_suggestions_kind", sql`${t.kind} in (${inList(SUGGESTION_KINDS)})`),
    check("article_suggestions_status", sql`${t.status} in (${inList(SUGGESTION_STATUSES)})`),
    check(
      "article_suggestions_position",
      sql`${t.positionStart} >= 0 and ${t.positionEnd} > ${t.positionStart} and length(${t.quote}) = ${t.positionEnd} - ${t.positionStart}`,
    ),
    check("article_suggestions_confidence", sql`${t.confidence} >= 0 and ${t.confidence} <= 1`),
  ],
);
