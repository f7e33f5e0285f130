/** The PostgreSQL error underneath a drizzle query error, from either driver. */
export interface PgErrorInfo {
  code: string | undefined;
  message: string;
  constraint: string | undefined;
}

/** Unwraps drizzle's "Failed query" wrapper to the server's error (SQLSTATE, message, constraint). */
export function pgErrorOf(error: unknown): PgErrorInfo | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const e = current as {
      code?: unknown;
      message?: unknown;
      constraint?: unknown;
      constraint_name?: unknown;
      cause?: unknown;
    };
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) {
      const constraint = (e.constraint ?? e.constraint_name) as string | undefined;
      return { code: e.code, message: String(e.message ?? ""), constraint };
    }
    current = e.cause;
  }
  return null;
}

export const PG_UNIQUE_VIOLATION = "23505";
export const PG_FOREIGN_KEY_VIOLATION = "23503";
export const PG_CHECK_VIOLATION = "23514";
export const PG_SERIALIZATION_FAILURE = "40001";
export const PG_DEADLOCK_DETECTED = "40P01";

/** A server message with its quoted parts blanked: PostgreSQL quotes the offending input there. */
const redacted = (message: string) => message.replace(/"[^"]*"/g, '"…"').replace(/'[^']*'/g, "'…'");

/**
 * A description of an error that is safe to write to a log: drizzle's query errors carry the
 * statement's parameter values (password hashes, article bodies, tokens) and the server's message
 * quotes the offending value, so only the SQL text, the SQLSTATE, the constraint and the message
 * with its quoted parts blanked are kept.
 */
export function loggableError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const e = current as {
      message?: unknown;
      query?: unknown;
      code?: unknown;
      stack?: unknown;
      cause?: unknown;
    };
    const pg = typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code) ? pgErrorOf(current) : null;
    if (pg) {
      const constraint = pg.constraint ? ` (constraint ${pg.constraint})` : "";
      parts.push(`SQLSTATE ${pg.code}: ${redacted(pg.message)}${constraint}`);
      break;
    }
    if (typeof e.query === "string") parts.push(`failed query (parameters withheld): ${e.query}`);
    else if (current instanceof Error) parts.push(String(e.stack ?? `${current.name}: ${current.message}`));
    else parts.push(String(current));
    current = e.cause;
  }
  return parts.join("\n  caused by: ");
}

/** An error's message for a person (CLI output, a failed job's note), never a query's parameters. */
export function safeMessage(error: unknown): string {
  const pg = pgErrorOf(error);
  if (pg) return `database error ${pg.code}: ${redacted(pg.message)}`;
  const e = error as { message?: unknown; query?: unknown };
  if (typeof e?.query === "string") return "a database query failed";
  return String(e?.message ?? error);
}
