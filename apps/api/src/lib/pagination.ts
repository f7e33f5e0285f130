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

/** Splits a `limit + 1` query result into a page and the cursor of the next one. */
export function pageFrom<T extends { id: string }, U>(rows: T[], limit: number, map: (row: T) => U) {
  const more = rows.length > limit;
  const items = (more ? rows.slice(0, limit) : rows).map(map);
  const last = more ? rows[limit - 1] : undefined;
  return { items, nextCursor: last ? encodeCursor(last.id) : null };
}
