// Validates JSON-LD against the schema.org vocabulary with a real JSON-LD processor: every term
// must expand to a schema.org IRI (nothing dropped), every type must be a schema.org class, every
// property must exist and be allowed on its subject's type, and every value must be in its range.
import { readFileSync } from "node:fs";
import jsonld from "jsonld";

const here = new URL(".", import.meta.url);
const read = (name: string) => JSON.parse(readFileSync(new URL(name, here), "utf8"));
const CONTEXT = read("context.jsonld");
const VOCABULARY = read("vocabulary.jsonld");
const SCHEMA = "http://schema.org/";
const RDFS = "http://www.w3.org/2000/01/rdf-schema#";
const DATATYPES = new Set(["Text", "URL", "Number", "Date", "DateTime"].map((t) => SCHEMA + t));

/** Serves the shipped context for every address schema.org's context is published at. */
const documentLoader = async (url: string) => {
  if (/^https?:\/\/schema\.org\/?(docs\/jsonldcontext\.json(ld)?)?$/.test(url))
    return { contextUrl: undefined, documentUrl: url, document: CONTEXT };
  throw new Error(`no network in tests: ${url}`);
};

type Node = Record<string, unknown>;
const ids = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((x) => (x as { "@id": string })["@id"]);

interface Vocabulary {
  classes: Map<string, string[]>;
  properties: Map<string, { domain: string[]; range: string[] }>;
}

async function vocabulary(): Promise<Vocabulary> {
  const nodes = (await jsonld.expand(VOCABULARY)) as Node[];
  const classes = new Map<string, string[]>();
  const properties = new Map<string, { domain: string[]; range: string[] }>();
  for (const n of nodes) {
    const types = (n["@type"] as string[] | undefined) ?? [];
    const id = n["@id"] as string;
    if (types.includes(`${RDFS}Class`)) classes.set(id, ids(n[`${RDFS}subClassOf`]));
    if (types.includes("http://www.w3.org/1999/02/22-rdf-syntax-ns#Property"))
      properties.set(id, {
        domain: ids(n[`${SCHEMA}domainIncludes`]),
        range: ids(n[`${SCHEMA}rangeIncludes`]),
      });
  }
  return { classes, properties };
}

function ancestors(v: Vocabulary, type: string): Set<string> {
  const out = new Set<string>();
  const walk = (t: string) => {
    if (out.has(t)) return;
    out.add(t);
    for (const s of v.classes.get(t) ?? []) walk(s);
  };
  walk(type);
  return out;
}

/** The problems found; an empty list means the document is valid schema.org. */
export async function schemaOrgProblems(doc: unknown): Promise<string[]> {
  const v = await vocabulary();
  const problems: string[] = [];
  // `safe` makes the processor throw where a term would be dropped or is not a valid IRI.
  const expanded = (await jsonld.expand(
    doc as jsonld.JsonLdDocument,
    {
      documentLoader,
      safe: true,
    } as jsonld.Options.Expand,
  )) as Node[];
  const visit = (node: Node, where: string) => {
    const types = (node["@type"] as string[] | undefined) ?? [];
    if (!types.length) problems.push(`${where}: node without @type`);
    const lineage = new Set<string>();
    for (const t of types) {
      if (!t.startsWith(SCHEMA)) problems.push(`${where}: type ${t} is not a schema.org IRI`);
      else if (!v.classes.has(t)) problems.push(`${where}: type ${t} is not in the vocabulary`);
      for (const a of ancestors(v, t)) lineage.add(a);
    }
    for (const [key, values] of Object.entries(node)) {
      if (key.startsWith("@")) continue;
      const at = `${where}.${key.slice(SCHEMA.length)}`;
      if (!key.startsWith(SCHEMA)) {
        problems.push(`${where}: property ${key} is not a schema.org IRI`);
        continue;
      }
      const prop = v.properties.get(key);
      if (!prop) {
        problems.push(`${where}: property ${key} is not in the vocabulary`);
        continue;
      }
      if (!prop.domain.some((d) => lineage.has(d)))
        problems.push(`${at}: not a property of ${types.join(", ")}`);
      for (const value of values as Node[]) {
        if ("@value" in value) {
          if (!prop.range.some((r) => DATATYPES.has(r)))
            problems.push(`${at}: a literal where a node is expected`);
        } else if (!value["@type"]) {
          // A bare IRI (terms typed "@id", e.g. url) stands for a URL.
          if (!prop.range.includes(`${SCHEMA}URL`))
            problems.push(`${at}: an IRI where ${prop.range} is expected`);
        } else {
          const valueTypes = new Set(
            ((value["@type"] as string[]) ?? []).flatMap((t) => [...ancestors(v, t)]),
          );
          if (!prop.range.some((r) => valueTypes.has(r)))
            problems.push(`${at}: value type outside ${prop.range}`);
          visit(value, at);
        }
      }
    }
  };
  expanded.forEach((n, i) => {
    visit(n, `[${i}]`);
  });
  return problems;
}
