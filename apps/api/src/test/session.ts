import { SessionSchema } from "@kroscek/schema";
import type { TestServer } from "./harness";

export interface BrowserSession {
  cookie: string;
  csrfToken: string;
  /** A JSON request with the session cookie (and the CSRF token on writes), as the UI sends it. */
  json<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
}

export const cookieOf = (res: Response) => res.headers.get("set-cookie")?.split(";")[0] ?? "";

/** Wraps an answer that set the session cookie (sign-in, setup, invitation) as a browser session. */
export async function sessionFrom(s: TestServer, res: Response): Promise<BrowserSession> {
  const cookie = cookieOf(res);
  const { csrfToken = "" } = SessionSchema.parse(await res.json());
  return {
    cookie,
    csrfToken,
    json: async (method, path, body) => {
      const headers: Record<string, string> = { cookie };
      if (method !== "GET") headers["x-csrf-token"] = csrfToken;
      if (body !== undefined) headers["content-type"] = "application/json";
      const r = await s.fetch(path, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await r.text();
      const isJson = (r.headers.get("content-type") ?? "").includes("json");
      return { status: r.status, body: (text && isJson ? JSON.parse(text) : text || null) as never };
    },
  };
}

/** Signs in with e-mail and password; throws unless it succeeds. */
export async function signInSession(s: TestServer, email: string, password: string): Promise<BrowserSession> {
  const res = await s.fetch("/api/v1/auth/sign-in", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${email} answered ${res.status}`);
  return sessionFrom(s, res);
}
