// The corpora the loop benchmark replays: the articles to import (with each one's metadata from the
// corpus's own files), the workspace entities that are standing knowledge, and the annotations.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readDemoArticle, readDemoManifest } from "@kroscek/api/bench";

export interface Expected {
  /** Events a fact-checker would model, with the sentences (article, words the sentence holds) that report each. */
  events: Array<{
    key: string;
    kind: string;
    title: string;
    members: Array<{ article: string; starts: string }>;
  }>;
  findings: Array<{ type: "flag" | "contradiction"; kind: string; articles: string[] }>;
}

export interface Entity {
  canonicalName: string;
  kind: string;
  aliases: string[];
}

/** One `POST articles` body plus the file it came from. */
export interface CorpusArticle {
  file: string;
  input: Record<string, unknown>;
}

export interface Corpus {
  name: string;
  entities: Entity[];
  articles: CorpusArticle[];
  expected: Expected;
}

export const CORPORA = [
  "demo",
  "heldout",
  "heldout-4",
  "heldout-5",
  "heldout-6",
  "heldout-7",
  "heldout-8",
  "heldout-9",
  "heldout-10",
  "heldout-11",
  "heldout-12",
] as const;
export type CorpusName = (typeof CORPORA)[number];

const here = fileURLToPath(new URL(".", import.meta.url));
const extractionBench = fileURLToPath(new URL("../extraction/", import.meta.url));
const readJson = <T>(path: string) => JSON.parse(readFileSync(path, "utf8")) as T;

function demo(): Corpus {
  // The demo's annotations carry its 14 entities (those of db/demo/ledger.json).
  const file = readJson<Expected & { entities: Entity[] }>(`${here}loop-demo.expected.json`);
  const articles = readDemoManifest().articles.map((a) => ({
    file: a.file,
    input: {
      outlet: a.outlet ?? undefined,
      body: readDemoArticle(a.file),
      publishedAt: a.publishedAt,
      title: a.title ?? null,
      byline: a.byline ?? null,
      wireCredit: a.wireCredit ?? null,
      language: a.language,
    },
  }));
  return { name: "demo", entities: file.entities, articles, expected: file };
}

interface HeldoutGold {
  articles: Record<
    string,
    { outlet: string; language: string; publishedAt: string | null; timeZone: string | null }
  >;
}

/**
 * A held-out set of the extraction work (a directory of packages/bench/extraction with articles/, gold.json
 * and ledger.json): metadata from its gold.json, entities from its ledger.json, annotations from
 * api/loop-<name>.expected.json. The gold's `wire` is not sent: it annotates a credit printed in
 * the body, which is what extraction has to read; sending it would measure the annotation instead
 * of Kroscek.
 */
function heldoutSet(name: CorpusName, setDir: string): Corpus {
  const dir = `${extractionBench}${setDir}/`;
  const gold = readJson<HeldoutGold>(`${dir}gold.json`);
  const ledger = readJson<{ entities: Array<Entity & { key: string }> }>(`${dir}ledger.json`);
  const articles = Object.entries(gold.articles).map(([file, a]) => ({
    file,
    input: {
      // "(tanpa nama)" is how the gold writes an article that names no outlet.
      outlet: a.outlet === "(tanpa nama)" ? undefined : a.outlet,
      body: readFileSync(`${dir}articles/${file}`, "utf8"),
      publishedAt: a.publishedAt,
      ...(a.timeZone ? { timeZone: a.timeZone } : {}),
      language: a.language,
    },
  }));
  const entities = ledger.entities.map(({ canonicalName, kind, aliases }) => ({
    canonicalName,
    kind,
    aliases,
  }));
  return {
    name,
    entities,
    articles,
    expected: readJson<Expected>(`${here}loop-${name}.expected.json`),
  };
}

/** The held-out sets and their directories under packages/bench/extraction. */
const HELDOUT_SETS: Record<Exclude<CorpusName, "demo">, string> = {
  heldout: "heldout",
  "heldout-4": "heldout-4",
  "heldout-5": "heldout-5",
  "heldout-6": "heldout-6",
  "heldout-7": "heldout-7",
  "heldout-8": "heldout-8",
  "heldout-9": "heldout-9",
  "heldout-10": "heldout-10",
  "heldout-11": "heldout-11",
  "heldout-12": "heldout-12",
};

export function loadCorpus(name: CorpusName): Corpus {
  return name === "demo" ? demo() : heldoutSet(name, HELDOUT_SETS[name]);
}

/** `--corpus demo|heldout|heldout-4|heldout-5|heldout-6|heldout-7|heldout-8|heldout-9|heldout-10|heldout-11|heldout-12` (default demo); anything else is an error, not a silent default. */
export function corpusFromArgs(argv: readonly string[]): CorpusName {
  const i = argv.findIndex((a) => a === "--corpus" || a.startsWith("--corpus="));
  if (i < 0) return "demo";
  const value = argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
  if (!CORPORA.includes(value as CorpusName))
    throw new Error(`--corpus takes one of ${CORPORA.join(", ")}, got '${value ?? ""}'`);
  return value as CorpusName;
}
