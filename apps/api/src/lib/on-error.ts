import {
  loggableError,
  PG_CHECK_VIOLATION,
  PG_DEADLOCK_DETECTED,
  PG_FOREIGN_KEY_VIOLATION,
  PG_SERIALIZATION_FAILURE,
  PG_UNIQUE_VIOLATION,
  pgErrorOf,
} from "@kroscek/db";
import type { ErrorEnvelope } from "@kroscek/schema";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { ApiError } from "./api-error";
import { logPrefix } from "./request-id";

function envelope(c: Context, error: ApiError) {
  const body: ErrorEnvelope = {
    error: {
      code: error.code,
      message: error.message,
      requestId: c.get("requestId") ?? "",
      ...(error.details === undefined ? {} : { details: error.details }),
    },
  };
  for (const [k, v] of Object.entries(error.headers ?? {})) c.header(k, v);
  return c.json(body, error.status);
}

/**
 * Maps database errors that bad input or a race can still cause onto client errors. Constraint
 * and column names stay out of the answer: they describe the schema, not the request.
 */
function fromDatabase(err: unknown): ApiError | null {
  const pg = pgErrorOf(err);
  if (!pg?.code) return null;
  if (pg.code === PG_UNIQUE_VIOLATION)
    return new ApiError("conflict", "A record with the same key already exists");
  if (pg.code === PG_FOREIGN_KEY_VIOLATION)
    return new ApiError("validation_failed", "A referenced record does not exist in this workspace");
  if (pg.code === PG_CHECK_VIOLATION)
    return new ApiError("validation_failed", "The values break a rule of the data model");
  if (pg.code === PG_SERIALIZATION_FAILURE || pg.code === PG_DEADLOCK_DETECTED)
    return new ApiError("conflict", "A concurrent change got in the way; retry the request");
  // Class 22 (data exception): a value the column cannot hold (out of range, bad encoding, …).
  if (pg.code.startsWith("22"))
    return new ApiError("validation_failed", "A value cannot be stored (out of range or not valid text)");
  // 54000: a value too large for an index or a text-search vector.
  if (pg.code === "54000") return new ApiError("validation_failed", "A value is too large to be stored");
  return null;
}

/** One error handler: every failure leaves as the same envelope, never a stack trace. */
export function onError(err: Error, c: Context) {
  if (err instanceof ApiError) return envelope(c, err);
  if (err instanceof HTTPException) {
    const status = err.status;
    const code =
      status === 413
        ? "payload_too_large"
        : status === 401
          ? "unauthorized"
          : status === 415
            ? "unsupported_media_type"
            : "bad_request";
    const message =
      status === 400 && /JSON/i.test(err.message)
        ? "Malformed JSON in request body"
        : err.message || "Bad request";
    return envelope(c, new ApiError(code, message));
  }
  const mapped = fromDatabase(err);
  if (mapped) return envelope(c, mapped);
  console.error(`${logPrefix(c.get("requestId"), c.get("clientRequestId"))} ${loggableError(err)}`);
  return envelope(
    c,
    new ApiError("internal", "Internal error; the request id identifies it in the server log"),
  );
}

export function onNotFound(c: Context) {
  return envelope(c, new ApiError("not_found", `No route for ${c.req.method} ${c.req.path}`));
}
