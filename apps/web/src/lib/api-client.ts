import type { ErrorCode, ErrorEnvelope } from "@kroscek/schema";
import { env } from "@/config/env";

/** A failed API call, carrying the server's error envelope so the UI can show message and requestId. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | "network",
    message: string,
    readonly requestId: string | null,
    readonly details?: unknown,
    /** Seconds a 429 asks to wait (its Retry-After header). */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

// The CSRF token lives only in memory: it is re-read from GET /auth/session after a reload.
let csrfToken: string | null = null;

/** Remembers the session's CSRF token; every cookie-authenticated write must echo it. */
export function setCsrfToken(token: string | null | undefined) {
  csrfToken = token ?? null;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== "") params.set(k, String(v));
  }
  const qs = params.toString();
  return `${env.apiBase}${path}${qs ? `?${qs}` : ""}`;
}

function isEnvelope(value: unknown): value is ErrorEnvelope {
  return typeof value === "object" && value !== null && "error" in value;
}

/** Calls the API with the session cookie; resolves the parsed JSON body or throws ApiError. */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  let res: Response;
  try {
    res = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "network", (error as Error).message, null);
  }
  const text = await res.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  if (!res.ok) {
    if (isEnvelope(parsed)) {
      const e = parsed.error;
      const wait = Number(res.headers.get("retry-after"));
      throw new ApiError(
        res.status,
        e.code,
        e.message,
        e.requestId,
        e.details,
        Number.isFinite(wait) && wait > 0 ? wait : null,
      );
    }
    throw new ApiError(res.status, "internal", `HTTP ${res.status}`, res.headers.get("x-request-id"));
  }
  return parsed as T;
}

/** Fetches a non-JSON resource (an export) as a Blob, with the same error handling. */
export async function apiBlob(path: string, query?: Query): Promise<Blob> {
  const res = await fetch(buildUrl(path, query), { credentials: "same-origin" });
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    if (isEnvelope(body)) {
      throw new ApiError(
        res.status,
        body.error.code,
        body.error.message,
        body.error.requestId,
        body.error.details,
      );
    }
    throw new ApiError(res.status, "internal", `HTTP ${res.status}`, res.headers.get("x-request-id"));
  }
  return res.blob();
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) =>
    apiRequest<T>("GET", path, { query, signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>("POST", path, { body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>("PUT", path, { body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>("PATCH", path, { body }),
  delete: <T>(path: string) => apiRequest<T>("DELETE", path),
};

/** `/api/v1/workspaces/{slug}` + rest, with the slug escaped. */
export const wsPath = (workspace: string, rest: string) =>
  `/api/v1/workspaces/${encodeURIComponent(workspace)}${rest}`;
