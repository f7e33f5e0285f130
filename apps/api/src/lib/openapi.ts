import { getRefId, zodToOpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { type OpenAPIHono, z as openapiZod } from "@hono/zod-openapi";
import * as contracts from "@kroscek/schema";
import { ErrorEnvelopeSchema, pageOf } from "@kroscek/schema";
import { z } from "zod";
import type { AppEnv } from "./context";
import { ERROR_COMPONENTS } from "./define-route";

/** Schema kinds that become named components; strings, numbers and other wrappers stay inline. */
const NAMED_KINDS = new Set(["object", "union", "enum"]);

/** An object, union or enum schema, or one of those with a default (a body that may be omitted). */
function named(schema: z.ZodType): boolean {
  const def = schema._zod.def;
  if (def.type === "default") return named((def as z.core.$ZodDefaultDef).innerType as z.ZodType);
  return NAMED_KINDS.has(def.type);
}

/**
 * Names the contract schemas of `@kroscek/schema` for the OpenAPI document: every exported object,
 * union and enum schema under its export name without `Schema` (`ArticleSchema` is `Article`), and
 * the page of each object (`pageOf(ArticleSchema)` is `ArticlePage`). Query schemas stay inline:
 * they are documented as parameters. The document then holds each once, under
 * `components.schemas`, and refers to it everywhere else.
 */
function nameContractSchemas(): Map<string, z.ZodType> {
  const byName = new Map<string, z.ZodType>();
  for (const [exported, value] of Object.entries(contracts)) {
    if (!(value instanceof z.ZodType) || !exported.endsWith("Schema") || exported.endsWith("QuerySchema"))
      continue;
    if (!named(value)) continue;
    const name = exported.slice(0, -"Schema".length);
    nameSchema(value, name);
    byName.set(name, value);
    if (value instanceof z.ZodObject) {
      nameSchema(pageOf(value), `${name}Page`);
      byName.set(`${name}Page`, pageOf(value));
    }
  }
  return byName;
}

/**
 * Gives the schema instance itself a component name. `.openapi(name)` and `.meta({ id })` would
 * return a named copy, while the routes hold the contract's own instances; so the name goes into
 * the generator's registry, for this instance. A schema that already has a name keeps it.
 */
function nameSchema(schema: z.ZodType, refId: string) {
  if (getRefId(schema)) return;
  const current = zodToOpenAPIRegistry.get(schema);
  zodToOpenAPIRegistry.add(schema, { ...current, _internal: { ...current?._internal, refId } });
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * zod-to-openapi writes a nullable reference to an already generated component as
 * `allOf: [$ref, { type: [..., "null"] }]`, which no null satisfies; this rewrites it as
 * `anyOf: [$ref, { type: "null" }]`, keeping any description beside it.
 */
function fixNullableRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(fixNullableRefs);
  if (node === null || typeof node !== "object") return node;
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(node)) out[k] = fixNullableRefs(v);
  const allOf = out.allOf;
  if (Array.isArray(allOf) && allOf.length === 2) {
    const [target, nullable] = allOf as [Json, Json];
    if (
      target &&
      typeof target === "object" &&
      !Array.isArray(target) &&
      typeof target.$ref === "string" &&
      nullable &&
      typeof nullable === "object" &&
      !Array.isArray(nullable) &&
      Array.isArray(nullable.type) &&
      nullable.type.includes("null")
    ) {
      const { type: _type, ...rest } = nullable;
      delete out.allOf;
      return { ...out, ...rest, anyOf: [target, { type: "null" }] };
    }
  }
  return out;
}

const DOCUMENT: Parameters<OpenAPIHono["getOpenAPI31Document"]>[0] = {
  openapi: "3.1.0",
  info: {
    title: "Kroscek API",
    version: "1",
    description:
      "Archive articles, record which outlet asserts which claim with the exact quote, review contradictions. " +
      "Every failure answers `{ error: { code, message, requestId, details? } }` (`ErrorEnvelope`).",
    license: { name: "UNLICENSED" },
  },
  servers: [{ url: "/", description: "The server that serves this document" }],
};

/**
 * Registers the security schemes, the error envelope and its responses on the app, and serves the
 * OpenAPI 3.1 document at `path`: built once, on the first request, from the declared routes.
 */
export function serveOpenApi(app: OpenAPIHono<AppEnv>, path: string) {
  const byName = nameContractSchemas();
  const registry = app.openAPIRegistry;
  registry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
  registry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "kroscek_session",
  });
  // Referenced only from the error responses, so registered explicitly (over the same shape: the
  // contract schemas were created before zod was extended with `.openapi`).
  registry.register("ErrorEnvelope", openapiZod.object(ErrorEnvelopeSchema.shape));
  for (const [status, [component, description]] of Object.entries(ERROR_COMPONENTS)) {
    registry.registerComponent("responses", component, {
      description,
      content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorEnvelope" } } },
      ...(status === "429"
        ? { headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } } } }
        : {}),
    });
  }
  let document: string | undefined;
  app.get(path, (c) => {
    document ??= JSON.stringify(buildDocument(app, byName));
    return c.body(document, 200, { "Content-Type": "application/json; charset=utf-8" });
  });
}

/**
 * The document, with every component as its contract declares it. zod-to-openapi generates a
 * component where it first meets the schema; met first inside `.nullable()`, the component itself
 * would take the null (and every other use of it too). A component that came out nullable although
 * its contract schema is not is therefore declared up front and the document generated again, so
 * it is generated on its own and the nullable uses refer to it (`anyOf: [$ref, null]`).
 */
function buildDocument(app: OpenAPIHono<AppEnv>, byName: ReadonlyMap<string, z.ZodType>): Json {
  const generate = () => fixNullableRefs(app.getOpenAPI31Document(DOCUMENT) as unknown as Json);
  const first = generate() as { components?: { schemas?: Record<string, { type?: unknown }> } };
  let again = false;
  for (const [name, component] of Object.entries(first.components?.schemas ?? {})) {
    const schema = byName.get(name);
    const nullable = Array.isArray(component.type) && component.type.includes("null");
    if (schema && nullable && !schema.safeParse(null).success) {
      // `register` would call `.openapi`, which the contract schemas (made before zod was
      // extended) lack; the instance is already named, so it is declared as it is.
      (app.openAPIRegistry as unknown as { _definitions: unknown[] })._definitions.unshift({
        type: "schema",
        schema,
      });
      again = true;
    }
  }
  return again ? generate() : (first as Json);
}
