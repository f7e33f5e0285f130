import { defineConfig } from "vitest/config";

const reportDir = process.env.KROSCEK_TEST_REPORT_DIR;

/** Settings every package's tests share; CI also writes a JSON report per package to sum up. */
export function vitestConfig(name: string) {
  return defineConfig({
    test: {
      name,
      testTimeout: 60_000,
      hookTimeout: 120_000,
      pool: "forks",
      // Servers started by tests (in process or as child processes) write no request log.
      env: { KROSCEK_LOG_LEVEL: "silent" },
      reporters: reportDir
        ? ["default", ["json", { outputFile: `${reportDir}/vitest-${name}.json` }]]
        : ["default"],
    },
  });
}
