// Synthetic-shape benchmark CLI (figures: RESULTS.md, "Newsroom shapes"). Usage:
//   pnpm exec tsx packages/bench/reliability/shapes.ts [--runs 3] [--scale 1] [--only name-substring] [--seed-offset 0]
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { describeDefaults, formatRows, runBenchmark } from "./run";
import { generate, SHAPES } from "./synthetic";

function main(): void {
  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "3" },
      scale: { type: "string", default: "1" },
      only: { type: "string" },
      "seed-offset": { type: "string", default: "0" },
    },
  });
  const runs = Number(values.runs);
  const scale = Number(values.scale);
  const offset = Number(values["seed-offset"]);
  if (!Number.isInteger(offset)) throw new Error("--seed-offset must be an integer");
  if (!(runs >= 1) || !(scale > 0)) throw new Error("--runs and --scale must be positive");
  console.log(`parameters: ${describeDefaults()}; wall time = median of ${runs} runs\n`);
  for (const base of SHAPES) {
    if (values.only && !base.name.includes(values.only)) continue;
    const shape = { ...base, seed: base.seed + offset };
    const ds = generate(shape, scale);
    const sources = new Set(ds.claims.map((c) => c.source)).size;
    const objects = new Set(ds.claims.map((c) => c.object)).size;
    const small = [...new Set(ds.claims.map((c) => c.source))].filter(
      (s) => ds.claims.filter((c) => c.source === s).length <= 2,
    ).length;
    console.log(`## ${shape.name} (seed ${shape.seed})\n`);
    console.log(
      `${ds.claims.length} claims, ${sources} sources (${small} with ≤ 2 claims), ${objects} objects (${(ds.claims.length / objects).toFixed(1)} claims each), all gold\n`,
    );
    console.log(`${formatRows(runBenchmark(ds, runs))}\n`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
