// Lets `pnpm test` and `pnpm start` run on a fresh clone: installs the workspace's dependencies
// (from the lockfile) when they are missing, then gets out of the way.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const installed = [
  "node_modules/.modules.yaml",
  "node_modules/.bin/turbo",
  "apps/api/node_modules",
  "apps/web/node_modules",
].every((p) => existsSync(new URL(`../${p}`, import.meta.url)));
if (!installed) {
  console.log("Dependencies are not installed yet: installing them from the lockfile first…");
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: runs before turbo, outside any task
  const pnpm = process.env.npm_execpath;
  const [command, args] =
    pnpm && /\.[cm]?js$/.test(pnpm)
      ? [process.execPath, [pnpm, "install", "--frozen-lockfile"]]
      : [pnpm || "pnpm", ["install", "--frozen-lockfile"]];
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error("Installing the dependencies failed; run `npx --yes pnpm@10.34.9 install` and retry.");
    process.exit(result.status ?? 1);
  }
}
