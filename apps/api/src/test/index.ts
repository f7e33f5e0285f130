// `@kroscek/api/testing`: what other packages' tests need to run the real API (the browser tests
// in apps/web/e2e). Production code never imports this entry point.
export { loadDemo } from "../demo/load-demo";
export { fetchLimitsOf, loadEnv } from "../env";
export { type RunningServer, startServer } from "../server";
export { openSetup } from "../services/setup";
export { startTestServer, type TestServer } from "./harness";
export { type NewsSite, startNewsSite } from "./news-site";
