import { bigint, integer, pgTable, text } from "drizzle-orm/pg-core";

/**
 * Failed password attempts, shared by every server process on one PostgreSQL database: per
 * (account, address) pair the failure count and the last failure (exponential back-off), per
 * address the times of its recent failures (a ceiling over a sliding window). Times are epoch
 * milliseconds. Not workspace data: keys are derived from sign-in attempts, before any account.
 */
export const passwordFailures = pgTable("password_failures", {
  /** `pair\n<account>\n<address>` or `address\n<address>`. */
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  lastMs: bigint("last_ms", { mode: "number" }).notNull(),
  /** For address keys: the most recent failure times, oldest first, at most the ceiling's length. */
  timesMs: bigint("times_ms", { mode: "number" }).array().notNull().default([]),
});
