// The benchmark proper, independent of where the data comes from: runs every algorithm on a
// data set with fixed parameters and formats the figures as a markdown table.
import {
  DEFAULT_PARAMS,
  estimateReliability,
  majorityVote,
  type TruthInput,
  type TruthParams,
  type TruthResult,
  truthFinder,
} from "@kroscek/core";
import type { Dataset } from "./datasets";
import { type Score, score, timed } from "./evaluate";

/** One benchmark row. */
export interface Row extends Score {
  method: string;
  medianMs: number;
  dependentPairs: number;
}

interface Method {
  name: string;
  run: <V>(input: TruthInput<V>) => TruthResult<V>;
  params: Partial<TruthParams>;
}

/** The compared methods: baselines, then the model and its ablations, all on engine defaults. */
export const METHODS: readonly Method[] = [
  { name: "majority vote", run: majorityVote, params: {} },
  { name: "TruthFinder", run: truthFinder, params: {} },
  {
    name: "Accu, fixed prior (no similarity, no copy detection)",
    run: estimateReliability,
    params: { prior: "fixed", rho: 0, detectCopying: false },
  },
  {
    name: "AccuSim + copy detection, fixed Beta(4, 1) prior",
    run: estimateReliability,
    params: { prior: "fixed" },
  },
  {
    name: "Accu (no similarity, no copy detection)",
    run: estimateReliability,
    params: { rho: 0, detectCopying: false },
  },
  { name: "Accu + copy detection", run: estimateReliability, params: { rho: 0 } },
  { name: "AccuSim (no copy detection)", run: estimateReliability, params: { detectCopying: false } },
  { name: "AccuSim + copy detection (ours)", run: estimateReliability, params: {} },
];

/** Input of the engine on `ds` with `params`. */
export function inputOf<V>(ds: Dataset<V>, params: Partial<TruthParams> = {}): TruthInput<V> {
  return {
    claims: ds.claims,
    valueKey: ds.valueKey,
    similarity: ds.similarity,
    ...(ds.contains ? { contains: ds.contains } : {}),
    ...(ds.width ? { width: ds.width } : {}),
    ...(ds.sourceGroups ? { sourceGroups: ds.sourceGroups } : {}),
    params,
  };
}

/**
 * Runs `methods` on `ds`, each `runs` times for the median wall time; `overrides` are engine
 * parameters applied on top of every method's own (an experiment on the defaults).
 */
export function runBenchmark<V>(
  ds: Dataset<V>,
  runs = 3,
  methods: readonly Method[] = METHODS,
  overrides: Partial<TruthParams> = {},
): Row[] {
  return methods.map((m) => {
    const input = inputOf(ds, { ...m.params, ...overrides });
    const { result, medianMs } = timed(m.run, input, runs);
    return { method: m.name, ...score(ds, result), medianMs, dependentPairs: result.dependences.length };
  });
}

/** Sensitivity of the full model to its prior, n and rho: one row per setting, no timing. */
export function sensitivityGrid<V>(ds: Dataset<V>): string {
  const lines = [
    "| alpha | beta | n | rho | precision | mean est. | mean meas. | diff | rounds |",
    "|---|---|---|---|---|---|---|---|---|",
  ];
  for (const [alpha, beta] of [
    [1, 1],
    [2, 1],
    [4, 1],
    [8, 2],
  ] as const) {
    for (const falseValues of [100, 20]) {
      for (const rho of [0.3, 0.5, 0.8]) {
        const params = { alpha, beta, falseValues, rho };
        const r = estimateReliability({
          claims: ds.claims,
          valueKey: ds.valueKey,
          similarity: ds.similarity,
          params: { prior: "fixed", ...params },
        });
        const s = score(ds, r);
        lines.push(
          `| ${alpha} | ${beta} | ${falseValues} | ${rho} | ${s.precision.toFixed(2)} | ${s.meanEstimated.toFixed(3)} | ` +
            `${s.meanMeasured.toFixed(3)} | ${(s.meanEstimated - s.meanMeasured).toFixed(3)} | ${r.rounds}${r.converged ? "" : " (not converged)"} |`,
        );
      }
    }
  }
  return lines.join("\n");
}

/** Markdown table of benchmark rows. */
export function formatRows(rows: readonly Row[]): string {
  const head = [
    "| method | precision | correct / gold | mean est. accuracy | mean measured | abs. diff | per-source MAE | 90% coverage (sources ≥ 10 gold) | predictive coverage | ties | rounds | converged | median ms |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  const body = rows.map(
    (r) =>
      `| ${r.method} | ${r.precision.toFixed(3)} | ${r.correct} / ${r.goldObjects} | ${r.meanEstimated.toFixed(3)} | ` +
      `${r.meanMeasured.toFixed(3)} | ${Math.abs(r.meanEstimated - r.meanMeasured).toFixed(3)} | ${r.perSourceError.toFixed(3)} | ` +
      `${Number.isNaN(r.coverage) ? "–" : r.coverage.toFixed(2)} (${r.coverageSources}) | ${Number.isNaN(r.predictiveCoverage) || r.method.includes("majority") || r.method.includes("TruthFinder") ? "–" : r.predictiveCoverage.toFixed(2)} | ${r.ties} | ${r.rounds} | ` +
      `${r.converged ? "yes" : "no"} | ${r.medianMs.toFixed(0)} |`,
  );
  return [...head, ...body].join("\n");
}

/** The defaults every row runs with, for the printout. */
export function describeDefaults(): string {
  const p = DEFAULT_PARAMS;
  return (
    `${p.prior} prior (strength ${p.priorStrengthMin}–${p.priorStrengthMax}, hyperprior Beta(${p.alpha}, ${p.beta}) × ${p.groupStrength} sources), initial accuracy ${p.initialAccuracy}, n = ${p.falseValues}, rho = ${p.rho}, ` +
    `c = ${p.copyProbability}, copy prior ${p.copyPrior}, min shared objects ${p.minSharedObjects}, ` +
    `TruthFinder gamma = ${p.gamma} base sim ${p.baseSimilarity} t0 0.9, max rounds ${p.maxRounds}, tolerance ${p.tolerance}`
  );
}
