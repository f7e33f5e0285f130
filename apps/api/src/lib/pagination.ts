import { IdSchema } from "@kroscek/schema";
import { ApiError } from "./api-error";

// 400, not 422: a cursor is not a field the client fills in, it is a token it must pass back
// unchanged, so a bad one is a malformed request.
const badCursor = () =>
  new ApiError("bad_request", "Invalid cursor", {
    issues: [{ path: "cursor", message: "not a cursor from this API" }],
  });

/** Cursors are opaque to clients: the last row's sort key, base64url-encoded. */
export function encodeCursor(key: string): string {
  return Buffer.from(key, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | undefined): string | null {
  if (!cursor) return null;
  const key = Buffer.from(cursor, "base64url").toString("utf8");
  // A well-formed uuid, not just its alphabet: the key goes into a uuid comparison.
  if (!IdSchema.safeParse(key).success) throw badCursor();
  return key;
}

/**
 * A cursor over a numeric key: bigint identity ids (the audit trail) or a result offset (ranked
 * search, where no column orders the results).
 */
export function decodeNumericCursor(cursor: string | undefined): number | null {
  if (!cursor) return null;
  const key = Buffer.from(cursor, "base64url").toString("utf8");
  if (!/^\d{1,15}$/.test(key)) throw badCursor();
  return Number(key);
}

/** Splits a `limit + 1` query result into a page and the cursor of the next one. */
export function pageFrom<T extends { id: string | number }, U>(rows: T[], limit: number, map: (row: T) => U) {
  const more = rows.length > limit;
  const items = (more ? rows.slice(0, limit) : rows).map(map);
  const last = more ? rows[limit - 1] : undefined;
  return { items, nextCursor: last ? encodeCursor(String(last.id)) : null };
}
