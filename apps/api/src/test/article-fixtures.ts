import { type Article, ArticleImportResultSchema, ErrorEnvelopeSchema } from "@kroscek/schema";
import type { TestServer } from "./harness";
import type { SeededWorkspace } from "./seed";

/** Test helpers shared by the articles, search and audit route tests. */
export const articlesPath = (ws: SeededWorkspace, rest = "") =>
  `/api/v1/workspaces/${ws.slug}/articles${rest}`;

/** Archives an article through the API and returns it (created or the stored duplicate). */
export async function postArticle(
  s: TestServer,
  ws: SeededWorkspace,
  input: Record<string, unknown>,
  token = ws.tokens.factchecker,
): Promise<Article> {
  const res = await s.json("POST", articlesPath(ws), token, input);
  if (res.status !== 201 && res.status !== 200)
    throw new Error(`POST articles answered ${res.status}: ${JSON.stringify(res.body)}`);
  return ArticleImportResultSchema.parse(res.body).article;
}

/** Sends an NDJSON body to the bulk import. */
export function postNdjson(
  s: TestServer,
  ws: SeededWorkspace,
  body: string | ReadableStream<Uint8Array>,
  token = ws.tokens.factchecker,
  contentType = "application/x-ndjson",
) {
  return s.fetch(articlesPath(ws, "/bulk"), {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": contentType },
    body,
    // Needed by Node's fetch when the body is a stream.
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
}

/** The field paths of a 422 answer. */
export function issuePaths(body: unknown): string[] {
  const details = ErrorEnvelopeSchema.parse(body).error.details as { issues?: Array<{ path: string }> };
  return (details.issues ?? []).map((i) => i.path);
}
