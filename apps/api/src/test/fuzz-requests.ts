import fc from "fast-check";

/** The parts of an OpenAPI 3.1 schema the generator reads. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  maxLength?: number;
  maximum?: number;
}

export interface Operation {
  method: string;
  path: string;
  parameters: Array<{ name: string; in: "path" | "query"; schema: JsonSchema }>;
  body: { type: string; schema: JsonSchema } | null;
}

export interface FuzzRequest {
  op: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** Ids that exist in the fuzzed workspace, so some requests get past the lookups. */
export interface FuzzPool {
  slug: string;
  ids: string[];
  tokens: { admin: string; viewer: string };
}

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64url");
const HUGE_TEXT = "x".repeat(100_000);

/** Values that break naive handlers: NUL, lone surrogates, out-of-range numbers, wrong types. */
const NASTY = fc.constantFrom<unknown>(
  null,
  true,
  0,
  -1,
  2_147_483_648,
  -2_147_483_649,
  9_007_199_254_740_992,
  1e21,
  1e308,
  -1e308,
  0.5,
  "",
  " ",
  "\u0000",
  "demo\u0000",
  "a\ud800b",
  "\udfff",
  "😀\ud83d",
  "'; drop table articles; --",
  "javascript:alert(1)",
  HUGE_TEXT,
  [],
  {},
  [["\u0000"]],
  { "\u0000": "\ud800" },
);

const NASTY_STRING = fc.constantFrom(
  "\u0000",
  "x\u0000y",
  "\ud800",
  "a\udc00",
  "%00",
  "2147483648",
  "-1",
  "1e400",
  "NaN",
  "true",
  "",
  "-".repeat(36),
  "00000000-0000-0000-0000-00000000000g",
  "Z".repeat(5000),
);

const BAD_CURSORS = fc.constantFrom(
  "bm9wZQ",
  b64("-".repeat(36)),
  b64("ffffffff-ffff-ffff-ffff-fffffffffff\u0000"),
  b64("99999999999999999999"),
  b64("123456789012345"),
  b64("1e3"),
  b64("\ud800"),
  "!!!",
  "\u0000",
  b64(crypto.randomUUID()),
);

function stringArb(schema: JsonSchema, pool: FuzzPool): fc.Arbitrary<unknown> {
  switch (schema.format) {
    case "uuid":
      return fc.oneof(fc.constantFrom(...pool.ids), fc.uuid(), NASTY_STRING);
    case "date-time":
      return fc.oneof(
        fc
          .date({ min: new Date(-1e14), max: new Date(1e14), noInvalidDate: true })
          .map((d) => d.toISOString()),
        fc.constantFrom("2024-01-16T00:00:00+07:00", "2024-13-45T99:99:99Z", "275760-09-13T00:00:00.000Z"),
      );
    case "date":
      return fc.constantFrom("2024-01-16", "0000-01-01", "9999-12-31", "2024-02-30", "+275760-09-13");
    case "uri":
      return fc.constantFrom(
        "https://example.org/a",
        "http://x/\u0000",
        "javascript:alert(1)",
        "data:,x",
        "ftp://x",
      );
    case "email":
      return fc.constantFrom(
        "admin@fuzz.test",
        "nobody@example.org",
        "a\u0000@b.c",
        `${"a".repeat(300)}@b.c`,
      );
    default:
      break;
  }
  const limit = schema.maxLength ?? 300;
  return fc.oneof(
    fc.string({ maxLength: 20, unit: "binary" }),
    fc.string({ maxLength: 20, unit: "grapheme" }),
    fc.constantFrom("Putin", "Moskow", "Selasa (16/1/2024)", "id", "en", "news", "Asia/Jakarta", "Q7747"),
    fc.constant("y".repeat(Math.min(limit + 1, 200_001))),
  );
}

function numberArb(schema: JsonSchema): fc.Arbitrary<unknown> {
  const edge = fc.constantFrom(0, 1, 2, 50, 2_147_483_647, 2_147_483_648, 1e15, 1e16, -1, 1e308, 0.5, -0.0);
  const base = schema.type === "integer" ? fc.integer() : fc.double({ noNaN: true, noDefaultInfinity: true });
  return fc.oneof(edge, base);
}

/** Values shaped by the schema (mostly valid, sometimes not), with nasty leaves mixed in. */
export function valueArb(schema: JsonSchema, pool: FuzzPool, depth = 0): fc.Arbitrary<unknown> {
  const shaped = shapedArb(schema, pool, depth);
  return fc.oneof({ weight: 4, arbitrary: shaped }, { weight: 1, arbitrary: NASTY });
}

function shapedArb(schema: JsonSchema, pool: FuzzPool, depth: number): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return fc.oneof(...variants.map((v) => shapedArb(v, pool, depth)));
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const type = types.find((t) => t !== "null");
  const nullable = types.includes("null");
  let arb: fc.Arbitrary<unknown>;
  if (type === "object" || schema.properties) {
    const props = schema.properties ?? {};
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [k, v] of Object.entries(props)) model[k] = depth > 4 ? NASTY : valueArb(v, pool, depth + 1);
    arb = fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => k in props) });
  } else if (type === "array") {
    arb = fc.array(depth > 4 ? NASTY : valueArb(schema.items ?? {}, pool, depth + 1), { maxLength: 4 });
  } else if (type === "string") {
    arb = stringArb(schema, pool);
  } else if (type === "integer" || type === "number") {
    arb = numberArb(schema);
  } else if (type === "boolean") {
    arb = fc.boolean();
  } else {
    arb = NASTY;
  }
  return nullable ? fc.oneof(arb, fc.constant(null)) : arb;
}

function queryValue(name: string, schema: JsonSchema, pool: FuzzPool): fc.Arbitrary<string> {
  if (name === "cursor") return fc.oneof(BAD_CURSORS, NASTY_STRING);
  return fc.oneof(
    {
      weight: 3,
      arbitrary: shapedArb(schema, pool, 0).map((v) => (typeof v === "string" ? v : JSON.stringify(v))),
    },
    { weight: 1, arbitrary: NASTY_STRING },
  );
}

function pathValue(name: string, pool: FuzzPool): fc.Arbitrary<string> {
  if (name === "workspace")
    return fc.oneof(
      { weight: 6, arbitrary: fc.constant(pool.slug) },
      {
        weight: 1,
        arbitrary: fc.constantFrom("demo\u0000", "\ud800", "A".repeat(300), "nope", "UPPER", "..", "%"),
      },
    );
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...pool.ids) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: NASTY_STRING },
  );
}

/** Encodes a path segment; a lone surrogate cannot be percent-encoded, so its UTF-8 bytes are faked. */
function segment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return "%ED%A0%80";
  }
}

function queryString(pairs: Array<[string, string]>): string {
  if (pairs.length === 0) return "";
  return `?${pairs.map(([k, v]) => `${k}=${segment(v)}`).join("&")}`;
}

const ndjsonLine = (pool: FuzzPool) =>
  fc.oneof(
    valueArb(
      {
        type: "object",
        properties: {
          outlet: { type: "string" },
          body: { type: "string" },
          url: { type: "string", format: "uri" },
          title: { type: "string" },
          publishedAt: { type: "string", format: "date-time" },
          timeZone: { type: "string" },
          outletId: { type: "string", format: "uuid" },
        },
        required: ["body"],
      },
      pool,
    ).map((v) => JSON.stringify(v)),
    fc.constantFrom("{", '{"body":"a\\u0000b","outlet":"X"}', '{"body":"\\ud800"}', "\u0000", "[]", "null"),
  );

type Mode = "normal" | "wrong-type" | "malformed" | "huge" | "no-auth" | "viewer";
const MODES = fc.constantFrom<Mode>(
  "normal",
  "normal",
  "normal",
  "normal",
  "normal",
  "normal",
  "wrong-type",
  "malformed",
  "no-auth",
  "viewer",
  "huge",
);

/** Requests for one operation: its declared parameters and body, filled in adversarially. */
export function requestArb(op: Operation, pool: FuzzPool): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.parameters.filter((p) => p.in === "path");
  const queryParams = op.parameters.filter((p) => p.in === "query");
  const path = fc.tuple(...pathParams.map((p) => pathValue(p.name, pool)));
  const query = fc.tuple(
    ...queryParams.map((p) => fc.option(queryValue(p.name, p.schema, pool), { nil: undefined, freq: 2 })),
  );
  const body: fc.Arbitrary<string | undefined> = !op.body
    ? fc.constant(undefined)
    : op.body.type.includes("ndjson")
      ? fc.array(ndjsonLine(pool), { minLength: 1, maxLength: 4 }).map((lines) => lines.join("\n"))
      : (() => {
          const schema = op.body.schema;
          return valueArb(schema, pool).map((v) => JSON.stringify(v));
        })();
  return fc.record({ path, query, body, mode: MODES }).map(({ path: values, query: qs, body: b, mode }) => {
    let url = op.path;
    pathParams.forEach((p, i) => {
      url = url.replace(`{${p.name}}`, segment(values[i] ?? ""));
    });
    const pairs: Array<[string, string]> = [];
    queryParams.forEach((p, i) => {
      const v = qs[i];
      if (v !== undefined) pairs.push([p.name, v]);
    });
    url += queryString(pairs);
    const headers: Record<string, string> = {};
    if (mode !== "no-auth")
      headers.authorization = `Bearer ${mode === "viewer" ? pool.tokens.viewer : pool.tokens.admin}`;
    let payload = b;
    const declared = op.body?.type ?? "application/json";
    if (op.method !== "GET" && op.method !== "DELETE") {
      headers["content-type"] = declared;
      if (mode === "wrong-type") headers["content-type"] = "text/plain";
      if (mode === "malformed") payload = '{"unterminated": "\u0000';
      // Past the JSON limit (2 MiB) and, for NDJSON, past the 20 MiB import limit.
      if (mode === "huge")
        payload = `{"body":"${"z".repeat(declared.includes("ndjson") ? 21 * 1024 * 1024 : 3 * 1024 * 1024)}"}`;
    }
    return {
      op: `${op.method} ${op.path}`,
      method: op.method,
      url,
      headers,
      ...(payload === undefined || op.method === "GET" || op.method === "DELETE" ? {} : { body: payload }),
    };
  });
}
