import { sql } from "drizzle-orm";
import {
  check,
  doublePrecision,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { EVENT_SUGGESTION_STATUSES } from "../contracts/event-suggestions";
import { users } from "./accounts";
import { createdAt, id, version } from "./columns";
import { assertions, events } from "./ledger";
import { articleSuggestions } from "./suggestions";
import { workspaceId } from "./workspace-column";

/**
 * The assertions one accepted claim suggestion recorded, one per slot its sentence states: the key
 * (suggestion, slot) is what makes accepting again idempotent. A deleted assertion takes its link
 * with it, so accepting again records that slot anew.
 */
export const suggestionAssertions = pgTable(
  "suggestion_assertions",
  {
    workspaceId: workspaceId(),
    suggestionId: uuid("suggestion_id").notNull(),
    slot: text("slot").notNull(),
    assertionId: uuid("assertion_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.suggestionId, t.slot] }),
    foreignKey({
      columns: [t.workspaceId, t.suggestionId],
      foreignColumns: [articleSuggestions.workspaceId, articleSuggestions.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.workspaceId, t.assertionId],
      foreignColumns: [assertions.workspaceId, assertions.id],
    }).onDelete("cascade"),
    index("suggestion_assertions_assertion_idx").on(t.workspaceId, t.assertionId),
  ],
);

/**
 * Claim suggestions of several articles that probably report one real-world event, recomputed when
 * articles are imported or suggestions refreshed. `key` names the member sentences (article and
 * position), so a recomputed group keeps its id and a dismissed one stays dismissed.
 */
export const eventSuggestions = pgTable(
  "event_suggestions",
  {
    workspaceId: workspaceId(),
    id: id(),
    key: text("key").notNull(),
    status: text("status").notNull().default("open"),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    score: doublePrecision("score").notNull(),
    reasons: jsonb("reasons").notNull().default([]),
    members: jsonb("members").notNull().default([]),
    // The migration narrows this to SET NULL (event_id): workspace_id must stay.
    eventId: uuid("event_id"),
    decidedBy: uuid("decided_by"),
    decidedAt: timestamp("decided_at", { withTimezone: true, mode: "date" }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    unique("event_suggestions_key").on(t.workspaceId, t.key),
    foreignKey({
      columns: [t.workspaceId, t.eventId],
      foreignColumns: [events.workspaceId, events.id],
    }).onDelete("set null"),
    foreignKey({ columns: [t.decidedBy], foreignColumns: [users.id] }).onDelete("set null"),
    index("event_suggestions_status_idx").on(t.workspaceId, t.status, t.score),
    check(
      "event_suggestions_status",
      sql`${t.status} in (${sql.raw(EVENT_SUGGESTION_STATUSES.map((s) => `'${s}'`).join(", "))})`,
    ),
    check("event_suggestions_score", sql`${t.score} >= 0 and ${t.score} <= 1`),
    check("event_suggestions_version", sql`${t.version} >= 1`),
  ],
);

export type EventSuggestionRow = typeof eventSuggestions.$inferSelect;
