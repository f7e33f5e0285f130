import type { ErrorCode, ErrorEnvelope } from "@kroscek/schema";
import { env } from "@/config/env";
import type { paths } from "./api-schema.gen";

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

type Method = "get" | "put" | "post" | "patch" | "delete";
type QueryValue = string | number | boolean | null | undefined;

/** The document's operation paths (templates such as `/api/v1/workspaces/{workspace}`) answering `M`. */
export type ApiPath<M extends Method> = {
  [P in keyof paths]: [NonNullable<paths[P][M]>] extends [never] ? never : P;
}[keyof paths];

type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type ParamsOf<O> = O extends { parameters: infer X } ? X : never;

type PathPart<O> = ParamsOf<O> extends { path: infer X } ? { path: X } : { path?: undefined };
/** Query parameters; `null`, `undefined` and "" are left out of the URL. */
type QueryPart<O> =
  ParamsOf<O> extends { query: infer X }
    ? { query: { [K in keyof X]: X[K] | null } }
    : ParamsOf<O> extends { query?: infer X }
      ? [NonNullable<X>] extends [never]
        ? { query?: undefined }
        : { query?: { [K in keyof NonNullable<X>]?: NonNullable<X>[K] | null } }
      : { query?: undefined };
type JsonBody<R> = R extends { content: { "application/json": infer B } } ? B : never;
type BodyPart<O> = O extends { requestBody: infer R }
  ? { body: JsonBody<R> }
  : O extends { requestBody?: infer R }
    ? [NonNullable<R>] extends [never]
      ? { body?: undefined }
      : { body?: JsonBody<NonNullable<R>> }
    : { body?: undefined };

/** What a call to `method path` takes: its path parameters, query and JSON body, as documented. */
export type ApiInit<P extends keyof paths, M extends Method> = PathPart<Operation<P, M>> &
  QueryPart<Operation<P, M>> &
  BodyPart<Operation<P, M>> & { signal?: AbortSignal };

type Success = 200 | 201 | 202 | 204;
type Answer<R> = R extends { content: { "application/json": infer J } } ? J : null;
/** The JSON a successful `method path` answers (`null` for 204 No Content). */
export type ApiResponse<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { responses: infer R }
    ? { [C in Extract<keyof R, Success>]: Answer<R[C]> }[Extract<keyof R, Success>]
    : never;

/** The optional init argument becomes required when the operation has path parameters or a body. */
type InitArgs<P extends keyof paths, M extends Method> =
  Record<string, never> extends Omit<ApiInit<P, M>, "signal">
    ? [init?: ApiInit<P, M>]
    : [init: ApiInit<P, M>];

interface LooseInit {
  path?: Record<string, string | number> | undefined;
  query?: Record<string, QueryValue> | undefined;
  body?: unknown;
  signal?: AbortSignal | undefined;
}

/** Fills a path template's `{name}` segments (escaped) and appends the query string. */
function buildUrl(template: string, init: LooseInit = {}): string {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = init.path?.[name];
    if (value === undefined) throw new Error(`${template}: no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(init.query ?? {})) {
    if (v !== undefined && v !== null && v !== "") params.set(k, String(v));
  }
  const qs = params.toString();
  return `${env.apiBase}${path}${qs ? `?${qs}` : ""}`;
}

/** The URL of a documented GET (for links the browser opens itself, such as a printable report). */
export function apiUrl<P extends ApiPath<"get">>(path: P, ...[init]: InitArgs<P, "get">): string {
  return buildUrl(path, init as LooseInit);
}

function isEnvelope(value: unknown): value is ErrorEnvelope {
  return typeof value === "object" && value !== null && "error" in value;
}

/** Calls the API with the session cookie; resolves the parsed JSON body or throws ApiError. */
async function request(method: Method, path: string, options: LooseInit = {}): Promise<unknown> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (method !== "get" && csrfToken) headers["x-csrf-token"] = csrfToken;
  let res: Response;
  try {
    res = await fetch(buildUrl(path, options), {
      method: method.toUpperCase(),
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
  return parsed;
}

/** Fetches a non-JSON resource (an export) as a Blob, with the same error handling. */
export async function apiBlob<P extends ApiPath<"get">>(
  path: P,
  ...[init]: InitArgs<P, "get">
): Promise<Blob> {
  const res = await fetch(buildUrl(path, init as LooseInit), {
    credentials: "same-origin",
    signal: init?.signal,
  });
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

const call =
  <M extends Method>(method: M) =>
  <P extends ApiPath<M>>(path: P, ...[init]: InitArgs<P, M>): Promise<ApiResponse<P, M>> =>
    request(method, path, init as LooseInit) as Promise<ApiResponse<P, M>>;

/**
 * The API, typed by its OpenAPI document (`paths`, generated into api-schema.gen.ts): each call names
 * a documented path template and takes that operation's path parameters, query and body.
 */
export const api = {
  get: call("get"),
  post: call("post"),
  put: call("put"),
  patch: call("patch"),
  delete: call("delete"),
};
