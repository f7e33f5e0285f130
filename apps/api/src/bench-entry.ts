// What the benchmarks in @kroscek/bench call in the API (`@kroscek/api/bench`): the app, the
// services they drive directly, the test server and seed they replay the review loop on, and the
// demo corpus. Benchmarks reach the API only through this entry.
import { fileURLToPath } from "node:url";

export { createApp } from "./app";
export { readDemoArticle, readDemoManifest } from "./demo/load-demo";
export { ApiError } from "./lib/api-error";
export { systemActor } from "./services/actor";
export { createAssertion } from "./services/assertion-store";
export {
  detectAfterAssertionWrite,
  detectArticle,
  detectEvent,
  redetectWorkspace,
} from "./services/detection";
export { type ExportKind, planExport } from "./services/exports";
export { startSnapshot, waitForSnapshots } from "./services/snapshots/runner";
export { createApiToken } from "./services/tokens";
export { ensureWorkspace } from "./services/workspaces";
export { startTestServer } from "./test/harness";
export { seedWorkspace } from "./test/seed";

/** The API package's directory: the compiled server is `dist/main.js` under it (`pnpm build`). */
export const API_PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));
