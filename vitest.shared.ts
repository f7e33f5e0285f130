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
      // postgres.js drops the promise of its own array-types query on a new connection
      // (porsager/postgres#1192, #1223): when a test database is dropped `with (force)` while a
      // connection of the closing server is still starting, that query's ECONNRESET or 57P01
      // surfaces as an unhandled rejection no code can catch. Only that error is left out; every
      // other unhandled error still fails the run.
      onUnhandledError(error): boolean | undefined {
        const e = error as Error & { query?: unknown; code?: unknown };
        const typesQuery =
          typeof e.query === "string" &&
          e.query.includes("pg_catalog.pg_type") &&
          e.query.includes("typarray");
        if (typesQuery && (e.code === "ECONNRESET" || e.code === "57P01")) return false;
        return undefined;
      },
      reporters: reportDir
        ? ["default", ["json", { outputFile: `${reportDir}/vitest-${name}.json` }]]
        : ["default"],
    },
  });
}
