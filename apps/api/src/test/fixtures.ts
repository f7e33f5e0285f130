import { test } from "vitest";
import { startTestServer } from "./harness";
import { seedWorkspace } from "./seed";

/**
 * Tests over one running server per test file, on its scratch database, with the workspaces
 * `alpha` and `beta` seeded (a token and a user per role). Each is set up once per file, when a
 * test first asks for it (beta always after alpha), and the server is closed after the file.
 */
export const it = test
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern; the server has none.
  .extend("server", { scope: "file" }, async ({}, { onCleanup }) => {
    const server = await startTestServer();
    onCleanup(() => server.close());
    return server;
  })
  .extend("alpha", { scope: "file" }, async ({ server }) => seedWorkspace(server.t.db, "alpha"))
  .extend("beta", { scope: "file" }, async ({ server, alpha }) => {
    await Promise.resolve(alpha);
    return seedWorkspace(server.t.db, "beta");
  });
