import { request } from "node:http";
import { ErrorEnvelopeSchema } from "@kroscek/schema";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type FuzzPool,
  type FuzzRequest,
  type JsonSchema,
  type Operation,
  requestArb,
} from "./fuzz-requests";
import { startTestServer, type TestServer } from "./harness";
import { addArticle, addClaim, addEntity, addEvent, jakartaDay, wsPath } from "./ledger-fixtures";
import { seedWorkspace } from "./seed";

const SEED = 20240116;
const MIN_REQUESTS = 2000;

type OpenApiOperation = {
  parameters?: Array<{ name: string; in: string; schema: JsonSchema }>;
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
};

type Components = Record<string, JsonSchema>;

/**
 * The schema with every `$ref` to a component replaced by the component, so the generator sees
 * plain schemas; a component met again inside itself (a recursive value) becomes `{}`.
 */
function resolve(schema: JsonSchema, components: Components, seen: string[] = []): JsonSchema {
  const ref = (schema as { $ref?: string }).$ref;
  if (ref) {
    const name = ref.replace("#/components/schemas/", "");
    const target = components[name];
    if (!target) throw new Error(`Unresolved ${ref}`);
    return seen.includes(name) ? {} : resolve(target, components, [...seen, name]);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "properties") {
      out[key] = Object.fromEntries(
        Object.entries(value as Record<string, JsonSchema>).map(([k, v]) => [
          k,
          resolve(v, components, seen),
        ]),
      );
    } else if (key === "items") {
      out[key] = resolve(value as JsonSchema, components, seen);
    } else if (key === "anyOf" || key === "oneOf" || key === "allOf") {
      out[key] = (value as JsonSchema[]).map((v) => resolve(v, components, seen));
    } else {
      out[key] = value;
    }
  }
  return out as JsonSchema;
}

/** Every operation of the real app's OpenAPI document, its schemas resolved. */
async function operations(s: TestServer): Promise<Operation[]> {
  const doc = (await (await s.fetch("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, OpenApiOperation>>;
    components: { schemas: Components };
  };
  const components = doc.components.schemas;
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const [type, content] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
      ops.push({
        method: method.toUpperCase(),
        path,
        parameters: (op.parameters ?? [])
          .filter((p): p is Operation["parameters"][number] => p.in === "path" || p.in === "query")
          .map((p) => ({ ...p, schema: resolve(p.schema, components) })),
        body: type && content ? { type, schema: resolve(content.schema, components) } : null,
      });
    }
  }
  return ops;
}

/**
 * Sends a request on a connection of its own (node:http, no agent). An answer that comes before
 * the body was read (401, 404, 413, 415) leaves the server draining the rest and closing the
 * connection if that takes long; a pooled keep-alive connection (fetch) would then fail the next,
 * unrelated request with "other side closed", which is transport noise, not an answer.
 */
interface Answer {
  status: number;
  contentType: string;
  text: string;
}

function send(base: string, r: FuzzRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${r.url}`, { method: r.method, headers: r.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: res.headers["content-type"] ?? "",
          text: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    // Writing may fail once the server has answered and closed; the answer is what counts.
    req.on("error", (error) => setTimeout(() => reject(error), 1000));
    req.end(r.body);
  });
}

/** What is wrong with an answer, or null: a 5xx, or an error that is not the envelope. */
function problemWith(res: Answer): string | null {
  const { text } = res;
  if (res.status >= 500) return `${res.status}: ${text.slice(0, 300)}`;
  if (res.status < 400) return null;
  if (!res.contentType.includes("application/json"))
    return `${res.status} is not JSON: ${text.slice(0, 200)}`;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `${res.status} is not valid JSON: ${text.slice(0, 200)}`;
  }
  const parsed = ErrorEnvelopeSchema.safeParse(body);
  if (!parsed.success) return `${res.status} is not the envelope: ${text.slice(0, 200)}`;
  if (!parsed.data.error.requestId) return `${res.status} has no request id`;
  return null;
}

const shorten = (r: FuzzRequest) =>
  `${r.method} ${r.url.slice(0, 200)} [${r.headers["content-type"] ?? "-"}] ${(r.body ?? "").slice(0, 200)}`;

describe("fuzzing every operation of the OpenAPI document", () => {
  let s: TestServer;
  let ops: Operation[];
  let pool: FuzzPool;

  beforeAll(async () => {
    s = await startTestServer({ signInLimit: { attempts: 1000, windowMs: 60_000 } });
    const ws = await seedWorkspace(s.t.db, "fuzz");
    const entity = await addEntity(s, ws, "Vladimir Putin");
    const event = await addEvent(s, ws, { title: "Putin meets Choe", participantIds: [entity.id] });
    const claim = await addClaim(s, ws, event.id, { slot: "date", interval: jakartaDay("2024-01-16") });
    const article = await addArticle(s, ws, {
      outlet: "Republika",
      body: "Putin menerima Choe Son Hui di Moskow, Selasa (16/1/2024).",
      publishedAt: "2024-01-16",
    });
    const assertion = await s.json<{ id: string }>("POST", wsPath(ws, "assertions"), ws.tokens.factchecker, {
      articleId: article.id,
      claimId: claim.id,
      quote: { exact: "Selasa (16/1/2024)" },
    });
    // Suggestion and flag ids too, so accept and review requests reach their handlers.
    const suggestions = await s.json<{ items: Array<{ id: string }> }>(
      "GET",
      wsPath(ws, `articles/${article.id}/suggestions`),
      ws.tokens.viewer,
    );
    const flags = await s.json<{ items: Array<{ id: string }> }>(
      "GET",
      wsPath(ws, "flags"),
      ws.tokens.viewer,
    );
    const more = [...suggestions.body.items.slice(0, 3), ...flags.body.items.slice(0, 2)].map((x) => x.id);
    pool = {
      slug: ws.slug,
      ids: [entity.id, event.id, claim.id, article.id, article.outletId, assertion.body.id, ...more],
      tokens: { admin: ws.tokens.admin, viewer: ws.tokens.viewer },
    };
    ops = await operations(s);
  });
  afterAll(async () => {
    await s?.close();
  });

  it(`answers ${MIN_REQUESTS}+ generated requests (fixed seed) without a 5xx, every error in the envelope`, async () => {
    const perOp = Math.ceil(MIN_REQUESTS / ops.length);
    const problems: string[] = [];
    let sent = 0;
    for (const [i, op] of ops.entries()) {
      const requests = fc.sample(requestArb(op, pool), { seed: SEED + i, numRuns: perOp });
      for (const r of requests) {
        sent++;
        const problem = await send(s.url, r).then(
          problemWith,
          (error: Error) => `no answer: ${error.message} (${String(error.cause)})`,
        );
        if (problem) problems.push(`${problem}\n    ← ${shorten(r)}`);
      }
    }
    expect(ops.length).toBeGreaterThanOrEqual(60);
    expect(pool.ids.length).toBeGreaterThan(6);
    expect(sent).toBeGreaterThanOrEqual(MIN_REQUESTS);
    expect(problems.slice(0, 60)).toEqual([]);
  }, 180_000);
});
