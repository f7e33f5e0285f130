// Synthetic-shape benchmark CLI (figures: RESULTS.md, "Newsroom shapes"). Usage:
//   pnpm exec tsx packages/bench/reliability/shapes.ts [--runs 3] [--scale 1] [--only name-substring] [--seed-offset 0]
//     [--params '{"priorStrengthMax":5}'] [--shape '{"copiers":0}'] [--misses]
// --params: engine parameters on top of every row's own; --shape: generator fields changed on
// every shape; --misses: the full model's sources whose 90% interval misses their measured accuracy.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { estimateReliability, type TruthParams } from "@kroscek/core";
import { intervalMisses } from "./evaluate";
import { describeDefaults, formatRows, inputOf, runBenchmark } from "./run";
import { generate, SHAPES, type Shape } from "./synthetic";

/** Markdown table of a result's interval misses. */
export function formatMisses(misses: ReturnType<typeof intervalMisses>): string {
  const over = misses.filter((m) => m.side === "over").length;
  return [
    `${misses.length} sources outside their 90% interval: ${over} rated too high, ${misses.length - over} too low\n`,
    "| source | gold claims | measured | estimated | 90% interval |",
    "|---|---|---|---|---|",
    ...misses.map(
      (m) =>
        `| ${m.source} | ${m.claims} | ${m.measured.toFixed(2)} | ${m.estimated.toFixed(2)} | [${m.interval[0].toFixed(2)}, ${m.interval[1].toFixed(2)}] |`,
    ),
  ].join("\n");
}

function main(): void {
  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "3" },
      scale: { type: "string", default: "1" },
      only: { type: "string" },
      "seed-offset": { type: "string", default: "0" },
      params: { type: "string", default: "{}" },
      shape: { type: "string", default: "{}" },
      misses: { type: "boolean", default: false },
    },
  });
  const runs = Number(values.runs);
  const scale = Number(values.scale);
  const offset = Number(values["seed-offset"]);
  if (!Number.isInteger(offset)) throw new Error("--seed-offset must be an integer");
  if (!(runs >= 1) || !(scale > 0)) throw new Error("--runs and --scale must be positive");
  const overrides = JSON.parse(values.params) as Partial<TruthParams>;
  const changed = JSON.parse(values.shape) as Partial<Shape>;
  console.log(`parameters: ${describeDefaults()}; wall time = median of ${runs} runs`);
  if (Object.keys(overrides).length > 0) console.log(`engine parameters changed: ${values.params}`);
  if (Object.keys(changed).length > 0) console.log(`generator changed: ${values.shape}`);
  console.log("");
  for (const base of SHAPES) {
    if (values.only && !base.name.includes(values.only)) continue;
    const shape = { ...base, ...changed, seed: base.seed + offset };
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
    console.log(`${formatRows(runBenchmark(ds, runs, undefined, overrides))}\n`);
    if (values.misses) {
      const result = estimateReliability(inputOf(ds, overrides));
      const w = result.priors?.workspace;
      const prior = w ? `prior mean ${w.mean.toFixed(3)} × strength ${w.strength.toFixed(2)}` : "no prior";
      console.log(`Full model: ${prior}, fitted n ${result.fittedFalseValues?.toFixed(2)}\n`);
      console.log(`${formatMisses(intervalMisses(ds, result))}\n`);
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
