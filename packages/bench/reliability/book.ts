// Book benchmark CLI (see README.md here). Usage:
//   pnpm exec tsx packages/bench/reliability/book.ts [book-folder] [--runs 3] [--grid]
//   pnpm exec tsx packages/bench/reliability/book.ts --claims c.tsv --gold g.tsv --value-type text|number|date
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Dataset, loadBook, loadTsv, type ValueType } from "./datasets";
import { describeDefaults, formatRows, runBenchmark, sensitivityGrid } from "./run";

/** Parsed command line. */
export interface Options {
  folder: string;
  claims?: string;
  gold?: string;
  valueType: ValueType;
  runs: number;
  grid: boolean;
}

/** Default Book folder: <repo root>/../shared/datasets/book, the repo root being three levels up. */
export function defaultBookFolder(scriptDir: string): string {
  return resolve(scriptDir, "../../..", "../shared/datasets/book");
}

/** Parses argv (without node and script); throws on unknown flags or bad values. */
export function parseArgs(argv: readonly string[], scriptDir: string): Options {
  const o: Options = { folder: defaultBookFolder(scriptDir), valueType: "text", runs: 3, grid: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--claims") o.claims = value();
    else if (a === "--gold") o.gold = value();
    else if (a === "--value-type") {
      const t = value();
      if (t !== "text" && t !== "number" && t !== "date") throw new Error(`unknown value type ${t}`);
      o.valueType = t;
    } else if (a === "--runs") o.runs = Math.max(1, Number.parseInt(value(), 10) || 1);
    else if (a === "--grid") o.grid = true;
    else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else o.folder = resolve(a);
  }
  if ((o.claims === undefined) !== (o.gold === undefined)) throw new Error("--claims and --gold go together");
  return o;
}

function report<V>(title: string, ds: Dataset<V>, o: Options): void {
  const sources = new Set(ds.claims.map((c) => c.source)).size;
  const objects = new Set(ds.claims.map((c) => c.object)).size;
  console.log(`# ${title}`);
  console.log(
    `${ds.claims.length} claims (${ds.skipped} skipped as empty), ${sources} sources, ${objects} objects, ${ds.gold.size} gold`,
  );
  console.log(`parameters: ${describeDefaults()}; wall time = median of ${o.runs} runs\n`);
  console.log(formatRows(runBenchmark(ds, o.runs)));
  if (o.grid) console.log(`\n## Sensitivity of the full model\n\n${sensitivityGrid(ds)}`);
}

function main(): void {
  const scriptDir = dirname(fileURLToPath(import.meta.url));
  const o = parseArgs(process.argv.slice(2), scriptDir);
  if (o.claims !== undefined && o.gold !== undefined) {
    const c = readFileSync(o.claims, "utf8");
    const g = readFileSync(o.gold, "utf8");
    const title = `${o.claims} (${o.valueType})`;
    if (o.valueType === "number") report(title, loadTsv(c, g, "number"), o);
    else if (o.valueType === "date") report(title, loadTsv(c, g, "date"), o);
    else report(title, loadTsv(c, g, "text"), o);
    return;
  }
  const ds = loadBook(
    readFileSync(join(o.folder, "claims.txt"), "utf8"),
    readFileSync(join(o.folder, "golden.txt"), "utf8"),
  );
  report(`Book data set (${o.folder})`, ds, o);
}

// Importable by tests without running.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
