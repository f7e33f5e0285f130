// Median time to extract a 5,000-word article (seed texts concatenated), over ≥ 30 runs.
//   pnpm exec tsx packages/bench/extraction/extraction-speed.ts [--runs N] [--against DIR/src/extraction/index.ts]
// With --against, another version of the extractor (an older checkout's src) is measured in the
// same process, alternating rounds with this one, so both see the same machine load.
import { extractArticle } from "@kroscek/core";
import { ledgerAliases, seedBodies } from "./extraction-gold";

export function buildArticle(words = 5_000): string {
  const parts: string[] = [];
  let count = 0;
  const bodies = seedBodies();
  for (let i = 0; count < words; i++) {
    const body = bodies[i % bodies.length] as string;
    const tokens = body.split(/\s+/).filter(Boolean);
    const take = tokens.slice(0, words - count);
    count += take.length;
    parts.push(take.length === tokens.length ? body : take.join(" "));
  }
  return parts.join("\n\n");
}

export interface SpeedResult {
  words: number;
  runs: number;
  /** Wall time per run, ms. */
  median: number;
  p90: number;
  /** CPU time of the process per run (user + system), ms: less sensitive to a busy machine. */
  cpuMedian: number;
}

type Extract = typeof extractArticle;

export function benchmark(runs = 30, extract: Extract = extractArticle): SpeedResult {
  const body = buildArticle();
  const aliases = ledgerAliases();
  const options = { publishedAt: "2024-01-18", timeZone: "Asia/Jakarta", aliases };
  // Warm-up, so the median is of steady-state runs rather than of the JIT compiling.
  for (let i = 0; i < 10; i++) extract(body, options);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    extract(body, options);
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const at = (list: number[], q: number) => {
    const sorted = [...list].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  };
  return {
    words: body.split(/\s+/).filter(Boolean).length,
    runs,
    median: at(times, 0.5),
    p90: at(times, 0.9),
    cpuMedian: at(cpu, 0.5),
  };
}

const line = (name: string, r: SpeedResult) =>
  `${name}: ${r.words} words, ${r.runs} runs, median ${r.median.toFixed(1)} ms (p90 ${r.p90.toFixed(1)} ms, CPU median ${r.cpuMedian.toFixed(1)} ms); target < 50 ms median`;

async function main() {
  const i = process.argv.indexOf("--runs");
  const runs = i === -1 ? 30 : Math.max(30, Number(process.argv[i + 1]));
  const a = process.argv.indexOf("--against");
  if (a === -1) {
    console.log(line("extractArticle", benchmark(runs)));
    return;
  }
  const path = process.argv[a + 1] as string;
  const other = (await import(path.startsWith("/") ? path : `${process.cwd()}/${path}`)) as {
    extractArticle: Extract;
  };
  // Rounds alternate, so a change of machine load falls on both versions alike.
  for (let round = 1; round <= 3; round++) {
    console.log(`round ${round}`);
    console.log(`  ${line("against", benchmark(runs, other.extractArticle))}`);
    console.log(`  ${line("this   ", benchmark(runs))}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
