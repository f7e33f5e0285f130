// Median time to extract a 5,000-word article (seed texts concatenated), over ≥ 30 runs.
//   pnpm exec tsx packages/core/bench/extraction-speed.ts [--runs N]
import { extractArticle } from "../src/extraction";
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

export function benchmark(runs = 30): SpeedResult {
  const body = buildArticle();
  const aliases = ledgerAliases();
  const options = { publishedAt: "2024-01-18", timeZone: "Asia/Jakarta", aliases };
  // Warm-up, so the median is of steady-state runs rather than of the JIT compiling.
  for (let i = 0; i < 10; i++) extractArticle(body, options);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    extractArticle(body, options);
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf("--runs");
  const runs = i === -1 ? 30 : Math.max(30, Number(process.argv[i + 1]));
  const r = benchmark(runs);
  console.log(
    `extractArticle: ${r.words} words, ${r.runs} runs, median ${r.median.toFixed(1)} ms (p90 ${r.p90.toFixed(1)} ms, CPU median ${r.cpuMedian.toFixed(1)} ms); target < 50 ms median`,
  );
}
