import type { ErrorCode } from "@kroscek/schema";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export const STATUS_OF: Record<ErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  workspace_archived: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  rate_limited: 429,
  internal: 500,
};

/** The one error type handlers throw; `onError` turns it into the JSON envelope. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }

  get status(): ContentfulStatusCode {
    return STATUS_OF[this.code];
  }
}

export const notFound = (what: string) => new ApiError("not_found", `${what} not found`);
export const conflict = (message: string, details?: unknown) => new ApiError("conflict", message, details);
