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
