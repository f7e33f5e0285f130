// What the benchmarks in @kroscek/bench use beyond the public entry (`@kroscek/core/bench-internals`):
// the seeded generator behind core's own synthetic test data, so benchmark corpora are the same
// sequence run after run.
export { seededRandom } from "./truth/test-fixtures";
