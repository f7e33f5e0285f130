// Writes the API's OpenAPI document to apps/api/openapi.json and the TypeScript types the web
// client is typed by (`paths`) to apps/web/src/lib/api-schema.gen.ts.
//
//   tsx apps/api/scripts/openapi.ts           regenerate both files
//   tsx apps/api/scripts/openapi.ts --check   fail when the committed types differ from the routes
//   tsx apps/api/scripts/openapi.ts --document FILE   write only the document (for linting)
//
// The document comes from the app itself (the same one served at /api/openapi.json); building it
// touches no table, so an empty in-memory database is enough.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@kroscek/db";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { createApp } from "../src/app";

const apiDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const root = resolve(apiDir, "../..");
export const DOCUMENT_FILE = resolve(apiDir, "openapi.json");
export const TYPES_FILE = resolve(root, "apps/web/src/lib/api-schema.gen.ts");

const HEADER = `// Generated from the API's OpenAPI document by \`pnpm openapi:gen\` (apps/api/scripts/openapi.ts).
// Do not edit: change the route schemas in apps/api and regenerate; CI fails when this file is stale.
`;

/** The OpenAPI document the app serves. */
export async function buildDocument(): Promise<OpenAPI3> {
  const handle = await openDatabase({ dataDir: "memory://" });
  try {
    const app = createApp({ handle });
    const res = await app.request("/api/openapi.json");
    if (!res.ok) throw new Error(`GET /api/openapi.json answered ${res.status}`);
    return (await res.json()) as OpenAPI3;
  } finally {
    await handle.close();
  }
}

/**
 * A copy of the document whose request bodies hold their schema in place of a `$ref`. The types
 * then say what a client may send: openapi-typescript makes a field with a default required in an
 * answer (the server always fills it) and optional only where it reads it as a request body.
 */
function requestBodiesInline(document: OpenAPI3): OpenAPI3 {
  const copy = structuredClone(document) as OpenAPI3 & {
    components?: { schemas?: Record<string, unknown> };
  };
  const schemas = copy.components?.schemas ?? {};
  for (const item of Object.values(copy.paths ?? {}))
    for (const op of Object.values(item ?? {})) {
      const content = (op as { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } })
        ?.requestBody?.content;
      for (const media of Object.values(content ?? {})) {
        const ref = media.schema?.$ref;
        const name = ref?.startsWith("#/components/schemas/")
          ? ref.slice("#/components/schemas/".length)
          : null;
        if (name && schemas[name]) media.schema = structuredClone(schemas[name]) as { $ref?: string };
      }
    }
  return copy;
}

/** The `paths` / `components` / `operations` types for a document. */
export async function renderTypes(document: OpenAPI3): Promise<string> {
  const ast = await openapiTS(requestBodiesInline(document), { alphabetize: true });
  return `${HEADER}\n${astToString(ast)}`;
}

async function main(check: boolean, documentOnly: string | undefined) {
  const document = await buildDocument();
  if (documentOnly) {
    await mkdir(dirname(resolve(documentOnly)), { recursive: true });
    await writeFile(documentOnly, `${JSON.stringify(document, null, 2)}\n`);
    console.log(`wrote ${documentOnly}`);
    return;
  }
  const types = await renderTypes(document);
  const shown = relative(process.cwd(), TYPES_FILE);
  if (check) {
    const committed = await readFile(TYPES_FILE, "utf8").catch(() => "");
    if (committed !== types) {
      console.error(`${shown} does not match the API's routes: run \`pnpm openapi:gen\` and commit it.`);
      process.exit(1);
    }
    console.log(`${shown} matches the API's OpenAPI document.`);
    return;
  }
  await writeFile(DOCUMENT_FILE, `${JSON.stringify(document, null, 2)}\n`);
  await writeFile(TYPES_FILE, types);
  console.log(`wrote ${relative(process.cwd(), DOCUMENT_FILE)} and ${shown}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--document");
  await main(process.argv.includes("--check"), at > 0 ? process.argv[at + 1] : undefined);
}
