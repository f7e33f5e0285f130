import { integer, timestamp, uuid } from "drizzle-orm/pg-core";

/** Creation time, set by the database. */
export const createdAt = () =>
  timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();
/** Optimistic-concurrency counter: an update must name the version it read. */
export const version = () => integer("version").notNull().default(1);
export const id = () => uuid("id").notNull();
