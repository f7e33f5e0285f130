import { ApiError } from "./api-error";

/** Cursors are opaque to clients: the last row's sort key, base64url-encoded. */
export function encodeCursor(key: string): string {
  return Buffer.from(key, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | undefined): string | null {
  if (!cursor) return null;
  const key = Buffer.from(cursor, "base64url").toString("utf8");
  if (!/^[0-9a-f-]{36}$/.test(key))
    throw new ApiError("validation_failed", "Invalid cursor", {
      issues: [{ path: "cursor", message: "not a cursor from this API" }],
    });
  return key;
}

/**
 * A cursor over a numeric key: bigint identity ids (the audit trail) or a result offset (ranked
 * search, where no column orders the results).
 */
export function decodeNumericCursor(cursor: string | undefined): number | null {
  if (!cursor) return null;
  const key = Buffer.from(cursor, "base64url").toString("utf8");
  if (!/^\d{1,15}$/.test(key))
    throw new ApiError("validation_failed", "Invalid cursor", {
      issues: [{ path: "cursor", message: "not a cursor from this API" }],
    });
  return Number(key);
}

/** Splits a `limit + 1` query result into a page and the cursor of the next one. */
export function pageFrom<T extends { id: string | number }, U>(rows: T[], limit: number, map: (row: T) => U) {
  const more = rows.length > limit;
  const items = (more ? rows.slice(0, limit) : rows).map(map);
  const last = more ? rows[limit - 1] : undefined;
  return { items, nextCursor: last ? encodeCursor(String(last.id)) : null };
}
