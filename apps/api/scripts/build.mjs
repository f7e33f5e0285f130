// Compiles the server (CLI entry, API, workspace packages and their pure-JavaScript dependencies)
// into dist/: `node dist/main.js serve` runs without a TypeScript loader. The reliability engine's
// worker thread is its own entry (dist/engine-worker.js).
//
// The bundle stays inside the repository tree: files the code locates from its own module URL
// (migrations, the demo corpus, the built UI, packages loaded with createRequire) are found where
// the sources expect them, because each source file's `import.meta.url` is rewritten to that
// source file's URL, computed from the bundle's location at run time.
import { readFile, rm } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const apiDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = resolve(apiDir, "dist");

/**
 * Loaded at run time from node_modules, not bundled: native addons and packages that read files
 * (WebAssembly, data) next to their own modules. The API declares each as a dependency.
 */
const external = ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket"];

/** Rewrites `import.meta.url` in the workspace's own sources to the source file's URL. */
const sourceUrls = {
  name: "source-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.(ts|tsx|mts)$/ }, async (args) => {
      if (args.path.includes("/node_modules/")) return undefined;
      const text = await readFile(args.path, "utf8");
      if (!text.includes("import.meta.url")) return { contents: text, loader: "ts" };
      const fromBundle = relative(outdir, args.path).split("\\").join("/");
      const url = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
      return { contents: text.replaceAll("import.meta.url", url), loader: "ts" };
    });
  },
};

await rm(outdir, { recursive: true, force: true });
const workerFromEngine = relative(
  resolve(apiDir, "src/services/snapshots"),
  resolve(outdir, "engine-worker.js"),
)
  .split("\\")
  .join("/");
const result = await build({
  entryPoints: {
    main: resolve(apiDir, "src/cli/main.ts"),
    "engine-worker": resolve(apiDir, "src/services/snapshots/engine-worker.ts"),
  },
  outdir,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  // One file per entry (no shared chunks): the rewrite above is relative to dist/ itself.
  sourcemap: true,
  external,
  // Bundled CommonJS dependencies may call require() for Node's built-in modules.
  banner: {
    js: "import { createRequire as __kroscekRequire } from 'node:module'; const require = __kroscekRequire(import.meta.url);",
  },
  define: { KROSCEK_ENGINE_WORKER: JSON.stringify(workerFromEngine) },
  plugins: [sourceUrls],
  logLevel: "warning",
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(
  `api: built dist/main.js and dist/engine-worker.js (${(bytes / 1e6).toFixed(1)} MB with source maps)`,
);
